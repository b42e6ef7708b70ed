"""Figures the clerk's desk shows beyond the shared chart data (plain Python, duck-typed over service records).

* per-period submission counts for the 汇总报表 table and the period a clerk most likely works on;
* which part of a chart an assessed item falls in, so a click on a bar can list exactly the items behind it;
* reporting completeness of one period per department (已报 / 逾期 / 未报), as chart data;
* an indicator's standing today: its assessment, this year's target and where it should be today (序时进度).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ipdesk.analytics.charts import GREEN, GREY, RED, YELLOW, BarChart, Series
from ipdesk.analytics.indicators import IndicatorAssessment, assess_indicator
from ipdesk.analytics.inputs import AssignmentFacts, IndicatorSpec, Observation
from ipdesk.analytics.rag import Rag, RagThresholds
from ipdesk.analytics.submissions import Submission, SubmissionItem, SubmissionStats, classify
from ipdesk.analytics.tasks import ProgressAssessment
from ipdesk.analytics.trajectory import expected_value, rate_for_year, target_for_year, year_end
from ipdesk.domain.enums import IndicatorKind, PeriodKind, TaskStatus
from ipdesk.domain.periods import Period
from ipdesk.i18n import translate

# -- per-period counts (汇总报表, first version) ---------------------------------------------------------


@dataclass(frozen=True)
class SubmissionCount:
    """One period's reports over all departments; ``period`` is the service's period record."""

    period: Any
    assignments: int  # department × task pairs expected to report
    reported: int
    on_time: int
    late: int
    done: int
    lagging: int
    departments: int
    silent_departments: int  # departments that sent nothing at all for the period

    @property
    def missing(self) -> int:
        return self.assignments - self.reported

    @property
    def id(self) -> int:
        return int(self.period.id)


def count_submissions(period: Any, rows: Iterable[Any]) -> SubmissionCount:
    """Count a period's report rows (``ReportRow``-like); on time and late follow :func:`submissions.classify`."""
    assignments = reported = on_time = late = done = lagging = 0
    departments: set[int] = set()
    reporting: set[int] = set()
    for row in rows:
        assignments += 1
        departments.add(row.department_id)
        if row.report_id is None:
            continue
        reported += 1
        reporting.add(row.department_id)
        submitted = row.submitted_on or period.due_date  # a report without a date counts as in on time
        item = SubmissionItem(row.department_id, "", period.period, period.due_date, submitted)
        if classify(item, period.due_date) is Submission.LATE:
            late += 1
        else:
            on_time += 1
        if row.status == TaskStatus.DONE.value:
            done += 1
        elif row.status == TaskStatus.LAGGING.value:
            lagging += 1
    return SubmissionCount(
        period, assignments, reported, on_time, late, done, lagging, len(departments), len(departments - reporting)
    )


def default_period(periods: Iterable[Any], today: date) -> Any | None:
    """The period a clerk most likely works on: the latest quarter that has ended, else the latest period."""
    periods = list(periods)
    ended = [p for p in periods if p.kind == PeriodKind.QUARTER.value and p.end_date < today]
    if ended:
        return max(ended, key=lambda p: p.end_date)
    return max(periods, key=lambda p: p.end_date) if periods else None


# -- what a click on a chart opens --------------------------------------------------------------------

DONE, ON_SCHEDULE, WATCH, BEHIND, UNREPORTED = "done", "on_schedule", "watch", "behind", "unreported"
PROGRESS_SEGMENTS: tuple[str, ...] = (DONE, ON_SCHEDULE, WATCH, BEHIND, UNREPORTED)
"""The series of :func:`ipdesk.analytics.charts.completion_by_department`, in order."""


def progress_segment(item: ProgressAssessment) -> str:
    """The series of the department bar chart that counts ``item`` (one department's part in a task)."""
    if not item.reported:
        return UNREPORTED
    if item.done:
        return DONE
    if item.rag is Rag.GREEN:
        return ON_SCHEDULE
    if item.rag is Rag.YELLOW:
        return WATCH
    return BEHIND


def status_of_label(label: str) -> str | None:
    """The status key of a slice of :func:`ipdesk.analytics.charts.status_distribution` (None: 未报送)."""
    for status in TaskStatus:
        if status.label == label:
            return status.value
    return None


# -- reporting completeness of one period ---------------------------------------------------------------

SUBMISSION_SEGMENTS: tuple[Submission, ...] = (
    Submission.ON_TIME,
    Submission.LATE,
    Submission.MISSING,
    Submission.PENDING,
)
_SUBMISSION_TONES = {
    Submission.ON_TIME: GREEN,
    Submission.LATE: YELLOW,
    Submission.MISSING: RED,
    Submission.PENDING: GREY,
}


def submission_items(assignments: Iterable[AssignmentFacts], period: Period, due_date: date) -> list[SubmissionItem]:
    """One item per assignment for ``period``: in when its report carries a submission date."""
    return [
        SubmissionItem(
            a.department_id,
            a.department_name,
            period,
            due_date,
            a.submitted_on if a.reported else None,
            a.assignment_id,
            a.task_id,
        )
        for a in assignments
    ]


def completeness_by_department(stats: Sequence[SubmissionStats], period_label: str) -> BarChart:
    """Per department, its items for one period: on time, late, missing (past due) and not yet due."""
    rows = [s for s in stats if s.expected]
    return BarChart(
        translate("Analytics", "Report submissions by department, {period}").format(period=period_label),
        tuple(s.department_name for s in rows),
        tuple(
            Series(state.label, tuple(float(getattr(s, state.value)) for s in rows), _SUBMISSION_TONES[state])
            for state in SUBMISSION_SEGMENTS
        ),
        stacked=True,
        horizontal=True,
        unit=translate("Analytics", "items"),
    )


# -- an indicator today -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorStanding:
    """An indicator on ``today``: its assessment, this year's target and the expected value for today."""

    assessment: IndicatorAssessment
    today: date
    year_target: float | None
    year_target_text: str | None
    year_target_derived: bool  # not written in the plan: read off the path between the written targets
    expected_today: float | None

    @property
    def spec(self) -> IndicatorSpec:
        return self.assessment.spec

    @property
    def rag(self) -> Rag:
        return self.assessment.rag


def year_target(spec: IndicatorSpec, year: int) -> tuple[float | None, str | None, bool]:
    """(number, text, derived) for ``year``: as written in the plan, else from the path between targets.

    After the plan's last target year there is no target for the year (the last one is not carried on).
    """
    if year in spec.targets:
        return float(spec.targets[year]), spec.target_texts.get(year), False
    if year in spec.target_texts:
        return None, spec.target_texts[year], False
    final = spec.final_year
    if spec.kind == IndicatorKind.TEXT.value or not spec.targets or (final is not None and year > final):
        return None, None, False
    if spec.kind == IndicatorKind.ANNUAL_INCREMENT.value:
        value = target_for_year(spec, year)
    elif spec.kind == IndicatorKind.GROWTH_RATE.value and not spec.has_baseline:
        value = rate_for_year(spec, year)
    else:
        value = expected_value(spec, year_end(year))
    return value, None, value is not None


def indicator_standing(
    spec: IndicatorSpec, observations: Iterable[Observation], today: date, thresholds: RagThresholds | None = None
) -> IndicatorStanding:
    observations = list(observations)
    target, text, derived = year_target(spec, today.year)
    return IndicatorStanding(
        assess_indicator(spec, observations, today, thresholds),
        today,
        target,
        text,
        derived,
        expected_value(spec, today),
    )
