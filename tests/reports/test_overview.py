"""The overview's counts (grouped in SQL, one assignment judged per group) equal judging every assignment.

The per-item path (:func:`load_tasks` → analytics) is what the printed reports use; it is the oracle here. The
random database mixes everything the judgement depends on: deadlines passed, coming and missing, 持续 tasks,
tasks dated by their own year or by their plan's start or issue date or not at all, several leads or none,
every status, percentages missing or on both sides of the cut-offs, reports on time, late or undated.
"""

from __future__ import annotations

import random
from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from ipdesk.analytics.rag import SETTINGS_KEY, RagThresholds
from ipdesk.analytics.scorecards import build_scorecards
from ipdesk.analytics.submissions import submission_stats
from ipdesk.analytics.tasks import percent_cutoffs, schedule_percent
from ipdesk.domain.enums import PeriodKind, Role, Source, TaskStatus
from ipdesk.domain.periods import Period
from ipdesk.errors import Cancelled
from ipdesk.reports.data import Scope, load_tasks
from ipdesk.reports.overview import OverviewData, OverviewRequest, read_overview
from ipdesk.services import Services
from ipdesk.storage.database import Database
from ipdesk.storage.location import sqlite_url
from ipdesk.storage.models import (
    AdminUnit,
    Department,
    Installation,
    Plan,
    ReportingPeriod,
    Task,
    TaskAssignment,
    TaskReport,
)
from tests.reports.conftest import PERIOD, TODAY

Counts = tuple[dict[str | None, int], list[dict[str, object]], list[dict[str, object]]]


def per_item(services: Services, scope: Scope) -> Counts:
    """The same figures from every assignment judged on its own (the printed reports' path)."""
    tasks = load_tasks(services, scope)
    facts = [a for parts in tasks.assignments.values() for a in parts]
    if scope.department is not None:
        facts = [a for a in facts if a.department_id == scope.department.id]
    judged = tasks.by_assignment if scope.department is not None else tasks.by_task
    by_status: dict[str | None, int] = {}
    for item in judged:
        by_status[item.status] = by_status.get(item.status, 0) + 1
    from ipdesk.analytics.desk import submission_items

    stats = submission_stats(submission_items(facts, scope.period, scope.due_date), scope.today)
    cards = build_scorecards(tasks.by_assignment, stats)
    return (
        by_status,
        sorted((asdict(c) for c in cards), key=lambda c: c["department_id"]),  # type: ignore[arg-type, return-value]
        sorted((asdict(s) for s in stats), key=lambda s: s["department_id"]),  # type: ignore[arg-type, return-value]
    )


def grouped(data: OverviewData) -> Counts:
    assert data.counts is not None
    return (
        data.counts.by_status,
        sorted((asdict(c) for c in data.counts.cards), key=lambda c: c["department_id"]),  # type: ignore[arg-type, return-value]
        sorted((asdict(s) for s in data.counts.submissions), key=lambda s: s["department_id"]),  # type: ignore[arg-type, return-value]
    )


def test_demo_overview_counts_equal_judging_every_assignment(demo: Services) -> None:
    data = read_overview(demo, OverviewRequest(0, None, PERIOD, None, TODAY))
    assert data.scope is not None and data.counts is not None and data.period is not None
    assert data.period.code == PERIOD
    assert grouped(data) == per_item(demo, data.scope)
    assert not data.tasks_loaded
    assert data.tasks is not None and sum(data.counts.by_status.values()) == len(data.tasks.by_task)
    assert data.tasks_loaded


def test_demo_overview_of_one_plan_and_one_department(demo: Services) -> None:
    plan = next(p for p in demo.plans.list() if p.title.startswith("关于巴彦淖尔"))
    whole = read_overview(demo, OverviewRequest(0, plan.id, PERIOD, None, TODAY))
    department = max(whole.departments, key=lambda d: d.assignments)
    data = read_overview(demo, OverviewRequest(1, plan.id, PERIOD, department.id, TODAY))
    assert data.scope is not None and data.scope.department is not None
    assert data.scope.department.id == department.id and data.scope.plan_ids == (plan.id,)
    assert grouped(data) == per_item(demo, data.scope)
    assert [c.department_id for c in data.counts.cards] == [department.id]  # type: ignore[union-attr]
    assert sum(data.counts.by_status.values()) == department.assignments  # type: ignore[union-attr]


def test_an_unknown_department_or_plan_falls_back_to_all(demo: Services) -> None:
    data = read_overview(demo, OverviewRequest(0, 987654, PERIOD, 987654, TODAY))
    assert data.scope is not None and data.scope.department is None
    assert len(data.scope.plans) > 1


def test_a_stop_request_cancels(demo: Services) -> None:
    with pytest.raises(Cancelled):
        read_overview(demo, OverviewRequest(0, None, PERIOD, None, TODAY), lambda done, _total: done < 1)


def test_no_periods_says_so(tmp_path: Path) -> None:
    database = Database.open(sqlite_url(tmp_path / "empty.sqlite3"))
    try:
        data = read_overview(Services(database), OverviewRequest(0, None, None, None, TODAY))
    finally:
        database.dispose()
    assert data.period is None and data.counts is None and data.departments == []


# -- a random database with every case --------------------------------------------------------------------

STATUSES = [s.value for s in TaskStatus]


def _fill_random(database: Database, seed: int, aim: date | None = None) -> list[str]:
    """``aim``: most percentages sit on, or next to, the cut-offs of their task on that day, and the reports are
    alike otherwise (few departments, mostly 推进中 and on time), so that groups mix percentages on both sides."""
    rng = random.Random(seed)
    periods = [Period(2025, PeriodKind.QUARTER, q) for q in (1, 2, 3, 4)]
    with database.engine.begin() as conn:
        conn.execute(
            insert(ReportingPeriod),
            [
                {
                    "code": p.code,
                    "kind": p.kind.value,
                    "year": p.year,
                    "number": p.number,
                    "start_date": p.start,
                    "end_date": p.end,
                    "due_date": p.default_due,
                    "locked": False,
                }
                for p in periods[:3]  # the fourth quarter is never opened: nothing reported, all pending
            ],
        )
        period_ids = dict(conn.execute(select(ReportingPeriod.code, ReportingPeriod.id)).all())
        city = conn.execute(
            insert(AdminUnit).returning(AdminUnit.id), [{"name": "某市", "level": "city", "position": 0}]
        ).scalar_one()
        conn.execute(insert(Installation), [{"id": 1, "unit_id": city, "office_name": "市场监督管理局"}])
        conn.execute(
            insert(Department),
            [
                {"name": f"某市第{i}局", "short_name": f"第{i}局" if i % 3 else None, "unit_id": city, "position": i}
                for i in range(3 if aim else 12)
            ],
        )
        departments = conn.execute(select(Department.id)).scalars().all()
        plan_rows = [
            {"title": "有起始年的规划", "start_year": 2024, "issue_date": None, "unit_id": city},
            {"title": "只有印发日期的规划", "start_year": None, "issue_date": date(2024, 6, 1), "unit_id": city},
            {"title": "没有日期的规划", "start_year": None, "issue_date": None, "unit_id": city},
        ]
        plans = conn.execute(insert(Plan).returning(Plan.id), plan_rows).scalars().all()
        task_rows = []
        for plan_id in plans:
            for position in range(1, 121 if aim else 41):
                deadline = rng.choice(
                    [None, date(2024, 12, 31), date(2025, 6, 30), date(2025, 12, 31), date(2027, 1, 1)]
                )
                text = (
                    rng.choice([None, "2025年底前", "持续推进", "长期坚持"])
                    if deadline
                    else rng.choice([None, "持续推进"])
                )
                task_rows.append(
                    {
                        "plan_id": plan_id,
                        "number": str(position),
                        "title": f"任务{position}",
                        "text": "任务内容",
                        "deadline": deadline,
                        "deadline_text": text,
                        "year": rng.choice([None, None, 2025, 2026]),
                        "position": position,
                    }
                )
        tasks = conn.execute(insert(Task).returning(Task.id), task_rows).scalars().all()
        starts = {p["title"]: p for p in plan_rows}
        aimed: dict[int, list[int]] = {}
        for task_id, row in zip(tasks, task_rows, strict=True):
            plan = next(p for i, p in zip(plans, starts.values(), strict=True) if i == row["plan_id"])
            start = (
                date(row["year"], 1, 1)
                if row["year"]
                else (date(plan["start_year"], 1, 1) if plan["start_year"] else plan["issue_date"])
            )
            expected = schedule_percent(start, row["deadline"], aim) if aim else None
            cuts = percent_cutoffs(expected, RagThresholds())
            aimed[task_id] = [max(0, min(100, c + d)) for c in cuts for d in (0, -1, 1)]
        assignment_rows = []
        for task_id in tasks:
            chosen = rng.sample(departments, rng.randrange(0, min(5, len(departments) + 1)))  # some tasks: nobody
            for position, dept in enumerate(chosen):
                role = rng.choice([Role.LEAD.value, Role.SUPPORT.value, Role.SUPPORT.value, Role.RESPONSIBLE.value])
                assignment_rows.append({"task_id": task_id, "department_id": dept, "role": role, "position": position})
        assignments = conn.execute(insert(TaskAssignment).returning(TaskAssignment.id), assignment_rows).scalars().all()
        report_rows = []
        for period in periods[:3]:
            for assignment, parts in zip(assignments, assignment_rows, strict=True):
                if rng.random() < 0.3:
                    continue
                due = period.default_due
                percent = rng.choice([None, 0, 5, 20, 33, 50, 60, 74, 75, 76, 90, 100, rng.randrange(101)])
                status = rng.choice([*STATUSES, "in_progress", "in_progress"])
                submitted = rng.choice([None, due - timedelta(days=3), due, due + timedelta(days=9)])
                if aim and rng.random() < 0.8:
                    percent = rng.choice(aimed[parts["task_id"]])
                    status, submitted = "in_progress", due
                report_rows.append(
                    {
                        "assignment_id": assignment,
                        "period_id": period_ids[period.code],
                        "status": status,
                        "percent": percent,
                        "submitted_on": submitted,
                        "source": Source.IMPORT.value,
                    }
                )
        conn.execute(insert(TaskReport), report_rows)
    return [p.code for p in periods[:3]]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_overview_counts_equal_judging_every_assignment(database: Database, seed: int) -> None:
    codes = _fill_random(database, seed)
    services = Services(database)
    if seed == 3:  # other cut-offs
        services.settings.set(SETTINGS_KEY, {"green": 0.9, "yellow": 0.6})
    for code in codes:
        for today in (date(2025, 5, 1), date(2025, 8, 20), date(2026, 3, 1)):
            data = read_overview(services, OverviewRequest(0, None, code, None, today))
            assert data.scope is not None and data.period is not None and data.period.code == code
            assert grouped(data) == per_item(services, data.scope), (code, today)
    data = read_overview(services, OverviewRequest(0, None, codes[1], None, date(2025, 8, 20)))
    for department in data.departments[:4]:
        one = read_overview(services, OverviewRequest(0, None, codes[1], department.id, date(2025, 8, 20)))
        assert one.scope is not None and one.scope.department is not None
        assert grouped(one) == per_item(services, one.scope)


def test_percentages_on_the_cut_offs_are_counted_as_judged(database: Database) -> None:
    """A report exactly on 序时进度 × threshold is rated the better way, in SQL as in Python."""
    as_of = date(2025, 6, 30)
    codes = _fill_random(database, 4, aim=as_of)
    services = Services(database)
    data = read_overview(services, OverviewRequest(0, None, codes[1], None, date(2025, 8, 20)))
    assert data.scope is not None and data.scope.as_of == as_of
    assert grouped(data) == per_item(services, data.scope)
    assert data.counts is not None and sum(c.watch for c in data.counts.cards) > 10


def test_a_department_without_tasks_in_the_plan_shows_all(demo: Services) -> None:
    plan = next(p for p in demo.plans.list() if p.title.startswith("关于巴彦淖尔"))
    whole = read_overview(demo, OverviewRequest(0, plan.id, PERIOD, None, TODAY))
    involved = {d.id for d in whole.departments}
    idle = next(d for d in demo.departments.list() if d.id not in involved)
    data = read_overview(demo, OverviewRequest(1, plan.id, PERIOD, idle.id, TODAY))
    assert data.scope is not None and data.scope.department is None
    assert [r.info.id for r in data.indicators] == [r.info.id for r in whole.indicators]
    assert grouped(data) == grouped(whole)


def test_a_status_the_schema_does_not_know_is_reported_not_dropped(demo: Services) -> None:
    """The CHECK constraint keeps such a status out; should one get in anyway, the overview says so."""
    from ipdesk.errors import StorageError

    with demo.database.engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA ignore_check_constraints = ON")
        connection.exec_driver_sql(
            "UPDATE task_reports SET status = 'paused' WHERE period_id = (SELECT id FROM reporting_periods "
            f"WHERE code = '{PERIOD}') AND id = (SELECT min(r.id) FROM task_reports r JOIN reporting_periods p "
            f"ON p.id = r.period_id WHERE p.code = '{PERIOD}')"
        )
        connection.exec_driver_sql("PRAGMA ignore_check_constraints = OFF")
    with pytest.raises(StorageError, match="status"):
        read_overview(demo, OverviewRequest(0, None, PERIOD, None, TODAY))
