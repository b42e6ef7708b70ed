"""Submission counts per reporting period, computed from the services' report rows (no Qt).

A first, honest version of the 汇总报表 figures; the analytics issue will move this into the core.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from ipdesk.domain.enums import PeriodKind, TaskStatus
from ipdesk.services.periods import PeriodInfo
from ipdesk.services.reports import ReportRow


@dataclass(frozen=True)
class SubmissionCount:
    period: PeriodInfo
    assignments: int  # department × task pairs expected to report
    reported: int
    on_time: int
    late: int
    done: int
    lagging: int
    departments: int
    silent_departments: int  # departments that sent nothing at all for the period

    @property
    def missing(self) -> int:
        return self.assignments - self.reported

    @property
    def id(self) -> int:
        return self.period.id


def count_submissions(period: PeriodInfo, rows: Iterable[ReportRow]) -> SubmissionCount:
    assignments = reported = on_time = late = done = lagging = 0
    departments: set[int] = set()
    reporting: set[int] = set()
    for row in rows:
        assignments += 1
        departments.add(row.department_id)
        if row.report_id is None:
            continue
        reported += 1
        reporting.add(row.department_id)
        if row.submitted_on is not None and row.submitted_on > period.due_date:
            late += 1
        else:
            on_time += 1
        if row.status == TaskStatus.DONE.value:
            done += 1
        elif row.status == TaskStatus.LAGGING.value:
            lagging += 1
    return SubmissionCount(
        period, assignments, reported, on_time, late, done, lagging, len(departments), len(departments - reporting)
    )


def default_period(periods: Iterable[PeriodInfo], today: date) -> PeriodInfo | None:
    """The period a clerk most likely works on: the latest quarter that has ended, else the latest period."""
    periods = list(periods)
    ended = [p for p in periods if p.kind == PeriodKind.QUARTER.value and p.end_date < today]
    if ended:
        return max(ended, key=lambda p: p.end_date)
    return max(periods, key=lambda p: p.end_date) if periods else None


def departments_in(rows: Iterable[ReportRow]) -> list[tuple[int, str, int, int]]:
    """(department id, name, assignments, reported) for every department in ``rows``, in order of appearance."""
    seen: dict[int, list[Any]] = {}
    for row in rows:
        entry = seen.setdefault(row.department_id, [row.department_id, row.department_name, 0, 0])
        entry[2] += 1
        if row.report_id is not None:
            entry[3] += 1
    return [tuple(entry) for entry in seen.values()]  # type: ignore[misc]
