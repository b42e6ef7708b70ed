"""Warnings an experienced clerk would raise, with their reasons; values are never changed."""

from __future__ import annotations

import pytest

from ipdesk.analytics.inputs import IndicatorSpec, Observation
from ipdesk.analytics.plausibility import Check, PlausibilityLimits, check_values
from ipdesk.domain.periods import Period


def obs(code: str, value: float) -> Observation:
    return Observation(Period.parse(code), value)


CASES = [
    (
        "cumulative falls",
        IndicatorSpec("质押融资金额", "cumulative"),
        [("2023", 60.0), ("2024", 55.0)],
        [(Check.CUMULATIVE_FELL, "2024")],
    ),
    ("cumulative rises", IndicatorSpec("质押融资金额", "cumulative"), [("2023", 60.0), ("2024", 80.0)], []),
    (
        "per-10k figure moves sharply",
        IndicatorSpec("每万人口发明专利拥有量", "level", unit="件"),
        [("2023", 2.0), ("2024", 2.9)],
        [(Check.PER_CAPITA_SHIFT, "2024")],
    ),
    (
        "per-10k figure moves a little",
        IndicatorSpec("高价值发明专利", "level", unit="件/万人"),
        [("2023", 2.0), ("2024", 2.3)],
        [],
    ),
    (
        "jump of more than 3x",
        IndicatorSpec("商标注册量", "level"),
        [("2023", 100.0), ("2024", 450.0)],
        [(Check.JUMP, "2024")],
    ),
    (
        "drop to under a third",
        IndicatorSpec("商标注册量", "level"),
        [("2023", 450.0), ("2024", 100.0)],
        [(Check.JUMP, "2024")],
    ),
    ("negative", IndicatorSpec("案件量", "count"), [("2024", -3.0)], [(Check.NEGATIVE, "2024")]),
    ("count not whole", IndicatorSpec("示范企业", "count"), [("2024", 2.5)], [(Check.NOT_WHOLE, "2024")]),
    (
        "percent out of range",
        IndicatorSpec("满意度", "level", unit="%"),
        [("2024", 120.0)],
        [(Check.PERCENT_RANGE, "2024")],
    ),
    (
        "gap between years",
        IndicatorSpec("商标注册量", "level"),
        [("2021", 100.0), ("2024", 120.0)],
        [(Check.GAP, "2022"), (Check.GAP, "2023")],
    ),
    (
        "growth rates may swing",
        IndicatorSpec("年均增长", "growth_rate"),
        [("2023", 5.0), ("2024", 40.0), ("2025", -5.0)],
        [],
    ),
    (
        "quarters are not compared with years",
        IndicatorSpec("版权登记数量", "annual_increment"),
        [("2024", 1000.0), ("2025Q1", 200.0), ("2025Q2", 260.0)],
        [],
    ),
]


@pytest.mark.parametrize(("name", "spec", "values", "expected"), CASES, ids=[c[0] for c in CASES])
def test_checks(
    name: str, spec: IndicatorSpec, values: list[tuple[str, float]], expected: list[tuple[Check, str]]
) -> None:
    found = check_values(spec, [obs(code, value) for code, value in values])
    assert [(w.check, w.period.code) for w in found] == expected
    for warning in found:
        assert warning.reason and warning.indicator == spec.name


def test_reason_names_both_values_and_values_stay_as_they_are() -> None:
    values = [obs("2023", 60.0), obs("2024", 55.0)]
    [warning] = check_values(IndicatorSpec("质押融资金额", "cumulative"), values)
    assert "55" in warning.reason and "60" in warning.reason
    assert (warning.value, warning.previous) == (55.0, 60.0)
    assert [o.value for o in values] == [60.0, 55.0]


def test_limits_come_from_settings() -> None:
    spec = IndicatorSpec("商标注册量", "level")
    values = [obs("2023", 100.0), obs("2024", 250.0)]
    assert check_values(spec, values) == []
    assert [w.check for w in check_values(spec, values, PlausibilityLimits.from_setting({"jump_factor": 2}))] == [
        Check.JUMP
    ]
    assert PlausibilityLimits.from_setting({"per_capita_change": 20}).per_capita_change == pytest.approx(0.2)
    assert PlausibilityLimits.from_setting({"jump_factor": 0.5}) == PlausibilityLimits()


def test_text_indicators_are_not_checked() -> None:
    assert check_values(IndicatorSpec("满意度", "text"), [Observation(Period.parse("2024"), None, "好")]) == []
