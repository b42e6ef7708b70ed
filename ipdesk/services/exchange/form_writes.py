"""Writing a returned form: its task reports and indicator values, tagged with the import batch."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from ipdesk.domain.enums import Source
from ipdesk.services.exchange.planning import FilePlan, ReportAction, ValueAction
from ipdesk.services.exchange.queries import current_value
from ipdesk.services.exchange.records import RowState
from ipdesk.services.reports import ReportInput, store_reports
from ipdesk.storage.models import ImportBatch, IndicatorValue, ReportingPeriod

WRITTEN = (RowState.NEW, RowState.CHANGED)


def apply_form(session: Session, plan: FilePlan, period: ReportingPeriod, batch: ImportBatch) -> int:
    """Write the new and changed rows; returns how many conflicting rows were kept as they were.

    Task reports go through :func:`store_reports`, the writer hand entry uses, so a form's report is
    written by the same rules (its date, a blank reporter, the audit trail), only tagged with the batch.
    """
    kept = sum(1 for action in plan.reports if action.state == RowState.CONFLICT)
    reports = [_report_input(a, plan.submitted_on) for a in plan.reports if a.state in WRITTEN]
    if reports:
        store_reports(session, period.code, reports, source=Source.IMPORT, batch_id=batch.id)
    for value_action in plan.values:
        if value_action.state == RowState.CONFLICT:
            kept += 1
        elif value_action.state in WRITTEN:
            _write_value(session, value_action, period, batch, plan.preview.department_id, plan.submitted_on)
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


def _write_value(
    session: Session,
    action: ValueAction,
    period: ReportingPeriod,
    batch: ImportBatch,
    department_id: int | None,
    submitted: date | None,
) -> None:
    row = current_value(session, action.indicator_id, period.id, action.unit_id)
    if row is None:
        row = IndicatorValue(indicator_id=action.indicator_id, period_id=period.id, unit_id=action.unit_id)
        session.add(row)
    row.value, row.value_text = action.value, action.value_text
    row.department_id = department_id
    if action.note is not None:
        row.note = action.note
    row.submitted_on = submitted or date.today()
    row.source = Source.IMPORT.value
    row.batch_id = batch.id
