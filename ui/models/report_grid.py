"""The data-entry grid of one department's task reports for one period.

Typed and pasted cells are read the way the Excel import reads a department's form (status synonyms such as
进行中 → 推进中; percentages written 80, 80% or 0.8) and then checked with the report service's own rules, so
the grid refuses exactly what saving would refuse, and says why next to the cell.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from ipdesk.domain.enums import Role, TaskStatus
from ipdesk.errors import ValidationError
from ipdesk.excel import values as cell_values
from ipdesk.i18n import QT_TRANSLATE_NOOP
from ipdesk.services.base import check_choice, check_submitted_on
from ipdesk.services.reports import ReportInput, ReportRow, check_percent
from ui import formatting
from ui.models.editable_grid import CellKind, CellRefused, EditableGridModel, GridColumn


class ReportGridColumn(IntEnum):
    TASK = 0
    ROLE = 1
    STATUS = 2
    PERCENT = 3
    PROGRESS = 4
    PROBLEMS = 5
    NEXT_STEPS = 6
    SUBMITTED = 7


_COLUMNS = {
    ReportGridColumn.TASK: GridColumn(QT_TRANSLATE_NOOP("ReportGridModel", "Task"), CellKind.READ_ONLY, 16),
    ReportGridColumn.ROLE: GridColumn(QT_TRANSLATE_NOOP("ReportGridModel", "Role"), CellKind.READ_ONLY, 3),
    ReportGridColumn.STATUS: GridColumn(QT_TRANSLATE_NOOP("ReportGridModel", "Status"), CellKind.STATUS, 5),
    ReportGridColumn.PERCENT: GridColumn(QT_TRANSLATE_NOOP("ReportGridModel", "Done %"), CellKind.PERCENT, 4),
    ReportGridColumn.PROGRESS: GridColumn(QT_TRANSLATE_NOOP("ReportGridModel", "Progress"), CellKind.MULTILINE, 16),
    ReportGridColumn.PROBLEMS: GridColumn(QT_TRANSLATE_NOOP("ReportGridModel", "Problems"), CellKind.MULTILINE, 11),
    ReportGridColumn.NEXT_STEPS: GridColumn(QT_TRANSLATE_NOOP("ReportGridModel", "Next steps"), CellKind.MULTILINE, 11),
    ReportGridColumn.SUBMITTED: GridColumn(QT_TRANSLATE_NOOP("ReportGridModel", "Submitted"), CellKind.TEXT, 6),
}
_TEXT_FIELDS = {
    ReportGridColumn.PROGRESS: "progress",
    ReportGridColumn.PROBLEMS: "problems",
    ReportGridColumn.NEXT_STEPS: "next_steps",
}


class ReportGridModel(EditableGridModel[ReportRow]):
    COLUMNS = tuple(_COLUMNS[c] for c in ReportGridColumn)

    def record_id(self, record: ReportRow) -> int | None:
        return record.assignment_id

    def saved_value(self, record: ReportRow, column: int) -> Any:
        if column == ReportGridColumn.TASK:
            return formatting.numbered(record.task_number, record.task_title)
        if column == ReportGridColumn.ROLE:
            return Role.label_of(record.role)
        if column == ReportGridColumn.STATUS:
            return record.status
        if column == ReportGridColumn.PERCENT:
            return record.percent
        if column in _TEXT_FIELDS:
            return getattr(record, _TEXT_FIELDS[ReportGridColumn(column)])
        if column == ReportGridColumn.SUBMITTED:
            return record.submitted_on
        return None

    def display_text(self, row: int, column: int, value: Any) -> str:
        if column == ReportGridColumn.STATUS and value is None and not self.is_edited(row, column):
            return QCoreApplication.translate("ReportGridModel", "Not reported")
        if column == ReportGridColumn.SUBMITTED and value is None and self.is_edited(row):
            return formatting.day(date.today())  # what saving records unless another day is typed (muted)
        return super().display_text(row, column, value)

    def text(self, record: ReportRow, column: int, value: Any) -> str:
        if column == ReportGridColumn.STATUS:
            return TaskStatus.label_of(value)
        if column == ReportGridColumn.PERCENT:
            return "" if value is None else f"{value}%"
        if column == ReportGridColumn.SUBMITTED:
            return formatting.day(value)
        return "" if value is None else str(value)

    def muted(self, record: ReportRow, column: int, value: Any) -> bool:
        return column in (ReportGridColumn.STATUS, ReportGridColumn.SUBMITTED) and value is None

    def tooltip(self, record: ReportRow, column: int, value: Any) -> str | None:
        if column == ReportGridColumn.TASK:
            return self.text(record, column, value) + (f"\n{record.deadline_text}" if record.deadline_text else "")
        if column in _TEXT_FIELDS and value:
            return str(value)
        if column == ReportGridColumn.SUBMITTED:
            return QCoreApplication.translate(
                "ReportGridModel",
                "The day the department sent this report (today unless you type another); lateness is judged on it.",
            )
        return None

    def parse(self, record: ReportRow, column: int, raw: Any) -> Any:
        if column == ReportGridColumn.STATUS:
            return parse_status(raw)
        if column == ReportGridColumn.PERCENT:
            return parse_percent(raw)
        if column in _TEXT_FIELDS:
            text = "" if raw is None else str(raw).strip()
            return text or None
        if column == ReportGridColumn.SUBMITTED:
            return parse_submitted(raw)
        raise CellRefused(QCoreApplication.translate("ReportGridModel", "This column cannot be changed here."))

    def cross_check(self, record: ReportRow, values: dict[int, Any]) -> dict[int, str]:
        if values[ReportGridColumn.STATUS] is None:
            return {
                ReportGridColumn.STATUS: QCoreApplication.translate(
                    "ReportGridModel", "Choose a status: a report cannot be saved without one."
                )
            }
        return {}

    def report_inputs(self) -> list[ReportInput]:
        """The edited rows as the service takes them (call when :meth:`problems` is empty)."""
        inputs = []
        for row in self.dirty_rows():
            record = self.record(row)
            value = self.value
            inputs.append(
                ReportInput(
                    record.assignment_id,
                    value(row, ReportGridColumn.STATUS),
                    value(row, ReportGridColumn.PERCENT),
                    value(row, ReportGridColumn.PROGRESS),
                    value(row, ReportGridColumn.PROBLEMS),
                    value(row, ReportGridColumn.NEXT_STEPS),
                    record.reporter,
                    value(row, ReportGridColumn.SUBMITTED),  # none typed: the service's rule (today / kept)
                )
            )
        return inputs


def parse_status(raw: Any) -> str | None:
    """A status key from the combo's key, a label or a synonym as departments write it; blank is None."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, str) and raw in TaskStatus.values():
        return raw
    try:
        key = cell_values.status(str(raw))
    except cell_values.CellError as error:
        raise CellRefused(error.message) from error
    if key is None:
        return None
    try:
        return check_choice(key, TaskStatus.values(), QCoreApplication.translate("ReportGridModel", "Status"))
    except ValidationError as error:
        raise CellRefused(error.message) from error


def parse_submitted(raw: Any) -> date | None:
    """The day a report was sent, written as the Excel import reads 填报日期 (2024-07-05, 2024年7月5日 …)."""
    try:
        return check_submitted_on(cell_values.report_date(raw))
    except cell_values.CellError as error:
        raise CellRefused(error.message) from error
    except ValidationError as error:
        raise CellRefused(error.message) from error


def parse_percent(raw: Any) -> int | None:
    """A completion percentage from 80, "80%", 0.8 or "８０％" (as the Excel import reads it); blank is None."""
    try:
        value = raw if isinstance(raw, int) and not isinstance(raw, bool) else cell_values.percent(raw)
        return check_percent(value)
    except cell_values.CellError as error:
        raise CellRefused(error.message) from error
    except ValidationError as error:
        raise CellRefused(error.message) from error
