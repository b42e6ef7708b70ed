"""Reporting periods and their notation: ``2024`` (year), ``2024H1``, ``2024Q2``, ``2024-05`` (month).

The same notation is used by the CLI, the database (``reporting_periods.code``) and every form, so a
period typed by a user or a script means exactly one thing.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from ipdesk.domain.enums import PeriodKind
from ipdesk.errors import ValidationError
from ipdesk.i18n import translate

MIN_YEAR = 1990
MAX_YEAR = 2100
DEFAULT_DUE_DAYS = 10  # a report is due this many days after its period ends, unless set otherwise

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4}
_PATTERNS: tuple[tuple[re.Pattern[str], PeriodKind], ...] = (
    (re.compile(r"^(\d{4})$"), PeriodKind.YEAR),
    (re.compile(r"^(\d{4})H([12])$", re.I), PeriodKind.HALF),
    (re.compile(r"^(\d{4})Q([1-4])$", re.I), PeriodKind.QUARTER),
    (re.compile(r"^(\d{4})-(\d{1,2})$"), PeriodKind.MONTH),
    (re.compile(r"^(\d{4})年(?:度|全年)?$"), PeriodKind.YEAR),
    (re.compile(r"^(\d{4})年([上下])半年$"), PeriodKind.HALF),
    (re.compile(r"^(\d{4})年第?([1-4一二三四])季度?$"), PeriodKind.QUARTER),
    (re.compile(r"^(\d{4})年(\d{1,2})月(?:份)?$"), PeriodKind.MONTH),
)
_COUNT = {PeriodKind.YEAR: 1, PeriodKind.HALF: 2, PeriodKind.QUARTER: 4, PeriodKind.MONTH: 12}
_MONTHS = {PeriodKind.YEAR: 12, PeriodKind.HALF: 6, PeriodKind.QUARTER: 3, PeriodKind.MONTH: 1}


@dataclass(frozen=True, order=True)
class Period:
    """One reporting period. ``number`` is 1 for a year, 1–2 for halves, 1–4 quarters, 1–12 months."""

    year: int
    kind: PeriodKind
    number: int = 1
    # Worked out once: a province's overview reads period bounds some 80,000 times per refresh.
    start: date = field(init=False, repr=False, compare=False)
    end: date = field(init=False, repr=False, compare=False)
    order: tuple[date, int] = field(init=False, repr=False, compare=False)
    """Chronological: by end date; on the same end date the longer period (the year) comes last."""

    def __post_init__(self) -> None:
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise ValidationError(
                translate("Errors", "Year {year} is out of range ({low}–{high}).").format(
                    year=self.year, low=MIN_YEAR, high=MAX_YEAR
                ),
                field="period",
            )
        if not 1 <= self.number <= _COUNT[self.kind]:
            raise ValidationError(
                translate("Errors", "Period number {number} does not exist for a {kind}.").format(
                    number=self.number, kind=self.kind.label
                ),
                field="period",
            )
        months = _MONTHS[self.kind]
        object.__setattr__(self, "start", date(self.year, (self.number - 1) * months + 1, 1))
        object.__setattr__(self, "end", _month_end(self.year, self.number * months))
        object.__setattr__(self, "order", (self.end, -self.start.toordinal()))

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read ``2024``, ``2024H1``, ``2024Q2``, ``2024-05`` (and the Chinese forms 2024年第二季度 …)."""
        cleaned = str(text).strip().replace(" ", "")
        for pattern, kind in _PATTERNS:
            match = pattern.match(cleaned)
            if not match:
                continue
            year = int(match.group(1))
            number = 1
            if kind is not PeriodKind.YEAR:
                raw = match.group(2)
                number = {"上": 1, "下": 2}.get(raw) or _CN_DIGITS.get(raw) or int(raw)
            if kind is PeriodKind.MONTH and not 1 <= number <= 12:
                break
            return cls(year, kind, number)
        raise ValidationError(
            translate(
                "Errors",
                '"{text}" is not a reporting period. Write a year (2024), a half-year (2024H1), '
                "a quarter (2024Q2) or a month (2024-05).",
            ).format(text=text),
            field="period",
        )

    @property
    def code(self) -> str:
        if self.kind is PeriodKind.YEAR:
            return f"{self.year}"
        if self.kind is PeriodKind.HALF:
            return f"{self.year}H{self.number}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year}Q{self.number}"
        return f"{self.year}-{self.number:02d}"

    def __str__(self) -> str:
        return self.code

    @property
    def label(self) -> str:
        """The Chinese-style label shown to users, e.g. 2024年第2季度."""
        if self.kind is PeriodKind.YEAR:
            return translate("Periods", "{year}").format(year=self.year)
        if self.kind is PeriodKind.HALF:
            text = (
                translate("Periods", "{year} first half")
                if self.number == 1
                else translate("Periods", "{year} second half")
            )
            return text.format(year=self.year)
        if self.kind is PeriodKind.QUARTER:
            return translate("Periods", "{year} Q{number}").format(year=self.year, number=self.number)
        return translate("Periods", "{year}-{month:02d}").format(year=self.year, month=self.number)

    @property
    def default_due(self) -> date:
        return self.end + timedelta(days=DEFAULT_DUE_DAYS)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def next(self) -> Period:
        if self.number < _COUNT[self.kind]:
            return Period(self.year, self.kind, self.number + 1)
        return Period(self.year + 1, self.kind, 1)

    def previous(self) -> Period:
        if self.number > 1:
            return Period(self.year, self.kind, self.number - 1)
        return Period(self.year - 1, self.kind, _COUNT[self.kind])

    @classmethod
    def containing(cls, day: date, kind: PeriodKind) -> Period:
        number = (day.month - 1) // _MONTHS[kind] + 1
        return cls(day.year, kind, number)


def periods_between(first: Period, last: Period) -> list[Period]:
    """All periods of ``first``'s kind from ``first`` to ``last`` inclusive."""
    if first.kind is not last.kind:
        raise ValidationError(translate("Errors", "Both periods must be of the same kind."), field="period")
    result = []
    current = first
    while current <= last:
        result.append(current)
        current = current.next()
    return result


@functools.lru_cache(maxsize=1024)
def _month_end(year: int, month: int) -> date:
    """Cached: a province's overview asks for period ends some 20,000 times."""
    return date(year, month, calendar.monthrange(year, month)[1])
