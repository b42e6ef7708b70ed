"""Indicator completion for every kind, with the calculation spelled out for the printed sheet.

Two figures are given for each indicator:

* **completion** (完成率): how much of the target is achieved — actual ÷ target (target ÷ actual when lower is
  better); for an annual increment the year's amount against that year's target; for a growth rate the
  average yearly growth achieved against the target rate;
* **schedule ratio** (序时完成比): progress made ÷ progress expected by the date of the latest value, which the
  red / yellow / green rule classifies. Progress is measured from the baseline when there is one.

A target already met is green whatever the schedule says. The working is kept as parts that write themselves
when asked (:attr:`IndicatorAssessment.explanation`): an overview assesses hundreds of indicators and shows none.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date

from ipdesk.analytics.inputs import CHRONOLOGICAL, IndicatorSpec, Observation
from ipdesk.analytics.numbers import fmt_date, fmt_number, fmt_percent, fmt_rate
from ipdesk.analytics.rag import Rag, RagThresholds
from ipdesk.analytics.trajectory import (
    compounded_level,
    expected_value,
    rate_for_year,
    target_for_year,
    year_end,
    year_fraction,
    years_between,
)
from ipdesk.domain.enums import IndicatorKind, PeriodKind
from ipdesk.domain.periods import Period
from ipdesk.i18n import translate

_STOCK_KINDS = (IndicatorKind.LEVEL.value, IndicatorKind.COUNT.value, IndicatorKind.CUMULATIVE.value)

Part = Callable[[], str]
"""One clause of an explanation, written when the explanation is read."""


@dataclass(frozen=True)
class IndicatorAssessment:
    """One indicator on one date: target, actual, expected, completion and its colour, with the working."""

    spec: IndicatorSpec
    as_of: date
    target_year: int | None = None
    target_value: float | None = None
    target_text: str | None = None
    actual_value: float | None = None
    actual_text: str | None = None
    actual_period: Period | None = None
    expected_value: float | None = None  # 序时目标值 on the date of the actual value
    completion: float | None = None  # fraction: 0.81 is 81%
    schedule_ratio: float | None = None
    achieved_rate: float | None = None  # growth rates: average yearly growth achieved, in percent
    rag: Rag = Rag.NONE
    met: bool = False
    stale: bool = False  # the latest value is more than a year old
    missing: tuple[str, ...] = field(default_factory=tuple)  # period codes with no value where one was due
    working: tuple[Part, ...] = field(default=(), repr=False, compare=False)

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def explanation(self) -> str:
        """The calculation spelled out, as the printed sheet shows it (in the language in use when asked)."""
        return _join(part() for part in self.working)


def _directed(actual: float, reference: float, lower_is_better: bool) -> float | None:
    """actual ÷ reference, turned round when lower is better; a decline target (negative) compares declines."""
    if reference == 0:
        return None
    if reference < 0:
        return actual / reference
    if lower_is_better:
        return None if actual <= 0 else reference / actual
    return actual / reference


def _meets(actual: float, target: float, lower_is_better: bool) -> bool:
    return actual <= target if lower_is_better else actual >= target


def _join(parts: Iterable[str]) -> str:
    return translate("Analytics", "; ").join(p for p in parts if p)  # zh: ；


def assess_indicator(
    spec: IndicatorSpec,
    observations: Iterable[Observation],
    as_of: date,
    thresholds: RagThresholds | None = None,
) -> IndicatorAssessment:
    """Assess ``spec`` from the values reported up to ``as_of`` (later ones are ignored)."""
    thresholds = thresholds or RagThresholds()
    known = sorted((o for o in observations if o.end <= as_of), key=CHRONOLOGICAL)
    final_year = spec.final_year
    base = IndicatorAssessment(
        spec=spec,
        as_of=as_of,
        target_year=final_year,
        target_value=spec.targets.get(final_year) if final_year is not None else None,
        target_text=spec.target_texts.get(final_year) if final_year is not None else None,
    )
    if spec.kind == IndicatorKind.TEXT.value or not spec.targets:
        return _qualitative(base, known)
    numeric = [o for o in known if o.value is not None]
    if not numeric:
        return _replace(
            base,
            working=(lambda: translate("Analytics", "No value reported up to {date}.").format(date=fmt_date(as_of)),),
        )
    if spec.kind == IndicatorKind.ANNUAL_INCREMENT.value:
        result = _annual(base, numeric, thresholds)
    elif spec.kind == IndicatorKind.GROWTH_RATE.value:
        result = _growth_levels(base, numeric, thresholds) if spec.has_baseline else _growth_rates(base, numeric)
    else:
        result = _stock(base, numeric, thresholds)
    changes: dict[str, object] = {"stale": numeric[-1].end.year < as_of.year - 1}
    if result.rag is Rag.NONE and result.schedule_ratio is not None:
        changes["rag"] = thresholds.classify(result.schedule_ratio)
    return _replace(result, **changes)  # one copy, not two: a province assesses 360 indicators per refresh


_FIELDS = frozenset(f.name for f in fields(IndicatorAssessment))


def _replace(item: IndicatorAssessment, **changes: object) -> IndicatorAssessment:
    """``dataclasses.replace`` without its walk over the fields and ``__init__`` (a province: 720 per refresh)."""
    assert _FIELDS.issuperset(changes), changes.keys() - _FIELDS
    copy = object.__new__(IndicatorAssessment)
    copy.__dict__.update(item.__dict__, **changes)
    return copy


def _qualitative(base: IndicatorAssessment, known: Sequence[Observation]) -> IndicatorAssessment:
    latest = known[-1] if known else None
    text = None
    if latest is not None:
        text = latest.text if latest.text else fmt_number(latest.value, 4)
    return _replace(
        base,
        actual_text=text,
        actual_period=latest.period if latest else None,
        working=(lambda: translate("Analytics", "Qualitative target: judged by the reviewer, not calculated."),),
    )


# -- level, count, cumulative -----------------------------------------------------------------------


def _stock(base: IndicatorAssessment, numeric: Sequence[Observation], thresholds: RagThresholds) -> IndicatorAssessment:
    spec = base.spec
    lower = spec.lower_is_better
    latest = numeric[-1]
    actual = float(latest.value)  # type: ignore[arg-type]
    day = latest.end
    parts: list[Part] = []
    expected = expected_value(spec, day)
    if expected is None and day.year in spec.targets:
        expected = float(spec.targets[day.year])
        parts.append(
            lambda: translate("Analytics", "no baseline: compared with the {year} target").format(year=day.year)
        )
    origin: float | None = None
    if spec.has_baseline:
        origin = float(spec.baseline_value)  # type: ignore[arg-type]
    elif spec.kind == IndicatorKind.CUMULATIVE.value:
        origin = 0.0
    target = base.target_value
    completion = None if target is None else _directed(actual, target, lower)
    met = target is not None and _meets(actual, target, lower)
    if completion is not None:
        parts.insert(
            0,
            lambda: translate("Analytics", "completion = {a} ÷ {b} = {c}").format(
                a=fmt_number(target if lower else actual, 4),
                b=fmt_number(actual if lower else target, 4),
                c=fmt_percent(completion),
            ),
        )
    ratio = None
    if expected is not None:
        ratio, working = _schedule_ratio(actual, expected, origin, lower)
        # When the expected value is the final target and there is no baseline, the schedule ratio is the
        # completion already written out: saying it twice only lengthens the printed row.
        repeats = not origin and target is not None and math.isclose(expected, target)
        if not repeats:
            parts.append(
                lambda: translate("Analytics", "expected by {date}: {expected}").format(
                    date=fmt_date(day), expected=fmt_number(expected)
                )
            )
            if working is not None:
                parts.append(working)
    if met:
        parts.append(lambda: translate("Analytics", "target already met"))
    return _replace(
        base,
        actual_value=actual,
        actual_period=latest.period,
        expected_value=expected,
        completion=completion,
        schedule_ratio=ratio,
        met=met,
        rag=Rag.GREEN if met else thresholds.classify(ratio),
        working=tuple(parts),
    )


def _schedule_ratio(
    actual: float, expected: float, origin: float | None, lower: bool
) -> tuple[float | None, Part | None]:
    """Progress made ÷ progress expected, from ``origin`` when known, with the working as text."""
    if origin is not None and not math.isclose(expected, origin):
        made, due = (origin - actual, origin - expected) if lower else (actual - origin, expected - origin)
        ratio = made / due
        first, second = (origin, actual) if lower else (actual, origin)
        third, fourth = (origin, expected) if lower else (expected, origin)
        return ratio, lambda: translate("Analytics", "schedule = ({a} − {b}) ÷ ({c} − {d}) = {ratio}").format(
            a=fmt_number(first, 4),
            b=fmt_number(second, 4),
            c=fmt_number(third, 4),
            d=fmt_number(fourth, 4),
            ratio=fmt_percent(ratio),
        )
    if origin is not None:  # no progress due yet: on schedule unless it went the wrong way
        ok = _meets(actual, expected, lower)
        return (1.0 if ok else _directed(actual, expected, lower)), None
    ratio = _directed(actual, expected, lower)
    if ratio is None:
        return None, None
    return ratio, lambda: translate("Analytics", "schedule = {a} ÷ {b} = {ratio}").format(
        a=fmt_number(expected if lower else actual, 4),
        b=fmt_number(actual if lower else expected, 4),
        ratio=fmt_percent(ratio),
    )


# -- annual increment ---------------------------------------------------------------------------------


def year_to_date(numeric: Sequence[Observation], year: int) -> tuple[float, Observation, tuple[str, ...]] | None:
    """The amount for ``year``: its annual value, else the sum of its reported parts of the latest kind.

    Returns (amount, latest part, codes of the parts missing before the latest one), or None.
    """
    in_year = [o for o in numeric if o.period.year == year]
    if not in_year:
        return None
    whole = [o for o in in_year if o.period.kind is PeriodKind.YEAR]
    if whole:
        return float(whole[-1].value), whole[-1], ()  # type: ignore[arg-type]
    latest = in_year[-1]
    parts = {o.period.number: o for o in in_year if o.period.kind is latest.period.kind}
    missing = tuple(
        Period(year, latest.period.kind, n).code for n in range(1, latest.period.number + 1) if n not in parts
    )
    return sum(float(o.value) for o in parts.values()), latest, missing  # type: ignore[arg-type]


def _annual(
    base: IndicatorAssessment, numeric: Sequence[Observation], thresholds: RagThresholds
) -> IndicatorAssessment:
    spec = base.spec
    lower = spec.lower_is_better
    year = numeric[-1].period.year
    found = year_to_date(numeric, year)
    assert found is not None
    actual, latest, missing = found
    day = latest.end
    year_target = target_for_year(spec, year)
    parts: list[Part] = []
    if year_target is None:
        return _replace(
            base,
            actual_value=actual,
            actual_period=latest.period,
            working=(lambda: translate("Analytics", "No target for {year}.").format(year=year),),
        )
    expected = year_target * year_fraction(day)
    completion = _directed(actual, year_target, lower)
    ratio = _directed(actual, expected, lower)
    # A year's amount only grows, so "at most N" can be judged once the year is over; "at least N" at once.
    met = (day >= year_end(year) and actual <= year_target) if lower else actual >= year_target
    if completion is not None:
        parts.append(
            lambda: translate("Analytics", "{year} amount {actual} ÷ {year} target {target} = {completion}").format(
                year=year,
                actual=fmt_number(actual, 4),
                target=fmt_number(year_target, 4),
                completion=fmt_percent(completion),
            )
        )
    if year not in spec.targets:
        parts.append(lambda: translate("Analytics", "the {year} target is interpolated").format(year=year))
    if latest.period.kind is not PeriodKind.YEAR:
        parts.append(
            lambda: translate("Analytics", "expected by {date}: {target} × {share} of the year = {expected}").format(
                date=fmt_date(day),
                target=fmt_number(year_target, 4),
                share=fmt_percent(year_fraction(day)),
                expected=fmt_number(expected),
            )
        )
    if missing:
        parts.append(lambda: translate("Analytics", "no value for {periods}").format(periods=", ".join(missing)))
    return _replace(
        base,
        target_year=year,
        target_value=year_target,
        actual_value=actual,
        actual_period=latest.period,
        expected_value=expected,
        completion=completion,
        schedule_ratio=ratio,
        met=met,
        missing=missing,
        rag=Rag.GREEN if met else thresholds.classify(ratio),
        working=tuple(parts),
    )


# -- growth rate ----------------------------------------------------------------------------------------


def average_growth(rates_percent: Sequence[float]) -> float | None:
    """The compound average of yearly growth rates (percent): (∏(1 + g))^(1/n) − 1."""
    if not rates_percent:
        return None
    product = 1.0
    for rate in rates_percent:
        factor = 1 + rate / 100
        if factor <= 0:
            return None
        product *= factor
    return (product ** (1 / len(rates_percent)) - 1) * 100


def _growth_levels(
    base: IndicatorAssessment, numeric: Sequence[Observation], thresholds: RagThresholds
) -> IndicatorAssessment:
    """Values are the quantity itself; growth is measured from the baseline (CAGR)."""
    spec = base.spec
    latest = numeric[-1]
    actual = float(latest.value)  # type: ignore[arg-type]
    day = latest.end
    start = year_end(spec.baseline_year)  # type: ignore[arg-type]
    baseline = float(spec.baseline_value)  # type: ignore[arg-type]
    target_rate = rate_for_year(spec, day.year)
    expected = compounded_level(spec, day)
    years = years_between(start, day) if day > start else 0.0
    if years <= 0 or baseline <= 0 or actual <= 0 or target_rate is None:
        return _replace(
            base,
            actual_value=actual,
            actual_period=latest.period,
            expected_value=expected,
            working=(
                lambda: translate(
                    "Analytics", "Growth cannot be measured before a year has passed since the baseline."
                ),
            ),
        )
    achieved = ((actual / baseline) ** (1 / years) - 1) * 100
    completion = _directed(achieved, target_rate, spec.lower_is_better)
    final_reached = base.target_year is not None and day.year >= base.target_year
    met = final_reached and _meets(achieved, target_rate, spec.lower_is_better)
    parts: list[Part] = [
        lambda: translate("Analytics", "average growth = ({actual} ÷ {baseline})^(1/{years}) − 1 = {achieved}").format(
            actual=fmt_number(actual, 4),
            baseline=fmt_number(baseline, 4),
            years=fmt_number(years),
            achieved=fmt_rate(achieved),
        ),
        lambda: _completion_text(achieved, target_rate, completion),
        lambda: translate("Analytics", "expected level by {date}: {expected}").format(
            date=fmt_date(day), expected=fmt_number(expected)
        ),
    ]
    return _growth_result(
        base,
        target_rate,
        actual=actual,
        period=latest.period,
        expected=expected,
        achieved=achieved,
        completion=completion,
        met=met,
        rag=Rag.GREEN if met else thresholds.classify(completion),
        parts=parts,
    )


def _growth_rates(base: IndicatorAssessment, numeric: Sequence[Observation]) -> IndicatorAssessment:
    """Values are yearly growth rates (percent); they compound to the average achieved so far."""
    spec = base.spec
    yearly = {o.period.year: o for o in numeric if o.period.kind is PeriodKind.YEAR}
    if spec.start_year is not None:
        yearly = {y: o for y, o in yearly.items() if y >= spec.start_year}
    if not yearly:
        latest = numeric[-1]
        return _replace(
            base,
            actual_value=latest.value,
            actual_period=latest.period,
            working=(lambda: translate("Analytics", "Growth rates are compared year by year; no yearly value yet."),),
        )
    years = sorted(yearly)
    rates = [float(yearly[y].value) for y in years]  # type: ignore[arg-type]
    achieved = average_growth(rates)
    latest = yearly[years[-1]]
    target_rate = rate_for_year(spec, years[-1])
    first = spec.start_year if spec.start_year is not None else years[0]
    missing = tuple(str(y) for y in range(first, years[-1]) if y not in yearly)
    parts: list[Part] = []
    if len(rates) == 1:
        parts.append(
            lambda: translate("Analytics", "growth in {year}: {rate}").format(year=years[0], rate=fmt_rate(rates[0]))
        )
    else:
        parts.append(
            lambda: translate(
                "Analytics", "average growth = (∏(1 + yearly rate))^(1/{n}) − 1 over {years} = {achieved}"
            ).format(n=len(rates), years=", ".join(str(y) for y in years), achieved=fmt_rate(achieved))
        )
    completion = None
    if achieved is not None and target_rate is not None:
        completion = _directed(achieved, target_rate, spec.lower_is_better)
        parts.append(lambda: _completion_text(achieved, target_rate, completion))  # type: ignore[arg-type]
    if missing:
        parts.append(lambda: translate("Analytics", "no value for {periods}").format(periods=", ".join(missing)))
    final_reached = base.target_year is not None and years[-1] >= base.target_year
    met = bool(
        final_reached
        and achieved is not None
        and target_rate is not None
        and _meets(achieved, target_rate, spec.lower_is_better)
    )
    return _growth_result(
        base,
        target_rate,
        actual=achieved,
        period=latest.period,
        expected=target_rate,
        achieved=achieved,
        completion=completion,
        met=met,
        rag=Rag.GREEN if met else Rag.NONE,
        parts=parts,
        missing=missing,
    )


def _completion_text(achieved: float, target_rate: float, completion: float) -> str:
    return translate("Analytics", "completion = {achieved} ÷ target {target} = {completion}").format(
        achieved=fmt_rate(achieved), target=fmt_rate(target_rate), completion=fmt_percent(completion)
    )


def _growth_result(
    base: IndicatorAssessment,
    target_rate: float | None,
    *,
    actual: float | None,
    period: Period,
    expected: float | None,
    achieved: float | None,
    completion: float | None,
    met: bool,
    rag: Rag,
    parts: Sequence[Part],
    missing: tuple[str, ...] = (),
) -> IndicatorAssessment:
    """A growth assessment, measured levels or reported rates alike: completion is the schedule ratio."""
    return _replace(
        base,
        target_value=target_rate if base.target_value is None else base.target_value,
        actual_value=actual,
        actual_period=period,
        expected_value=expected,
        completion=completion,
        schedule_ratio=completion,
        achieved_rate=achieved,
        met=met,
        missing=missing,
        rag=rag,
        working=tuple(parts),
    )
