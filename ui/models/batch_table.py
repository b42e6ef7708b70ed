"""The import history: one row per imported file."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from ipdesk.domain.enums import BatchKind, BatchStatus
from ipdesk.i18n import QT_TRANSLATE_NOOP
from ipdesk.services.history import BatchInfo
from ui import formatting
from ui.models.table import RecordTableModel


class BatchColumn(IntEnum):
    IMPORTED_AT = 0
    FILE = 1
    KIND = 2
    STATUS = 3
    TOTAL = 4
    NEW = 5
    CHANGED = 6
    UNCHANGED = 7
    REJECTED = 8


HEADERS = {
    BatchColumn.IMPORTED_AT: QT_TRANSLATE_NOOP("BatchTableModel", "Imported"),
    BatchColumn.FILE: QT_TRANSLATE_NOOP("BatchTableModel", "File"),
    BatchColumn.KIND: QT_TRANSLATE_NOOP("BatchTableModel", "Kind"),
    BatchColumn.STATUS: QT_TRANSLATE_NOOP("BatchTableModel", "Status"),
    BatchColumn.TOTAL: QT_TRANSLATE_NOOP("BatchTableModel", "Rows"),
    BatchColumn.NEW: QT_TRANSLATE_NOOP("BatchTableModel", "New"),
    BatchColumn.CHANGED: QT_TRANSLATE_NOOP("BatchTableModel", "Changed"),
    BatchColumn.UNCHANGED: QT_TRANSLATE_NOOP("BatchTableModel", "Unchanged"),
    BatchColumn.REJECTED: QT_TRANSLATE_NOOP("BatchTableModel", "Rejected"),
}
_COUNTS = {
    BatchColumn.TOTAL: "rows_total",
    BatchColumn.NEW: "rows_new",
    BatchColumn.CHANGED: "rows_changed",
    BatchColumn.UNCHANGED: "rows_unchanged",
    BatchColumn.REJECTED: "rows_rejected",
}


class BatchTableModel(RecordTableModel[BatchInfo]):
    COLUMNS = BatchColumn
    HEADERS = HEADERS
    NUMERIC = frozenset(_COUNTS)

    def display(self, record: BatchInfo, column: int) -> str | None:
        if column in _COUNTS:
            return str(getattr(record, _COUNTS[BatchColumn(column)]))
        if column == BatchColumn.IMPORTED_AT:
            return formatting.moment(record.imported_at)
        if column == BatchColumn.FILE:
            return record.file_name
        if column == BatchColumn.KIND:
            return BatchKind(record.kind).label if record.kind in BatchKind.values() else record.kind
        if column == BatchColumn.STATUS:
            return BatchStatus(record.status).label if record.status in BatchStatus.values() else record.status
        return None

    def sort_key(self, record: BatchInfo, column: int) -> Any:
        if column in _COUNTS:
            return getattr(record, _COUNTS[BatchColumn(column)])
        if column == BatchColumn.IMPORTED_AT:
            return record.imported_at
        return self.display(record, column)

    def tooltip(self, record: BatchInfo, column: int) -> str | None:
        if column == BatchColumn.FILE:
            return f"{record.file_name}\nSHA-256 {record.sha256}"
        return None
