"""Where an indicator should be on any date: the path from the baseline through the yearly targets.

Targets are read as year-end values (到2025年底). Between two known points the expected value is
interpolated by days; after the last target it holds the last target. What the path means depends on the
indicator's kind:

* level, count, cumulative: the value itself; a cumulative total with no baseline starts from zero at the
  start of the plan;
* annual increment: the amount due by that date within its own year (the year's target × the elapsed share
  of the year), so a quarter's year-to-date total can be judged;
* growth rate: with a baseline, the level the target rate compounds to (baseline × ∏(1 + r)); without one
  the reported values are themselves yearly rates and the expectation is the target rate.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date
from itertools import pairwise

from ipdesk.analytics.inputs import IndicatorSpec
from ipdesk.domain.enums import IndicatorKind

Point = tuple[date, float]

_STOCK_KINDS = (IndicatorKind.LEVEL.value, IndicatorKind.COUNT.value, IndicatorKind.CUMULATIVE.value)


def year_end(year: int) -> date:
    return date(year, 12, 31)


def year_fraction(day: date) -> float:
    """The share of ``day``'s year that has passed by the end of ``day`` (31 December → 1.0)."""
    days = 366 if calendar.isleap(day.year) else 365
    return (day.toordinal() - date(day.year, 1, 1).toordinal() + 1) / days  # timetuple() imports: slow under Qt


def years_between(first: date, last: date) -> float:
    """Elapsed years, counting whole calendar years exactly and the rest by days."""
    whole = last.year - first.year
    if whole and (last.month, last.day) < (first.month, first.day):
        whole -= 1
    anchor = _same_day(first, first.year + whole)
    following = _same_day(first, first.year + whole + 1)
    return whole + (last - anchor).days / (following - anchor).days


def _same_day(day: date, year: int) -> date:
    if day.month == 2 and day.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    if day.month == 12 and day.day == 31:
        return date(year, 12, 31)
    return date(year, day.month, day.day)


def year_position(day: date) -> float:
    """A date on a continuous year scale where each year end is a whole number (2025-12-31 → 2025.0).

    Interpolating on this scale keeps every year-end exactly on the straight line between two targets (leap
    years do not tilt it), and within a year the share grows day by day.
    """
    return day.year - 1 + year_fraction(day)


def interpolate(points: Sequence[Point], day: date) -> float | None:
    """Linear between the points, the last value after the last point, None before the first."""
    if not points or day < points[0][0]:
        return None
    for (d0, v0), (d1, v1) in pairwise(points):
        if d0 <= day <= d1:
            span = year_position(d1) - year_position(d0)
            return v1 if span == 0 else v0 + (v1 - v0) * (year_position(day) - year_position(d0)) / span
    return points[-1][1]


def stock_anchors(spec: IndicatorSpec) -> list[Point]:
    """The known points of a level / count / cumulative indicator: baseline (or zero) and the yearly targets."""
    points: dict[date, float] = {}
    if spec.has_baseline:
        points[year_end(spec.baseline_year)] = float(spec.baseline_value)  # type: ignore[arg-type]
    elif spec.kind == IndicatorKind.CUMULATIVE.value and spec.targets:
        first = spec.start_year or min(spec.targets)
        points[year_end(first - 1)] = 0.0
    for year, value in spec.targets.items():
        if spec.baseline_year is None or year > spec.baseline_year:
            points[year_end(year)] = float(value)
    return sorted(points.items())


def target_for_year(spec: IndicatorSpec, year: int) -> float | None:
    """The target for ``year``: as written, else interpolated between neighbouring targets (and the baseline).

    After the last target year the last target holds. Used for annual increments, whose targets are flows.
    """
    if year in spec.targets:
        return float(spec.targets[year])
    known = dict(spec.targets)
    if spec.has_baseline and spec.baseline_year not in known:
        known[spec.baseline_year] = spec.baseline_value  # type: ignore[index,assignment]
    if not known:
        return None
    years = sorted(known)
    if year > years[-1]:
        return float(spec.targets[max(spec.targets)]) if spec.targets else None
    if year < years[0]:
        return float(known[years[0]]) if years[0] in spec.targets else None
    for y0, y1 in pairwise(years):
        if y0 < year < y1:
            return known[y0] + (known[y1] - known[y0]) * (year - y0) / (y1 - y0)
    return None


def rate_for_year(spec: IndicatorSpec, year: int) -> float | None:
    """The growth rate (percent) that applies in ``year``: 年均增长 r through a target year covers the years before."""
    if not spec.targets:
        return None
    if year in spec.targets:
        return float(spec.targets[year])
    later = [y for y in spec.targets if y >= year]
    return float(spec.targets[min(later)] if later else spec.targets[max(spec.targets)])


def compounded_level(spec: IndicatorSpec, day: date) -> float | None:
    """Baseline × ∏ (1 + r_y) over the (fractional) years from the baseline to ``day``."""
    if not spec.has_baseline or not spec.targets:
        return None
    start = year_end(spec.baseline_year)  # type: ignore[arg-type]
    if day < start:
        return None
    level = float(spec.baseline_value)  # type: ignore[arg-type]
    year = spec.baseline_year + 1  # type: ignore[operator]
    while year <= day.year:
        rate = rate_for_year(spec, year) or 0.0
        share = 1.0 if day >= year_end(year) else year_fraction(day)
        level *= (1 + rate / 100) ** share
        year += 1
    return level


def expected_value(spec: IndicatorSpec, day: date) -> float | None:
    """Where the indicator should be on ``day`` (see the module docstring for what that means per kind)."""
    kind = spec.kind
    if kind == IndicatorKind.TEXT.value or not spec.targets:
        return None
    if kind in _STOCK_KINDS:
        return interpolate(stock_anchors(spec), day)
    if kind == IndicatorKind.ANNUAL_INCREMENT.value:
        target = target_for_year(spec, day.year)
        return None if target is None else target * year_fraction(day)
    if kind == IndicatorKind.GROWTH_RATE.value:
        if spec.has_baseline:
            return compounded_level(spec, day)
        return rate_for_year(spec, day.year)
    return None


def expected_path(spec: IndicatorSpec, first_year: int, last_year: int) -> list[Point]:
    """Year-end expected values from ``first_year`` to ``last_year`` (years without one are left out)."""
    points: list[Point] = []
    for year in range(first_year, last_year + 1):
        value = expected_value(spec, year_end(year))
        if value is not None:
            points.append((year_end(year), value))
    return points
