"""A plan already in the database as plain data, read inside the caller's session (for the diff)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ipdesk.services.plan_intake.draft import PlanMeta, heading
from ipdesk.storage.models import (
    Indicator,
    IndicatorDepartment,
    IndicatorValue,
    Plan,
    PlanSection,
    Task,
    TaskAssignment,
    TaskReport,
)


@dataclass(frozen=True)
class StoredAssignment:
    id: int
    department_id: int
    department_name: str
    role: str
    reports: int


@dataclass(frozen=True)
class StoredTask:
    id: int
    number: str
    title: str
    text: str
    deadline_text: str | None
    section: str
    """The heading of its section ("" when none)."""
    position: int
    assignments: tuple[StoredAssignment, ...]

    @property
    def reports(self) -> int:
        return sum(a.reports for a in self.assignments)


@dataclass(frozen=True)
class StoredIndicator:
    id: int
    name: str
    code: str | None
    unit: str
    kind: str
    category: str
    direction: str
    baseline_year: int | None
    baseline_value: float | None
    definition: str | None
    note: str | None
    targets: dict[int, float | str]
    departments: tuple[tuple[int, str, str], ...]
    """(department id, name, role)."""
    values: int


@dataclass(frozen=True)
class StoredPlan:
    id: int
    meta: PlanMeta
    sections: tuple[str, ...]
    """Section headings in document order."""
    tasks: tuple[StoredTask, ...]
    indicators: tuple[StoredIndicator, ...]


def _label(name: str, short_name: str | None) -> str:
    return short_name or name


def read_stored_plan(session: Session, plan_id: int) -> StoredPlan | None:
    plan = session.get(Plan, plan_id)
    if plan is None:
        return None
    sections = {
        s.id: heading(s.label, s.title)
        for s in session.scalars(
            select(PlanSection).where(PlanSection.plan_id == plan_id).order_by(PlanSection.position)
        )
    }
    task_reports = dict(
        session.execute(
            select(TaskReport.assignment_id, func.count(TaskReport.id))
            .join(TaskAssignment, TaskAssignment.id == TaskReport.assignment_id)
            .join(Task, Task.id == TaskAssignment.task_id)
            .where(Task.plan_id == plan_id)
            .group_by(TaskReport.assignment_id)
        ).all()
    )
    tasks = session.scalars(
        select(Task)
        .options(selectinload(Task.assignments).selectinload(TaskAssignment.department))
        .where(Task.plan_id == plan_id)
        .order_by(Task.position)
    ).all()
    stored_tasks = tuple(
        StoredTask(
            t.id,
            t.number,
            t.title,
            t.text,
            t.deadline_text,
            sections.get(t.section_id, "") if t.section_id is not None else "",
            t.position,
            tuple(
                StoredAssignment(
                    a.id,
                    a.department_id,
                    _label(a.department.name, a.department.short_name),
                    a.role,
                    task_reports.get(a.id, 0),
                )
                for a in t.assignments
            ),
        )
        for t in tasks
    )
    values = dict(
        session.execute(
            select(IndicatorValue.indicator_id, func.count(IndicatorValue.id))
            .join(Indicator, Indicator.id == IndicatorValue.indicator_id)
            .where(Indicator.plan_id == plan_id)
            .group_by(IndicatorValue.indicator_id)
        ).all()
    )
    indicators = session.scalars(
        select(Indicator)
        .options(
            selectinload(Indicator.targets),
            selectinload(Indicator.departments).selectinload(IndicatorDepartment.department),
        )
        .where(Indicator.plan_id == plan_id)
        .order_by(Indicator.position, Indicator.id)
    ).all()
    stored_indicators = tuple(
        StoredIndicator(
            i.id,
            i.name,
            i.code,
            i.unit,
            i.kind,
            i.category,
            i.direction,
            i.baseline_year,
            i.baseline_value,
            i.definition,
            i.note,
            {t.year: t.value if t.value is not None else (t.value_text or "") for t in i.targets},
            tuple((d.department_id, _label(d.department.name, d.department.short_name), d.role) for d in i.departments),
            values.get(i.id, 0),
        )
        for i in indicators
    )
    meta = PlanMeta(
        plan.title, plan.doc_number, plan.issuer, plan.issue_date, plan.kind, plan.start_year, plan.end_year
    )
    return StoredPlan(plan.id, meta, tuple(sections.values()), stored_tasks, stored_indicators)
