"""Task progress against the schedule (序时进度) and the roll-ups a 考核 needs.

序时进度 is the share of the task's time that has passed: from its start (the task's year, else the plan's
first year) to its deadline. A task that reports 60% when 75% of its time has passed has a schedule ratio of
0.8. Tasks without a deadline (持续推进, 长期坚持) have no schedule and are judged by their reported status.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from ipdesk.analytics.inputs import AssignmentFacts, TaskFacts
from ipdesk.analytics.numbers import fmt_date, fmt_number, fmt_percent
from ipdesk.analytics.rag import Rag, RagThresholds
from ipdesk.domain.enums import TaskStatus
from ipdesk.i18n import translate

_DONE, _NOT_STARTED, _LAGGING = TaskStatus.DONE.value, TaskStatus.NOT_STARTED.value, TaskStatus.LAGGING.value
CONTINUING_WORDS = ("持续", "长期", "常态", "每年", "逐年")
_CONTINUING = re.compile("|".join(map(re.escape, CONTINUING_WORDS)))


def is_continuing(task: TaskFacts) -> bool:
    """No end date to measure against: no deadline at all, or one written as 持续推进 / 长期坚持."""
    if task.deadline is None:
        return True
    text = task.deadline_text
    if not text:
        return False
    return _CONTINUING.search(text) is not None  # one regex, not a generator: runs once per assignment


def schedule_percent(start: date | None, deadline: date | None, day: date) -> float | None:
    """序时进度 on ``day`` in percent (0–100), or None without a start and a deadline."""
    if start is None or deadline is None:
        return None
    if day >= deadline:
        return 100.0
    if day < start:
        return 0.0
    span = (deadline - start).days
    return 100.0 if span <= 0 else 100.0 * (day - start).days / span


class Schedule(NamedTuple):
    """What a task's schedule says on one day, for every report on it alike."""

    continuing: bool  # no end date to measure against
    expected: float | None  # 序时进度 in percent (None: continuing, or no start)
    past_deadline: bool  # a dated task whose deadline has passed


def schedule_of(task: TaskFacts, as_of: date) -> Schedule:
    continuing = is_continuing(task)
    expected = None if continuing else schedule_percent(task.start, task.deadline, as_of)
    past = not continuing and task.deadline is not None and task.deadline < as_of
    return Schedule(continuing, expected, past)


NO_PERCENT = 101  # a cut-off no reported percentage (0–100) reaches


def percent_cutoffs(expected: float | None, thresholds: RagThresholds) -> tuple[int, int]:
    """The smallest whole percentages rated green, and rated at least yellow, against ``expected``.

    Reported percentages are whole numbers from 0 to 100, so these two numbers say exactly how
    :func:`assess_progress` rates any of them: the overview counts a province's reports in SQL by comparing
    with them, and judges one report per group with the real rules.
    """
    if not expected or expected <= 0:
        return 0, 0
    green = yellow = NO_PERCENT
    for percent in range(100, -1, -1):  # monotonic: the rating only improves with the percentage
        rag = thresholds.classify(percent / expected)
        if rag is Rag.GREEN:
            green = percent
        if rag in (Rag.GREEN, Rag.YELLOW):
            yellow = percent
    return green, yellow


@dataclass(frozen=True)
class ProgressAssessment:
    """A task (or one department's part in it) on one date: reported progress against the schedule."""

    task: TaskFacts
    as_of: date
    report: AssignmentFacts | None  # the report the assessment rests on (the lead's for a whole task)
    percent: float | None
    expected_percent: float | None
    ratio: float | None
    overdue: bool
    rag: Rag
    explanation: str

    @property
    def status(self) -> str | None:
        return self.report.status if self.report else None

    @property
    def reported(self) -> bool:
        return self.report is not None and self.report.reported

    @property
    def done(self) -> bool:
        return self.status == TaskStatus.DONE.value

    @property
    def lagging(self) -> bool:
        """Behind: rated red, reported as 滞后, or past its deadline unfinished."""
        return self.rag is Rag.RED or self.status == TaskStatus.LAGGING.value or self.overdue

    @property
    def department_id(self) -> int | None:
        return self.report.department_id if self.report else None

    @property
    def department_name(self) -> str:
        return self.report.department_name if self.report else ""

    @property
    def status_label(self) -> str:
        if not self.reported:
            return translate("Analytics", "Not reported")  # zh: 未报送
        return TaskStatus(self.status).label


def assess_progress(
    task: TaskFacts,
    report: AssignmentFacts | None,
    as_of: date,
    thresholds: RagThresholds | None = None,
) -> ProgressAssessment:
    """Judge one report (None or unreported: no rating) against the task's schedule on ``as_of``."""
    return _assess(task, report, as_of, thresholds or RagThresholds())


def assess_many(
    pairs: Iterable[tuple[TaskFacts, AssignmentFacts | None]],
    as_of: date,
    thresholds: RagThresholds | None = None,
) -> list[ProgressAssessment]:
    """:func:`assess_progress` for many reports at once (the thresholds chosen once), with identical results."""
    chosen = thresholds or RagThresholds()
    return [_assess(task, report, as_of, chosen) for task, report in pairs]


def _assess(
    task: TaskFacts,
    report: AssignmentFacts | None,
    as_of: date,
    thresholds: RagThresholds,
) -> ProgressAssessment:
    continuing, expected, past_deadline = schedule_of(task, as_of)
    status = report.status if report is not None else None
    done = status == _DONE
    overdue = past_deadline and not done
    percent: float | None = None
    if report is not None and report.percent is not None:
        percent = float(report.percent)
    elif done:
        percent = 100.0
    elif status == _NOT_STARTED:
        percent = 0.0

    def result(rag: Rag, explanation: str, ratio: float | None = None) -> ProgressAssessment:
        return ProgressAssessment(task, as_of, report, percent, expected, ratio, overdue, rag, explanation)

    if status is None:
        text = translate("Analytics", "No report for this period.")
        if overdue:
            text += " " + _overdue_text(task)
        return result(Rag.NONE, text)
    if done:
        return result(Rag.GREEN, translate("Analytics", "Reported done."), 1.0)
    if overdue:
        return result(Rag.RED, _overdue_text(task), _ratio(percent, expected))
    if status == _LAGGING:
        return result(Rag.RED, translate("Analytics", "Reported as lagging."), _ratio(percent, expected))
    if expected is None:
        if continuing:
            return result(Rag.GREEN, translate("Analytics", "Continuing task: judged by its reported status."))
        return result(
            Rag.GREEN if status != _NOT_STARTED else Rag.YELLOW,
            translate("Analytics", "No start date to measure the schedule from: judged by its reported status."),
        )
    if expected <= 0:
        return result(Rag.GREEN, translate("Analytics", "Not yet due to have started."), 1.0)
    if percent is None:
        return result(
            Rag.YELLOW,
            translate("Analytics", "No percentage reported; schedule {expected}.").format(expected=_pct(expected)),
        )
    ratio = percent / expected
    return result(
        thresholds.classify(ratio),
        translate("Analytics", "progress {percent} ÷ schedule {expected} = {ratio}").format(
            percent=_pct(percent), expected=_pct(expected), ratio=fmt_percent(ratio)
        ),
        ratio,
    )


def _ratio(percent: float | None, expected: float | None) -> float | None:
    if percent is None or not expected:
        return None
    return percent / expected


def _pct(value: float) -> str:
    return f"{fmt_number(value, 1)}%"


def _overdue_text(task: TaskFacts) -> str:
    return translate("Analytics", "Deadline {deadline} has passed and the task is not done.").format(
        deadline=fmt_date(task.deadline)
    )


def lead_report(assignments: Sequence[AssignmentFacts]) -> AssignmentFacts | None:
    """The report that speaks for the whole task: the lead's, else the first report that came in."""
    leads = [a for a in assignments if a.leads]
    for candidate in (*leads, *assignments):
        if candidate.reported:
            return candidate
    return leads[0] if leads else (assignments[0] if assignments else None)


def assess_task(
    task: TaskFacts,
    assignments: Sequence[AssignmentFacts],
    as_of: date,
    thresholds: RagThresholds | None = None,
) -> ProgressAssessment:
    """The whole task, judged on its lead department's report."""
    return assess_progress(task, lead_report(assignments), as_of, thresholds)


def assess_tasks(
    tasks: Iterable[tuple[TaskFacts, Sequence[AssignmentFacts]]],
    as_of: date,
    thresholds: RagThresholds | None = None,
) -> list[ProgressAssessment]:
    """:func:`assess_task` for many tasks at once (see :func:`assess_many`)."""
    return assess_many(((task, lead_report(parts)) for task, parts in tasks), as_of, thresholds)


# -- roll-ups ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rollup:
    """Counts for one group of tasks (a plan, section, department or status)."""

    key: Hashable
    label: str
    total: int = 0
    done: int = 0
    in_progress: int = 0
    not_started: int = 0
    lagging_status: int = 0  # reported as 滞后
    ongoing: int = 0
    unreported: int = 0
    overdue: int = 0
    green: int = 0
    yellow: int = 0
    red: int = 0

    @property
    def reported(self) -> int:
        return self.total - self.unreported

    @property
    def rated(self) -> int:
        return self.green + self.yellow + self.red

    @property
    def done_rate(self) -> float | None:
        return self.done / self.total if self.total else None

    @property
    def on_track_rate(self) -> float | None:
        """Green among the rated (reported) items."""
        return self.green / self.rated if self.rated else None


_STATUS_FIELDS = {
    TaskStatus.DONE.value: "done",
    TaskStatus.IN_PROGRESS.value: "in_progress",
    TaskStatus.NOT_STARTED.value: "not_started",
    TaskStatus.LAGGING.value: "lagging_status",
    TaskStatus.ONGOING.value: "ongoing",
}
_RAG_FIELDS = {Rag.GREEN: "green", Rag.YELLOW: "yellow", Rag.RED: "red"}

KeyFunction = Callable[[ProgressAssessment], tuple[Hashable, str]]


def rollup(items: Iterable[ProgressAssessment], key: KeyFunction) -> list[Rollup]:
    """Count ``items`` per group; groups in the order they first appear."""
    counts: dict[Hashable, dict[str, int]] = {}
    labels: dict[Hashable, str] = {}
    for item in items:
        group, label = key(item)
        row = counts.setdefault(group, {})
        labels.setdefault(group, label)
        row["total"] = row.get("total", 0) + 1
        status_field = _STATUS_FIELDS.get(item.status or "", "unreported")
        row[status_field] = row.get(status_field, 0) + 1
        if item.overdue:
            row["overdue"] = row.get("overdue", 0) + 1
        if item.rag in _RAG_FIELDS:
            name = _RAG_FIELDS[item.rag]
            row[name] = row.get(name, 0) + 1
    return [Rollup(group, labels[group], **row) for group, row in counts.items()]


def total(rollups: Iterable[Rollup], label: str) -> Rollup:
    """The sum of several roll-ups (a 合计 row)."""
    sums: dict[str, int] = {}
    for item in rollups:
        for name in (
            "total",
            "done",
            "in_progress",
            "not_started",
            "lagging_status",
            "ongoing",
            "unreported",
            "overdue",
            "green",
            "yellow",
            "red",
        ):
            sums[name] = sums.get(name, 0) + getattr(item, name)
    return Rollup("total", label, **sums)


def by_plan(items: Iterable[ProgressAssessment]) -> list[Rollup]:
    return rollup(items, lambda a: (a.task.plan_id, a.task.plan_title))


def by_section(items: Iterable[ProgressAssessment]) -> list[Rollup]:
    none = translate("Analytics", "(no section)")  # zh: （未分章节）
    return rollup(items, lambda a: ((a.task.plan_id, a.task.section_id), a.task.section_title or none))


def by_department(items: Iterable[ProgressAssessment]) -> list[Rollup]:
    """Per department: pass assignment-level assessments (each department's own report)."""
    return rollup(items, lambda a: (a.department_id, a.department_name))


def by_status(items: Iterable[ProgressAssessment]) -> list[Rollup]:
    return rollup(items, lambda a: (a.status or "", a.status_label))


def overdue(items: Iterable[ProgressAssessment]) -> list[ProgressAssessment]:
    """Unfinished tasks past their deadline, the longest overdue first."""
    late = [a for a in items if a.overdue]
    return sorted(late, key=lambda a: (a.task.deadline or date.max, a.task.plan_id, a.task.number))
