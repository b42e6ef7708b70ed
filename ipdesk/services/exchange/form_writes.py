"""Writing a returned form: its task reports and indicator values, tagged with the import batch."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from ipdesk.domain.enums import Source
from ipdesk.services.exchange.planning import FilePlan, ReportAction, ValueAction
from ipdesk.services.exchange.records import RowState
from ipdesk.services.reports import ReportInput, store_reports
from ipdesk.services.values import ValueInput, store_value
from ipdesk.storage.models import ImportBatch, ReportingPeriod

WRITTEN = (RowState.NEW, RowState.CHANGED)


def apply_form(session: Session, plan: FilePlan, period: ReportingPeriod, batch: ImportBatch) -> int:
    """Write the new and changed rows; returns how many conflicting rows were kept as they were.

    Task reports go through :func:`store_reports` and indicator values through :func:`store_value`, the
    writers hand entry uses, so a form's rows are written by the same rules (their date, a blank reporter or
    note, the audit trail), only tagged with the batch.
    """
    kept = sum(1 for action in (*plan.reports, *plan.values) if action.state == RowState.CONFLICT)
    reports = [_report_input(a, plan.submitted_on) for a in plan.reports if a.state in WRITTEN]
    if reports:
        store_reports(session, period.code, reports, source=Source.IMPORT, batch_id=batch.id)
    department_id = plan.preview.department_id
    for action in plan.values:
        if action.state in WRITTEN:
            entry = _value_input(action, department_id, plan.submitted_on)
            store_value(session, entry, period.code, source=Source.IMPORT, batch_id=batch.id)
    return kept


def _report_input(action: ReportAction, submitted: date | None) -> ReportInput:
    """A planned row as hand entry would give it: the form's 填报日期 (or none) is the submission date."""
    values = action.values
    return ReportInput(
        action.assignment_id,
        values["status"],
        values.get("percent"),
        values.get("progress"),
        values.get("problems"),
        values.get("next_steps"),
        values.get("reporter"),
        submitted,
    )


def _value_input(action: ValueAction, department_id: int | None, submitted: date | None) -> ValueInput:
    """A planned value as hand entry would give it, from the form's department on its 填报日期 (or none)."""
    value = action.value if action.value is not None else action.value_text
    return ValueInput(action.indicator_id, value, action.unit_id, department_id, submitted, action.note)
