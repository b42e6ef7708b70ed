"""Export of departments' report forms for a period: their tasks pre-filled and locked, and their indicators."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ipdesk.domain.campaigns import campaign_name
from ipdesk.domain.periods import Period
from ipdesk.errors import NotFoundError
from ipdesk.excel.form_writer import DepartmentForm, FormGroup, FormIndicator, FormTask, write_department_form
from ipdesk.excel.progress import Progress, report
from ipdesk.i18n import translate
from ipdesk.services.exchange.labels import measure_shown, quoted_title
from ipdesk.services.exchange.queries import (
    current_value,
    department_assignments,
    home_unit_name,
    installation,
    period_row,
    reports_by_assignment,
    value_unit,
)
from ipdesk.services.exchange.records import ExportResult, FormTarget
from ipdesk.storage.database import Database
from ipdesk.storage.models import (
    Department,
    Indicator,
    IndicatorDepartment,
    Installation,
    Plan,
    ReportingPeriod,
    Task,
    TaskAssignment,
)


def form_targets(db: Database, period: str, *, plan_ids: Sequence[int] | None = None) -> list[FormTarget]:
    Period.parse(period)
    with db.reading() as session:
        tasks = _count_per_department(session, TaskAssignment, Task, plan_ids)
        indicators = _count_per_department(session, IndicatorDepartment, Indicator, plan_ids)
        ids = set(tasks) | set(indicators)
        departments = session.scalars(
            select(Department).where(Department.id.in_(ids)).order_by(Department.position, Department.id)
        ).all()
        return [FormTarget(d.id, d.name, tasks.get(d.id, 0), indicators.get(d.id, 0)) for d in departments]


def _count_per_department(
    session: Session,
    link: type[TaskAssignment] | type[IndicatorDepartment],
    owner: type[Task] | type[Indicator],
    plan_ids: Sequence[int] | None,
) -> dict[int, int]:
    """How many tasks (or indicators) of the chosen plans each department has."""
    query = select(link.department_id, func.count(link.id)).join(owner).group_by(link.department_id)
    if plan_ids:
        query = query.where(owner.plan_id.in_(plan_ids))
    return {department_id: count for department_id, count in session.execute(query).all()}


def export_form(
    db: Database, period: str, department_id: int, path: str | Path, *, plan_ids: Sequence[int] | None = None
) -> ExportResult:
    form = build_form(db, Period.parse(period), department_id, plan_ids)
    target = write_department_form(form, path)
    return ExportResult(target, form.task_count, department_id, form.department_name)


def export_forms(
    db: Database,
    period: str,
    directory: str | Path,
    *,
    department_ids: Sequence[int] | None = None,
    plan_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
) -> list[ExportResult]:
    parsed = Period.parse(period)
    ids = (
        list(department_ids)
        if department_ids
        else [t.department_id for t in form_targets(db, period, plan_ids=plan_ids)]
    )
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    results: list[ExportResult] = []
    used: set[str] = set()
    for done, department_id in enumerate(ids):
        report(progress, done, len(ids))
        form = build_form(db, parsed, department_id, plan_ids)
        stem = _file_stem(f"{parsed.code}_{form.department_name}_进展填报表")
        if stem in used:
            stem = f"{stem}_{department_id}"
        used.add(stem)
        target = write_department_form(form, folder / f"{stem}.xlsx")
        results.append(ExportResult(target, form.task_count, department_id, form.department_name))
    report(progress, len(ids), len(ids))
    return results


def build_form(db: Database, period: Period, department_id: int, plan_ids: Sequence[int] | None) -> DepartmentForm:
    """What one department's form for ``period`` holds: its tasks per plan (with reports on file) and indicators."""
    with db.reading() as session:
        department = session.get(Department, department_id)
        if department is None:
            raise NotFoundError(translate("Fields", "Department"), department_id)
        stored_period = period_row(session, period.code)
        groups, plan_ids_used = _task_groups(session, department_id, stored_period, plan_ids)
        home = installation(session)
        campaign = _campaign(session, plan_ids_used or tuple(plan_ids or ()), home)
        return DepartmentForm(
            period=period,
            department_id=department.id,
            department_name=department.name,
            groups=groups,
            indicators=_indicators(session, department, period, stored_period, plan_ids),
            plan_ids=plan_ids_used,
            installation=home_unit_name(session),
            office=home.office_name if home else None,
            reporter=None,
            phone=None,
            campaign=campaign,
        )


def _campaign(session: Session, plan_ids: Sequence[int], home: Installation | None) -> str:
    """知识产权强县建设 or 强市 …: of the form's plan of this installation's own unit, else of its first plan.

    A plan without a unit is taken to be this installation's; with no plan at all, the installation's unit says it.
    """
    plans = [plan for plan in (session.get(Plan, i) for i in plan_ids) if plan is not None]
    home_unit_id = home.unit_id if home is not None else None
    plans.sort(key=lambda plan: (plan.unit_id or home_unit_id) != home_unit_id)
    plan = plans[0] if plans else None
    unit = plan.unit if plan is not None and plan.unit is not None else (home.unit if home is not None else None)
    return campaign_name(
        plan.title if plan is not None else None, unit.level if unit else None, unit.name if unit else None
    )


def _task_groups(
    session: Session, department_id: int, period: ReportingPeriod | None, plan_ids: Sequence[int] | None
) -> tuple[tuple[FormGroup, ...], tuple[int, ...]]:
    """The department's tasks grouped by plan, each with the report on file for the period, and the plans' ids."""
    assignments = department_assignments(session, department_id, plan_ids)
    reports = reports_by_assignment(session, period.id, (a.id for a in assignments)) if period is not None else {}
    plans = {p.id: p for p in session.scalars(select(Plan).where(Plan.id.in_({a.task.plan_id for a in assignments})))}
    groups: list[FormGroup] = []
    for plan_id in dict.fromkeys(a.task.plan_id for a in assignments):
        items = []
        for a in assignments:
            if a.task.plan_id != plan_id:
                continue
            existing = reports.get(a.id)
            items.append(
                FormTask(
                    assignment_id=a.id,
                    task_id=a.task_id,
                    number=a.task.number,
                    title=a.task.title,
                    measure=measure_shown(a.task),
                    role=a.role,
                    deadline=a.task.deadline_text or (a.task.deadline.isoformat() if a.task.deadline else None),
                    status=existing.status if existing else None,
                    percent=existing.percent if existing else None,
                    progress=existing.progress if existing else None,
                    problems=existing.problems if existing else None,
                    next_steps=existing.next_steps if existing else None,
                )
            )
        groups.append(FormGroup(quoted_title(plans[plan_id].title), tuple(items)))
    return tuple(groups), tuple(plans)


def _indicators(
    session: Session,
    department: Department,
    period: Period,
    stored_period: ReportingPeriod | None,
    plan_ids: Sequence[int] | None,
) -> tuple[FormIndicator, ...]:
    """The department's indicators with the period's target and any value on file."""
    query = (
        select(Indicator)
        .join(IndicatorDepartment)
        .options(selectinload(Indicator.targets))
        .where(IndicatorDepartment.department_id == department.id)
        .order_by(Indicator.plan_id, Indicator.position)
    )
    if plan_ids:
        query = query.where(Indicator.plan_id.in_(plan_ids))
    unit_id = value_unit(session, department)
    indicators = []
    for indicator in session.scalars(query):
        target = next((t for t in indicator.targets if t.year == period.year), None)
        current = (
            current_value(session, indicator.id, stored_period.id, unit_id)
            if stored_period is not None and unit_id is not None
            else None
        )
        indicators.append(
            FormIndicator(
                indicator_id=indicator.id,
                name=indicator.name,
                unit=indicator.unit,
                target=(target.value if target.value is not None else target.value_text) if target else None,
                actual=(current.value if current.value is not None else current.value_text) if current else None,
                note=current.note if current else None,
                is_text=indicator.kind == "text",
            )
        )
    return tuple(indicators)


def _file_stem(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("._")[:120] or "form"
