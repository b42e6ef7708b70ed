"""Per-period submission counts (汇总报表, first version)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from ipdesk.analytics.desk import SubmissionCount
from ipdesk.i18n import QT_TRANSLATE_NOOP
from ui import formatting
from ui.models.table import RecordTableModel


class SubmissionColumn(IntEnum):
    PERIOD = 0
    DUE = 1
    ASSIGNMENTS = 2
    REPORTED = 3
    MISSING = 4
    RATE = 5
    ON_TIME = 6
    LATE = 7
    DONE = 8
    LAGGING = 9
    SILENT = 10


HEADERS = {
    SubmissionColumn.PERIOD: QT_TRANSLATE_NOOP("SubmissionTableModel", "Period"),
    SubmissionColumn.DUE: QT_TRANSLATE_NOOP("SubmissionTableModel", "Due"),
    SubmissionColumn.ASSIGNMENTS: QT_TRANSLATE_NOOP("SubmissionTableModel", "Expected"),
    SubmissionColumn.REPORTED: QT_TRANSLATE_NOOP("SubmissionTableModel", "Reported"),
    SubmissionColumn.MISSING: QT_TRANSLATE_NOOP("SubmissionTableModel", "Missing"),
    SubmissionColumn.RATE: QT_TRANSLATE_NOOP("SubmissionTableModel", "Rate"),
    SubmissionColumn.ON_TIME: QT_TRANSLATE_NOOP("SubmissionTableModel", "On time"),
    SubmissionColumn.LATE: QT_TRANSLATE_NOOP("SubmissionTableModel", "Late"),
    SubmissionColumn.DONE: QT_TRANSLATE_NOOP("SubmissionTableModel", "Done"),
    SubmissionColumn.LAGGING: QT_TRANSLATE_NOOP("SubmissionTableModel", "Lagging"),
    SubmissionColumn.SILENT: QT_TRANSLATE_NOOP("SubmissionTableModel", "Departments silent"),
}
_COUNTS = {
    SubmissionColumn.ASSIGNMENTS: "assignments",
    SubmissionColumn.REPORTED: "reported",
    SubmissionColumn.MISSING: "missing",
    SubmissionColumn.ON_TIME: "on_time",
    SubmissionColumn.LATE: "late",
    SubmissionColumn.DONE: "done",
    SubmissionColumn.LAGGING: "lagging",
    SubmissionColumn.SILENT: "silent_departments",
}


class SubmissionTableModel(RecordTableModel[SubmissionCount]):
    COLUMNS = SubmissionColumn
    HEADERS = HEADERS
    NUMERIC = frozenset({*_COUNTS, SubmissionColumn.RATE})

    def display(self, record: SubmissionCount, column: int) -> str | None:
        if column in _COUNTS:
            return str(getattr(record, _COUNTS[SubmissionColumn(column)]))
        if column == SubmissionColumn.PERIOD:
            return record.period.label
        if column == SubmissionColumn.DUE:
            return formatting.day(record.period.due_date)
        if column == SubmissionColumn.RATE:
            return formatting.percent(record.reported, record.assignments)
        return None

    def sort_key(self, record: SubmissionCount, column: int) -> Any:
        if column in _COUNTS:
            return getattr(record, _COUNTS[SubmissionColumn(column)])
        if column == SubmissionColumn.RATE:
            return record.reported / record.assignments if record.assignments else None
        if column == SubmissionColumn.PERIOD:
            return (record.period.end_date, record.period.start_date)
        return record.period.due_date
