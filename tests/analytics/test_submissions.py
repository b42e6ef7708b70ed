"""On time, late, missing and not yet due, per department and period."""

from __future__ import annotations

from datetime import date

import pytest

from ipdesk.analytics.submissions import (
    Submission,
    SubmissionItem,
    classify,
    per_department,
    per_period,
    submission_stats,
)
from ipdesk.domain.periods import Period

Q2, Q3 = Period.parse("2026Q2"), Period.parse("2026Q3")
DUE2, DUE3 = date(2026, 7, 10), date(2026, 10, 10)
TODAY = date(2026, 10, 5)  # Q3 is not due yet


def item(dept: int, period: Period, due: date, submitted: date | None) -> SubmissionItem:
    return SubmissionItem(dept, f"部门{dept}", period, due, submitted)


@pytest.mark.parametrize(
    ("submitted", "today", "expected"),
    [
        (date(2026, 7, 10), TODAY, Submission.ON_TIME),  # on the due date is on time
        (date(2026, 7, 11), TODAY, Submission.LATE),
        (None, TODAY, Submission.MISSING),
        (None, date(2026, 7, 10), Submission.PENDING),
    ],
)
def test_classify(submitted: date | None, today: date, expected: Submission) -> None:
    assert classify(item(1, Q2, DUE2, submitted), today) is expected


def test_stats_per_department_and_period() -> None:
    items = [
        item(1, Q2, DUE2, date(2026, 7, 1)),
        item(1, Q2, DUE2, date(2026, 7, 20)),
        item(1, Q3, DUE3, None),
        item(2, Q2, DUE2, None),
        item(2, Q3, DUE3, date(2026, 9, 30)),
    ]
    stats = submission_stats(items, TODAY)
    assert [(s.department_id, s.period, s.expected, s.on_time, s.late, s.missing, s.pending) for s in stats] == [
        (1, Q2, 2, 1, 1, 0, 0),
        (1, Q3, 1, 0, 0, 0, 1),
        (2, Q2, 1, 0, 0, 1, 0),
        (2, Q3, 1, 1, 0, 0, 0),
    ]
    first = stats[0]
    assert (first.submission_rate, first.on_time_rate, first.state) == (1.0, 0.5, Submission.LATE)
    assert stats[1].on_time_rate is None  # nothing due yet
    assert stats[1].state is Submission.PENDING
    totals = per_department(stats)
    assert [(t.department_id, t.expected, t.due, t.on_time, t.submitted) for t in totals] == [
        (1, 3, 2, 1, 2),
        (2, 2, 2, 1, 1),
    ]
    assert totals[0].last_submitted == date(2026, 7, 20)
    periods = per_period(stats, "合计")
    assert list(periods) == [Q2, Q3]
    assert (periods[Q2].expected, periods[Q2].missing, periods[Q3].pending) == (3, 1, 1)
    assert periods[Q2].department_name == "合计"
