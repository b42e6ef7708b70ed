"""A read-only table model over a list of records, sorted and filtered in the model (not through a proxy).

Subclasses name their columns in an ``IntEnum``, give English headers marked with ``QT_TRANSLATE_NOOP``
under their own class name as context, and say how a record shows in each column.

Sorting and filtering work on an index list over the records: a ``QSortFilterProxyModel`` needs a minute to
sort a million rows where this takes a fraction of a second (see ``bench/desk_bench.py``). Rows are handed to
the view in batches (``canFetchMore``/``fetchMore``), so a view over 100,000 records opens at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
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
FETCH_BATCH = 5_000


def sort_value(value: Any) -> tuple[int, Any]:
    """Missing values sort after present ones, whatever the direction of the values themselves."""
    if value is None or value == "":
        return (1, 0)
    return (0, value)


def matches_words(text: str, words: str) -> bool:
    """True when every whitespace-separated word of ``words`` occurs in ``text`` (case-insensitive)."""
    folded = text.casefold()
    return all(word in folded for word in words.casefold().split())


class RecordTableModel(QAbstractTableModel, Generic[R]):
    COLUMNS: ClassVar[type[IntEnum]]
    HEADERS: ClassVar[Mapping[int, str]]
    NUMERIC: ClassVar[frozenset[int]] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[R] = []
        self._order: list[int] = []  # positions in _records of the rows passing the filter, in sort order
        self._shown = 0  # rows of _order handed to the views so far
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._filter: Callable[[R], bool] | None = None
        self._ids: dict[Any, int] | None = None  # record id → position in _records, built on demand
        self._search: list[str] | None = None  # folded search texts, built on the first word filter

    # -- what subclasses provide ----------------------------------------------------------------------

    def display(self, record: R, column: int) -> str | None:
        raise NotImplementedError

    def sort_key(self, record: R, column: int) -> Any:
        return self.display(record, column) or ""

    def tooltip(self, record: R, column: int) -> str | None:
        return None

    def search_text(self, record: R) -> str:
        """What a word filter looks in; by default every column's text."""
        return " ".join(self.display(record, column) or "" for column in range(self.columnCount()))

    def is_numeric(self, column: int) -> bool:
        return column in self.NUMERIC

    def record_id(self, record: R) -> int | None:
        return getattr(record, "id", None)

    def header(self, column: int) -> str:
        return QCoreApplication.translate(type(self).__name__, self.HEADERS[column])

    # -- data -----------------------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[R]) -> None:
        self.beginResetModel()
        self._records = list(rows)
        self._ids = None
        self._search = None
        self._rebuild()
        self.endResetModel()

    def set_filter(self, predicate: Callable[[R], bool] | None) -> None:
        """Show only the records ``predicate`` accepts (None: all); the sort order is kept."""
        self.beginResetModel()
        self._filter = predicate
        self._rebuild()
        self.endResetModel()

    def set_word_filter(self, words: str) -> None:
        """Show the records whose :meth:`search_text` contains every word (texts are built once per data)."""
        wanted = words.casefold().split()
        if not wanted:
            self.set_filter(None)
            return
        if self._search is None:
            self._search = [self.search_text(record).casefold() for record in self._records]
        texts = dict(zip(map(id, self._records), self._search, strict=True))
        self.set_filter(lambda record: all(word in texts[id(record)] for word in wanted))

    def rows(self) -> Sequence[R]:
        """The records passing the filter, in the order shown (including rows not yet fetched by a view)."""
        return [self._records[i] for i in self._order]

    def all_rows(self) -> Sequence[R]:
        return self._records

    def visible_count(self) -> int:
        """Records passing the filter (a view may not have fetched all of them yet)."""
        return len(self._order)

    def record(self, row: int) -> R:
        return self._records[self._order[row]]

    def row_of_id(self, record_id: int) -> int | None:
        """The row showing the record with ``record_id`` (fetching up to it), or None when filtered out."""
        if self._ids is None:
            self._ids = {self.record_id(r): i for i, r in enumerate(self._records)}
        position = self._ids.get(record_id)
        if position is None:
            return None
        try:
            row = self._order.index(position)
        except ValueError:
            return None
        if row >= self._shown:
            self._show_up_to(row + 1)
        return row

    def retranslate(self) -> None:
        """Labels are translated when shown; tell the views to fetch them again."""
        self._search = None
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._shown and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self._shown - 1, self.columnCount() - 1))

    def _rebuild(self) -> None:
        keep = self._filter
        self._order = [i for i, r in enumerate(self._records) if keep(r)] if keep else list(range(len(self._records)))
        if self._sort is not None:
            self._sort_order(*self._sort)
        self._shown = min(len(self._order), FETCH_BATCH)

    # -- lazy fetching --------------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = _NO_INDEX) -> bool:
        return not parent.isValid() and self._shown < len(self._order)

    def fetchMore(self, parent: Index = _NO_INDEX) -> None:
        if parent.isValid():
            return
        self._show_up_to(self._shown + FETCH_BATCH)

    def _show_up_to(self, count: int) -> None:
        count = min(count, len(self._order))
        if count <= self._shown:
            return
        self.beginInsertRows(QModelIndex(), self._shown, count - 1)
        self._shown = count
        self.endInsertRows()

    # -- QAbstractTableModel --------------------------------------------------------------------------

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        record = self._records[self._order[index.row()]]
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
        new_order = self._sorted(self._order, column, order)
        row_of = {position: row for row, position in enumerate(new_order)}
        persistent = self.persistentIndexList()
        if persistent:  # rows that a persistent index moves to must exist before the layout changes
            self._show_up_to(max(row_of[self._order[i.row()]] for i in persistent) + 1)
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        new_persistent = [self.index(row_of[self._order[i.row()]], i.column()) for i in old_persistent]
        self._sort = (column, order)
        self._order = new_order
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    def _sort_order(self, column: int, order: Qt.SortOrder) -> None:
        self._sort = (column, order)
        self._order = self._sorted(self._order, column, order)

    def _sorted(self, positions: list[int], column: int, order: Qt.SortOrder) -> list[int]:
        if column >= self.columnCount():
            return list(positions)
        records = self._records
        keyed = [(sort_value(self.sort_key(records[i], column)), i) for i in positions]
        present = [item for item in keyed if item[0][0] == 0]
        missing = [item[1] for item in keyed if item[0][0] == 1]
        present.sort(key=lambda item: item[0][1], reverse=order == Qt.SortOrder.DescendingOrder)
        return [i for _key, i in present] + missing
