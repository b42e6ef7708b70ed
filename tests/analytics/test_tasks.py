"""序时进度, task ratings and roll-ups."""

from __future__ import annotations

from datetime import date

import pytest

from ipdesk.analytics.inputs import AssignmentFacts, TaskFacts
from ipdesk.analytics.rag import Rag
from ipdesk.analytics.tasks import (
    assess_progress,
    assess_task,
    by_department,
    by_plan,
    by_section,
    by_status,
    is_continuing,
    lead_report,
    overdue,
    schedule_percent,
    total,
)

START, DEADLINE = date(2025, 1, 1), date(2026, 12, 31)
MIDWAY = date(2026, 1, 1)  # 365 of 729 days


def task(**changes: object) -> TaskFacts:
    fields = {
        "task_id": 1,
        "plan_id": 1,
        "number": "1",
        "title": "实施商标品牌战略",
        "deadline": DEADLINE,
        "deadline_text": "2026年底前",
        "start": START,
        "section_id": 10,
        "section_title": "一、强化创造",
        "plan_title": "行动方案",
    }
    fields.update(changes)
    return TaskFacts(**fields)  # type: ignore[arg-type]


def report(status: str | None, percent: int | None = None, **changes: object) -> AssignmentFacts:
    fields = {
        "assignment_id": 1,
        "task_id": 1,
        "department_id": 7,
        "department_name": "市科技局",
        "role": "lead",
        "status": status,
        "percent": percent,
    }
    fields.update(changes)
    return AssignmentFacts(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("start", "deadline", "day", "expected"),
    [
        (START, DEADLINE, date(2024, 6, 1), 0.0),
        (START, DEADLINE, START, 0.0),
        (START, DEADLINE, MIDWAY, 100 * 365 / 729),
        (START, DEADLINE, DEADLINE, 100.0),
        (START, DEADLINE, date(2027, 3, 1), 100.0),
        (None, DEADLINE, MIDWAY, None),
        (START, None, MIDWAY, None),
    ],
)
def test_schedule_percent(start: date | None, deadline: date | None, day: date, expected: float | None) -> None:
    assert schedule_percent(start, deadline, day) == (pytest.approx(expected) if expected is not None else None)


CASES = [
    ("on schedule", task(), report("in_progress", 50), MIDWAY, Rag.GREEN, False),
    ("to watch", task(), report("in_progress", 42), MIDWAY, Rag.YELLOW, False),
    ("behind", task(), report("in_progress", 30), MIDWAY, Rag.RED, False),
    ("not started but due to be", task(), report("not_started"), MIDWAY, Rag.RED, False),
    ("done", task(), report("done"), date(2027, 6, 1), Rag.GREEN, False),
    ("overdue", task(), report("in_progress", 90), date(2027, 1, 15), Rag.RED, True),
    ("reported lagging", task(), report("lagging", 70), MIDWAY, Rag.RED, False),
    ("continuing", task(deadline=None, deadline_text="持续推进"), report("ongoing"), MIDWAY, Rag.GREEN, False),
    (
        "continuing by wording",
        task(deadline_text="长期坚持，每年推进"),
        report("in_progress", 10),
        date(2027, 6, 1),
        Rag.GREEN,
        False,
    ),
    ("not reported", task(), report(None), MIDWAY, Rag.NONE, False),
    ("not reported and overdue", task(), None, date(2027, 2, 1), Rag.NONE, True),
    ("before the start", task(start=date(2026, 6, 1)), report("not_started"), MIDWAY, Rag.GREEN, False),
    ("no percentage", task(), report("in_progress"), MIDWAY, Rag.YELLOW, False),
]


@pytest.mark.parametrize(("name", "facts", "rep", "day", "rag", "late"), CASES, ids=[c[0] for c in CASES])
def test_assess_progress(
    name: str, facts: TaskFacts, rep: AssignmentFacts | None, day: date, rag: Rag, late: bool
) -> None:
    result = assess_progress(facts, rep, day)
    assert result.rag is rag, result.explanation
    assert result.overdue is late
    assert result.explanation


def test_the_working_is_visible() -> None:
    result = assess_progress(task(), report("in_progress", 42), MIDWAY)
    assert result.ratio == pytest.approx(42 / (100 * 365 / 729))
    assert "42%" in result.explanation and "50.1%" in result.explanation


def test_continuing_detection() -> None:
    assert is_continuing(task(deadline=None))
    assert is_continuing(task(deadline_text="持续推进"))
    assert not is_continuing(task())


def test_the_lead_speaks_for_the_task() -> None:
    support = report("done", 100, assignment_id=2, department_id=8, department_name="市财政局", role="support")
    lead = report("in_progress", 30)
    assert lead_report([support, lead]) is lead
    silent_lead = report(None)
    assert lead_report([silent_lead, support]) is support  # the lead sent nothing: the first report that came in
    assert lead_report([report(None, role="support")]) is not None
    assert lead_report([]) is None
    assert assess_task(task(), [support, lead], MIDWAY).rag is Rag.RED


def test_rollups() -> None:
    items = [
        assess_progress(task(task_id=1), report("done", assignment_id=1), MIDWAY),
        assess_progress(
            task(task_id=2, section_id=11, section_title="二、加强保护"),
            report("in_progress", 10, assignment_id=2),
            MIDWAY,
        ),
        assess_progress(
            task(task_id=3, plan_id=2, plan_title="规划"),
            report(None, assignment_id=3, department_id=9, department_name="市公安局"),
            date(2027, 2, 1),
        ),
    ]
    plans = by_plan(items)
    assert [(r.label, r.total, r.done, r.in_progress, r.red) for r in plans] == [
        ("行动方案", 2, 1, 1, 1),
        ("规划", 1, 0, 0, 0),
    ]
    assert plans[1].unreported == 1 and plans[1].overdue == 1
    assert [r.label for r in by_section(items)] == ["一、强化创造", "二、加强保护", "一、强化创造"]
    departments = by_department(items)
    assert [(r.label, r.total) for r in departments] == [("市科技局", 2), ("市公安局", 1)]
    assert {r.key for r in by_status(items)} == {"done", "in_progress", ""}
    summed = total(plans, "合计")
    assert (summed.total, summed.done, summed.unreported, summed.green) == (3, 1, 1, 1)
    assert summed.on_track_rate == pytest.approx(0.5)
    assert [a.task.task_id for a in overdue(items)] == [3]
