"""Chart data shared by the dashboard (pyqtgraph) and the printed reports (QPainter): plain series, no drawing.

Each function returns a small description — categories, series with values and a colour role — that any
plotting layer can draw the same way, so the screen and the paper always show the same numbers.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from ipdesk.analytics.indicators import IndicatorAssessment, year_to_date
from ipdesk.analytics.inputs import CHRONOLOGICAL, IndicatorSpec, Observation
from ipdesk.analytics.rag import Rag
from ipdesk.analytics.scorecards import DepartmentScorecard
from ipdesk.analytics.submissions import Submission, SubmissionStats
from ipdesk.analytics.tasks import ProgressAssessment
from ipdesk.analytics.trajectory import expected_value, year_end
from ipdesk.domain.enums import IndicatorKind, PeriodKind, TaskStatus
from ipdesk.i18n import translate

# Colour roles; each drawing layer maps them to its palette.
GREEN, YELLOW, RED, GREY, BLUE, TEAL, ORANGE = "green", "yellow", "red", "grey", "blue", "teal", "orange"
RAG_TONES = {Rag.GREEN: GREEN, Rag.YELLOW: YELLOW, Rag.RED: RED, Rag.NONE: GREY}


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]
    tone: str


@dataclass(frozen=True)
class BarChart:
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    stacked: bool = False
    horizontal: bool = False
    unit: str = ""


@dataclass(frozen=True)
class LineSeries:
    name: str
    points: tuple[tuple[date, float], ...]
    tone: str
    dashed: bool = False
    markers: bool = True
    line: bool = True


@dataclass(frozen=True)
class LineChart:
    title: str
    series: tuple[LineSeries, ...]
    unit: str = ""


@dataclass(frozen=True)
class Slice:
    label: str
    value: float
    tone: str


@dataclass(frozen=True)
class PieChart:
    title: str
    slices: tuple[Slice, ...]


Chart = BarChart | LineChart | PieChart


def decimal_year(day: date) -> float:
    """A date as a number for an x axis: 2025-01-01 → 2025.0, 2025-07-02 → 2025.5, 2025-12-31 → 2025.997.

    Values are dated at their period's end, so an annual value sits just before the next whole number; label
    the ticks at ``decimal_year(date(year, 12, 31))`` with the year, as the printed charts do.
    """
    days = 366 if calendar.isleap(day.year) else 365
    return day.year + (day.timetuple().tm_yday - 1) / days


def indicator_trajectory(spec: IndicatorSpec, observations: Iterable[Observation], as_of: date) -> LineChart:
    """Expected path (baseline → targets), the yearly targets and the reported values up to ``as_of``."""
    known = sorted((o for o in observations if o.value is not None and o.end <= as_of), key=CHRONOLOGICAL)
    years = set(spec.targets)
    if spec.baseline_year is not None:
        years.add(spec.baseline_year)
    years.update(o.period.year for o in known)
    if not years:
        return LineChart(spec.name, (), spec.unit)
    first, last = min(years), max(years)
    if spec.kind == IndicatorKind.CUMULATIVE.value and not spec.has_baseline:
        first = min(first, (spec.start_year or min(spec.targets or {first: 0})) - 1)
    unit = "%" if spec.kind == IndicatorKind.GROWTH_RATE.value and not spec.has_baseline else spec.unit
    expected = tuple(
        (year_end(y), v) for y in range(first, last + 1) if (v := expected_value(spec, year_end(y))) is not None
    )
    targets = tuple((year_end(y), float(v)) for y, v in sorted(spec.targets.items()))
    if spec.has_baseline:
        targets = ((year_end(spec.baseline_year), float(spec.baseline_value)), *targets)  # type: ignore[arg-type]
    actual = _actual_points(spec, known)
    series = (
        LineSeries(translate("Analytics", "Expected"), expected, GREY, dashed=True, markers=False),  # zh: 序时目标
        LineSeries(translate("Analytics", "Baseline and targets"), targets, ORANGE, line=False),  # zh: 基期及目标
        LineSeries(translate("Analytics", "Actual"), actual, BLUE),  # zh: 实际值
    )
    return LineChart(spec.name, series, unit)


@dataclass(frozen=True)
class IndicatorTrajectory:
    """One indicator offered on the overview's trajectory chart; its chart is drawn when first shown.

    A province offers some 360 indicators and the clerk looks at one at a time, so only what the list needs
    (name and standing) is computed up front.
    """

    indicator_id: int
    name: str
    spec: IndicatorSpec
    observations: tuple[Observation, ...]
    as_of: date  # values after this day are not drawn
    today: date  # where "expected today" is marked
    rag_label: str = ""

    @cached_property
    def chart(self) -> LineChart:
        return indicator_trajectory(self.spec, self.observations, self.as_of)

    @cached_property
    def expected_today(self) -> float | None:
        return expected_value(self.spec, self.today)


def _actual_points(spec: IndicatorSpec, known: Sequence[Observation]) -> tuple[tuple[date, float], ...]:
    if spec.kind == IndicatorKind.ANNUAL_INCREMENT.value:
        points = []
        for year in sorted({o.period.year for o in known}):
            found = year_to_date(known, year)
            if found is not None:
                points.append((found[1].end, found[0]))
        return tuple(points)
    if spec.kind == IndicatorKind.GROWTH_RATE.value and not spec.has_baseline:
        return tuple((o.end, float(o.value)) for o in known if o.period.kind is PeriodKind.YEAR)  # type: ignore[arg-type]
    return tuple((o.end, float(o.value)) for o in known)  # type: ignore[arg-type]


def indicator_status(assessments: Iterable[IndicatorAssessment]) -> PieChart:
    """How many indicators are on track, to watch, behind or not rated."""
    counts = {rag: 0 for rag in (Rag.GREEN, Rag.YELLOW, Rag.RED, Rag.NONE)}
    for item in assessments:
        counts[item.rag] += 1
    slices = tuple(Slice(rag.label, count, RAG_TONES[rag]) for rag, count in counts.items() if count)
    return PieChart(translate("Analytics", "Indicators by status"), slices)  # zh: 指标完成状态分布


_STATUS_TONES = {
    TaskStatus.DONE.value: GREEN,
    TaskStatus.IN_PROGRESS.value: BLUE,
    TaskStatus.ONGOING.value: TEAL,
    TaskStatus.NOT_STARTED.value: YELLOW,
    TaskStatus.LAGGING.value: RED,
}


def status_distribution(assessments: Iterable[ProgressAssessment]) -> PieChart:
    """Tasks by reported status (未报送 as its own slice)."""
    counts: dict[str | None, int] = {}
    for item in assessments:
        counts[item.status] = counts.get(item.status, 0) + 1
    return status_distribution_of(counts)


def status_distribution_of(by_status: Mapping[str | None, int]) -> PieChart:
    """:func:`status_distribution` from counts by status (None: not reported)."""
    counts: dict[str, int] = {status: 0 for status in _STATUS_TONES}
    unreported = by_status.get(None, 0)
    for status, n in by_status.items():
        if status is not None:
            counts[status] = counts.get(status, 0) + n
    slices = [Slice(TaskStatus(s).label, n, _STATUS_TONES.get(s, GREY)) for s, n in counts.items() if n]
    if unreported:
        slices.append(Slice(translate("Analytics", "Not reported"), unreported, GREY))
    return PieChart(translate("Analytics", "Tasks by status"), tuple(slices))  # zh: 重点任务状态分布


def completion_by_department(cards: Sequence[DepartmentScorecard], limit: int | None = None) -> BarChart:
    """Per department, its tasks split into done, on schedule, to watch, behind and not reported.

    With ``limit`` only the departments with the most tasks are shown (a page holds about 25 bars).
    """
    chosen = sorted(cards, key=lambda c: (-c.tasks, c.department_name))[:limit] if limit else list(cards)
    chosen = [c for c in chosen if c.tasks]
    done = tuple(float(c.done) for c in chosen)
    on_track = tuple(float(max(c.on_track - c.done, 0)) for c in chosen)
    watch = tuple(float(c.watch) for c in chosen)
    behind = tuple(float(c.tasks - c.on_track - c.watch - c.unreported) for c in chosen)
    unreported = tuple(float(c.unreported) for c in chosen)
    return BarChart(
        translate("Analytics", "Task progress by department"),  # zh: 各部门重点任务推进情况
        tuple(c.department_name for c in chosen),
        (
            Series(TaskStatus.DONE.label, done, GREEN),
            Series(translate("Analytics", "On schedule"), on_track, BLUE),  # zh: 按序时推进
            Series(Rag.YELLOW.label, watch, YELLOW),
            Series(Rag.RED.label, behind, RED),
            Series(translate("Analytics", "Not reported"), unreported, GREY),
        ),
        stacked=True,
        horizontal=True,
        unit=translate("Analytics", "tasks"),  # zh: 项
    )


def submission_completeness(per_period: Iterable[SubmissionStats]) -> BarChart:
    """For each period, the items that came in on time, late, not at all, or are not yet due."""
    rows = [s for s in per_period if s.period is not None]
    rows.sort(key=lambda s: (s.period.end, s.period.start))  # type: ignore[union-attr]
    return BarChart(
        translate("Analytics", "Report submissions by period"),  # zh: 各期报送情况
        tuple(s.period.label for s in rows),  # type: ignore[union-attr]
        (
            Series(Submission.ON_TIME.label, tuple(float(s.on_time) for s in rows), GREEN),
            Series(Submission.LATE.label, tuple(float(s.late) for s in rows), YELLOW),
            Series(Submission.MISSING.label, tuple(float(s.missing) for s in rows), RED),
            Series(Submission.PENDING.label, tuple(float(s.pending) for s in rows), GREY),
        ),
        stacked=True,
        unit=translate("Analytics", "items"),  # zh: 项
    )
