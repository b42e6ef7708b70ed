"""Departments' task progress reports per reporting period."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from ipdesk.domain.enums import Source, TaskStatus
from ipdesk.errors import ValidationError
from ipdesk.i18n import translate
from ipdesk.services.base import Service, check_choice, check_submitted_on, clean_text, fetch
from ipdesk.services.periods import ensure_unlocked, find_period, get_or_create_period
from ipdesk.storage.models import Department, ReportingPeriod, Task, TaskAssignment, TaskReport


@dataclass(frozen=True)
class ReportInput:
    """What a department reports for one assignment (one row of a form or of the entry grid).

    Blank text fields clear what was on file, except ``reporter``: who reported is kept until a new name is
    given. ``submitted_on`` None means "not given" (see :func:`store_reports`).
    """

    assignment_id: int
    status: str
    percent: int | None = None
    progress: str | None = None
    problems: str | None = None
    next_steps: str | None = None
    reporter: str | None = None
    submitted_on: date | None = None


@dataclass(frozen=True)
class ReportRow:
    """One of a department's assignments in a period, with its report if there is one."""

    assignment_id: int
    task_id: int
    plan_id: int
    task_number: str
    task_title: str
    task_position: int
    deadline_text: str | None
    role: str
    department_id: int
    department_name: str
    period_code: str
    report_id: int | None
    status: str | None
    percent: int | None
    progress: str | None
    problems: str | None
    next_steps: str | None
    reporter: str | None
    submitted_on: date | None
    source: str | None


@dataclass(frozen=True)
class SaveResult:
    created: int
    changed: int
    unchanged: int


def check_percent(value: object) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise ValidationError(translate("Errors", "The completion percentage must be a number."), field="percent")
    if not 0 <= value <= 100:
        raise ValidationError(
            translate("Errors", "The completion percentage must be between 0 and 100, not {value}.").format(
                value=value
            ),
            field="percent",
        )
    return round(value)


def _row(a: TaskAssignment, period: ReportingPeriod, report: TaskReport | None) -> ReportRow:
    task: Task = a.task
    dept: Department = a.department
    return ReportRow(
        a.id,
        task.id,
        task.plan_id,
        task.number,
        task.title,
        task.position,
        task.deadline_text,
        a.role,
        dept.id,
        dept.short_name or dept.name,
        period.code,
        report.id if report else None,
        report.status if report else None,
        report.percent if report else None,
        report.progress if report else None,
        report.problems if report else None,
        report.next_steps if report else None,
        report.reporter if report else None,
        report.submitted_on if report else None,
        report.source if report else None,
    )


def check_report_inputs(items: Iterable[ReportInput]) -> None:
    """The checks every report passes before anything is written (status vocabulary, percentage, date)."""
    for item in items:
        check_choice(item.status, TaskStatus.values(), translate("Fields", "Status"))
        check_percent(item.percent)
        check_submitted_on(item.submitted_on)


def store_reports(
    session: Session,
    period_code: str,
    items: Iterable[ReportInput],
    *,
    source: Source = Source.MANUAL,
    batch_id: int | None = None,
) -> SaveResult:
    """Write checked reports for one period inside the caller's transaction (see :meth:`ReportService.save`).

    The one writer of task reports, for hand entry and imported forms alike (``source`` and ``batch_id`` tag
    the rows an import writes), so both follow the same rules on dates and reporters.
    """
    items = list(items)
    created = changed = unchanged = 0
    period = get_or_create_period(session, period_code)
    ensure_unlocked(period)
    existing = (
        {
            r.assignment_id: r
            for r in session.scalars(
                select(TaskReport).where(
                    TaskReport.period_id == period.id,
                    TaskReport.assignment_id.in_([i.assignment_id for i in items]),
                )
            )
        }
        if items
        else {}
    )
    for item in items:
        fetch(session, TaskAssignment, item.assignment_id, translate("Fields", "Assignment"))
        values = {
            "status": item.status,
            "percent": check_percent(item.percent),
            "progress": clean_text(item.progress, translate("Fields", "Progress")),
            "problems": clean_text(item.problems, translate("Fields", "Problems")),
            "next_steps": clean_text(item.next_steps, translate("Fields", "Next steps")),
        }
        report = existing.get(item.assignment_id)
        # Who reported is never erased by a report that names no one (a form's blank 填报人, a grid without one).
        reporter = clean_text(item.reporter, translate("Fields", "Reporter"), max_length=100)
        if reporter is not None or report is None:
            values["reporter"] = reporter
        # A report comes in on the day given; without one a new report is today's, and a correction keeps its day.
        if item.submitted_on is not None or report is None:
            values["submitted_on"] = item.submitted_on or date.today()
        if report is None:
            # kept, so that a second row for the same assignment (a form may repeat a task) corrects this one
            existing[item.assignment_id] = TaskReport(
                assignment_id=item.assignment_id, period_id=period.id, source=str(source), batch_id=batch_id, **values
            )
            session.add(existing[item.assignment_id])
            created += 1
            continue
        differs = any(getattr(report, k) != v for k, v in values.items())
        if not differs:
            unchanged += 1
            continue
        for key, value in values.items():
            setattr(report, key, value)
        report.source, report.batch_id = str(source), batch_id
        changed += 1
    return SaveResult(created, changed, unchanged)


class ReportService(Service):
    def rows(
        self, period_code: str, *, department_id: int | None = None, plan_id: int | None = None
    ) -> list[ReportRow]:
        """Every assignment (optionally of one department / plan) with its report for the period."""
        with self.db.reading() as session:
            period = find_period(session, period_code)
            query = (
                select(TaskAssignment)
                .join(Task)
                .options(joinedload(TaskAssignment.task), joinedload(TaskAssignment.department))
                .order_by(Task.plan_id, Task.position, TaskAssignment.position)
            )
            if department_id is not None:
                query = query.where(TaskAssignment.department_id == department_id)
            if plan_id is not None:
                query = query.where(Task.plan_id == plan_id)
            assignments = session.scalars(query).all()
            reports = (
                {
                    r.assignment_id: r
                    for r in session.scalars(
                        select(TaskReport).where(
                            TaskReport.period_id == period.id,
                            TaskReport.assignment_id.in_([a.id for a in assignments]),
                        )
                    )
                }
                if assignments
                else {}
            )
            return [_row(a, period, reports.get(a.id)) for a in assignments]

    def history(self, assignment_id: int) -> list[ReportRow]:
        """All periods' reports of one assignment, oldest first."""
        with self.db.reading() as session:
            assignment = fetch(session, TaskAssignment, assignment_id, translate("Fields", "Assignment"))
            reports = session.scalars(
                select(TaskReport)
                .join(ReportingPeriod)
                .where(TaskReport.assignment_id == assignment_id)
                .order_by(ReportingPeriod.end_date)
            ).all()
            return [_row(assignment, r.period, r) for r in reports]

    def save(
        self,
        period_code: str,
        entries: Iterable[ReportInput],
        *,
        source: Source = Source.MANUAL,
        batch_id: int | None = None,
    ) -> SaveResult:
        """Store reports for one period in one transaction: every entry is checked before any is written."""
        items = list(entries)
        check_report_inputs(items)
        with self.db.transaction(source=source, batch_id=batch_id) as session:
            return store_reports(session, period_code, items, source=source, batch_id=batch_id)

    def task_history(self, task_id: int) -> list[ReportRow]:
        """Every report on one task, all departments and periods: oldest period first, then assignment order."""
        with self.db.reading() as session:
            fetch(session, Task, task_id, translate("Fields", "Task"))
            reports = session.scalars(
                select(TaskReport)
                .join(ReportingPeriod)
                .join(TaskAssignment)
                .options(
                    joinedload(TaskReport.assignment).joinedload(TaskAssignment.task),
                    joinedload(TaskReport.assignment).joinedload(TaskAssignment.department),
                    joinedload(TaskReport.period),
                )
                .where(TaskAssignment.task_id == task_id)
                .order_by(ReportingPeriod.end_date, ReportingPeriod.start_date.desc(), TaskAssignment.position)
            ).all()
            return [_row(r.assignment, r.period, r) for r in reports]

    def delete(self, period_code: str, assignment_id: int) -> None:
        with self.db.transaction() as session:
            period = find_period(session, period_code)
            ensure_unlocked(period)
            report = session.scalars(
                select(TaskReport).where(TaskReport.period_id == period.id, TaskReport.assignment_id == assignment_id)
            ).one_or_none()
            if report is not None:
                session.delete(report)
