"""Read-only bulk queries behind :mod:`ipdesk.reports.data` (reports and the 总览 dashboard).

The services return one rich ORM-backed record per row, which is right for editing but costs seconds when a
province database holds tens of thousands of assignments: every row becomes an ORM object (with joined
loads and identity-map bookkeeping) only to be copied into a dataclass. These queries select just the
columns the reports use, with SQLAlchemy Core, a fixed handful of statements however many plans are in scope
(no N+1), and hand back plain tuples or the services' own info dataclasses, so the numbers stay identical.
All SQL is portable (no SQLite-only syntax).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipdesk.services.indicators import IndicatorInfo
from ipdesk.services.plans import SectionInfo
from ipdesk.services.tasks import AssignmentInfo, TaskInfo
from ipdesk.storage.models import (
    Department,
    Indicator,
    IndicatorDepartment,
    IndicatorTarget,
    IndicatorValue,
    PlanSection,
    ReportingPeriod,
    Task,
    TaskAssignment,
    TaskReport,
)


@dataclass(frozen=True, slots=True)
class ReportFacts:
    """The part of one assignment's report for a period that the analytics read."""

    status: str | None
    percent: int | None
    submitted_on: date | None
    progress: str | None
    problems: str | None


@dataclass(frozen=True, slots=True)
class ValueFacts:
    """One stored indicator value, reduced to what an observation needs (and the unit it belongs to)."""

    unit_id: int
    period_code: str
    value: float | None
    value_text: str | None


def period_id(session: Session, code: str) -> int | None:
    """The id of the opened period ``code`` (``None`` when nobody opened it)."""
    return session.connection().scalar(select(ReportingPeriod.id).where(ReportingPeriod.code == code))


def plan_tasks(session: Session, plan_ids: Sequence[int]) -> dict[int, list[TaskInfo]]:
    """Every task of the plans with its assignments, by plan id, in plan order (as ``TaskService.list``).

    Two statements in all: the tasks, then the assignments of all of them joined to their departments,
    ordered so that each task's assignments come out in their own order.
    """
    result: dict[int, list[TaskInfo]] = {plan_id: [] for plan_id in plan_ids}
    if not plan_ids:
        return result
    in_plans = Task.plan_id.in_(list(plan_ids))
    parts: dict[int, list[AssignmentInfo]] = defaultdict(list)
    for row in (
        session.connection()
        .execute(
            select(
                TaskAssignment.id,
                TaskAssignment.task_id,
                TaskAssignment.department_id,
                Department.name,
                Department.short_name,
                TaskAssignment.role,
            )
            .join(Department, Department.id == TaskAssignment.department_id)
            .where(TaskAssignment.task_id.in_(select(Task.id).where(in_plans)))
            .order_by(TaskAssignment.task_id, TaskAssignment.position, TaskAssignment.id)
        )
        .all()
    ):
        parts[row[1]].append(AssignmentInfo(*row))
    tasks = (
        session.connection()
        .execute(
            select(
                Task.id,
                Task.plan_id,
                Task.section_id,
                Task.number,
                Task.title,
                Task.text,
                Task.measures,
                Task.deadline_text,
                Task.deadline,
                Task.year,
                Task.position,
                Task.line_first,
                Task.line_last,
                Task.note,
            )
            .where(in_plans)
            .order_by(Task.plan_id, Task.position)
        )
        .all()
    )
    for row in tasks:
        result[row[1]].append(TaskInfo(*row, assignments=tuple(parts.get(row[0], ()))))
    return result


def plan_headings(session: Session, plan_ids: Sequence[int]) -> dict[int, dict[int, str]]:
    """Section headings by plan id and section id, for all the plans in one statement."""
    result: dict[int, dict[int, str]] = {plan_id: {} for plan_id in plan_ids}
    if not plan_ids:
        return result
    rows = (
        session.connection()
        .execute(
            select(
                PlanSection.id,
                PlanSection.plan_id,
                PlanSection.parent_id,
                PlanSection.label,
                PlanSection.title,
                PlanSection.level,
                PlanSection.position,
                PlanSection.line_first,
                PlanSection.line_last,
            )
            .where(PlanSection.plan_id.in_(list(plan_ids)))
            .order_by(PlanSection.plan_id, PlanSection.position)
        )
        .all()
    )
    for row in rows:
        result[row[1]][row[0]] = SectionInfo(*row).heading
    return result


def period_reports(session: Session, period: int) -> dict[int, ReportFacts]:
    """The reports of one period by assignment id.

    One range scan of the ``period_id`` index: only the chosen period's rows are read, never the reports of
    every period, and only the five columns the analytics need.
    """
    query = select(
        TaskReport.assignment_id,
        TaskReport.status,
        TaskReport.percent,
        TaskReport.submitted_on,
        TaskReport.progress,
        TaskReport.problems,
    ).where(TaskReport.period_id == period)
    return {row[0]: ReportFacts(*row[1:]) for row in session.connection().execute(query).all()}


def period_submissions(session: Session, period: int) -> dict[int, date | None]:
    """When each assignment's report for one period came in, by assignment id (only the date column)."""
    query = select(TaskReport.assignment_id, TaskReport.submitted_on).where(TaskReport.period_id == period)
    return {assignment_id: submitted for assignment_id, submitted in session.connection().execute(query).all()}


def plan_indicators(session: Session, plan_id: int) -> list[IndicatorInfo]:
    """The plan's indicators with targets and departments, as ``IndicatorService.list(plan_id=…)`` returns them.

    The departments are read with the same unordered ``IN`` statement the ORM's select-in load issues, so they
    come out in the same order.
    """
    indicators = (
        session.connection()
        .execute(
            select(
                Indicator.id,
                Indicator.plan_id,
                Indicator.code,
                Indicator.name,
                Indicator.unit,
                Indicator.category,
                Indicator.kind,
                Indicator.direction,
                Indicator.baseline_year,
                Indicator.baseline_value,
                Indicator.definition,
                Indicator.note,
                Indicator.position,
            )
            .where(Indicator.plan_id == plan_id)
            .order_by(Indicator.plan_id, Indicator.position, Indicator.id)
        )
        .all()
    )
    if not indicators:
        return []
    ids = [row[0] for row in indicators]
    targets: dict[int, dict[int, float | None]] = defaultdict(dict)
    texts: dict[int, dict[int, str]] = defaultdict(dict)
    for indicator_id, year, value, text in (
        session.connection()
        .execute(
            select(
                IndicatorTarget.indicator_id, IndicatorTarget.year, IndicatorTarget.value, IndicatorTarget.value_text
            )
            .where(IndicatorTarget.indicator_id.in_(ids))
            .order_by(IndicatorTarget.indicator_id, IndicatorTarget.year)
        )
        .all()
    ):
        targets[indicator_id][year] = value
        if text:
            texts[indicator_id][year] = text
    names = {
        i: short or name
        for i, name, short in session.connection().execute(
            select(Department.id, Department.name, Department.short_name)
        )
    }
    departments: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    for indicator_id, department_id, role in (
        session.connection()
        .execute(
            select(IndicatorDepartment.indicator_id, IndicatorDepartment.department_id, IndicatorDepartment.role).where(
                IndicatorDepartment.indicator_id.in_(ids)
            )
        )
        .all()
    ):
        departments[indicator_id].append((department_id, names[department_id], role))
    return [
        IndicatorInfo(
            *row,
            targets=targets.get(row[0], {}),
            target_texts=texts.get(row[0], {}),
            departments=tuple(departments.get(row[0], ())),
        )
        for row in indicators
    ]


def plan_values(session: Session, plan_id: int) -> dict[int, list[ValueFacts]]:
    """The stored values of the plan's indicators by indicator id, each indicator's oldest period first."""
    values: dict[int, list[ValueFacts]] = defaultdict(list)
    for indicator_id, unit_id, code, value, text in (
        session.connection()
        .execute(
            select(
                IndicatorValue.indicator_id,
                IndicatorValue.unit_id,
                ReportingPeriod.code,
                IndicatorValue.value,
                IndicatorValue.value_text,
            )
            .join(ReportingPeriod, ReportingPeriod.id == IndicatorValue.period_id)
            .join(Indicator, Indicator.id == IndicatorValue.indicator_id)
            .where(Indicator.plan_id == plan_id)
            .order_by(IndicatorValue.indicator_id, ReportingPeriod.end_date, IndicatorValue.id)
        )
        .all()
    ):
        values[indicator_id].append(ValueFacts(unit_id, code, value, text))
    return values
