"""A read-only table model over a list of records, sorted in the model (not through a proxy).

Subclasses name their columns in an ``IntEnum``, give English headers marked with ``QT_TRANSLATE_NOOP``
under their own class name as context, and say how a record shows in each column.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ui.models.roles import ALIGN_NUMBER, ALIGN_TEXT, ALIGNMENT, DISPLAY, ID_ROLE, RECORD_ROLE, SORT_ROLE, TOOLTIP

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


def sort_value(value: Any) -> tuple[int, Any]:
    """Missing values sort after present ones, whatever the direction of the values themselves."""
    if value is None or value == "":
        return (1, 0)
    return (0, value)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    COLUMNS: ClassVar[type[IntEnum]]
    HEADERS: ClassVar[Mapping[int, str]]
    NUMERIC: ClassVar[frozenset[int]] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- what subclasses provide ----------------------------------------------------------------------

    def display(self, record: R, column: int) -> str | None:
        raise NotImplementedError

    def sort_key(self, record: R, column: int) -> Any:
        return self.display(record, column) or ""

    def tooltip(self, record: R, column: int) -> str | None:
        return None

    def is_numeric(self, column: int) -> bool:
        return column in self.NUMERIC

    def record_id(self, record: R) -> int | None:
        return getattr(record, "id", None)

    def header(self, column: int) -> str:
        return QCoreApplication.translate(type(self).__name__, self.HEADERS[column])

    # -- data -----------------------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def rows(self) -> Sequence[R]:
        return self._rows

    def record(self, row: int) -> R:
        return self._rows[row]

    def row_of_id(self, record_id: int) -> int | None:
        for row, record in enumerate(self._rows):
            if self.record_id(record) == record_id:
                return row
        return None

    def retranslate(self) -> None:
        """Labels are translated when shown; tell the views to fetch them again."""
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    # -- QAbstractTableModel --------------------------------------------------------------------------

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == DISPLAY:
            return self.display(record, column)
        if role == TOOLTIP:
            return self.tooltip(record, column)
        if role == ALIGNMENT:
            return ALIGN_NUMBER if self.is_numeric(column) else ALIGN_TEXT
        if role == ID_ROLE:
            return self.record_id(record)
        if role == SORT_ROLE:
            return self.sort_key(record, column)
        if role == RECORD_ROLE:
            return record
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < self.columnCount():
            return self.header(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_records = [self._rows[i.row()] for i in old_persistent]
        self._sort_rows(column, order)
        position = {id(record): row for row, record in enumerate(self._rows)}
        new_persistent = [
            self.index(position[id(record)], index.column())
            for record, index in zip(old_records, old_persistent, strict=True)
        ]
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self._sort = (column, order)
        if column >= self.columnCount():
            return
        keyed = [(sort_value(self.sort_key(record, column)), record) for record in self._rows]
        present = [item for item in keyed if item[0][0] == 0]
        missing = [item for item in keyed if item[0][0] == 1]
        present.sort(key=lambda item: item[0][1], reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = [record for _key, record in present + missing]
