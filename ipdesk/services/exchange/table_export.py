"""Export of a plan's 任务分工表: the whole plan, one year (undated tasks included) or one department's share."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ipdesk.domain.enums import LEADING_ROLES, Role
from ipdesk.errors import NotFoundError
from ipdesk.excel.assignment_writer import AssignmentTable, TableCategory, TableTask, write_assignment_table
from ipdesk.i18n import translate
from ipdesk.services.exchange.labels import department_label, measure_shown, quoted_title, section_heading
from ipdesk.services.exchange.queries import home_unit_name
from ipdesk.services.exchange.records import ExportResult
from ipdesk.storage.database import Database
from ipdesk.storage.models import Department, Plan, PlanSection, Task, TaskAssignment


@dataclass
class _Category:
    section_id: int | None
    label: str
    tasks: list[TableTask]


def export_assignment_table(
    db: Database, plan_id: int, path: str | Path, *, year: int | None = None, department_id: int | None = None
) -> ExportResult:
    with db.reading() as session:
        plan = session.get(Plan, plan_id)
        if plan is None:
            raise NotFoundError(translate("Fields", "Plan"), plan_id)
        tasks = session.scalars(
            select(Task)
            .where(Task.plan_id == plan_id)
            .options(selectinload(Task.assignments).selectinload(TaskAssignment.department))
            .order_by(Task.position)
        ).all()
        sections = {s.id: s for s in session.scalars(select(PlanSection).where(PlanSection.plan_id == plan_id))}
        categories: list[_Category] = []
        for task in tasks:
            if not _chosen(task, year, department_id):
                continue
            if not categories or categories[-1].section_id != task.section_id:
                section = sections.get(task.section_id) if task.section_id else None
                categories.append(_Category(task.section_id, section_heading(section), []))
            categories[-1].tasks.append(_table_task(task))
        title = quoted_title(plan.title)
        if year is not None:
            title += f"{year}年度"
        title += "任务分工表"
        if department_id is not None:
            department = session.get(Department, department_id)
            if department is None:
                raise NotFoundError(translate("Fields", "Department"), department_id)
            title += f"（{department.name}）"
        table = AssignmentTable(
            title=title,
            plan_id=plan_id,
            categories=tuple(TableCategory(c.label, tuple(c.tasks)) for c in categories),
            installation=home_unit_name(session),
        )
    target = write_assignment_table(table, path)
    return ExportResult(target, table.task_count)


def _chosen(task: Task, year: int | None, department_id: int | None) -> bool:
    if year is not None:
        task_year = task.year or (task.deadline.year if task.deadline else None)
        if task_year is not None and task_year != year:
            return False
    return department_id is None or any(a.department_id == department_id for a in task.assignments)


def _table_task(task: Task) -> TableTask:
    leads = tuple(department_label(a.department) for a in task.assignments if a.role in LEADING_ROLES)
    supports = tuple(department_label(a.department) for a in task.assignments if a.role == Role.SUPPORT.value)
    deadline = task.deadline_text or (
        f"{task.deadline.year}年{task.deadline.month}月{task.deadline.day}日" if task.deadline else None
    )
    return TableTask(task.id, task.number, task.title, measure_shown(task), leads, supports, deadline)
