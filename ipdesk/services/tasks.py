"""Tasks and their assignments to departments (牵头 / 配合 / 责任)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.orm import Session

from ipdesk.domain.deadlines import parse_deadline
from ipdesk.domain.enums import LEADING_ROLES, Role
from ipdesk.errors import ConflictError, NotFoundError, ValidationError
from ipdesk.i18n import translate
from ipdesk.services.base import Service, check_choice, check_year, clean_text, fetch, require_text
from ipdesk.storage.models import Department, Plan, PlanSection, Task, TaskAssignment


@dataclass(frozen=True)
class AssignmentInfo:
    id: int
    task_id: int
    department_id: int
    department_name: str
    department_short_name: str | None
    role: str

    @property
    def department_label(self) -> str:
        return self.department_short_name or self.department_name


@dataclass(frozen=True)
class TaskInfo:
    id: int
    plan_id: int
    section_id: int | None
    number: str
    title: str
    text: str
    measures: str | None
    deadline_text: str | None
    deadline: date | None
    year: int | None
    position: int
    line_first: int | None
    line_last: int | None
    note: str | None
    assignments: tuple[AssignmentInfo, ...] = field(default_factory=tuple)

    def departments(self, *roles: str) -> list[str]:
        return [a.department_label for a in self.assignments if not roles or a.role in roles]

    @property
    def leads(self) -> list[str]:
        return self.departments(*LEADING_ROLES)

    @property
    def supports(self) -> list[str]:
        return self.departments(Role.SUPPORT.value)


def assignment_info(a: TaskAssignment) -> AssignmentInfo:
    return AssignmentInfo(a.id, a.task_id, a.department_id, a.department.name, a.department.short_name, a.role)


def task_info(task: Task) -> TaskInfo:
    return TaskInfo(
        task.id,
        task.plan_id,
        task.section_id,
        task.number,
        task.title,
        task.text,
        task.measures,
        task.deadline_text,
        task.deadline,
        task.year,
        task.position,
        task.line_first,
        task.line_last,
        task.note,
        tuple(assignment_info(a) for a in task.assignments),
    )


def read_tasks(session: Session, condition: ColumnElement[bool]) -> list[TaskInfo]:
    """The tasks matching ``condition`` with their assignments, by plan and position, in two Core statements.

    The ORM's loading of a province's 50,000 assignments took seconds (an object and identity-map entry for
    each, only to be copied into :class:`AssignmentInfo`); the rows are the same.
    """
    parts: dict[int, list[AssignmentInfo]] = {}
    for row in session.connection().execute(
        select(
            TaskAssignment.id,
            TaskAssignment.task_id,
            TaskAssignment.department_id,
            Department.name,
            Department.short_name,
            TaskAssignment.role,
        )
        .join(Department, Department.id == TaskAssignment.department_id)
        .where(TaskAssignment.task_id.in_(select(Task.id).where(condition)))
        .order_by(TaskAssignment.task_id, TaskAssignment.position, TaskAssignment.id)
    ):
        parts.setdefault(row[1], []).append(AssignmentInfo(*row))
    rows = session.connection().execute(
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
        .where(condition)
        .order_by(Task.plan_id, Task.position)
    )
    return [TaskInfo(*row, assignments=tuple(parts.get(row[0], ()))) for row in rows]


_TASK_FIELDS = {
    "number",
    "title",
    "text",
    "measures",
    "deadline_text",
    "year",
    "section_id",
    "note",
    "line_first",
    "line_last",
}


class TaskService(Service):
    def list(
        self,
        *,
        plan_id: int | None = None,
        section_id: int | None = None,
        department_id: int | None = None,
        year: int | None = None,
        keyword: str | None = None,
        overdue_on: date | None = None,
    ) -> list[TaskInfo]:
        conditions: list[ColumnElement[bool]] = []
        if plan_id is not None:
            conditions.append(Task.plan_id == plan_id)
        if section_id is not None:
            conditions.append(Task.section_id == section_id)
        if department_id is not None:
            conditions.append(
                Task.id.in_(select(TaskAssignment.task_id).where(TaskAssignment.department_id == department_id))
            )
        if year is not None:
            conditions.append(or_(Task.year == year, func.extract("year", Task.deadline) == year))
        if keyword:
            pattern = f"%{keyword.strip()}%"
            conditions.append(or_(Task.title.like(pattern), Task.text.like(pattern), Task.number == keyword))
        if overdue_on is not None:
            conditions.append(Task.deadline < overdue_on)
        with self.db.reading() as session:
            return read_tasks(session, and_(true(), *conditions))

    def get(self, task_id: int) -> TaskInfo:
        with self.db.reading() as session:
            found = read_tasks(session, Task.id == task_id)
        if not found:
            raise NotFoundError(translate("Fields", "Task"), task_id)
        return found[0]

    def create(self, plan_id: int, title: str, **fields: object) -> TaskInfo:
        with self.db.transaction() as session:
            fetch(session, Plan, plan_id, translate("Fields", "Plan"))
            position = (session.scalar(select(func.max(Task.position)).where(Task.plan_id == plan_id)) or 0) + 1
            task = Task(plan_id=plan_id, title="", text="", number="", position=position)
            self._apply(session, task, {"title": title, **fields})
            session.add(task)
            session.flush()
            session.refresh(task)
            return task_info(task)

    def update(self, task_id: int, **fields: object) -> TaskInfo:
        with self.db.transaction() as session:
            task = fetch(session, Task, task_id, translate("Fields", "Task"))
            self._apply(session, task, fields)
            session.flush()
            return task_info(task)

    def delete(self, task_id: int) -> None:
        with self.db.transaction() as session:
            session.delete(fetch(session, Task, task_id, translate("Fields", "Task")))

    def _apply(self, session: Session, task: Task, fields: dict[str, object]) -> None:
        unknown = set(fields) - _TASK_FIELDS
        if unknown:
            raise ValidationError(f"unknown task fields: {sorted(unknown)}")
        if "title" in fields:
            task.title = require_text(fields["title"], translate("Fields", "Task title"), max_length=300)
        if "number" in fields:
            task.number = clean_text(fields["number"], translate("Fields", "Task number"), max_length=20) or ""
        if "text" in fields:
            task.text = clean_text(fields["text"], translate("Fields", "Task text")) or ""
        if "measures" in fields:
            task.measures = clean_text(fields["measures"], translate("Fields", "Measures"))
        if "note" in fields:
            task.note = clean_text(fields["note"], translate("Fields", "Note"))
        if "deadline_text" in fields:
            task.deadline_text = clean_text(fields["deadline_text"], translate("Fields", "Deadline"), max_length=100)
            task.deadline = parse_deadline(task.deadline_text)
        if "year" in fields:
            task.year = check_year(fields["year"], translate("Fields", "Year"))  # type: ignore[arg-type]
        for key in ("line_first", "line_last"):
            if key in fields:
                setattr(task, key, fields[key])
        if "section_id" in fields:
            section_id = fields["section_id"]
            if section_id is not None:
                section = fetch(session, PlanSection, section_id, translate("Fields", "Section"))
                if task.plan_id is not None and section.plan_id != task.plan_id:
                    raise ValidationError(translate("Errors", "The section belongs to another plan."))
            task.section_id = section_id  # type: ignore[assignment]

    # -- assignments ------------------------------------------------------------------------------

    def assign(self, task_id: int, department_id: int, role: str = Role.RESPONSIBLE.value) -> AssignmentInfo:
        check_choice(role, Role.values(), translate("Fields", "Role"))
        with self.db.transaction() as session:
            task = fetch(session, Task, task_id, translate("Fields", "Task"))
            dept = fetch(session, Department, department_id, translate("Fields", "Department"))
            if not dept.active:
                raise ValidationError(
                    translate("Errors", "{name} is no longer active; assign its successor instead.").format(
                        name=dept.name
                    )
                )
            if any(a.department_id == department_id for a in task.assignments):
                raise ConflictError(
                    translate("Errors", "{name} is already assigned to this task.").format(name=dept.name)
                )
            assignment = TaskAssignment(
                task_id=task.id, department_id=dept.id, role=role, position=len(task.assignments)
            )
            session.add(assignment)
            session.flush()
            session.refresh(assignment)
            return assignment_info(assignment)

    def set_role(self, assignment_id: int, role: str) -> AssignmentInfo:
        check_choice(role, Role.values(), translate("Fields", "Role"))
        with self.db.transaction() as session:
            assignment = fetch(session, TaskAssignment, assignment_id, translate("Fields", "Assignment"))
            assignment.role = role
            return assignment_info(assignment)

    def unassign(self, assignment_id: int) -> None:
        """Remove an assignment (and with it that department's reports on the task)."""
        with self.db.transaction() as session:
            session.delete(fetch(session, TaskAssignment, assignment_id, translate("Fields", "Assignment")))
