"""How numbers, dates and lists read in the UI (translated separators, no trailing ``.0``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from html import escape
from typing import Any

from ipdesk.i18n import translate


def number(value: float | int | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.4f}".rstrip("0").rstrip(".")


def join(items: Iterable[str]) -> str:
    """A list in running text: 甲、乙、丙 in Chinese, "a, b, c" in English."""
    return translate("Formatting", ", ").join(item for item in items if item)


def day(value: date | None) -> str:
    if value is None:
        return ""
    return translate("Formatting", "{year}-{month:02d}-{day:02d}").format(
        year=value.year, month=value.month, day=value.day
    )


def moment(value: datetime | None) -> str:
    if value is None:
        return ""
    return f"{day(value.date())} {value:%H:%M}"


def percent(part: int, whole: int) -> str:
    if whole <= 0:
        return ""
    return f"{100 * part / whole:.0f}%"


def facts_table(rows: Iterable[tuple[str, str]]) -> str:
    """An HTML label/value table for a detail panel; rows without a value are left out."""
    cells = "".join(
        f"<tr><td style='padding-right:12px; white-space:nowrap'><b>{escape(label)}</b></td>"
        f"<td>{escape(value)}</td></tr>"
        for label, value in rows
        if value
    )
    return f"<table cellspacing='0' cellpadding='3'>{cells}</table>"


def numbered(number: str | None, title: str) -> str:
    """ "3. 标题", but "（二）标题" and "一、标题" when the number already carries its punctuation."""
    number = (number or "").strip()
    if not number:
        return title
    if number[-1] in "）)、.．":
        return f"{number}{title}"
    return f"{number}. {title}"


def department_labels(departments: Sequence[Any]) -> dict[int, str]:
    """Short names where they are unique; the full name where two departments share a short name
    (``departments`` have ``id``, ``name`` and ``display_name``)."""
    counts: dict[str, int] = {}
    for d in departments:
        counts[d.display_name] = counts.get(d.display_name, 0) + 1
    return {d.id: d.display_name if counts[d.display_name] == 1 else d.name for d in departments}
