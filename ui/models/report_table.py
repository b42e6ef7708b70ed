"""One department's task reports for one period (read-only for now)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from ipdesk.domain.enums import Role, TaskStatus
from ipdesk.i18n import QT_TRANSLATE_NOOP
from ipdesk.services.reports import ReportRow
from ui import formatting
from ui.models.table import RecordTableModel


class ReportColumn(IntEnum):
    TASK = 0
    ROLE = 1
    STATUS = 2
    PERCENT = 3
    PROGRESS = 4
    PROBLEMS = 5
    NEXT_STEPS = 6
    REPORTER = 7
    SUBMITTED = 8


HEADERS = {
    ReportColumn.TASK: QT_TRANSLATE_NOOP("ReportTableModel", "Task"),
    ReportColumn.ROLE: QT_TRANSLATE_NOOP("ReportTableModel", "Role"),
    ReportColumn.STATUS: QT_TRANSLATE_NOOP("ReportTableModel", "Status"),
    ReportColumn.PERCENT: QT_TRANSLATE_NOOP("ReportTableModel", "Done %"),
    ReportColumn.PROGRESS: QT_TRANSLATE_NOOP("ReportTableModel", "Progress"),
    ReportColumn.PROBLEMS: QT_TRANSLATE_NOOP("ReportTableModel", "Problems"),
    ReportColumn.NEXT_STEPS: QT_TRANSLATE_NOOP("ReportTableModel", "Next steps"),
    ReportColumn.REPORTER: QT_TRANSLATE_NOOP("ReportTableModel", "Reported by"),
    ReportColumn.SUBMITTED: QT_TRANSLATE_NOOP("ReportTableModel", "Submitted"),
}
_LONG_TEXT = (ReportColumn.TASK, ReportColumn.PROGRESS, ReportColumn.PROBLEMS, ReportColumn.NEXT_STEPS)


class ReportTableModel(RecordTableModel[ReportRow]):
    COLUMNS = ReportColumn
    HEADERS = HEADERS
    NUMERIC = frozenset({ReportColumn.PERCENT})

    def record_id(self, record: ReportRow) -> int | None:
        return record.assignment_id

    def display(self, record: ReportRow, column: int) -> str | None:
        if column == ReportColumn.TASK:
            return formatting.numbered(record.task_number, record.task_title)
        if column == ReportColumn.ROLE:
            return Role.label_of(record.role)
        if column == ReportColumn.STATUS:
            if record.report_id is None:
                return QCoreApplication.translate("ReportTableModel", "Not reported")
            return TaskStatus.label_of(record.status)
        if column == ReportColumn.PERCENT:
            return "" if record.percent is None else f"{record.percent}%"
        if column == ReportColumn.PROGRESS:
            return record.progress or ""
        if column == ReportColumn.PROBLEMS:
            return record.problems or ""
        if column == ReportColumn.NEXT_STEPS:
            return record.next_steps or ""
        if column == ReportColumn.REPORTER:
            return record.reporter or ""
        if column == ReportColumn.SUBMITTED:
            return formatting.day(record.submitted_on)
        return None

    def sort_key(self, record: ReportRow, column: int) -> Any:
        if column == ReportColumn.PERCENT:
            return record.percent
        if column == ReportColumn.SUBMITTED:
            return record.submitted_on
        if column == ReportColumn.TASK:
            return (record.plan_id, record.task_id)
        return self.display(record, column)

    def tooltip(self, record: ReportRow, column: int) -> str | None:
        if column in _LONG_TEXT:
            return self.display(record, column) or None
        return None
