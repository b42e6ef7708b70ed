"""Database look-ups shared by the exports, the import planning and the writes (inside the caller's session)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ipdesk.storage.models import (
    Department,
    IndicatorValue,
    Installation,
    ReportingPeriod,
    Task,
    TaskAssignment,
    TaskReport,
)


def installation(session: Session) -> Installation | None:
    return session.get(Installation, 1)


def home_unit_id(session: Session) -> int | None:
    """The administrative unit this installation works for (None until set in Settings)."""
    row = installation(session)
    return row.unit_id if row else None


def home_unit_name(session: Session) -> str | None:
    row = installation(session)
    return row.unit.name if row and row.unit else None


def value_unit(session: Session, department: Department) -> int | None:
    """The unit a department's indicator values count for: its own, else this installation's."""
    return department.unit_id if department.unit_id is not None else home_unit_id(session)


def period_row(session: Session, code: str) -> ReportingPeriod | None:
    return session.scalars(select(ReportingPeriod).where(ReportingPeriod.code == code)).first()


def department_assignments(
    session: Session, department_id: int, plan_ids: Sequence[int] | None = None
) -> Sequence[TaskAssignment]:
    """A department's assignments with their tasks, in plan and task order (the order of its form)."""
    query = (
        select(TaskAssignment)
        .join(Task)
        .options(selectinload(TaskAssignment.task))
        .where(TaskAssignment.department_id == department_id)
        .order_by(Task.plan_id, Task.position)
    )
    if plan_ids:
        query = query.where(Task.plan_id.in_(plan_ids))
    return session.scalars(query).all()


def reports_by_assignment(session: Session, period_id: int, assignment_ids: Iterable[int]) -> dict[int, TaskReport]:
    ids = list(assignment_ids)
    if not ids:
        return {}
    reports = session.scalars(
        select(TaskReport).where(TaskReport.period_id == period_id, TaskReport.assignment_id.in_(ids))
    )
    return {r.assignment_id: r for r in reports}


def current_value(session: Session, indicator_id: int, period_id: int, unit_id: int) -> IndicatorValue | None:
    return session.scalars(
        select(IndicatorValue).where(
            IndicatorValue.indicator_id == indicator_id,
            IndicatorValue.period_id == period_id,
            IndicatorValue.unit_id == unit_id,
        )
    ).first()
