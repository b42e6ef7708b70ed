"""ipdesk.analytics.desk: period counts, the period to start on, chart segments and an indicator's standing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ipdesk.analytics.charts import completion_by_department, status_distribution
from ipdesk.analytics.desk import (
    PROGRESS_SEGMENTS,
    SUBMISSION_SEGMENTS,
    completeness_by_department,
    count_submissions,
    default_period,
    indicator_standing,
    progress_segment,
    status_of_label,
    submission_items,
    year_target,
)
from ipdesk.analytics.inputs import AssignmentFacts, IndicatorSpec, Observation, TaskFacts
from ipdesk.analytics.rag import Rag
from ipdesk.analytics.scorecards import build_scorecards
from ipdesk.analytics.submissions import submission_stats
from ipdesk.analytics.tasks import assess_progress
from ipdesk.domain.periods import Period


@dataclass(frozen=True)
class FakePeriod:
    code: str
    kind: str
    end_date: date
    due_date: date
    id: int = 1

    @property
    def period(self) -> Period:
        return Period.parse(self.code)


@dataclass(frozen=True)
class Row:
    department_id: int
    report_id: int | None = None
    submitted_on: date | None = None
    status: str | None = None


def test_count_submissions_on_time_late_and_silent() -> None:
    period = FakePeriod("2025Q1", "quarter", date(2025, 3, 31), date(2025, 4, 10))
    rows = [
        Row(1, 1, date(2025, 4, 10), "done"),
        Row(1, 2, date(2025, 4, 11), "lagging"),
        Row(2),
        Row(3, 3, None, "in_progress"),
    ]
    count = count_submissions(period, rows)
    assert (count.assignments, count.reported, count.missing) == (4, 3, 1)
    assert (count.on_time, count.late, count.done, count.lagging) == (2, 1, 1, 1)
    assert (count.departments, count.silent_departments, count.id) == (3, 1, 1)


def test_default_period_is_the_latest_ended_quarter() -> None:
    periods = [
        FakePeriod("2025", "year", date(2025, 12, 31), date(2026, 1, 10)),
        FakePeriod("2026Q2", "quarter", date(2026, 6, 30), date(2026, 7, 10)),
        FakePeriod("2026Q3", "quarter", date(2026, 9, 30), date(2026, 10, 10)),
        FakePeriod("2026Q4", "quarter", date(2026, 12, 31), date(2027, 1, 10)),
    ]
    assert default_period(periods, date(2026, 11, 21)).code == "2026Q3"  # type: ignore[union-attr]
    assert default_period(periods[:1], date(2026, 11, 21)).code == "2025"  # type: ignore[union-attr]
    assert default_period([], date(2026, 11, 21)) is None


def _assessments() -> list:  # type: ignore[type-arg]
    task = TaskFacts(1, 1, "1", "任务", deadline=date(2026, 12, 31), start=date(2026, 1, 1))
    late_task = TaskFacts(2, 1, "2", "任务二", deadline=date(2026, 6, 30), start=date(2026, 1, 1))
    reports = [
        (task, AssignmentFacts(1, 1, 10, "甲", status="done", percent=100)),
        (task, AssignmentFacts(2, 1, 10, "甲", status="in_progress", percent=90)),
        (task, AssignmentFacts(3, 1, 20, "乙", status="in_progress", percent=70)),
        (task, AssignmentFacts(4, 1, 20, "乙", status="in_progress", percent=10)),
        (late_task, AssignmentFacts(5, 2, 20, "乙", status=None)),
    ]
    return [assess_progress(t, a, date(2026, 10, 1)) for t, a in reports]


def test_every_item_falls_in_the_bar_segment_that_counts_it() -> None:
    items = _assessments()
    chart = completion_by_department(build_scorecards(items, []))
    assert chart.series[0].name == "Done"
    counted: dict[tuple[str, str], int] = {}
    for item in items:
        key = (item.department_name, progress_segment(item))
        counted[key] = counted.get(key, 0) + 1
    for row, department in enumerate(chart.categories):
        for segment, series in zip(PROGRESS_SEGMENTS, chart.series, strict=True):
            assert series.values[row] == counted.get((department, segment), 0), (department, segment)


def test_status_slices_map_back_to_statuses() -> None:
    chart = status_distribution(_assessments())
    assert [status_of_label(s.label) for s in chart.slices] == ["done", "in_progress", None]


def test_completeness_by_department_counts_each_state() -> None:
    period = Period.parse("2026Q3")
    facts = [
        AssignmentFacts(1, 1, 10, "甲", status="done", submitted_on=date(2026, 10, 9)),
        AssignmentFacts(2, 2, 10, "甲", status="done", submitted_on=date(2026, 10, 12)),
        AssignmentFacts(3, 1, 20, "乙"),
    ]
    stats = submission_stats(submission_items(facts, period, date(2026, 10, 10)), date(2026, 11, 21))
    chart = completeness_by_department(stats, period.label)
    assert chart.categories == ("甲", "乙") and chart.stacked and chart.horizontal
    by_state = {state: series.values for state, series in zip(SUBMISSION_SEGMENTS, chart.series, strict=True)}
    assert by_state["on_time"] == (1.0, 0.0)
    assert by_state["late"] == (1.0, 0.0)
    assert by_state["missing"] == (0.0, 1.0)
    assert by_state["pending"] == (0.0, 0.0)


def test_year_target_as_written_or_from_the_path() -> None:
    level = IndicatorSpec("x", "level", baseline_year=2020, baseline_value=1.0, targets={2025: 6.0})
    assert year_target(level, 2025) == (6.0, None, False)
    value, _text, derived = year_target(level, 2023)
    assert derived and round(value or 0, 6) == 4.0
    annual = IndicatorSpec("y", "annual_increment", targets={2024: 10.0, 2026: 30.0})
    assert year_target(annual, 2025) == (20.0, None, True)
    assert year_target(level, 2026) == (None, None, False)  # the plan ended in 2025: no target carried on
    assert year_target(annual, 2027) == (None, None, False)
    words = IndicatorSpec("z", "text", target_texts={2025: "较高"})
    assert year_target(words, 2025) == (None, "较高", False)
    assert year_target(words, 2026) == (None, None, False)


def test_indicator_standing_today() -> None:
    spec = IndicatorSpec("x", "level", baseline_year=2020, baseline_value=0.0, targets={2030: 10.0})
    standing = indicator_standing(spec, [Observation(Period.parse("2025"), 5.0)], date(2026, 1, 1))
    assert standing.rag is Rag.GREEN
    assert standing.assessment.actual_value == 5.0
    assert round(standing.expected_today or 0, 2) == 5.0
    assert standing.year_target_derived and round(standing.year_target or 0, 6) == 6.0
