"""Chart data shared by the dashboard and the printed reports."""

from __future__ import annotations

from datetime import date

from ipdesk.analytics.charts import (
    completion_by_department,
    decimal_year,
    indicator_status,
    indicator_trajectory,
    status_distribution,
    submission_completeness,
)
from ipdesk.analytics.indicators import IndicatorAssessment
from ipdesk.analytics.inputs import AssignmentFacts, IndicatorSpec, Observation, TaskFacts
from ipdesk.analytics.rag import Rag
from ipdesk.analytics.scorecards import DepartmentScorecard
from ipdesk.analytics.submissions import SubmissionStats
from ipdesk.analytics.tasks import assess_progress
from ipdesk.domain.periods import Period


def test_trajectory_has_expected_targets_and_actual() -> None:
    spec = IndicatorSpec("x", "level", baseline_year=2020, baseline_value=1.0, targets={2022: 2.0, 2025: 5.0})
    values = [
        Observation(Period.parse("2021"), 1.4),
        Observation(Period.parse("2023"), 2.5),
        Observation(Period.parse("2026"), 9.0),
    ]
    chart = indicator_trajectory(spec, values, date(2025, 12, 31))
    expected, targets, actual = chart.series
    assert [round(v, 6) for _d, v in expected.points] == [1.0, 1.5, 2.0, 3.0, 4.0, 5.0]
    assert expected.dashed and not targets.line
    assert [v for _d, v in targets.points] == [1.0, 2.0, 5.0]
    assert actual.points == ((date(2021, 12, 31), 1.4), (date(2023, 12, 31), 2.5))  # 2026 is after the date


def test_trajectory_of_annual_increments_sums_quarters_and_of_rates_uses_percent() -> None:
    annual = IndicatorSpec("x", "annual_increment", targets={2025: 100.0})
    quarters = [Observation(Period.parse("2025Q1"), 20.0), Observation(Period.parse("2025Q2"), 30.0)]
    assert indicator_trajectory(annual, quarters, date(2025, 12, 31)).series[2].points == ((date(2025, 6, 30), 50.0),)
    rates = IndicatorSpec("x", "growth_rate", unit="件", targets={2020: 20.0})
    assert indicator_trajectory(rates, [], date(2025, 1, 1)).unit == "%"


def test_status_charts_count_everything() -> None:
    pie = indicator_status(
        [
            IndicatorAssessment(IndicatorSpec("a"), date(2025, 1, 1), rag=r)
            for r in (Rag.GREEN, Rag.GREEN, Rag.RED, Rag.NONE)
        ]
    )
    assert [(s.tone, s.value) for s in pie.slices] == [("green", 2), ("red", 1), ("grey", 1)]
    task = TaskFacts(1, 1, "1", "任务")
    items = [
        assess_progress(task, AssignmentFacts(i, 1, 1, "甲", status=s), date(2025, 1, 1))
        for i, s in enumerate(["done", "done", "lagging", None])
    ]
    assert [s.value for s in status_distribution(items).slices] == [2, 1, 1]


def test_department_and_submission_bars() -> None:
    cards = [
        DepartmentScorecard(1, "甲", tasks=5, done=2, on_track=3, watch=1, unreported=0),
        DepartmentScorecard(2, "乙", tasks=9, done=0, on_track=0, watch=0, unreported=9),
        DepartmentScorecard(3, "丙"),
    ]
    bars = completion_by_department(cards, limit=5)
    assert bars.categories == ("乙", "甲")  # most tasks first; departments without tasks left out
    assert [s.values for s in bars.series] == [(0, 2), (0, 1), (0, 1), (0, 1), (9, 0)]
    stats = [
        SubmissionStats(0, "", Period.parse("2026Q2"), 5, 3, 1, 1),
        SubmissionStats(0, "", Period.parse("2026Q1"), 4, 4),
    ]
    chart = submission_completeness(stats)
    assert chart.categories == (Period.parse("2026Q1").label, Period.parse("2026Q2").label)
    assert chart.series[0].values == (4.0, 3.0)


def test_decimal_year() -> None:
    assert decimal_year(date(2025, 1, 1)) == 2025.0
    assert decimal_year(date(2025, 7, 2)) == 2025 + 182 / 365
    assert 2025.99 < decimal_year(date(2025, 12, 31)) < 2026.0
