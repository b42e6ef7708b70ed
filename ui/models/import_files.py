"""The previewed files: one row each, with its state, sender, period and row counts; a tick decides if it goes in."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from ipdesk.domain.enums import BatchKind
from ipdesk.domain.periods import Period
from ipdesk.errors import ValidationError
from ipdesk.i18n import QT_TRANSLATE_NOOP
from ipdesk.services.exchange import FilePreview, FileState, RowState
from ui.models.import_states import FILE_COLOURS, file_label
from ui.models.import_table import ImportTableModel


class FileColumn(IntEnum):
    FILE = 0
    STATE = 1
    KIND = 2
    SENDER = 3
    PERIOD = 4
    NEW = 5
    CHANGED = 6
    CONFLICT = 7
    REJECTED = 8
    PROBLEMS = 9
    MESSAGE = 10


HEADERS = {
    FileColumn.FILE: QT_TRANSLATE_NOOP("ImportFileModel", "File"),
    FileColumn.STATE: QT_TRANSLATE_NOOP("ImportFileModel", "State"),
    FileColumn.KIND: QT_TRANSLATE_NOOP("ImportFileModel", "Kind"),
    FileColumn.SENDER: QT_TRANSLATE_NOOP("ImportFileModel", "Department or plan"),
    FileColumn.PERIOD: QT_TRANSLATE_NOOP("ImportFileModel", "Period"),
    FileColumn.NEW: QT_TRANSLATE_NOOP("ImportFileModel", "New"),
    FileColumn.CHANGED: QT_TRANSLATE_NOOP("ImportFileModel", "Changed"),
    FileColumn.CONFLICT: QT_TRANSLATE_NOOP("ImportFileModel", "Conflicts"),
    FileColumn.REJECTED: QT_TRANSLATE_NOOP("ImportFileModel", "Rejected"),
    FileColumn.PROBLEMS: QT_TRANSLATE_NOOP("ImportFileModel", "Problems"),
    FileColumn.MESSAGE: QT_TRANSLATE_NOOP("ImportFileModel", "Note"),
}
_COUNTS = {
    FileColumn.NEW: RowState.NEW,
    FileColumn.CHANGED: RowState.CHANGED,
    FileColumn.CONFLICT: RowState.CONFLICT,
    FileColumn.REJECTED: RowState.INVALID,
}


def period_label(code: str | None) -> str:
    """``2027年第一季度`` for ``2027Q1``; the code itself if it does not parse."""
    if not code:
        return ""
    try:
        return Period.parse(code).label
    except ValidationError:
        return code


class ImportFileModel(ImportTableModel[FilePreview]):
    """``skipped`` holds the indexes of files the clerk unticked (``checks_changed`` says when it changes)."""

    COLUMNS = FileColumn
    HEADERS = HEADERS
    NUMERIC = frozenset({*_COUNTS, FileColumn.PROBLEMS})
    CHECK_COLUMN = FileColumn.FILE
    COLOUR_COLUMN = FileColumn.STATE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.skipped: set[int] = set()

    def set_rows(self, rows: Iterable[FilePreview]) -> None:
        rows = list(rows)
        known = {f.index for f in rows if f.applicable}
        self.skipped &= known
        super().set_rows(rows)

    def record_id(self, record: FilePreview) -> int:
        return record.index

    def display(self, record: FilePreview, column: int) -> str | None:
        if column in _COUNTS:
            return str(record.count(_COUNTS[FileColumn(column)])) if record.rows else ""
        if column == FileColumn.PROBLEMS:
            return str(len(record.problems)) if record.problems else ""
        if column == FileColumn.FILE:
            return record.name
        if column == FileColumn.STATE:
            return file_label(record.state)
        if column == FileColumn.KIND:
            return BatchKind(record.kind).label if record.kind in BatchKind.values() else ""
        if column == FileColumn.SENDER:
            return record.department_name or record.plan_title or ""
        if column == FileColumn.PERIOD:
            return period_label(record.period)
        if column == FileColumn.MESSAGE:
            return record.message or ""
        return None

    def sort_key(self, record: FilePreview, column: int) -> Any:
        if column in _COUNTS:
            return record.count(_COUNTS[FileColumn(column)])
        if column == FileColumn.PROBLEMS:
            return len(record.problems)
        if column == FileColumn.PERIOD:
            return record.period or ""
        return self.display(record, column)

    def tooltip(self, record: FilePreview, column: int) -> str | None:
        if column == FileColumn.FILE:
            return record.path
        if column in (FileColumn.MESSAGE, FileColumn.STATE):
            return record.message
        return None

    def included(self, record: FilePreview) -> bool:
        return record.applicable and record.index not in self.skipped

    def checkable(self, record: FilePreview) -> bool:
        return record.applicable

    def is_checked(self, record: FilePreview) -> bool:
        return self.included(record)

    def set_checked(self, record: FilePreview, checked: bool) -> None:
        if checked:
            self.skipped.discard(record.index)
        else:
            self.skipped.add(record.index)

    def colour(self, record: FilePreview) -> QColor | None:
        return FILE_COLOURS.get(record.state)

    def applicable(self) -> list[FilePreview]:
        """The files that will be imported: ticked, and ready or waiting for a department."""
        return [f for f in self.rows() if self.included(f)]

    def waiting(self) -> list[FilePreview]:
        """Ticked files whose department names are still to be confirmed."""
        return [f for f in self.applicable() if f.state == FileState.NEEDS_RESOLUTION]
