"""Writing a 任务分工表: the plan (created if new), its sections, tasks and assignments, new departments."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ipdesk.domain.deadlines import parse_deadline
from ipdesk.domain.enums import DepartmentKind
from ipdesk.errors import NotFoundError
from ipdesk.excel.departments import DepartmentMatcher, RegistryRecord
from ipdesk.excel.vocabulary import normalise
from ipdesk.i18n import translate
from ipdesk.services.exchange.labels import same_role, split_heading, stored_role
from ipdesk.services.exchange.planning import FilePlan, TaskAction
from ipdesk.services.exchange.queries import home_unit_id
from ipdesk.services.exchange.records import Resolutions, RowState
from ipdesk.storage.models import Department, ImportBatch, Plan, PlanSection, Task, TaskAssignment, TaskReport


@dataclass
class _Target:
    """The plan being written and what is looked up once for all its rows."""

    plan: Plan
    unit_id: int | None
    matcher: DepartmentMatcher
    sections: dict[str, PlanSection]
    task_position: int
    section_position: int
    created: dict[str, Department] = field(default_factory=dict)


def apply_table(
    session: Session, plan: FilePlan, batch: ImportBatch, resolutions: Resolutions, registry: Sequence[RegistryRecord]
) -> int:
    """Write the planned tasks; returns how many conflicting rows were kept as they were."""
    target = _target(session, plan, batch, registry)
    kept = 0
    for action in plan.tasks:
        if action.state == RowState.CONFLICT and not resolutions.overwrites(action.key):
            kept += 1
            continue
        section_id = _section_id(session, target, action.category) if action.category else None
        task = _write_task(session, target, action, section_id)
        if task is None:
            continue
        _write_assignments(session, target, task, action, resolutions)
        _remove_assignments(session, action.remove)
        session.flush()
    return kept


def _target(session: Session, plan: FilePlan, batch: ImportBatch, registry: Sequence[RegistryRecord]) -> _Target:
    file = plan.preview
    target: Plan | None = session.get(Plan, file.plan_id) if file.plan_id else None
    home_unit = home_unit_id(session)
    if target is None:
        title = plan.new_plan_title or file.name
        target = Plan(title=title[:300], unit_id=home_unit, source_name=file.name[:300])
        session.add(target)
        session.flush()
        batch.plan_id = target.id
    unit_id = target.unit_id or home_unit
    sections = {
        normalise(key): s
        for s in session.scalars(select(PlanSection).where(PlanSection.plan_id == target.id))
        for key in (s.title, f"{s.label}{s.title}", f"{s.label}、{s.title}")
    }
    return _Target(
        plan=target,
        unit_id=unit_id,
        matcher=DepartmentMatcher(registry, unit_id=unit_id),
        sections=sections,
        task_position=session.scalar(select(func.max(Task.position)).where(Task.plan_id == target.id)) or 0,
        section_position=(
            session.scalar(select(func.max(PlanSection.position)).where(PlanSection.plan_id == target.id)) or 0
        ),
    )


def _section_id(session: Session, target: _Target, category: str) -> int:
    """The section a 类别 names, created at the end of the plan if it has none of that heading."""
    section = target.sections.get(normalise(category))
    if section is None:
        label, title = split_heading(category)
        target.section_position += 1
        section = PlanSection(
            plan_id=target.plan.id, label=label, title=title[:300], level=1, position=target.section_position
        )
        session.add(section)
        session.flush()
        for key in (category, title, f"{label}{title}"):
            target.sections[normalise(key)] = section
    return section.id


def _write_task(session: Session, target: _Target, action: TaskAction, section_id: int | None) -> Task | None:
    if action.task_id is None:
        target.task_position += 1
        task = Task(
            plan_id=target.plan.id,
            number=(action.fields.get("number") or "")[:20],
            title=action.fields["title"],
            text=action.fields.get("text") or action.fields["title"],
            measures=action.fields.get("measures"),
            deadline_text=(action.fields.get("deadline_text") or None),
            position=target.task_position,
            section_id=section_id,
        )
        task.deadline = parse_deadline(task.deadline_text)
        session.add(task)
        session.flush()
        return task
    existing = session.get(Task, action.task_id)
    if existing is None:
        return None
    for name, value in action.fields.items():
        setattr(existing, name, (value or "")[:20] if name == "number" else value)
    if "deadline_text" in action.fields:
        existing.deadline = parse_deadline(existing.deadline_text)
    if section_id is not None:
        existing.section_id = section_id
    return existing


def _write_assignments(
    session: Session, target: _Target, task: Task, action: TaskAction, resolutions: Resolutions
) -> None:
    current = {
        a.department_id: a for a in session.scalars(select(TaskAssignment).where(TaskAssignment.task_id == task.id))
    }
    next_position = max((a.position for a in current.values()), default=-1) + 1
    for name, role in action.departments:
        department_id = _department_id(session, target, name, resolutions)
        assignment = current.get(department_id)
        if assignment is None:
            assignment = TaskAssignment(
                task_id=task.id, department_id=department_id, role=stored_role(role), position=next_position
            )
            next_position += 1
            session.add(assignment)
            current[department_id] = assignment
        elif not same_role(assignment.role, role):
            assignment.role = stored_role(role)


def _remove_assignments(session: Session, assignment_ids: list[int]) -> None:
    for assignment_id in assignment_ids:
        assignment = session.get(TaskAssignment, assignment_id)
        if assignment is None:
            continue
        for report_row in session.scalars(select(TaskReport).where(TaskReport.assignment_id == assignment_id)):
            session.delete(report_row)  # through the ORM, so the audit log keeps them for undo
        session.flush()
        session.delete(assignment)


def _department_id(session: Session, target: _Target, name: str, resolutions: Resolutions) -> int:
    """The department a written name stands for: the clerk's choice, the registry's match, or a new one."""
    choice = resolutions.departments.get(name, -1)
    if choice is not None and choice != -1:
        if session.get(Department, choice) is None:
            raise NotFoundError(translate("Fields", "Department"), choice)
        return choice
    if choice == -1:
        match = target.matcher.match(name)
        if match.department_id is not None:
            return match.department_id
    if name in target.created:
        return target.created[name].id
    existing = session.scalars(
        select(Department).where(Department.name == name, Department.unit_id == target.unit_id)
    ).first()
    if existing is not None:
        return existing.id
    kind = DepartmentKind.COLLECTIVE.value if name.startswith(("各", "有关")) else DepartmentKind.AGENCY.value
    position = session.scalar(select(func.count(Department.id))) or 0
    department = Department(name=name[:200], kind=kind, unit_id=target.unit_id, position=position)
    session.add(department)
    session.flush()
    target.created[name] = department
    return department.id
