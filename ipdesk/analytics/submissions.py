"""Who reported, on time or late, per department and period (部门报送情况).

Each of a department's task assignments is one item due per period. An item is *on time* when it came in by
the period's due date, *late* when after it, *missing* when nothing came in and the due date has passed, and
*pending* when nothing came in yet but it is not due.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ipdesk.domain.periods import Period
from ipdesk.i18n import QT_TRANSLATE_NOOP, translate


class Submission(StrEnum):
    ON_TIME = "on_time"
    LATE = "late"
    MISSING = "missing"
    PENDING = "pending"

    @property
    def label(self) -> str:
        return translate("Analytics", _LABELS[self])


_LABELS = {
    Submission.ON_TIME: QT_TRANSLATE_NOOP("Analytics", "On time"),  # zh: 按时报送
    Submission.LATE: QT_TRANSLATE_NOOP("Analytics", "Late"),  # zh: 逾期报送
    Submission.MISSING: QT_TRANSLATE_NOOP("Analytics", "Missing"),  # zh: 未报送
    Submission.PENDING: QT_TRANSLATE_NOOP("Analytics", "Not yet due"),  # zh: 未到期
}


@dataclass(frozen=True)
class SubmissionItem:
    """One assignment's report for one period (``submitted_on`` None: nothing came in)."""

    department_id: int
    department_name: str
    period: Period
    due_date: date
    submitted_on: date | None
    assignment_id: int | None = None
    task_id: int | None = None


def classify(item: SubmissionItem, today: date) -> Submission:
    if item.submitted_on is None:
        return Submission.MISSING if today > item.due_date else Submission.PENDING
    return Submission.ON_TIME if item.submitted_on <= item.due_date else Submission.LATE


@dataclass(frozen=True)
class SubmissionStats:
    """Counts for one department in one period (``period`` None: several periods together)."""

    department_id: int
    department_name: str
    period: Period | None
    expected: int = 0
    on_time: int = 0
    late: int = 0
    missing: int = 0
    pending: int = 0
    due_date: date | None = None
    last_submitted: date | None = None

    @property
    def submitted(self) -> int:
        return self.on_time + self.late

    @property
    def not_submitted(self) -> int:
        return self.missing + self.pending

    @property
    def due(self) -> int:
        """Items whose due date has passed (pending ones are not yet due)."""
        return self.expected - self.pending

    @property
    def submission_rate(self) -> float | None:
        return self.submitted / self.expected if self.expected else None

    @property
    def on_time_rate(self) -> float | None:
        """On time among the items already due: the 报送及时率 of a 考核."""
        return self.on_time / self.due if self.due else None

    @property
    def state(self) -> Submission:
        """The department's standing for the period as one word: the worst of its items."""
        if self.missing:
            return Submission.MISSING
        if self.late:
            return Submission.LATE
        if self.pending:
            return Submission.PENDING
        return Submission.ON_TIME

    def plus(self, other: SubmissionStats) -> SubmissionStats:
        last = max((d for d in (self.last_submitted, other.last_submitted) if d), default=None)
        return SubmissionStats(
            self.department_id,
            self.department_name,
            self.period if self.period == other.period else None,
            self.expected + other.expected,
            self.on_time + other.on_time,
            self.late + other.late,
            self.missing + other.missing,
            self.pending + other.pending,
            self.due_date if self.due_date == other.due_date else None,
            last,
        )


def submission_stats(items: Iterable[SubmissionItem], today: date) -> list[SubmissionStats]:
    """Per department and period, departments in first-seen order, periods chronologically."""
    return stats_from_counts(((item, 1) for item in items), today)


def stats_from_counts(items: Iterable[tuple[SubmissionItem, int]], today: date) -> list[SubmissionStats]:
    """:func:`submission_stats` where each item stands for ``count`` items alike (the overview's SQL groups:
    one department, period and state each, carrying the group's latest submission date)."""
    counts: dict[tuple[int, Period], dict[str, int]] = {}
    names: dict[int, str] = {}
    dues: dict[tuple[int, Period], date] = {}
    last: dict[tuple[int, Period], date] = {}
    order: dict[int, int] = {}
    for item, n in items:
        key = (item.department_id, item.period)
        order.setdefault(item.department_id, len(order))
        names.setdefault(item.department_id, item.department_name)
        dues[key] = item.due_date
        row = counts.setdefault(key, {})
        row["expected"] = row.get("expected", 0) + n
        state = classify(item, today).value
        row[state] = row.get(state, 0) + n
        if item.submitted_on is not None and (key not in last or item.submitted_on > last[key]):
            last[key] = item.submitted_on
    keys = sorted(counts, key=lambda k: (order[k[0]], k[1].end, k[1].start))
    return [
        SubmissionStats(
            dept,
            names[dept],
            period,
            due_date=dues[(dept, period)],
            last_submitted=last.get((dept, period)),
            **counts[(dept, period)],
        )
        for dept, period in keys
    ]


def per_department(stats: Iterable[SubmissionStats]) -> list[SubmissionStats]:
    """Each department's periods added up."""
    totals: dict[int, SubmissionStats] = {}
    for row in stats:
        totals[row.department_id] = totals[row.department_id].plus(row) if row.department_id in totals else row
    return [
        SubmissionStats(
            s.department_id,
            s.department_name,
            None,
            s.expected,
            s.on_time,
            s.late,
            s.missing,
            s.pending,
            None,
            s.last_submitted,
        )
        for s in totals.values()
    ]


def per_period(stats: Iterable[SubmissionStats], label: str = "") -> dict[Period, SubmissionStats]:
    """All departments added up for each period (department id 0, name ``label``)."""
    totals: dict[Period, SubmissionStats] = {}
    for row in stats:
        assert row.period is not None
        as_total = SubmissionStats(
            0,
            label,
            row.period,
            row.expected,
            row.on_time,
            row.late,
            row.missing,
            row.pending,
            row.due_date,
            row.last_submitted,
        )
        totals[row.period] = totals[row.period].plus(as_total) if row.period in totals else as_total
    return dict(sorted(totals.items(), key=lambda kv: (kv[0].end, kv[0].start)))
