"""Planning the import of a department's returned form: who sent it, for which period, and whether it can go in.

A form that cannot say its department or period, or is for a locked period, stops here with a
message; an unknown department name waits for the clerk. Otherwise :class:`FormRows` plans the rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipdesk.domain.enums import BatchKind, BatchStatus
from ipdesk.errors import ValidationError
from ipdesk.excel import formspec as spec
from ipdesk.excel import layout as lay
from ipdesk.excel import values as cell_values
from ipdesk.excel.grid import column_letter
from ipdesk.excel.tables import WARNING, CellProblem, TableRead
from ipdesk.i18n import translate
from ipdesk.services.base import check_submitted_on
from ipdesk.services.exchange.form_rows import FormRows
from ipdesk.services.exchange.planning import FilePlan, ParsedFile, PlanningContext
from ipdesk.services.exchange.queries import period_row
from ipdesk.services.exchange.records import FileState, UnknownDepartment
from ipdesk.storage.models import Department, ImportBatch, ReportingPeriod


@dataclass
class _Sender:
    """Who sent the form, as far as the form and the registry tell."""

    department: Department | None
    written: str
    identified_by: str
    unknown: list[UnknownDepartment] = field(default_factory=list)


def plan_form(context: PlanningContext, parsed: ParsedFile) -> FilePlan:
    session = context.session
    tables = [t for t in parsed.read.tables if t.kind in (lay.PROGRESS, lay.INDICATOR)]
    problems: list[CellProblem] = [p for t in tables for p in t.problems]
    notes: list[str] = [n for t in tables for n in t.notes]
    notes += [
        f"{n.sheet}: {n.reason}" for n in parsed.read.ignored if parsed.identity is None or n.sheet != spec.HELP_SHEET
    ]
    meta: dict[str, str | None] = {}
    for table in tables:
        for key, value in table.meta.items():
            if value and not meta.get(key):
                meta[key] = value
    sender = _sender(context, parsed.identity, meta, notes)
    department = sender.department

    def stopped(state: FileState, message: str, **details: Any) -> FilePlan:
        return FilePlan(parsed.preview(state, message=message, problems=tuple(problems), notes=tuple(notes), **details))

    if department is None and not sender.unknown:
        return stopped(
            FileState.BLOCKED,
            translate(
                "Excel", "The form does not say which department sent it (填报单位); fill it in and import again."
            ),
        )
    period_code = _period_code(context, parsed, tables)
    if period_code is None:
        return stopped(
            FileState.BLOCKED,
            translate(
                "Excel", "The form does not say which reporting period it is for; choose the period and preview again."
            ),
            department_id=department.id if department else None,
            department_name=department.name if department else sender.written,
        )
    if sender.unknown or department is None:
        return stopped(
            FileState.NEEDS_RESOLUTION,
            translate("Excel", 'Which department is "{name}"? Choose it and preview again.').format(
                name=sender.written
            ),
            period=period_code,
            unknown_departments=tuple(sender.unknown),
            identified_by=sender.identified_by,
        )
    period = period_row(session, period_code)
    if period is not None and period.locked:
        return stopped(
            FileState.BLOCKED,
            translate(
                "Excel", "Reporting period {period} is locked; unlock it in the period settings to import this form."
            ).format(period=period_code),
            department_id=department.id,
            department_name=department.name,
            period=period_code,
        )
    plan = FilePlan(parsed.preview(FileState.READY), meta=meta)
    plan.submitted_on = _submitted_on(meta, tables, problems)
    rows = FormRows(context, parsed, department, period, plan, problems)
    rows.plan_reports([t for t in tables if t.kind == lay.PROGRESS])
    rows.plan_values([t for t in tables if t.kind == lay.INDICATOR])
    plan.preview = parsed.preview(
        FileState.READY,
        identified_by=sender.identified_by,
        department_id=department.id,
        department_name=department.name,
        period=period_code,
        rows=tuple(rows.rows),
        problems=tuple(problems),
        supersedes_batch_id=_superseded_batch(session, department.id, period) if period is not None else None,
        notes=tuple(notes),
    )
    return plan


def _sender(
    context: PlanningContext, identity: spec.Identity | None, meta: dict[str, str | None], notes: list[str]
) -> _Sender:
    """The department: from an intact identity sheet, else from 填报单位 (the clerk's choice or the registry)."""
    session = context.session
    department: Department | None = None
    identified_by = translate("Excel", "header block and column headings")
    if identity is not None and identity.kind == spec.PROGRESS_FORM:
        if not identity.checksum_ok:
            notes.append(translate("Excel", "The form's hidden identity was altered; it was matched by its headings."))
        else:
            candidate = session.get(Department, identity.department_id) if identity.department_id else None
            if candidate is not None and candidate.name == identity.department:
                department = candidate
                identified_by = translate("Excel", "hidden identity sheet")
            elif identity.department and not meta.get("department"):
                meta["department"] = identity.department
    written = (meta.get("department") or "").strip()
    sender = _Sender(department, written, identified_by)
    if department is None and written:
        resolved = context.resolutions.departments.get(written, -1)
        if resolved not in (-1, None):
            sender.department = session.get(Department, resolved)
        else:
            match = context.matcher.match(written)
            if match.matched:
                sender.department = session.get(Department, match.department_id)
            else:
                sender.unknown.append(UnknownDepartment(written, (), match.candidates))
    return sender


def _period_code(context: PlanningContext, parsed: ParsedFile, tables: list[TableRead]) -> str | None:
    """The period: from an intact identity sheet, else the one the clerk chose, else from a title or the file name."""
    identity = parsed.identity
    if identity is not None and identity.checksum_ok and identity.period:
        return identity.period
    if context.period:
        return context.period
    for text in [t.title or "" for t in tables] + [parsed.path.stem]:
        found = spec.period_in_text(text)
        if found is not None:
            return found.code
    return None


def _submitted_on(meta: Mapping[str, str | None], tables: list[TableRead], problems: list[CellProblem]) -> date | None:
    """The 填报日期 of the header block; an unreadable or future date is a warning, not a rejection.

    Left out, the rows are written as if no date was given (a new report is today's, a correction keeps its
    day), as hand entry refuses a day still to come. The warning names the date's cell, so the problem list
    and the workbook sent back point at it.
    """
    written = meta.get("date")
    if not written:
        return None
    try:
        return check_submitted_on(cell_values.report_date(written))
    except cell_values.CellError as exc:
        problems.append(_date_problem(tables, written, exc.message))
    except ValidationError as exc:  # a day still to come: the rule hand entry refuses it by
        reason = translate("Excel", "{reason} It was left out; correct it in the form if it matters.")
        problems.append(_date_problem(tables, written, reason.format(reason=exc.message)))
    return None


def _date_problem(tables: list[TableRead], written: str, message: str) -> CellProblem:
    """A warning on the header's 填报日期, at the cell it was read from (the first table's row 2 if unknown)."""
    table = next((t for t in tables if t.meta.get("date") == written and "date" in t.meta_cells), None)
    if table is None:
        return CellProblem(tables[0].sheet, 2, "", "填报日期", written, message, WARNING)
    row, col = table.meta_cells["date"]
    return CellProblem(table.sheet, row, column_letter(col), "填报日期", written, message, WARNING)


def _superseded_batch(session: Session, department_id: int, period: ReportingPeriod) -> int | None:
    """The applied form of the same department and period that this one replaces, if any."""
    return session.scalars(
        select(ImportBatch.id)
        .where(
            ImportBatch.kind == BatchKind.PROGRESS.value,
            ImportBatch.department_id == department_id,
            ImportBatch.period_id == period.id,
            ImportBatch.status == BatchStatus.APPLIED.value,
            ImportBatch.superseded_by_id.is_(None),
        )
        .order_by(ImportBatch.id.desc())
    ).first()
