"""A small read-only table of ready-made texts (the items behind a chart bar), sortable in the model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui.models.roles import DISPLAY, ID_ROLE, TOOLTIP
from ui.models.table import sort_value

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


class TextRowsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[tuple[str, ...]] = []
        self._keys: list[Any] = []
        self._sort_values: list[tuple[Any, ...]] = []

    def set_rows(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        keys: Sequence[Any] | None = None,
        sort_values: Sequence[Sequence[Any]] | None = None,
    ) -> None:
        """``keys`` identify each row (ID_ROLE); ``sort_values`` sort a column better than its text would."""
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [tuple(r) for r in rows]
        self._keys = list(keys) if keys is not None else [None] * len(self._rows)
        self._sort_values = [tuple(v) for v in sort_values] if sort_values is not None else list(self._rows)
        self.endResetModel()

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        text = self._rows[index.row()][index.column()]
        if role == DISPLAY:
            return text.replace("\n", " ")
        if role == TOOLTIP:
            return text or None
        if role == ID_ROLE:
            return self._keys[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_rows = [i.row() for i in old]
        rows = list(range(len(self._rows)))
        present = [r for r in rows if sort_value(self._sort_values[r][column])[0] == 0]
        taken = set(present)
        missing = [r for r in rows if r not in taken]
        present.sort(key=lambda r: self._sort_values[r][column], reverse=order == Qt.SortOrder.DescendingOrder)
        permutation = present + missing
        self._rows = [self._rows[r] for r in permutation]
        self._keys = [self._keys[r] for r in permutation]
        self._sort_values = [self._sort_values[r] for r in permutation]
        new_row = {r: i for i, r in enumerate(permutation)}
        self.changePersistentIndexList(
            old, [self.index(new_row[r], i.column()) for r, i in zip(old_rows, old, strict=True)]
        )
        self.layoutChanged.emit()
