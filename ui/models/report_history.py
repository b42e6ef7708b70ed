"""Every report filed on one task: all periods and all departments, oldest period first."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from ipdesk.domain.enums import TaskStatus
from ipdesk.domain.periods import Period
from ipdesk.errors import ValidationError
from ipdesk.i18n import QT_TRANSLATE_NOOP
from ipdesk.services.reports import ReportRow
from ui import formatting
from ui.models.table import RecordTableModel


class HistoryColumn(IntEnum):
    PERIOD = 0
    DEPARTMENT = 1
    STATUS = 2
    PERCENT = 3
    PROGRESS = 4
    PROBLEMS = 5
    NEXT_STEPS = 6
    SUBMITTED = 7


HEADERS = {
    HistoryColumn.PERIOD: QT_TRANSLATE_NOOP("ReportHistoryModel", "Period"),
    HistoryColumn.DEPARTMENT: QT_TRANSLATE_NOOP("ReportHistoryModel", "Department"),
    HistoryColumn.STATUS: QT_TRANSLATE_NOOP("ReportHistoryModel", "Status"),
    HistoryColumn.PERCENT: QT_TRANSLATE_NOOP("ReportHistoryModel", "Done %"),
    HistoryColumn.PROGRESS: QT_TRANSLATE_NOOP("ReportHistoryModel", "Progress"),
    HistoryColumn.PROBLEMS: QT_TRANSLATE_NOOP("ReportHistoryModel", "Problems"),
    HistoryColumn.NEXT_STEPS: QT_TRANSLATE_NOOP("ReportHistoryModel", "Next steps"),
    HistoryColumn.SUBMITTED: QT_TRANSLATE_NOOP("ReportHistoryModel", "Submitted"),
}
_TEXT = {
    HistoryColumn.PROGRESS: "progress",
    HistoryColumn.PROBLEMS: "problems",
    HistoryColumn.NEXT_STEPS: "next_steps",
}


def period_label(code: str) -> str:
    try:
        return Period.parse(code).label
    except ValidationError:
        return code


class ReportHistoryModel(RecordTableModel[ReportRow]):
    COLUMNS = HistoryColumn
    HEADERS = HEADERS
    NUMERIC = frozenset({HistoryColumn.PERCENT})

    def record_id(self, record: ReportRow) -> int | None:
        return record.report_id

    def display(self, record: ReportRow, column: int) -> str | None:
        if column == HistoryColumn.PERIOD:
            return period_label(record.period_code)
        if column == HistoryColumn.DEPARTMENT:
            return record.department_name
        if column == HistoryColumn.STATUS:
            return TaskStatus.label_of(record.status)
        if column == HistoryColumn.PERCENT:
            return "" if record.percent is None else f"{record.percent}%"
        if column in _TEXT:
            return (getattr(record, _TEXT[HistoryColumn(column)]) or "").replace("\n", " ")
        if column == HistoryColumn.SUBMITTED:
            return formatting.day(record.submitted_on)
        return None

    def tooltip(self, record: ReportRow, column: int) -> str | None:
        if column in _TEXT:
            return getattr(record, _TEXT[HistoryColumn(column)]) or None
        return None

    def sort_key(self, record: ReportRow, column: int) -> Any:
        if column == HistoryColumn.PERIOD:
            return Period.parse(record.period_code).end
        if column == HistoryColumn.PERCENT:
            return record.percent
        if column == HistoryColumn.SUBMITTED:
            return record.submitted_on
        return self.display(record, column)
