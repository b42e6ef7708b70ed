"""What the 总览 (overview) shows: the figures of its four charts for one period, read on a worker thread.

The overview needs counts, not items. A province office follows some 50,000 task assignments per period;
judging each of them in Python took seconds, so the counts come from SQL (see the overview part of
:mod:`ipdesk.reports.queries`): assignments grouped by everything their judgement depends on, one of each
group judged by the analytics' own rules. The per-item lists behind a bar are read only when the clerk asks
(:attr:`OverviewData.tasks`), with the same code the printed reports use, so screen and paper agree.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from ipdesk.analytics.charts import IndicatorTrajectory
from ipdesk.analytics.desk import default_period, submission_items
from ipdesk.analytics.inputs import AssignmentFacts, TaskFacts
from ipdesk.analytics.scorecards import DepartmentScorecard, scorecards_from_counts
from ipdesk.analytics.submissions import SubmissionItem, SubmissionStats, stats_from_counts
from ipdesk.analytics.tasks import ProgressAssessment, Schedule, assess_progress, percent_cutoffs, schedule_of
from ipdesk.domain.enums import Role
from ipdesk.errors import Cancelled, NotFoundError, ValidationError
from ipdesk.reports import queries
from ipdesk.reports.data import IndicatorRow, Scope, TaskData, load_indicators, load_tasks, resolve_scope, task_start
from ipdesk.reports.queries import AssignmentGroup, ScheduleBand
from ipdesk.services import Services
from ipdesk.services.departments import DepartmentInfo
from ipdesk.services.entry import DepartmentLoad
from ipdesk.services.periods import PeriodInfo
from ipdesk.services.plans import PlanInfo

STEPS = 3
Progress = Callable[[int, int], bool]  # (done, total) -> keep going


@dataclass(frozen=True)
class OverviewRequest:
    token: int  # lets the page drop an answer to an older request
    plan_id: int | None  # None: this office's plans
    period_code: str | None  # None: the period a clerk is most likely working on
    department_id: int | None  # None: all departments
    today: date


@dataclass(frozen=True)
class TaskCounts:
    """The task charts' figures for the scope."""

    by_status: dict[str | None, int]  # tasks by their lead's status (one department: its assignments)
    cards: list[DepartmentScorecard]  # per department, in registry order
    submissions: list[SubmissionStats]  # per department for the period, in registry order


class _Details:
    """The per-item judgements behind the counts, read once, on whichever thread asks first."""

    def __init__(self, load: Callable[[], TaskData]) -> None:
        self._load = load
        self._lock = threading.Lock()
        self._data: TaskData | None = None
        self.submission_items: list[SubmissionItem] | None = None  # built from the data once, when first asked

    @property
    def loaded(self) -> bool:
        return self._data is not None

    def get(self) -> TaskData:
        with self._lock:
            if self._data is None:
                self._data = self._load()
            return self._data


@dataclass(frozen=True)
class OverviewData:
    request: OverviewRequest
    plans: list[PlanInfo]
    periods: list[PeriodInfo]
    departments: list[DepartmentLoad]  # those with tasks in the chosen plans, in registry order
    period: PeriodInfo | None = None
    scope: Scope | None = None
    problem: str = ""  # why there is nothing to show (no plans, no periods …)
    indicators: list[IndicatorRow] = field(default_factory=list)
    trajectories: list[IndicatorTrajectory] = field(default_factory=list)
    counts: TaskCounts | None = None
    _details: _Details | None = field(default=None, repr=False, compare=False)

    @property
    def cards(self) -> list[DepartmentScorecard]:
        return self.counts.cards if self.counts else []

    @property
    def submissions(self) -> list[SubmissionStats]:
        return self.counts.submissions if self.counts else []

    @property
    def tasks_loaded(self) -> bool:
        return self._details is not None and self._details.loaded

    @property
    def tasks(self) -> TaskData | None:
        """Every task and assignment of the scope judged one by one, for the lists behind a bar.

        Read on first use (seconds on a province: ask on a worker thread); None without a scope.
        """
        return self._details.get() if self._details is not None else None

    def submission_items(self) -> list[SubmissionItem]:
        """One item per assignment counted in ``submissions`` (reads :attr:`tasks`; built once)."""
        tasks = self.tasks
        if self.scope is None or tasks is None or self._details is None:
            return []
        if self._details.submission_items is None:
            facts = [a for parts in tasks.assignments.values() for a in parts]
            if self.scope.department is not None:
                facts = [a for a in facts if a.department_id == self.scope.department.id]
            self._details.submission_items = submission_items(facts, self.scope.period, self.scope.due_date)
        return self._details.submission_items


def read_overview(services: Services, request: OverviewRequest, progress: Progress | None = None) -> OverviewData:
    """Everything the overview draws for ``request`` (raises :class:`Cancelled` when ``progress`` says stop)."""

    def step(done: int) -> None:
        if progress is not None and not progress(done, STEPS):
            raise Cancelled()

    step(0)
    plans = services.plans.list()
    periods = services.periods.list()
    period = next((p for p in periods if p.code == request.period_code), None) or default_period(periods, request.today)
    base = OverviewData(request, plans, periods, [], period)
    if period is None:
        return base
    plan_id = request.plan_id if any(p.id == request.plan_id for p in plans) else None
    try:
        scope = resolve_scope(services, period.code, plan_id=plan_id, today=request.today, plans=plans)
    except ValidationError as error:
        return replace(base, problem=error.message)
    wanted = _department(services, request.department_id)
    # One after the other: on this project's 2-core test machine the indicators judged in a second thread beside
    # the count gained nothing (its two cores give 1.15× one core's work) and cost the city refresh a few ms.
    indicators = load_indicators(services, replace(scope, department=wanted), warnings=False)
    groups, departments, lead_statuses = _read_groups(services, scope)
    step(1)
    if wanted is not None and any(d.id == wanted.id for d in departments):
        scope = replace(scope, department=wanted)
    elif wanted is not None:  # no task of the chosen plans is the department's: show them all
        indicators = load_indicators(services, scope, warnings=False)
    trajectories = [
        IndicatorTrajectory(
            row.info.id,
            row.info.name,
            row.spec,
            row.observations,
            scope.as_of,
            request.today,
            row.assessment.rag.label,
        )
        for row in sorted(indicators, key=lambda r: (r.assessment.rag.rank, -len(r.observations)))
        if row.spec.targets
    ]
    step(2)
    counts = _count(scope, groups, lead_statuses, departments)
    step(STEPS)
    return OverviewData(
        request,
        plans,
        periods,
        departments,
        period,
        scope,
        "",
        indicators,
        trajectories,
        counts,
        _Details(lambda: load_tasks(services, scope)),
    )


# -- counting --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Groups:
    rows: list[AssignmentGroup]
    schedules: list[TaskFacts]  # one task standing for each schedule group, by group number
    names: dict[int, str]  # department labels as the reports print them


def _read_groups(services: Services, scope: Scope) -> tuple[_Groups, list[DepartmentLoad], dict[int, str | None]]:
    """The scope's assignments grouped for judging, the departments involved and each task's lead status."""
    with services.database.reading() as session:
        period_id = queries.period_id(session, scope.period.code)
        schedules = queries.task_schedules(session, scope.plan_ids)
        bands, stand_ins, cutoffs = _schedule_bands(schedules, scope)
        table = queries.fill_bands(session, bands)
        rows = queries.assignment_groups(session, table, period_id, scope.due_date, cutoffs)
        registry = queries.departments_of(session, {row.department_id for row in rows})
        leads = queries.lead_statuses(session, scope.plan_ids, [s.task_id for s in schedules], period_id)
    loads: dict[int, list[int]] = {}
    for row in rows:
        load = loads.setdefault(row.department_id, [0, 0])
        load[0] += row.count
        load[1] += row.count if row.status is not None else 0
    departments = [
        DepartmentLoad(dept_id, name, short, *loads[dept_id]) for dept_id, name, short in registry if dept_id in loads
    ]
    names = {d.id: d.display_name for d in departments}
    return _Groups(rows, stand_ins, names), departments, leads


def _schedule_bands(
    schedules: list[queries.TaskSchedule], scope: Scope
) -> tuple[list[ScheduleBand], list[TaskFacts], list[tuple[int, int]]]:
    """Each task's schedule group with its cut-offs, one task standing for each group, and each group's cut-offs."""
    plans = {plan.id: plan for plan in scope.plans}
    numbers: dict[Schedule, int] = {}
    cutoffs: list[tuple[int, int]] = []
    stand_ins: list[TaskFacts] = []
    bands: list[ScheduleBand] = []
    # Tasks alike in what their schedule is measured on share it (a province: 1,800 tasks, a dozen kinds).
    kinds: dict[tuple[int, date | None, str | None, int | None], int] = {}
    for item in schedules:
        kind = (item.plan_id, item.deadline, item.deadline_text, item.year)
        number = kinds.get(kind)
        if number is None:
            facts = TaskFacts(
                item.task_id,
                item.plan_id,
                "",
                "",
                deadline=item.deadline,
                deadline_text=item.deadline_text,
                start=task_start(item.year, plans[item.plan_id]),
            )
            schedule = schedule_of(facts, scope.as_of)
            number = numbers.get(schedule)
            if number is None:
                number = numbers[schedule] = len(stand_ins)
                stand_ins.append(facts)
                cutoffs.append(percent_cutoffs(schedule.expected, scope.thresholds))
            kinds[kind] = number
        bands.append(ScheduleBand(item.task_id, number, *cutoffs[number]))
    return bands, stand_ins, cutoffs


def _count(
    scope: Scope, groups: _Groups, lead_statuses: dict[int, str | None], departments: list[DepartmentLoad]
) -> TaskCounts:
    chosen = scope.department.id if scope.department is not None else None
    rows = [row for row in groups.rows if chosen is None or row.department_id == chosen]
    judged: dict[tuple[int, str | None, int, bool], ProgressAssessment] = {}

    def judge(row: AssignmentGroup, leading: bool) -> ProgressAssessment:
        """The judgement of any assignment of the row's kind (by the analytics' rules, once per kind)."""
        key = (row.group, row.status, row.band, leading)
        found = judged.get(key)
        if found is None:
            task = groups.schedules[row.group]
            role = Role.LEAD.value if leading else Role.SUPPORT.value
            fact = AssignmentFacts(0, task.task_id, row.department_id, "", role, row.status, row.percent)
            found = judged[key] = assess_progress(task, fact, scope.as_of, scope.thresholds)
        return found

    progress: list[tuple[int, str, ProgressAssessment, int]] = []
    received: dict[int, list[int]] = {}  # department → [expected, on time, late]
    last: dict[int, date | None] = {}  # department → its latest report date
    by_status: dict[str | None, int] = {}
    for row in rows:
        name = groups.names[row.department_id]
        if row.leads:
            progress.append((row.department_id, name, judge(row, True), row.leads))
        if row.count > row.leads:
            progress.append((row.department_id, name, judge(row, False), row.count - row.leads))
        tally = received.setdefault(row.department_id, [0, 0, 0])
        tally[0] += row.count
        tally[1] += row.on_time
        tally[2] += row.late
        last[row.department_id] = row.last_submitted
        if chosen is not None:
            by_status[row.status] = by_status.get(row.status, 0) + row.count
    if chosen is None:
        for status in lead_statuses.values():
            by_status[status] = by_status.get(status, 0) + 1
    items: list[tuple[SubmissionItem, int]] = []
    for dept, (expected, on_time, late) in received.items():
        name = groups.names[dept]
        # Each count is one item dated to stand for all of them: in by the due date, after it, or not at all.
        # The latest date is the department's last report (after the due date if any came in late).
        latest = last[dept]
        on_time_day = latest if latest is not None and latest <= scope.due_date else scope.due_date
        for submitted, n in ((on_time_day, on_time), (latest, late), (None, expected - on_time - late)):
            if n:
                items.append((SubmissionItem(dept, name, scope.period, scope.due_date, submitted), n))
    order = {d.id: i for i, d in enumerate(departments)}
    submissions = sorted(stats_from_counts(items, scope.today), key=lambda s: order[s.department_id])
    cards = scorecards_from_counts(progress, submissions)
    cards.sort(key=lambda c: order[c.department_id])
    return TaskCounts(by_status, cards, submissions)


def _department(services: Services, department_id: int | None) -> DepartmentInfo | None:
    if department_id is None:
        return None
    try:
        return services.departments.get(department_id)
    except NotFoundError:
        return None
