"""Checks an experienced clerk applies to reported indicator values before printing them.

Each finding is a warning with its reason; values are never changed. Consecutive values are compared within
the same kind of period (a quarter with the quarter before, a year with the year before), so a quarterly
amount is not mistaken for a fall from last year's annual total.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from ipdesk.analytics.inputs import CHRONOLOGICAL, IndicatorSpec, Observation
from ipdesk.analytics.numbers import fmt_number, fmt_percent
from ipdesk.domain.enums import IndicatorKind, PeriodKind
from ipdesk.domain.periods import Period
from ipdesk.i18n import QT_TRANSLATE_NOOP, translate

LIMITS_KEY = "plausibility_limits"
DEFAULT_LIMITS: dict[str, float] = {"jump_factor": 3.0, "per_capita_change": 0.3}


class Check(StrEnum):
    CUMULATIVE_FELL = "cumulative_fell"
    PER_CAPITA_SHIFT = "per_capita_shift"
    JUMP = "jump"
    NEGATIVE = "negative"
    NOT_WHOLE = "not_whole"
    PERCENT_RANGE = "percent_range"
    GAP = "gap"

    @property
    def label(self) -> str:
        return translate("Analytics", _LABELS[self])


_LABELS = {
    Check.CUMULATIVE_FELL: QT_TRANSLATE_NOOP("Analytics", "Cumulative value fell"),  # zh: 累计值下降
    Check.PER_CAPITA_SHIFT: QT_TRANSLATE_NOOP("Analytics", "Per-10k figure moved sharply"),  # zh: 万人指标变动异常
    Check.JUMP: QT_TRANSLATE_NOOP("Analytics", "Sudden jump"),  # zh: 数值突变
    Check.NEGATIVE: QT_TRANSLATE_NOOP("Analytics", "Negative value"),  # zh: 出现负值
    Check.NOT_WHOLE: QT_TRANSLATE_NOOP("Analytics", "Count is not a whole number"),  # zh: 计数非整数
    Check.PERCENT_RANGE: QT_TRANSLATE_NOOP("Analytics", "Percentage out of range"),  # zh: 百分比超出范围
    Check.GAP: QT_TRANSLATE_NOOP("Analytics", "Missing period"),  # zh: 数据缺期
}


@dataclass(frozen=True)
class PlausibilityLimits:
    jump_factor: float = DEFAULT_LIMITS["jump_factor"]  # a value more than N× (or under 1/N of) the previous one
    per_capita_change: float = DEFAULT_LIMITS["per_capita_change"]  # relative change of a 每万人口 figure

    @classmethod
    def from_setting(cls, value: object) -> PlausibilityLimits:
        if not isinstance(value, dict):
            return cls()
        try:
            jump = float(value.get("jump_factor", DEFAULT_LIMITS["jump_factor"]))
            shift = float(value.get("per_capita_change", DEFAULT_LIMITS["per_capita_change"]))
        except (TypeError, ValueError):
            return cls()
        if not (jump > 1 and shift > 0) or math.isinf(jump) or math.isinf(shift):
            return cls()
        return cls(jump, shift / 100 if shift > 5 else shift)


@dataclass(frozen=True)
class PlausibilityWarning:
    indicator: str
    period: Period
    check: Check
    reason: str
    value: float | None = None
    previous: float | None = None
    indicator_id: int | None = None


def check_values(
    spec: IndicatorSpec, observations: Iterable[Observation], limits: PlausibilityLimits | None = None
) -> list[PlausibilityWarning]:
    """Every finding for one indicator's values, oldest first."""
    limits = limits or PlausibilityLimits()
    if spec.kind == IndicatorKind.TEXT.value:
        return []
    numeric = sorted((o for o in observations if o.value is not None), key=CHRONOLOGICAL)
    rates = spec.kind == IndicatorKind.GROWTH_RATE.value and not spec.has_baseline
    found: list[PlausibilityWarning] = []

    def warn(obs: Observation, check: Check, reason: str, previous: Observation | None = None) -> None:
        before = previous.value if previous else None
        found.append(PlausibilityWarning(spec.name, obs.period, check, reason, obs.value, before, spec.id))

    for obs in numeric:
        for check, reason in _single(spec, obs, rates):
            warn(obs, check, reason)
    for series in _by_period_kind(numeric).values():
        for previous, current in pairwise(series):
            finding = _compare(spec, previous, current, limits, rates)
            if finding is not None:
                warn(current, *finding, previous)
            for gap in _skipped(previous.period, current.period):
                reason = translate("Analytics", "No value for {period} between {first} and {last}.").format(
                    period=gap.label, first=previous.period.label, last=current.period.label
                )
                warn(Observation(gap), Check.GAP, reason)
    found.sort(key=lambda w: (w.period.end, -w.period.start.toordinal()))
    return found


def _single(spec: IndicatorSpec, obs: Observation, rates: bool) -> list[tuple[Check, str]]:
    """Findings about one value on its own."""
    value = float(obs.value)  # type: ignore[arg-type]
    found: list[tuple[Check, str]] = []

    def names() -> dict[str, str]:  # formatted only for a finding: most values pass every check
        return {"period": obs.period.label, "value": fmt_number(value, 4)}

    if value < 0 and not rates:
        found.append((Check.NEGATIVE, translate("Analytics", "{period}: {value} is below zero.").format(**names())))
    if spec.kind == IndicatorKind.COUNT.value and not value.is_integer():
        found.append(
            (Check.NOT_WHOLE, translate("Analytics", "{period}: {value} is not a whole number.").format(**names()))
        )
    if spec.unit.strip() == "%" and not rates and not 0 <= value <= 100:
        found.append(
            (Check.PERCENT_RANGE, translate("Analytics", "{period}: {value}% is outside 0–100%.").format(**names()))
        )
    return found


def _by_period_kind(numeric: list[Observation]) -> dict[PeriodKind, list[Observation]]:
    series: dict[PeriodKind, list[Observation]] = {}
    for obs in numeric:
        series.setdefault(obs.period.kind, []).append(obs)
    return series


def _compare(
    spec: IndicatorSpec, previous: Observation, current: Observation, limits: PlausibilityLimits, rates: bool
) -> tuple[Check, str] | None:
    """The finding (if any) about ``current`` compared with the value of the period before."""
    before = float(previous.value)  # type: ignore[arg-type]
    now = float(current.value)  # type: ignore[arg-type]

    def names() -> dict[str, str]:  # formatted only for a finding: most pairs pass
        return {
            "period": current.period.label,
            "previous_period": previous.period.label,
            "value": fmt_number(now, 4),
            "previous": fmt_number(before, 4),
        }

    if spec.kind == IndicatorKind.CUMULATIVE.value and now < before:
        return Check.CUMULATIVE_FELL, translate(
            "Analytics", "{period}: {value} is below {previous_period}'s {previous}; a cumulative total cannot fall."
        ).format(**names())
    if rates or before <= 0 or now <= 0:
        return None
    if spec.per_capita:
        change = (now - before) / before
        if abs(change) > limits.per_capita_change:
            return Check.PER_CAPITA_SHIFT, translate(
                "Analytics",
                "{period}: {value} differs from {previous_period}'s {previous} by {change}; "
                "per-10k figures rarely move more than {limit}.",
            ).format(change=fmt_percent(change), limit=fmt_percent(limits.per_capita_change), **names())
        return None
    factor = max(now / before, before / now)
    if factor > limits.jump_factor:
        return Check.JUMP, translate(
            "Analytics", "{period}: {value} is {factor}× {previous_period}'s {previous} (limit {limit}×)."
        ).format(factor=fmt_number(factor, 1), limit=fmt_number(limits.jump_factor, 1), **names())
    return None


def _skipped(previous: Period, current: Period) -> list[Period]:
    """Periods of the same kind between two reported ones."""
    gaps = []
    candidate = previous.next()
    while candidate.end < current.end:
        gaps.append(candidate)
        candidate = candidate.next()
    return gaps
