"""How figures read in explanations and printed sheets: no trailing zeros, percentages with one decimal."""

from __future__ import annotations

import math
from datetime import date

from ipdesk.i18n import translate


def fmt_number(value: float | int | None, decimals: int = 2) -> str:
    """``1.5``, ``50000``, ``0.93``; at most ``decimals`` places, no trailing zeros; blank for None."""
    if value is None or (isinstance(value, float) and (math.isnan(value) or math.isinf(value))):
        return ""
    rounded = round(float(value), decimals)
    if rounded == 0:
        rounded = 0.0  # no "-0"
    if rounded.is_integer():
        return str(int(rounded))
    return f"{rounded:.{decimals}f}".rstrip("0").rstrip(".")


def fmt_percent(fraction: float | None, decimals: int = 1) -> str:
    """A fraction as a percentage: 0.812 → ``81.2%``."""
    if fraction is None or math.isnan(fraction) or math.isinf(fraction):
        return ""
    return f"{fraction * 100:.{decimals}f}%"


def fmt_rate(percent: float | None, decimals: int = 1) -> str:
    """A growth rate already in percent: 18.234 → ``18.2%``."""
    if percent is None or math.isnan(percent) or math.isinf(percent):
        return ""
    return f"{percent:.{decimals}f}%"


def fmt_date(day: date | None) -> str:
    """A date as printed on sheets: 2026年11月21日 in Chinese."""
    if day is None:
        return ""
    return translate("Analytics", "{year}-{month:02d}-{day:02d}").format(  # zh: {year}年{month}月{day}日
        year=day.year, month=day.month, day=day.day
    )


def ratio(part: float, whole: float) -> float | None:
    return None if whole == 0 else part / whole
