"""What the 总览 page reads (on the worker thread, with progress and cancel): the same facts the printed
reports use (:mod:`ipdesk.reports.data`), assessed by the analytics, so screen and paper agree."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ipdesk.analytics.charts import indicator_trajectory
from ipdesk.analytics.desk import default_period, submission_counts, submission_items
from ipdesk.analytics.inputs import AssignmentFacts
from ipdesk.analytics.scorecards import DepartmentScorecard, build_scorecards
from ipdesk.analytics.submissions import SubmissionItem, SubmissionStats
from ipdesk.analytics.trajectory import expected_value
from ipdesk.errors import ValidationError
from ipdesk.reports.data import IndicatorRow, Scope, TaskData, load_indicators, load_tasks, resolve_scope
from ipdesk.services import Services
from ipdesk.services.entry import DepartmentLoad
from ipdesk.services.periods import PeriodInfo
from ipdesk.services.plans import PlanInfo
from ui.charts.trajectory_chart import TrajectoryInput
from ui.operations import OperationContext

STEPS = 4


@dataclass(frozen=True)
class DashboardRequest:
    token: int
    plan_id: int | None
    period_code: str | None
    department_id: int | None
    today: date


@dataclass(frozen=True)
class DashboardData:
    request: DashboardRequest
    plans: list[PlanInfo]
    periods: list[PeriodInfo]
    departments: list[DepartmentLoad]
    period: PeriodInfo | None = None
    scope: Scope | None = None
    problem: str = ""  # why there is nothing to show (no plans, no periods …)
    indicators: list[IndicatorRow] = field(default_factory=list)
    trajectories: list[TrajectoryInput] = field(default_factory=list)
    tasks: TaskData | None = None
    submissions: list[SubmissionStats] = field(default_factory=list)
    submission_facts: tuple[AssignmentFacts, ...] = ()  # the assignments counted in ``submissions``
    cards: list[DepartmentScorecard] = field(default_factory=list)

    @property
    def submission_items(self) -> list[SubmissionItem]:
        """One item per assignment counted in ``submissions``: built when a bar is clicked, not on every load."""
        if self.scope is None:
            return []
        return submission_items(self.submission_facts, self.scope.period, self.scope.due_date)


def read_dashboard(services: Services, request: DashboardRequest, context: OperationContext) -> DashboardData:
    context.progress(0, STEPS)
    plans = services.plans.list()
    periods = services.periods.list()
    period = next((p for p in periods if p.code == request.period_code), None) or default_period(periods, request.today)
    departments = services.entry.departments(period.code) if period else []
    base = DashboardData(request, plans, periods, departments, period)
    if period is None:
        return base
    department = request.department_id if any(d.id == request.department_id for d in departments) else None
    plan_id = request.plan_id if any(p.id == request.plan_id for p in plans) else None
    try:
        scope = resolve_scope(services, period.code, plan_id=plan_id, department=department, today=request.today)
    except ValidationError as error:
        return DashboardData(request, plans, periods, departments, period, problem=error.message)
    context.check_cancelled()
    context.progress(1, STEPS)
    indicators = load_indicators(services, scope)
    trajectories = [
        TrajectoryInput(
            row.info.id,
            row.info.name,
            indicator_trajectory(row.spec, row.observations, scope.as_of),
            request.today,
            expected_value(row.spec, request.today),
            row.assessment.rag.label,
        )
        for row in sorted(indicators, key=lambda r: (r.assessment.rag.rank, -len(r.observations)))
        if row.spec.targets
    ]
    context.check_cancelled()
    context.progress(2, STEPS)
    tasks = load_tasks(services, scope)
    context.check_cancelled()
    context.progress(3, STEPS)
    facts = [a for parts in tasks.assignments.values() for a in parts]
    if scope.department is not None:
        facts = [a for a in facts if a.department_id == scope.department.id]
    stats = submission_counts(facts, scope.period, scope.due_date, scope.today)
    order = {d.id: i for i, d in enumerate(departments)}
    stats.sort(key=lambda s: order.get(s.department_id, len(order)))
    cards = build_scorecards(tasks.by_assignment, stats)
    context.progress(STEPS, STEPS)
    return DashboardData(
        request,
        plans,
        periods,
        departments,
        period,
        scope,
        "",
        indicators,
        trajectories,
        tasks,
        stats,
        tuple(facts),
        cards,
    )
