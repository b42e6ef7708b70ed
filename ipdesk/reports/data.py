"""Gathering what a report needs through the services and turning it into analytics inputs (read-only).

Everything here only reads; each service call is its own short read transaction, so a report can be built
on a worker thread while the clerk keeps working.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol, TypeVar

from sqlalchemy.orm import Session

from ipdesk.analytics.indicators import IndicatorAssessment, assess_indicator
from ipdesk.analytics.inputs import AssignmentFacts, IndicatorSpec, Observation, TaskFacts
from ipdesk.analytics.plausibility import LIMITS_KEY, PlausibilityLimits, PlausibilityWarning, check_values
from ipdesk.analytics.rag import SETTINGS_KEY, RagThresholds
from ipdesk.analytics.scorecards import WEIGHTS_KEY, DepartmentScorecard, ScoreWeights, build_scorecards
from ipdesk.analytics.submissions import SubmissionItem, SubmissionStats, submission_stats
from ipdesk.analytics.tasks import ProgressAssessment, assess_many, assess_tasks, lead_report
from ipdesk.domain.periods import Period
from ipdesk.errors import NotFoundError, ValidationError
from ipdesk.i18n import translate
from ipdesk.reports import queries
from ipdesk.reports.queries import ReportFacts
from ipdesk.services import Services
from ipdesk.services.departments import DepartmentInfo
from ipdesk.services.indicators import IndicatorInfo
from ipdesk.services.plans import PlanInfo
from ipdesk.services.tasks import AssignmentInfo, TaskInfo

MAX_SUBMISSION_PERIODS = 4  # the submissions sheet shows the chosen period and up to three before it

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Scope:
    """What one report covers: a period, the plans, optionally one department, and the dates it is judged on."""

    period: Period
    due_date: date
    today: date  # the printing date: lateness of submissions is judged on it
    plans: tuple[PlanInfo, ...]
    department: DepartmentInfo | None
    unit_name: str
    office_name: str
    thresholds: RagThresholds
    limits: PlausibilityLimits = field(default_factory=PlausibilityLimits)
    weights: ScoreWeights = field(default_factory=ScoreWeights)
    unit_level: str | None = None  # this office's unit's UnitLevel value (None: no unit set)

    @property
    def as_of(self) -> date:
        """The date progress is measured on: the period's end, or today while the period is still running."""
        return min(self.today, self.period.end)

    @property
    def plan_ids(self) -> tuple[int, ...]:
        return tuple(p.id for p in self.plans)

    @property
    def plan_label(self) -> str:
        if len(self.plans) == 1:
            return self.plans[0].title
        return translate("Reports", "{count} plans").format(count=len(self.plans))  # zh: {count}个规划（方案）


def resolve_scope(
    services: Services,
    period: str | Period,
    *,
    plan_id: int | None = None,
    department: str | int | None = None,
    today: date | None = None,
    plans: Sequence[PlanInfo] | None = None,
) -> Scope:
    """Check the request and look up what it names; errors are written for the clerk.

    ``plans``: every plan, when the caller has just listed them (saves reading them again).
    """
    today = today or date.today()
    chosen = period if isinstance(period, Period) else Period.parse(period)
    try:
        due_date = services.periods.get(chosen.code).due_date
    except NotFoundError:
        due_date = chosen.default_due
    if plan_id is not None:
        chosen_plans: tuple[PlanInfo, ...] = (services.plans.get(plan_id),)
    else:
        chosen_plans = tuple(home_plans(services, plans))
    if not chosen_plans:
        raise ValidationError(translate("Errors", "There are no plans to report on yet."))
    dept: DepartmentInfo | None = None
    if isinstance(department, int):
        dept = services.departments.get(department)
    elif department:
        dept = find_department(services, department)
        if dept is None:
            raise ValidationError(
                translate("Errors", 'No department is called "{name}". Check the name in the department list.').format(
                    name=department
                ),
                field="department",
            )
    installation = services.units.installation()
    settings = services.settings.get_many(SETTINGS_KEY, LIMITS_KEY, WEIGHTS_KEY)
    return Scope(
        period=chosen,
        due_date=due_date,
        today=today,
        plans=chosen_plans,
        department=dept,
        unit_name=installation.unit_name or "",
        office_name=installation.office_name or installation.unit_name or "",
        thresholds=RagThresholds.from_setting(settings.get(SETTINGS_KEY)),
        limits=PlausibilityLimits.from_setting(settings.get(LIMITS_KEY)),
        weights=ScoreWeights.from_setting(settings.get(WEIGHTS_KEY)),
        unit_level=installation.unit_level,
    )


def find_department(services: Services, name: str) -> DepartmentInfo | None:
    """The department called ``name`` (full name, short name or alias), this office's own unit first.

    Short names repeat from city to city (every city has a 市科技局), so a name alone is resolved in favour of
    the departments of this installation's unit, then of the units above it.
    """
    text = name.strip()
    matches = [d for d in services.departments.list() if text in d.names]
    if not matches:
        return None
    chain = _unit_chain(services)
    matches.sort(key=lambda d: chain.index(d.unit_id) if d.unit_id in chain else len(chain))
    return matches[0]


def _unit_chain(services: Services) -> list[int | None]:
    """This office's unit, then its parent and so on up (empty without an installation unit)."""
    home = services.units.installation().unit_id
    parents = {u.id: u.parent_id for u in services.units.list()}
    chain: list[int | None] = []
    current: int | None = home
    while current is not None and current not in chain:
        chain.append(current)
        current = parents.get(current)
    return chain


def home_plans(services: Services, every_plan: Sequence[PlanInfo] | None = None) -> list[PlanInfo]:
    """The plans this office follows: its own unit's and those of the units above it (all if no unit is set)."""
    plans = list(every_plan) if every_plan is not None else services.plans.list()
    chain = _unit_chain(services)
    if not chain:
        return plans
    mine = [p for p in plans if p.unit_id in chain or p.unit_id is None]
    return mine or plans


# -- indicators ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorRow:
    info: IndicatorInfo
    plan: PlanInfo
    spec: IndicatorSpec
    observations: tuple[Observation, ...]
    assessment: IndicatorAssessment
    warnings: tuple[PlausibilityWarning, ...]

    @property
    def department_ids(self) -> tuple[int, ...]:
        return tuple(dept_id for dept_id, _name, _role in self.info.departments)


def load_indicators(
    services: Services, scope: Scope, progress: Progress | None = None, *, warnings: bool = True
) -> list[IndicatorRow]:
    """Every indicator of the plans in scope (of the department, if one is chosen), assessed on ``as_of``.

    ``warnings=False`` skips the plausibility checks (the overview shows no warnings).
    """
    rows: list[IndicatorRow] = []
    home = services.units.installation().unit_id
    with services.database.reading() as session:  # one read for all the plans, not one per plan
        infos = queries.scope_indicators(session, scope.plan_ids)
        values = _judged_values(session, scope.plans, infos, home)
    # A province has thousands of values over a few dozen periods: each code is parsed once.
    periods = {code: Period.parse(code) for code in {v.period_code for found in values.values() for v in found}}

    for plan in scope.plans:
        if progress:
            progress(plan.title)
        for info in infos[plan.id]:
            if scope.department and scope.department.id not in {d for d, _n, _r in info.departments}:
                continue
            spec = IndicatorSpec.of(info, start_year=plan.start_year)
            observations = tuple(
                [Observation(periods[v.period_code], v.value, v.value_text) for v in values.get(info.id, ())]
            )
            assessment = assess_indicator(spec, observations, scope.as_of, scope.thresholds)
            found: tuple[PlausibilityWarning, ...] = ()
            if warnings:
                found = tuple(check_values(spec, [o for o in observations if o.end <= scope.as_of], scope.limits))
            rows.append(IndicatorRow(info, plan, spec, observations, assessment, found))
    return rows


def _judged_values(
    session: Session, plans: Sequence[PlanInfo], infos: dict[int, list[IndicatorInfo]], home: int | None
) -> dict[int, list[queries.ValueFacts]]:
    """The values each indicator is judged on: one unit's (see :func:`_one_unit`), read without the others'.

    The plans' own units and this office's are read first; an indicator with none of those is read again in
    full, for the case that a single other unit reports it.
    """
    near_units = sorted({u for plan in plans for u in (plan.unit_id, home) if u is not None})
    plan_ids = [plan.id for plan in plans]
    near = queries.indicator_values(session, plan_ids, unit_ids=near_units)
    chosen: dict[int, list[queries.ValueFacts]] = {}
    elsewhere: list[int] = []
    for plan in plans:
        for info in infos[plan.id]:
            preferred = (plan.unit_id, home)
            mine = [v for v in near.get(info.id, ()) if v.unit_id in preferred]
            picked = _one_unit(mine, preferred)
            if picked:
                chosen[info.id] = picked
            else:
                elsewhere.append(info.id)
    if elsewhere:
        for indicator_id, found in queries.indicator_values(session, plan_ids, indicator_ids=elsewhere).items():
            chosen[indicator_id] = _one_unit(found, ())
    return chosen


class _HasUnit(Protocol):
    @property
    def unit_id(self) -> int: ...


_V = TypeVar("_V", bound=_HasUnit)


def _one_unit(values: Sequence[_V], preferred: Sequence[int | None]) -> list[_V]:
    """Values of one administrative unit: the plan's, else this office's, else the only unit reporting."""
    units = {v.unit_id for v in values}
    for unit in preferred:
        if unit is not None and unit in units:
            return [v for v in values if v.unit_id == unit]
    if len(units) == 1:
        return list(values)
    return []


# -- tasks -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TaskData:
    """Tasks of the scope with their assignments' reports for the period, assessed."""

    tasks: tuple[TaskFacts, ...]
    assignments: dict[int, tuple[AssignmentFacts, ...]]  # by task id
    by_task: tuple[ProgressAssessment, ...]  # one per task, on its lead's report
    by_assignment: tuple[ProgressAssessment, ...]  # one per assignment, on its own report
    department_order: dict[int, int]  # department id → position in the registry
    unassigned: int = 0  # tasks of the plans with no department assigned (left out)


def load_tasks(
    services: Services,
    scope: Scope,
    progress: Progress | None = None,
    *,
    tasks_by_plan: Mapping[int, Sequence[TaskInfo]] | None = None,
) -> TaskData:
    """The scope's tasks with their reports for the period, judged (``tasks_by_plan``: already read)."""
    with services.database.reading() as session:
        period_id = queries.period_id(session, scope.period.code)
        reports = queries.period_reports(session, period_id) if period_id is not None else {}
        if tasks_by_plan is None:
            tasks_by_plan = queries.plan_tasks(session, scope.plan_ids)
        headings = queries.plan_headings(session, scope.plan_ids)
    order = {d.id: i for i, d in enumerate(services.departments.list(include_inactive=True))}
    tasks: list[TaskFacts] = []
    assignments: dict[int, tuple[AssignmentFacts, ...]] = {}
    unassigned = 0
    for plan in scope.plans:
        if progress:
            progress(plan.title)
        sections = headings[plan.id]
        for info in tasks_by_plan.get(plan.id, ()):
            facts = _task_facts(info, plan, sections)
            parts = tuple(_assignment_facts(info, a, reports.get(a.id)) for a in info.assignments)
            if not parts:
                unassigned += scope.department is None
                continue
            if scope.department is not None and all(p.department_id != scope.department.id for p in parts):
                continue
            tasks.append(facts)
            assignments[info.id] = parts
    as_of = scope.as_of
    by_assignment = tuple(
        assess_many(
            (
                (t, a)
                for t in tasks
                for a in assignments[t.task_id]
                if scope.department is None or a.department_id == scope.department.id
            ),
            as_of,
            scope.thresholds,
        )
    )
    if scope.department is None:
        # every assignment is judged above: a task's judgement is its lead report's, so it is looked up, not redone
        judged = {id(a.report): a for a in by_assignment}
        by_task = tuple(judged[id(lead_report(assignments[t.task_id]))] for t in tasks)
    else:
        by_task = tuple(assess_tasks(((t, assignments[t.task_id]) for t in tasks), as_of, scope.thresholds))
    return TaskData(tuple(tasks), assignments, by_task, by_assignment, order, unassigned)


def task_start(year: int | None, plan: PlanInfo) -> date | None:
    """When work on a task began, for its schedule: its own year, else its plan's first year or issue date."""
    if year:
        return date(year, 1, 1)
    if plan.start_year:
        return date(plan.start_year, 1, 1)
    return plan.issue_date


def _task_facts(info: TaskInfo, plan: PlanInfo, sections: dict[int, str]) -> TaskFacts:
    start = task_start(info.year, plan)
    return TaskFacts(
        task_id=info.id,
        plan_id=info.plan_id,
        number=info.number,
        title=info.title,
        deadline=info.deadline,
        deadline_text=info.deadline_text,
        start=start,
        section_id=info.section_id,
        section_title=sections.get(info.section_id) if info.section_id else None,
        plan_title=plan.title,
        leads=tuple(info.leads),
        supports=tuple(info.supports),
    )


def _assignment_facts(info: TaskInfo, assignment: AssignmentInfo, row: ReportFacts | None) -> AssignmentFacts:
    # positional, in AssignmentFacts' field order: some 50,000 of these for a province
    if row is None:
        return AssignmentFacts(
            assignment.id, info.id, assignment.department_id, assignment.department_label, assignment.role
        )
    return AssignmentFacts(
        assignment.id,
        info.id,
        assignment.department_id,
        assignment.department_label,
        assignment.role,
        row.status,
        row.percent,
        row.submitted_on,
        row.progress,
        row.problems,
    )


# -- submissions ---------------------------------------------------------------------------------------


def submission_periods(services: Services, scope: Scope) -> list[tuple[Period, date]]:
    """The chosen period and the opened periods of its kind before it in the same year (at most four)."""
    opened = {p.code: p.due_date for p in services.periods.list()}
    periods = []
    current = scope.period
    while current.year == scope.period.year and len(periods) < MAX_SUBMISSION_PERIODS:
        if current.code in opened or current == scope.period:
            periods.append((current, opened.get(current.code, scope.due_date)))
        if current.number == 1:
            break
        current = current.previous()
    return sorted(periods, key=lambda item: item[0].end)


def load_submissions(
    services: Services, scope: Scope, periods: Sequence[tuple[Period, date]] | None = None
) -> list[SubmissionStats]:
    """Per department and period: items due, in on time, late, missing (departments in registry order)."""
    periods = periods if periods is not None else submission_periods(services, scope)
    order = {d.id: i for i, d in enumerate(services.departments.list(include_inactive=True))}
    with services.database.reading() as session:  # the assignments once, each period's dates on their own
        plan_tasks = queries.plan_tasks(session, scope.plan_ids)
        dates: dict[Period, dict[int, date | None]] = {}
        for period, _due in periods:
            period_id = queries.period_id(session, period.code)
            # a period nobody has opened yet has no report rows: its assignments have nothing submitted
            dates[period] = queries.period_submissions(session, period_id) if period_id is not None else {}
    assignments = [a for plan_id in scope.plan_ids for task in plan_tasks[plan_id] for a in task.assignments]
    if scope.department is not None:
        assignments = [a for a in assignments if a.department_id == scope.department.id]
    items = [
        SubmissionItem(a.department_id, a.department_label, period, due, dates[period].get(a.id), a.id, a.task_id)
        for period, due in periods
        for a in assignments
    ]
    items.sort(key=lambda i: (order.get(i.department_id, 1_000_000), i.department_id))
    return submission_stats(items, scope.today)


# -- scorecards ----------------------------------------------------------------------------------------


def load_scorecards(
    services: Services,
    scope: Scope,
    tasks: TaskData | None = None,
    submissions: Sequence[SubmissionStats] | None = None,
    indicators: Sequence[IndicatorRow] | None = None,
) -> list[DepartmentScorecard]:
    """Department scorecards over the tasks, submissions and indicators of the scope, in registry order."""
    tasks = tasks or load_tasks(services, scope)
    submissions = submissions if submissions is not None else load_submissions(services, scope)
    indicators = indicators if indicators is not None else load_indicators(services, scope)
    cards = build_scorecards(
        tasks.by_assignment,
        submissions,
        [(row.department_ids, row.assessment) for row in indicators],
        scope.weights,
        names={d: n for row in indicators for d, n, _r in row.info.departments},
    )
    if scope.department is not None:
        cards = [c for c in cards if c.department_id == scope.department.id]
    cards.sort(key=lambda c: (tasks.department_order.get(c.department_id, 1_000_000), c.department_id))
    return cards
