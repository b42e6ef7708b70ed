"""Completion and status per indicator kind, including the edges a clerk meets."""

from __future__ import annotations

from datetime import date

import pytest

from ipdesk.analytics.indicators import assess_indicator, average_growth, year_to_date
from ipdesk.analytics.inputs import IndicatorSpec, Observation
from ipdesk.analytics.rag import Rag, RagThresholds
from ipdesk.domain.periods import Period

END_2025 = date(2025, 12, 31)


def obs(code: str, value: float | None = None, text: str | None = None) -> Observation:
    return Observation(Period.parse(code), value, text)


CASES = [
    # id, spec, observations, as_of, completion, schedule ratio, rag
    (
        "level with baseline, behind schedule",
        IndicatorSpec("每万人口发明专利拥有量", "level", baseline_year=2020, baseline_value=1.0, targets={2025: 2.0}),
        [obs("2023", 1.3)],
        END_2025,
        1.3 / 2.0,
        0.3 / 0.6,  # progress 0.3 of the 0.6 due by the end of 2023
        Rag.RED,
    ),
    (
        "level without baseline: actual ÷ expected between targets",
        IndicatorSpec("有效注册商标", "level", targets={2024: 40.0, 2025: 50.0}),
        [obs("2024", 38.0)],
        END_2025,
        38 / 50,
        38 / 40,
        Rag.GREEN,
    ),
    (
        "target already met early",
        IndicatorSpec("地理标志", "level", baseline_year=2020, baseline_value=20.0, targets={2025: 30.0}),
        [obs("2022", 31.0)],
        END_2025,
        31 / 30,
        11 / 4,
        Rag.GREEN,
    ),
    (
        "lower is better",
        IndicatorSpec("结案周期", "level", "lower", baseline_year=2020, baseline_value=100.0, targets={2024: 60.0}),
        [obs("2022", 85.0)],
        END_2025,
        60 / 85,
        15 / 20,  # fell 15 of the 20 days due by 2022
        Rag.RED,
    ),
    (
        "lower is better, met",
        IndicatorSpec("结案周期", "level", "lower", baseline_year=2020, baseline_value=100.0, targets={2024: 60.0}),
        [obs("2024", 55.0)],
        END_2025,
        60 / 55,
        45 / 40,
        Rag.GREEN,
    ),
    (
        "cumulative without baseline counts from zero",
        IndicatorSpec("质押融资金额", "cumulative", targets={2023: 20.0, 2025: 60.0}, start_year=2021),
        [obs("2022", 9.0)],
        END_2025,
        9 / 60,
        9 / (20 * 2 / 3),  # zero at the start of 2021, 20 by the end of 2023
        Rag.RED,
    ),
    (
        "count",
        IndicatorSpec("示范企业", "count", targets={2022: 5.0, 2023: 10.0}),
        [obs("2023", 8.0)],
        END_2025,
        0.8,
        0.8,
        Rag.YELLOW,
    ),
    (
        "annual increment: the year's amount against the year's target",
        IndicatorSpec("版权登记数量", "annual_increment", targets={2024: 100.0, 2025: 120.0}),
        [obs("2024", 130.0), obs("2025", 90.0)],
        END_2025,
        90 / 120,
        90 / 120,
        Rag.RED,
    ),
    (
        "annual increment: quarters add up, judged against the elapsed share of the year",
        IndicatorSpec("版权登记数量", "annual_increment", targets={2025: 120.0}),
        [obs("2025Q1", 30.0), obs("2025Q2", 20.0)],
        END_2025,
        50 / 120,
        50 / (120 * 181 / 365),
        Rag.YELLOW,
    ),
    (
        "growth from a baseline level: CAGR against the target rate",
        IndicatorSpec("发明专利申请量", "growth_rate", baseline_year=2020, baseline_value=100.0, targets={2025: 10.0}),
        [obs("2022", 116.64)],  # 8% a year for two years
        END_2025,
        0.8,
        0.8,
        Rag.YELLOW,
    ),
    (
        "growth rates compound, not average",
        IndicatorSpec("授权量年均增长", "growth_rate", targets={2020: 20.0}, start_year=2018),
        [obs("2018", 10.0), obs("2019", 30.0), obs("2020", 20.0)],
        END_2025,
        ((1.1 * 1.3 * 1.2) ** (1 / 3) - 1) * 100 / 20,
        ((1.1 * 1.3 * 1.2) ** (1 / 3) - 1) * 100 / 20,
        Rag.GREEN,  # 19.7% a year against 20%: 98.6%, within the green band
    ),
]


@pytest.mark.parametrize(
    ("name", "spec", "values", "as_of", "completion", "ratio", "rag"), CASES, ids=[c[0] for c in CASES]
)
def test_assessment(
    name: str, spec: IndicatorSpec, values: list[Observation], as_of: date, completion: float, ratio: float, rag: Rag
) -> None:
    result = assess_indicator(spec, values, as_of, RagThresholds(0.95, 0.8))
    assert result.completion == pytest.approx(completion)
    assert result.schedule_ratio == pytest.approx(ratio)
    assert result.rag is rag, result.explanation
    assert result.explanation  # the working is always written out


def test_values_after_the_date_are_ignored() -> None:
    spec = IndicatorSpec("x", "level", targets={2025: 10.0})
    result = assess_indicator(spec, [obs("2024", 8.0), obs("2025", 10.0)], date(2025, 6, 30))
    assert result.actual_value == 8.0
    assert result.actual_period == Period.parse("2024")


def test_no_values_is_not_rated() -> None:
    result = assess_indicator(IndicatorSpec("x", "level", targets={2025: 10.0}), [], END_2025)
    assert (result.rag, result.actual_value, result.completion) == (Rag.NONE, None, None)
    assert "No value" in result.explanation


def test_text_indicator_shows_its_text_and_is_not_rated() -> None:
    spec = IndicatorSpec("满意度", "text", target_texts={2025: "高于自治区平均水平"})
    result = assess_indicator(spec, [obs("2024", text="高于平均水平")], END_2025)
    assert result.rag is Rag.NONE
    assert (result.target_text, result.actual_text) == ("高于自治区平均水平", "高于平均水平")


def test_missing_quarter_is_reported() -> None:
    spec = IndicatorSpec("版权登记数量", "annual_increment", targets={2025: 120.0})
    result = assess_indicator(spec, [obs("2025Q1", 30.0), obs("2025Q3", 40.0)], END_2025)
    assert result.actual_value == 70.0
    assert result.missing == ("2025Q2",)
    assert "2025Q2" in result.explanation


def test_missing_year_of_growth_rates_is_reported_and_left_out() -> None:
    spec = IndicatorSpec("增速", "growth_rate", targets={2023: 10.0}, start_year=2021)
    result = assess_indicator(spec, [obs("2021", 10.0), obs("2023", 10.0)], END_2025)
    assert result.missing == ("2022",)
    assert result.achieved_rate == pytest.approx(10.0)
    assert result.rag is Rag.GREEN  # 10% a year achieved in the years reported, and the plan is over


def test_annual_year_value_wins_over_its_quarters() -> None:
    values = [obs("2025Q1", 1.0), obs("2025Q2", 1.0), obs("2025", 50.0)]
    assert year_to_date(values, 2025)[0] == 50.0  # type: ignore[index]


def test_stale_value_is_flagged() -> None:
    spec = IndicatorSpec("x", "level", targets={2025: 10.0})
    assert assess_indicator(spec, [obs("2023", 9.0)], date(2025, 9, 30)).stale
    assert not assess_indicator(spec, [obs("2024", 9.0)], date(2025, 9, 30)).stale


def test_a_decline_target_compares_declines() -> None:
    spec = IndicatorSpec("能耗下降", "growth_rate", targets={2025: -5.0}, start_year=2025)
    result = assess_indicator(spec, [obs("2025", -4.0)], END_2025)
    assert result.completion == pytest.approx(0.8)


def test_average_growth() -> None:
    assert average_growth([10.0, 10.0]) == pytest.approx(10.0)
    assert average_growth([100.0, -50.0]) == pytest.approx(0.0)  # doubling then halving is no growth
    assert average_growth([]) is None
    assert average_growth([-100.0]) is None


def test_growth_needs_a_year_from_the_baseline() -> None:
    spec = IndicatorSpec("x", "growth_rate", baseline_year=2020, baseline_value=100.0, targets={2025: 10.0})
    result = assess_indicator(spec, [obs("2020", 100.0)], END_2025)
    assert result.rag is Rag.NONE and result.completion is None


def test_thresholds_come_from_the_caller() -> None:
    spec = IndicatorSpec("x", "level", targets={2025: 10.0})
    values = [obs("2025", 9.0)]
    assert assess_indicator(spec, values, END_2025, RagThresholds(0.95, 0.8)).rag is Rag.YELLOW
    assert assess_indicator(spec, values, END_2025, RagThresholds(0.9, 0.8)).rag is Rag.GREEN
