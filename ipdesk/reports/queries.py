"""Read-only bulk queries behind :mod:`ipdesk.reports.data` (reports and the 总览 dashboard).

The services return one rich ORM-backed record per row, which is right for editing but costs seconds when a
province database holds tens of thousands of assignments: every row becomes an ORM object (with joined
loads and identity-map bookkeeping) only to be copied into a dataclass. These queries select just the
columns the reports use, with SQLAlchemy Core, a fixed handful of statements however many plans are in scope
(no N+1), and hand back plain tuples or the services' own info dataclasses, so the numbers stay identical.
All SQL is portable (no SQLite-only syntax).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import Column, Integer, MetaData, String, Table, and_, case, cast, delete, exists, func, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateTable

from ipdesk.domain.enums import LEADING_ROLES, TaskStatus
from ipdesk.errors import StorageError
from ipdesk.i18n import translate
from ipdesk.services.indicators import IndicatorInfo
from ipdesk.services.plans import SectionInfo
from ipdesk.services.tasks import TaskInfo, read_tasks
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


class ValueFacts(NamedTuple):
    """One stored indicator value, reduced to what an observation needs (and the unit it belongs to).

    A tuple, not a dataclass: a province's overview makes 7,200 of them per refresh."""

    unit_id: int
    period_code: str
    value: float | None
    value_text: str | None


def period_id(session: Session, code: str) -> int | None:
    """The id of the opened period ``code`` (``None`` when nobody opened it)."""
    return session.connection().scalar(select(ReportingPeriod.id).where(ReportingPeriod.code == code))


def plan_tasks(session: Session, plan_ids: Sequence[int]) -> dict[int, list[TaskInfo]]:
    """Every task of the plans with its assignments, by plan id, in plan order (as ``TaskService.list``)."""
    result: dict[int, list[TaskInfo]] = {plan_id: [] for plan_id in plan_ids}
    if plan_ids:
        for task in read_tasks(session, Task.plan_id.in_(list(plan_ids))):
            result[task.plan_id].append(task)
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


def scope_indicators(session: Session, plan_ids: Sequence[int]) -> dict[int, list[IndicatorInfo]]:
    """The indicators of several plans by plan id (as ``IndicatorService.list(plan_id=…)``), in three statements.

    Each indicator's departments come in the order they were linked, as the service's select-in load gives them.
    """
    result: dict[int, list[IndicatorInfo]] = {plan_id: [] for plan_id in plan_ids}
    if not plan_ids:
        return result
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
            .where(Indicator.plan_id.in_(list(plan_ids)))
            .order_by(Indicator.plan_id, Indicator.position, Indicator.id)
        )
        .all()
    )
    if not indicators:
        return result
    in_plans = select(Indicator.id).where(Indicator.plan_id.in_(list(plan_ids)))
    targets: dict[int, dict[int, float | None]] = defaultdict(dict)
    texts: dict[int, dict[int, str]] = defaultdict(dict)
    for indicator_id, year, value, text in (
        session.connection()
        .execute(
            select(
                IndicatorTarget.indicator_id, IndicatorTarget.year, IndicatorTarget.value, IndicatorTarget.value_text
            )
            .where(IndicatorTarget.indicator_id.in_(in_plans))
            .order_by(IndicatorTarget.indicator_id, IndicatorTarget.year)
        )
        .all()
    ):
        targets[indicator_id][year] = value
        if text:
            texts[indicator_id][year] = text
    departments: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    for indicator_id, department_id, role, name, short in (
        session.connection()
        .execute(
            select(
                IndicatorDepartment.indicator_id,
                IndicatorDepartment.department_id,
                IndicatorDepartment.role,
                Department.name,
                Department.short_name,
            )
            .join(Department, Department.id == IndicatorDepartment.department_id)
            .where(IndicatorDepartment.indicator_id.in_(in_plans))
            .order_by(IndicatorDepartment.indicator_id, IndicatorDepartment.id)
        )
        .all()
    ):
        departments[indicator_id].append((department_id, short or name, role))
    for row in indicators:
        result[row[1]].append(
            IndicatorInfo(
                *row,
                targets=targets.get(row[0], {}),
                target_texts=texts.get(row[0], {}),
                departments=tuple(departments.get(row[0], ())),
            )
        )
    return result


def indicator_values(
    session: Session,
    plan_ids: Sequence[int],
    *,
    unit_ids: Sequence[int] | None = None,
    indicator_ids: Sequence[int] | None = None,
) -> dict[int, list[ValueFacts]]:
    """Stored values of the plans' indicators by indicator id, each indicator's oldest period first.

    ``unit_ids`` keeps the values of those administrative units only (a report judges one unit's values, not a
    province's 140 per indicator); ``indicator_ids`` keeps those indicators only.
    """
    # The periods are few and read apart: joined in, SQLite walked every value of the database through the
    # period index (35 ms on a province) instead of the indicators' own (7 ms).
    connection = session.connection()
    periods = {
        period_id: (end, code)
        for period_id, code, end in connection.execute(
            select(ReportingPeriod.id, ReportingPeriod.code, ReportingPeriod.end_date)
        ).all()
    }
    query = select(
        IndicatorValue.indicator_id,
        IndicatorValue.period_id,
        IndicatorValue.id,
        IndicatorValue.unit_id,
        IndicatorValue.value,
        IndicatorValue.value_text,
    )
    in_plans = select(Indicator.id).where(Indicator.plan_id.in_(list(plan_ids)))
    wanted: set[int] | None = None
    if unit_ids is not None:
        # Found by unit, the plans' indicators kept here: with both conditions in SQL, SQLite went through the
        # indicator index and read every unit's values (50,400 on a province) to keep a few units' (7,200).
        query = query.where(IndicatorValue.unit_id.in_(list(unit_ids)))
        wanted = set(connection.scalars(in_plans))
    else:
        query = query.where(IndicatorValue.indicator_id.in_(in_plans))
    if indicator_ids is not None:
        query = query.where(IndicatorValue.indicator_id.in_(list(indicator_ids)))
    rows = connection.execute(query).all()
    if wanted is not None:
        rows = [row for row in rows if row[0] in wanted]
    rows.sort(key=lambda row: (row[0], periods[row[1]][0], row[2]))
    values: dict[int, list[ValueFacts]] = defaultdict(list)
    for indicator_id, period, _id, unit_id, value, text in rows:
        values[indicator_id].append(ValueFacts(unit_id, periods[period][1], value, text))
    return values


# -- the overview's counts -----------------------------------------------------------------------------------
#
# The 总览 needs counts, not items: per department how many assignments are done, on schedule, behind …, how
# many reports came in on time, and the tasks by their lead's status. A province has 50,000 assignments per
# period; fetching them costs more than the whole overview may take, so SQL groups them by everything the
# judgement depends on, and the analytics judge one assignment of each group.

NO_PERCENT, BELOW, WATCH, ON_SCHEDULE = -1, 0, 1, 2  # where its percentage stands (``AssignmentGroup.band``)


@dataclass(frozen=True, slots=True)
class TaskSchedule:
    """What a task's schedule is measured on (its start comes from the task's year or its plan)."""

    task_id: int
    plan_id: int
    deadline: date | None
    deadline_text: str | None
    year: int | None


@dataclass(frozen=True, slots=True)
class ScheduleBand:
    """A task's schedule group and the whole percentages it counts as on schedule / to watch from."""

    task_id: int
    group: int
    on_schedule_from: int
    watch_from: int


@dataclass(frozen=True, slots=True)
class AssignmentGroup:
    """Assignments of one department alike in everything their judgement depends on, with when they came in."""

    department_id: int
    group: int  # the tasks' schedule group
    status: str | None  # None: no report for the period
    band: int  # NO_PERCENT, BELOW, WATCH or ON_SCHEDULE
    count: int
    leads: int  # of them, assignments as 牵头 (or 责任) department
    percent: int | None  # a percentage in the band: one that stands for all of them
    on_time: int  # reports in by the due date
    late: int  # reports in after it (the rest came in undated or not at all)
    last_submitted: date | None  # the department's latest report date for the period (the same on all its groups)


def task_schedules(session: Session, plan_ids: Sequence[int]) -> list[TaskSchedule]:
    """The tasks of the plans that are assigned to any department, with what their schedule needs."""
    if not plan_ids:
        return []
    assigned = exists().where(TaskAssignment.task_id == Task.id)
    query = (
        select(Task.id, Task.plan_id, Task.deadline, Task.deadline_text, Task.year)
        .where(Task.plan_id.in_(list(plan_ids)), assigned)
        .order_by(Task.plan_id, Task.position)
    )
    return [TaskSchedule(*row) for row in session.connection().execute(query).all()]


# The bands go into a temporary table for the statement to join: with it SQLite reads each report from the
# covering index (with the same rows in a VALUES list it fell back to the table rows: 216 → 136 ms on the
# province). A read transaction rolls it back with everything else; it lives in the connection's own
# temporary space, so reading never takes the database's write lock. Not part of the schema (own MetaData).
_BANDS = Table(
    "overview_bands",
    MetaData(),
    Column("task_id", Integer, primary_key=True),
    Column("schedule_group", Integer, nullable=False),
    Column("on_schedule_from", Integer, nullable=False),
    Column("watch_from", Integer, nullable=False),
    prefixes=["TEMPORARY"],
)


def fill_bands(session: Session, bands: Sequence[ScheduleBand]) -> Table:
    """The session's table of the tasks' schedule bands, holding ``bands`` (for :func:`assignment_groups`)."""
    connection = session.connection()
    connection.execute(CreateTable(_BANDS, if_not_exists=True))  # one statement, where checkfirst asks twice first
    connection.execute(delete(_BANDS))
    if not bands:  # an empty parameter list would insert one row of defaults
        return _BANDS
    connection.execute(
        insert(_BANDS),
        [
            {
                "task_id": b.task_id,
                "schedule_group": b.group,
                "on_schedule_from": b.on_schedule_from,
                "watch_from": b.watch_from,
            }
            for b in bands
        ],
    )
    return _BANDS


# Each assignment is read as one small number saying everything its judgement depends on (schedule group,
# status, band, whether it leads, when its report came in), and SQLite strings a department's numbers together
# while it walks the assignments in department order: no sort of 50,000 rows for a GROUP BY over five columns
# (77 → 56 ms on the province, counting included). Python counts the numbers.
_STATUSES: tuple[str, ...] = tuple(status.value for status in TaskStatus)  # code 1…n; 0: no report
_BANDS_COUNT, _TIMINGS = 4, 3  # NO_PERCENT … ON_SCHEDULE (stored one up); no date or none, on time, late
_NOT_DATED, _ON_TIME, _LATE = 0, 1, 2
_UNKNOWN = len(_STATUSES) + 1  # a status outside TaskStatus


def assignment_groups(
    session: Session, table: Table, period: int | None, due_date: date, cutoffs: Sequence[tuple[int, int]]
) -> list[AssignmentGroup]:
    """The assignments of the tasks in ``table`` (:func:`fill_bands`) with their report for ``period``, grouped
    (one pass over an index). ``cutoffs``: (on schedule from, watch from) of each schedule group."""
    report = and_(TaskReport.assignment_id == TaskAssignment.id, TaskReport.period_id == period)
    band = case(
        (TaskReport.percent.is_(None), NO_PERCENT),
        (TaskReport.percent >= table.c.on_schedule_from, ON_SCHEDULE),
        (TaskReport.percent >= table.c.watch_from, WATCH),
        else_=BELOW,
    )
    status = case(
        (TaskReport.status.is_(None), 0),
        # A status the schema does not know (its CHECK allows none) gets a code of its own: counted, not dropped.
        else_=case(
            {value: code for code, value in enumerate(_STATUSES, start=1)}, value=TaskReport.status, else_=_UNKNOWN
        ),
    )
    # No report (the outer join's NULL) and a report without a date compare as neither.
    timing = case(
        (TaskReport.submitted_on <= due_date, _ON_TIME), (TaskReport.submitted_on > due_date, _LATE), else_=_NOT_DATED
    )
    leading = case((TaskAssignment.role.in_(LEADING_ROLES), 1), else_=0)
    kind = table.c.schedule_group * (len(_STATUSES) + 2) + status
    kind = (kind * _BANDS_COUNT + band + 1) * 2 + leading
    key = kind * _TIMINGS + timing  # decoded below, in the reverse order
    query = (
        select(
            TaskAssignment.department_id,
            func.aggregate_strings(cast(key, String), ","),
            func.max(TaskReport.submitted_on),
        )
        .select_from(TaskAssignment)
        .join(table, table.c.task_id == TaskAssignment.task_id)
        .outerjoin(TaskReport, report)
        .group_by(TaskAssignment.department_id)
    )
    groups: list[AssignmentGroup] = []
    kinds: dict[str, tuple[tuple[int, str | None, int], int, bool, bool]] = {}  # a few dozen keys, read once each
    for department_id, keys, last_submitted in session.connection().execute(query).all():
        tallies: dict[tuple[int, str | None, int], list[int]] = {}  # (group, status, band) → count, leads, …
        for text, n in Counter(keys.split(",")).items():
            kind = kinds.get(text)
            if kind is None:
                kind = kinds[text] = _decode(int(text))
            group_key, leads, in_time, late_in = kind
            tally = tallies.get(group_key)
            if tally is None:
                tally = tallies[group_key] = [0, 0, 0, 0]
            tally[0] += n
            if leads:
                tally[1] += n
            if in_time:
                tally[2] += n
            elif late_in:
                tally[3] += n
        for (group, status, band_value), (count, leads, on_times, lates) in tallies.items():
            groups.append(
                AssignmentGroup(
                    department_id,
                    group,
                    status,
                    band_value,
                    count,
                    leads,
                    _standing_percent(band_value, cutoffs[group]),
                    on_times,
                    lates,
                    last_submitted,
                )
            )
    return groups


def _decode(key: int) -> tuple[tuple[int, str | None, int], int, bool, bool]:
    """((schedule group, status, band), leads, on time, late) of a key made by :func:`assignment_groups`."""
    rest, when = divmod(key, _TIMINGS)
    rest, leads = divmod(rest, 2)
    rest, band_up = divmod(rest, _BANDS_COUNT)
    group, status_code = divmod(rest, len(_STATUSES) + 2)
    if status_code == _UNKNOWN:
        raise StorageError(
            translate("Errors", "A report has a status ipdesk does not know. Check the database with its maintainer.")
        )
    status = _STATUSES[status_code - 1] if status_code else None
    return (group, status, band_up - 1), leads, when == _ON_TIME, when == _LATE


def _standing_percent(band: int, cutoffs: tuple[int, int]) -> int | None:
    """A whole percentage in ``band`` of a schedule group with these cut-offs: it is judged as all the others."""
    on_schedule_from, watch_from = cutoffs
    return {NO_PERCENT: None, ON_SCHEDULE: on_schedule_from, WATCH: watch_from, BELOW: 0}[band]


def lead_statuses(
    session: Session, plan_ids: Sequence[int], tasks: Sequence[int], period: int | None
) -> dict[int, str | None]:
    """The status of each of ``tasks`` (of the plans ``plan_ids``) as its lead report gives it (see
    :func:`ipdesk.analytics.tasks.lead_report`).

    The leading departments' reports are read first (a few per task); only the tasks none of whose leads
    reported are read again, for the first report that came in from any of their departments.
    """
    report = and_(TaskReport.assignment_id == TaskAssignment.id, TaskReport.period_id == period)
    ordered = (TaskAssignment.task_id, TaskAssignment.position, TaskAssignment.id)
    connection = session.connection()
    statuses: dict[int, str | None] = dict.fromkeys(tasks)
    leads = (
        select(TaskAssignment.task_id, TaskReport.status)
        .join(Task, Task.id == TaskAssignment.task_id)
        .outerjoin(TaskReport, report)
        .where(Task.plan_id.in_(list(plan_ids)), TaskAssignment.role.in_(LEADING_ROLES))
        .order_by(*ordered)
    )
    for task, status in connection.execute(leads).all():
        if statuses.get(task, "") is None:
            statuses[task] = status
    unresolved = [task for task, status in statuses.items() if status is None]
    for chunk in _chunks(unresolved):
        for task, status in connection.execute(
            select(TaskAssignment.task_id, TaskReport.status)
            .join(TaskReport, report)
            .where(TaskAssignment.task_id.in_(chunk))
            .order_by(*ordered)
        ).all():
            if statuses[task] is None:
                statuses[task] = status
    return statuses


def departments_of(session: Session, ids: set[int]) -> list[tuple[int, str, str | None]]:
    """(id, name, short name) of the departments ``ids``, in registry order (the department list's)."""
    query = select(Department.id, Department.name, Department.short_name).order_by(Department.position, Department.id)
    return [(i, name, short) for i, name, short in session.connection().execute(query).all() if i in ids]


def _chunks(ids: Sequence[int], size: int = 500) -> list[list[int]]:
    """Id lists short enough for any SQLite's limit on bound parameters."""
    return [list(ids[i : i + size]) for i in range(0, len(ids), size)]
