"""The schema itself refuses bad data, whatever code path tries to write it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ipdesk.storage.database import Database
from ipdesk.storage.models import (
    AdminUnit,
    Department,
    DepartmentAlias,
    ImportBatch,
    Indicator,
    IndicatorTarget,
    Installation,
    Plan,
    ReportingPeriod,
    Task,
    TaskAssignment,
    TaskReport,
)


def _base(session: Session) -> dict[str, int]:
    unit = AdminUnit(name="鄂尔多斯市", level="city")
    plan = Plan(title="规划", start_year=2021, end_year=2025)
    session.add_all([unit, plan])
    session.flush()
    dept = Department(name="市科技局", unit_id=unit.id)
    task = Task(plan_id=plan.id, title="任务一", position=1)
    period = ReportingPeriod(
        code="2024Q2",
        kind="quarter",
        year=2024,
        number=2,
        start_date=date(2024, 4, 1),
        end_date=date(2024, 6, 30),
        due_date=date(2024, 7, 10),
    )
    session.add_all([dept, task, period])
    session.flush()
    assignment = TaskAssignment(task_id=task.id, department_id=dept.id, role="lead")
    session.add(assignment)
    session.flush()
    return {
        "unit": unit.id,
        "plan": plan.id,
        "dept": dept.id,
        "task": task.id,
        "period": period.id,
        "assignment": assignment.id,
    }


BAD_ROWS: dict[str, Callable[[dict[str, int]], object]] = {
    "unknown unit level": lambda ids: AdminUnit(name="x", level="province"),
    "blank unit name": lambda ids: AdminUnit(name="  ", level="city"),
    "duplicate unit under the same parent": lambda ids: AdminUnit(name="鄂尔多斯市", level="city"),
    "second installation row": lambda ids: Installation(id=2, unit_id=ids["unit"]),
    "unknown department kind": lambda ids: Department(name="y", kind="ministry"),
    "duplicate department in a unit": lambda ids: Department(name="市科技局", unit_id=ids["unit"]),
    "alias of a missing department": lambda ids: DepartmentAlias(department_id=999, alias="z"),
    "plan years reversed": lambda ids: Plan(title="p", start_year=2025, end_year=2021),
    "plan year out of range": lambda ids: Plan(title="p", start_year=1800),
    "blank plan title": lambda ids: Plan(title=""),
    "task in a missing plan": lambda ids: Task(plan_id=999, title="t", position=5),
    "duplicate task position": lambda ids: Task(plan_id=ids["plan"], title="t", position=1),
    "blank task title": lambda ids: Task(plan_id=ids["plan"], title=" ", position=7),
    "unknown role": lambda ids: TaskAssignment(task_id=ids["task"], department_id=ids["dept"], role="boss"),
    "duplicate assignment": lambda ids: TaskAssignment(task_id=ids["task"], department_id=ids["dept"], role="support"),
    "unknown indicator kind": lambda ids: Indicator(plan_id=ids["plan"], name="i", kind="ratio"),
    "baseline value without year": lambda ids: Indicator(plan_id=ids["plan"], name="i", baseline_value=1.0),
    "unknown direction": lambda ids: Indicator(plan_id=ids["plan"], name="i", direction="up"),
    "period number out of range": lambda ids: ReportingPeriod(
        code="2024Q5",
        kind="quarter",
        year=2024,
        number=5,
        start_date=date(2024, 1, 1),
        end_date=date(2024, 3, 31),
        due_date=date(2024, 4, 10),
    ),
    "duplicate period code": lambda ids: ReportingPeriod(
        code="2024Q2",
        kind="month",
        year=2024,
        number=4,
        start_date=date(2024, 4, 1),
        end_date=date(2024, 4, 30),
        due_date=date(2024, 5, 10),
    ),
    "period ending before it starts": lambda ids: ReportingPeriod(
        code="2024-03",
        kind="month",
        year=2024,
        number=3,
        start_date=date(2024, 3, 31),
        end_date=date(2024, 3, 1),
        due_date=date(2024, 4, 10),
    ),
    "percent over 100": lambda ids: TaskReport(
        assignment_id=ids["assignment"], period_id=ids["period"], status="in_progress", percent=120
    ),
    "negative percent": lambda ids: TaskReport(
        assignment_id=ids["assignment"], period_id=ids["period"], status="in_progress", percent=-1
    ),
    "unknown status": lambda ids: TaskReport(assignment_id=ids["assignment"], period_id=ids["period"], status="?"),
    "report for a missing period": lambda ids: TaskReport(
        assignment_id=ids["assignment"], period_id=999, status="done"
    ),
    "bad sha256": lambda ids: ImportBatch(file_name="a.xlsx", sha256="abc", kind="progress"),
    "negative batch count": lambda ids: ImportBatch(file_name="a.xlsx", sha256="0" * 64, kind="progress", rows_new=-1),
}


@pytest.mark.parametrize("case", sorted(BAD_ROWS))
def test_schema_refuses(database: Database, case: str) -> None:
    with database.session_factory() as session:
        ids = _base(session)
        session.commit()
    with database.session_factory() as session, pytest.raises(IntegrityError):
        session.add(BAD_ROWS[case](ids))
        session.flush()


def test_target_needs_a_value(database: Database) -> None:
    with database.session_factory() as session:
        ids = _base(session)
        indicator = Indicator(plan_id=ids["plan"], name="每万人口发明专利拥有量")
        session.add(indicator)
        session.flush()
        session.add(IndicatorTarget(indicator_id=indicator.id, year=2025))
        with pytest.raises(IntegrityError):
            session.flush()


def test_deleting_a_used_department_is_refused_by_the_database(database: Database) -> None:
    with database.session_factory() as session:
        ids = _base(session)
        session.commit()
    with database.engine.connect() as conn, pytest.raises(IntegrityError), conn.begin():
        conn.execute(text("DELETE FROM departments WHERE id = :id"), {"id": ids["dept"]})


def test_deleting_a_plan_cascades_to_its_tasks(database: Database) -> None:
    with database.session_factory() as session:
        ids = _base(session)
        session.commit()
    with database.engine.connect() as conn, conn.begin():
        conn.execute(text("DELETE FROM plans WHERE id = :id"), {"id": ids["plan"]})
        assert conn.execute(text("SELECT count(*) FROM tasks")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM task_assignments")).scalar() == 0


def test_sqlite_connection_settings(sqlite_database: Database) -> None:
    with sqlite_database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
