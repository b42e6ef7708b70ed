"""An editable grid over plain records: edits kept beside the saved values, checked as typed, undoable.

The model never writes to the database; the page saves :meth:`EditableGridModel.dirty_rows` through a
service. Every change of cells — typed, pasted, filled down, cleared — is one :class:`SetCellsCommand` on
the page's ``QUndoStack`` (glue's command objects): redo stores the new values, undo the old ones. A value
the checks refuse is kept as typed (:class:`Refused`) together with the reason, so the clerk sees what they
wrote next to why it cannot be saved; saving waits until no cell is refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QUndoCommand, QUndoStack

from ui.models.roles import (
    ALIGN_NUMBER,
    ALIGN_TEXT,
    ALIGNMENT,
    BACKGROUND,
    DIRTY_ROLE,
    DISPLAY,
    EDIT,
    EDITOR_ROLE,
    ERROR_ROLE,
    FOREGROUND,
    ID_ROLE,
    RECORD_ROLE,
    TOOLTIP,
)

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()

REFUSED_BRUSH = QBrush(QColor("#fbdcdc"))
EDITED_BRUSH = QBrush(QColor("#fff3c4"))
READ_ONLY_BRUSH = QBrush(QColor("#f3f4f6"))
MUTED_BRUSH = QBrush(QColor("#7a7f87"))


class CellKind(StrEnum):
    READ_ONLY = "read_only"
    TEXT = "text"
    MULTILINE = "multiline"
    STATUS = "status"
    PERCENT = "percent"
    NUMBER = "number"


@dataclass(frozen=True)
class GridColumn:
    header: str  # English, marked with QT_TRANSLATE_NOOP under the model's class name
    kind: CellKind
    width: int  # preferred width in Chinese characters

    @property
    def editable(self) -> bool:
        return self.kind is not CellKind.READ_ONLY


@dataclass(frozen=True)
class Refused:
    """A value as typed that the checks refuse, with the reason."""

    text: str
    reason: str


class CellRefused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


_UNSET: Any = object()  # "the cell is not edited" inside undo commands

Change = tuple[int, int, Any]  # row, column, raw input (text or an editor's value)


class SetCellsCommand(QUndoCommand):
    """Set several cells at once (one typed value, a pasted block, a fill-down): one step to undo."""

    def __init__(self, model: EditableGridModel[Any], values: Sequence[tuple[int, int, Any]], text: str) -> None:
        super().__init__(text)
        self._model = model
        self._new = list(values)
        self._old = [(row, column, model.stored(row, column)) for row, column, _value in values]

    def redo(self) -> None:
        self._model.store_many(self._new)

    def undo(self) -> None:
        self._model.store_many(self._old)


class EditableGridModel(QAbstractTableModel, Generic[R]):
    """Subclasses give ``COLUMNS`` and say how a record's cells read, parse and are checked together."""

    COLUMNS: ClassVar[tuple[GridColumn, ...]]
    edits_changed = Signal()

    def __init__(self, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self._records: list[R] = []
        self._edits: list[dict[int, Any]] = []
        self._row_problems: dict[int, dict[int, str]] = {}
        self._read_only_reason: str | None = None

    # -- what subclasses provide ----------------------------------------------------------------------

    def saved_value(self, record: R, column: int) -> Any:
        raise NotImplementedError

    def parse(self, record: R, column: int, raw: Any) -> Any:
        """The value to store for ``raw`` (typed text or an editor's value); raise :class:`CellRefused`."""
        raise NotImplementedError

    def text(self, record: R, column: int, value: Any) -> str:
        return "" if value is None else str(value)

    def display_text(self, row: int, column: int, value: Any) -> str:
        """The cell as shown; by default :meth:`text` (which copying and editing use too)."""
        return self.text(self._records[row], column, value)

    def cross_check(self, record: R, values: dict[int, Any]) -> dict[int, str]:
        """Rules over a whole edited row (``values``: every column's current value); column → reason."""
        return {}

    def row_lock(self, record: R) -> str | None:
        """Why this row cannot be edited, or None."""
        return None

    def record_id(self, record: R) -> int | None:
        return getattr(record, "id", None)

    def tooltip(self, record: R, column: int, value: Any) -> str | None:
        return None

    def muted(self, record: R, column: int, value: Any) -> bool:
        """Show the cell greyed (e.g. "not reported" placeholders)."""
        return False

    # -- records --------------------------------------------------------------------------------------

    def set_records(self, records: Iterable[R], read_only_reason: str | None = None) -> None:
        """Replace the grid (edits dropped); with a reason, nothing in it can be edited."""
        self.beginResetModel()
        self._records = list(records)
        self._edits = [{} for _ in self._records]
        self._row_problems = {}
        self._read_only_reason = read_only_reason
        self.endResetModel()
        self.edits_changed.emit()

    def records(self) -> Sequence[R]:
        return self._records

    def record(self, row: int) -> R:
        return self._records[row]

    def row_of_id(self, record_id: int) -> int | None:
        return next((row for row, r in enumerate(self._records) if self.record_id(r) == record_id), None)

    @property
    def read_only_reason(self) -> str | None:
        return self._read_only_reason

    def header(self, column: int) -> str:
        return QCoreApplication.translate(type(self).__name__, self.COLUMNS[column].header)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._records) - 1, len(self.COLUMNS) - 1))

    # -- values ---------------------------------------------------------------------------------------

    def stored(self, row: int, column: int) -> Any:
        """The edit of a cell (a value or :class:`Refused`), or the unset marker when it is not edited."""
        return self._edits[row].get(column, _UNSET)

    def value(self, row: int, column: int) -> Any:
        edit = self._edits[row].get(column, _UNSET)
        return self.saved_value(self._records[row], column) if edit is _UNSET else edit

    def copy_text(self, row: int, column: int) -> str:
        """The cell as it goes to the clipboard: what was typed, or the value as it would be typed again."""
        value = self.value(row, column)
        return value.text if isinstance(value, Refused) else self.text(self._records[row], column, value)

    def raw(self, row: int, column: int) -> Any:
        """The cell's value in a form :meth:`parse` takes back (for fill-down)."""
        value = self.value(row, column)
        return value.text if isinstance(value, Refused) else value

    def is_edited(self, row: int, column: int | None = None) -> bool:
        return bool(self._edits[row]) if column is None else column in self._edits[row]

    def is_editable(self, row: int, column: int) -> bool:
        return (
            self._read_only_reason is None
            and self.COLUMNS[column].editable
            and self.row_lock(self._records[row]) is None
        )

    def lock_reason(self, row: int, column: int) -> str | None:
        """Why a cell cannot be edited (None when it can, or when it is simply a read-only column)."""
        if self._read_only_reason is not None:
            return self._read_only_reason
        if not self.COLUMNS[column].editable:
            return None
        return self.row_lock(self._records[row])

    def problem(self, row: int, column: int) -> str | None:
        current = self._edits[row].get(column, _UNSET)
        if isinstance(current, Refused):
            return current.reason
        return self._problems_of_row(row).get(column)

    def problems(self) -> list[tuple[int, int, str]]:
        """Every refused or inconsistent cell, in reading order."""
        found = []
        for row in range(len(self._records)):
            if not self._edits[row]:
                continue
            for column in range(len(self.COLUMNS)):
                reason = self.problem(row, column)
                if reason:
                    found.append((row, column, reason))
        return found

    def dirty_rows(self) -> list[int]:
        return [row for row, edits in enumerate(self._edits) if edits]

    def edit_count(self) -> int:
        return sum(len(edits) for edits in self._edits)

    def _problems_of_row(self, row: int) -> dict[int, str]:
        if not self._edits[row]:
            return {}
        if row not in self._row_problems:
            values = {column: self.value(row, column) for column in range(len(self.COLUMNS))}
            self._row_problems[row] = self.cross_check(self._records[row], values)
        return self._row_problems[row]

    # -- changing cells (through the undo stack) -----------------------------------------------------------

    def set_cells(self, changes: Iterable[Change], text: str) -> tuple[int, int]:
        """Parse and set cells as one undoable step; returns (cells changed, cells skipped as read-only)."""
        values: list[tuple[int, int, Any]] = []
        skipped = 0
        for row, column, raw in changes:
            if not (0 <= row < len(self._records) and 0 <= column < len(self.COLUMNS)):
                continue
            if not self.is_editable(row, column):
                skipped += 1
                continue
            record = self._records[row]
            try:
                new = self.parse(record, column, raw)
            except CellRefused as refused:
                new = Refused("" if raw is None else str(raw), refused.reason)
            if new == self.value(row, column):
                continue
            values.append((row, column, _UNSET if new == self.saved_value(record, column) else new))
        if values:
            self.undo_stack.push(SetCellsCommand(self, values, text))
        return len(values), skipped

    def store_many(self, values: Iterable[tuple[int, int, Any]]) -> None:
        """Put values in place without the checks (used by undo commands)."""
        rows: set[int] = set()
        for row, column, stored in values:
            if stored is _UNSET:
                self._edits[row].pop(column, None)
            else:
                self._edits[row][column] = stored
            self._row_problems.pop(row, None)
            rows.add(row)
        last = len(self.COLUMNS) - 1
        for row in sorted(rows):
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        self.edits_changed.emit()

    def clear_edits(self) -> None:
        """Forget every edit (after saving, or when the clerk reverts); not undoable."""
        rows = self.dirty_rows()
        self._edits = [{} for _ in self._records]
        self._row_problems = {}
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(self.COLUMNS) - 1))
        self.edits_changed.emit()

    # -- QAbstractTableModel --------------------------------------------------------------------------

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        record = self._records[row]
        value = self.value(row, column)
        if role == DISPLAY:
            return value.text if isinstance(value, Refused) else self.display_text(row, column, value)
        if role == EDIT:
            if isinstance(value, Refused):
                return value.text
            if self.COLUMNS[column].kind is CellKind.STATUS:
                return value
            return self.text(record, column, value)
        if role == ERROR_ROLE:
            return self.problem(row, column)
        if role == TOOLTIP:
            return self.problem(row, column) or self.lock_reason(row, column) or self.tooltip(record, column, value)
        if role == BACKGROUND:
            if self.problem(row, column):
                return REFUSED_BRUSH
            if column in self._edits[row]:
                return EDITED_BRUSH
            if not self.COLUMNS[column].editable:
                return READ_ONLY_BRUSH
            return None
        if role == FOREGROUND:
            return MUTED_BRUSH if self.muted(record, column, value) else None
        if role == ALIGNMENT:
            kind = self.COLUMNS[column].kind
            return ALIGN_NUMBER if kind in (CellKind.PERCENT, CellKind.NUMBER) else ALIGN_TEXT
        if role == DIRTY_ROLE:
            return column in self._edits[row]
        if role == EDITOR_ROLE:
            return self.COLUMNS[column].kind.value
        if role == ID_ROLE:
            return self.record_id(record)
        if role == RECORD_ROLE:
            return record
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT:
            return False
        text = QCoreApplication.translate("EditableGridModel", "Edit {column}").format(
            column=self.header(index.column())
        )
        changed, _skipped = self.set_cells([(index.row(), index.column(), value)], text)
        return changed > 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(self.COLUMNS):
            return self.header(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self.is_editable(index.row(), index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags
