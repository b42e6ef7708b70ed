"""Expected values on any date, for every indicator kind."""

from __future__ import annotations

from datetime import date

import pytest

from ipdesk.analytics.inputs import IndicatorSpec
from ipdesk.analytics.trajectory import (
    compounded_level,
    expected_path,
    expected_value,
    interpolate,
    rate_for_year,
    target_for_year,
    year_fraction,
    years_between,
)

LEVEL = IndicatorSpec(
    "每万人口高价值发明专利拥有量", "level", baseline_year=2020, baseline_value=1.0, targets={2022: 2.0, 2025: 5.0}
)
LEVEL_NO_BASE = IndicatorSpec("有效注册商标", "level", targets={2021: 10.0, 2023: 30.0})
CUMULATIVE = IndicatorSpec("质押融资金额", "cumulative", targets={2023: 20.0, 2025: 60.0}, start_year=2021)
ANNUAL = IndicatorSpec("版权登记数量", "annual_increment", targets={2024: 100.0, 2026: 200.0})
GROWTH_LEVELS = IndicatorSpec(
    "发明专利申请量", "growth_rate", baseline_year=2020, baseline_value=100.0, targets={2025: 10.0}
)
GROWTH_RATES = IndicatorSpec("发明专利授权量年均增长", "growth_rate", targets={2020: 20.0})
LOWER = IndicatorSpec("结案周期", "level", "lower", baseline_year=2020, baseline_value=100.0, targets={2024: 60.0})
TEXT = IndicatorSpec("保护社会满意度", "text", target_texts={2025: "高于自治区平均水平"})


@pytest.mark.parametrize(
    ("spec", "day", "expected"),
    [
        (LEVEL, date(2020, 12, 31), 1.0),  # the baseline itself
        (LEVEL, date(2019, 6, 30), None),  # before the baseline: nothing to expect
        (LEVEL, date(2021, 12, 31), 1.5),  # halfway to the 2022 target
        (LEVEL, date(2022, 12, 31), 2.0),
        (LEVEL, date(2024, 12, 31), 4.0),  # two thirds of the way from 2.0 to 5.0
        (LEVEL, date(2030, 1, 1), 5.0),  # after the last target it holds
        (LEVEL_NO_BASE, date(2021, 6, 30), None),  # no baseline: no path before the first target
        (LEVEL_NO_BASE, date(2022, 12, 31), 20.0),
        (CUMULATIVE, date(2020, 12, 31), 0.0),  # a cumulative total starts from zero when the plan starts
        (CUMULATIVE, date(2022, 12, 31), 40 / 3),  # two of the three years to the 2023 target of 20
        (CUMULATIVE, date(2024, 12, 31), 40.0),
        (ANNUAL, date(2024, 12, 31), 100.0),
        (ANNUAL, date(2025, 12, 31), 150.0),  # an interpolated year target
        (ANNUAL, date(2027, 12, 31), 200.0),
        (GROWTH_LEVELS, date(2022, 12, 31), 121.0),  # 100 × 1.1²: compounding
        (GROWTH_LEVELS, date(2025, 12, 31), 100 * 1.1**5),
        (GROWTH_RATES, date(2019, 12, 31), 20.0),  # rates: the expectation is the target rate
        (LOWER, date(2022, 12, 31), 80.0),
        (TEXT, date(2025, 12, 31), None),
    ],
)
def test_expected_value(spec: IndicatorSpec, day: date, expected: float | None) -> None:
    value = expected_value(spec, day)
    if expected is None:
        assert value is None
    else:
        assert value == pytest.approx(expected, rel=1e-9)


def test_within_a_year_is_by_days() -> None:
    mid = date(2021, 7, 2)  # day 183 of 365
    assert expected_value(LEVEL, mid) == pytest.approx(1.0 + 0.5 * 183 / 365)
    leap = IndicatorSpec("x", "level", baseline_year=2023, baseline_value=0.0, targets={2024: 366.0})
    assert expected_value(leap, date(2024, 2, 29)) == pytest.approx(60.0)


def test_annual_increment_expects_the_elapsed_share_of_the_year() -> None:
    assert expected_value(ANNUAL, date(2024, 6, 30)) == pytest.approx(100 * year_fraction(date(2024, 6, 30)))
    assert year_fraction(date(2024, 12, 31)) == 1.0
    assert year_fraction(date(2023, 1, 1)) == pytest.approx(1 / 365)


def test_growth_compounds_within_a_year() -> None:
    half = date(2021, 7, 2)
    assert compounded_level(GROWTH_LEVELS, half) == pytest.approx(100 * 1.1 ** year_fraction(half))
    assert compounded_level(GROWTH_LEVELS, date(2020, 1, 1)) is None


def test_rates_apply_back_to_the_previous_target() -> None:
    spec = IndicatorSpec("x", "growth_rate", targets={2022: 10.0, 2025: 20.0})
    assert [rate_for_year(spec, y) for y in (2021, 2022, 2023, 2025, 2027)] == [10, 10, 20, 20, 20]


def test_target_for_year_interpolates_and_holds() -> None:
    with_base = IndicatorSpec("x", "annual_increment", baseline_year=2020, baseline_value=50.0, targets={2022: 150.0})
    assert target_for_year(with_base, 2021) == pytest.approx(100.0)
    assert target_for_year(with_base, 2019) is None
    assert target_for_year(ANNUAL, 2023) == 100.0  # before the first target (no baseline): the first target


def test_interpolate_edges() -> None:
    assert interpolate([], date(2020, 1, 1)) is None
    points = [(date(2020, 12, 31), 1.0), (date(2020, 12, 31), 3.0)]
    assert interpolate(points, date(2020, 12, 31)) == 3.0


def test_years_between_counts_whole_years_exactly() -> None:
    assert years_between(date(2020, 12, 31), date(2025, 12, 31)) == 5.0
    assert years_between(date(2020, 12, 31), date(2021, 6, 30)) == pytest.approx(181 / 365)


def test_expected_path_is_yearly() -> None:
    path = expected_path(LEVEL, 2020, 2023)
    assert [round(v, 6) for _d, v in path] == [1.0, 1.5, 2.0, 3.0]
