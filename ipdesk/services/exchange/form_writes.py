"""Writing a returned form: its task reports and indicator values, tagged with the import batch."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipdesk.domain.enums import Source
from ipdesk.services.exchange.planning import FilePlan, ReportAction, ValueAction
from ipdesk.services.exchange.queries import current_value
from ipdesk.services.exchange.records import RowState
from ipdesk.storage.models import ImportBatch, IndicatorValue, ReportingPeriod, TaskReport

REPORT_FIELDS = ("status", "percent", "progress", "problems", "next_steps", "reporter")
WRITTEN = (RowState.NEW, RowState.CHANGED)


def apply_form(session: Session, plan: FilePlan, period: ReportingPeriod, batch: ImportBatch) -> int:
    """Write the new and changed rows; returns how many conflicting rows were kept as they were."""
    kept = 0
    for action in plan.reports:
        if action.state == RowState.CONFLICT:
            kept += 1
        elif action.state in WRITTEN:
            _write_report(session, action, period, batch, plan.submitted_on)
    for value_action in plan.values:
        if value_action.state == RowState.CONFLICT:
            kept += 1
        elif value_action.state in WRITTEN:
            _write_value(session, value_action, period, batch, plan.preview.department_id, plan.submitted_on)
    return kept


def _write_report(
    session: Session, action: ReportAction, period: ReportingPeriod, batch: ImportBatch, submitted: date | None
) -> None:
    row = session.scalars(
        select(TaskReport).where(TaskReport.assignment_id == action.assignment_id, TaskReport.period_id == period.id)
    ).first()
    if row is None:
        row = TaskReport(assignment_id=action.assignment_id, period_id=period.id)
        session.add(row)
    for key in REPORT_FIELDS:
        value = action.values.get(key)
        if key == "reporter" and value is None and row.reporter is not None:
            continue
        setattr(row, key, value)
    row.submitted_on = submitted or date.today()
    row.source = Source.IMPORT.value
    row.batch_id = batch.id


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
