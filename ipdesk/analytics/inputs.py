"""What the analytics work on: plain facts about indicators, tasks and reports, free of the database.

The report layer fills these from the services (see :mod:`ipdesk.reports.data`); tests build them by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from typing import Any, NamedTuple

from ipdesk.domain.enums import LEADING_ROLES, Direction, IndicatorKind, Role
from ipdesk.domain.periods import Period


@dataclass(frozen=True)
class IndicatorSpec:
    """An indicator's definition: kind, direction, baseline and yearly targets (numeric ones only)."""

    name: str
    kind: str = IndicatorKind.LEVEL.value
    direction: str = Direction.HIGHER.value
    unit: str = ""
    baseline_year: int | None = None
    baseline_value: float | None = None
    targets: Mapping[int, float] = field(default_factory=dict)
    target_texts: Mapping[int, str] = field(default_factory=dict)
    start_year: int | None = None  # the plan's first year: where a cumulative count starts without a baseline
    id: int | None = None
    code: str | None = None
    plan_id: int | None = None

    @property
    def lower_is_better(self) -> bool:
        return self.direction == Direction.LOWER.value

    @property
    def final_year(self) -> int | None:
        years = set(self.targets) | set(self.target_texts)
        return max(years) if years else None

    @property
    def has_baseline(self) -> bool:
        return self.baseline_year is not None and self.baseline_value is not None

    @property
    def per_capita(self) -> bool:
        """每万人口 … figures: normalised by population, so they move slowly from one period to the next."""
        text = f"{self.name}{self.unit}"
        return "万人" in text or "per 10k" in text.lower()

    @classmethod
    def of(cls, info: Any, *, start_year: int | None = None) -> IndicatorSpec:
        """From a service ``IndicatorInfo`` (duck-typed, so the analytics never import the services)."""
        return cls(
            name=info.name,
            kind=info.kind,
            direction=info.direction,
            unit=info.unit or "",
            baseline_year=info.baseline_year,
            baseline_value=info.baseline_value,
            targets={year: value for year, value in info.targets.items() if value is not None},
            target_texts=dict(info.target_texts),
            start_year=start_year,
            id=info.id,
            code=info.code,
            plan_id=info.plan_id,
        )


class Observation(NamedTuple):
    """A reported value for one period (numbers, or text for qualitative indicators).

    A tuple, not a dataclass: a province's overview makes 7,200 per refresh."""

    period: Period
    value: float | None = None
    text: str | None = None

    @property  # read many times per assessment: Period.end is cached, and 3.11's cached_property locks
    def end(self) -> date:
        return self.period.end


CHRONOLOGICAL = attrgetter("period.order")
"""Sort key of observations: :attr:`Period.order` (C-level: a province sorts 7,200 per refresh)."""


@dataclass(frozen=True)
class TaskFacts:
    """A task and what its schedule is measured against."""

    task_id: int
    plan_id: int
    number: str
    title: str
    deadline: date | None = None
    deadline_text: str | None = None
    start: date | None = None  # when work on it began: the task's year, else the plan's first year
    section_id: int | None = None
    section_title: str | None = None
    plan_title: str = ""
    leads: tuple[str, ...] = ()
    supports: tuple[str, ...] = ()


@dataclass(frozen=True)
class AssignmentFacts:
    """One department's part in a task, with its report for the period (status None: not reported)."""

    assignment_id: int
    task_id: int
    department_id: int
    department_name: str
    role: str = Role.RESPONSIBLE.value
    status: str | None = None
    percent: int | None = None
    submitted_on: date | None = None
    progress: str | None = None
    problems: str | None = None

    @property
    def reported(self) -> bool:
        return self.status is not None

    @property
    def leads(self) -> bool:
        return self.role in LEADING_ROLES
