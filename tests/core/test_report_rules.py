"""The rules of the one task-report writer (``store_reports``) as hand entry meets them."""

from __future__ import annotations

from datetime import date

import pytest

from ipdesk.domain.enums import Role
from ipdesk.services import Services
from ipdesk.services.reports import ReportInput, ReportRow, SaveResult

PERIOD = "2025Q1"


@pytest.fixture
def assignment(services: Services) -> int:
    city = services.units.create("赤峰市", "city")
    tech = services.departments.create("赤峰市科学技术局", unit_id=city.id)
    plan = services.plans.create("行动方案", start_year=2023, end_year=2025, unit_id=city.id)
    task = services.tasks.create(plan.id, "任务一", number="1")
    services.periods.open(PERIOD)
    return services.tasks.assign(task.id, tech.id, Role.LEAD.value).id


def _row(services: Services, assignment: int) -> ReportRow:
    return next(r for r in services.reports.rows(PERIOD) if r.assignment_id == assignment)


def test_a_correction_naming_no_reporter_keeps_the_one_on_file(services: Services, assignment: int) -> None:
    services.reports.save(PERIOD, [ReportInput(assignment, "in_progress", 40, "已启动", reporter="王五")])
    services.reports.save(PERIOD, [ReportInput(assignment, "in_progress", 60, "已过半", reporter="  ")])
    assert (_row(services, assignment).percent, _row(services, assignment).reporter) == (60, "王五")
    services.reports.save(PERIOD, [ReportInput(assignment, "in_progress", 60, "已过半", reporter="赵六")])
    assert _row(services, assignment).reporter == "赵六"  # a name given replaces it


def test_a_blank_reporter_alone_is_no_change(services: Services, assignment: int) -> None:
    services.reports.save(
        PERIOD, [ReportInput(assignment, "done", 100, reporter="王五", submitted_on=date(2025, 3, 1))]
    )
    again = services.reports.save(PERIOD, [ReportInput(assignment, "done", 100)])
    assert again == SaveResult(0, 0, 1)
    assert (_row(services, assignment).reporter, _row(services, assignment).submitted_on) == ("王五", date(2025, 3, 1))


def test_the_same_assignment_twice_in_one_save_takes_the_last(services: Services, assignment: int) -> None:
    result = services.reports.save(
        PERIOD, [ReportInput(assignment, "in_progress", 30, "初稿"), ReportInput(assignment, "in_progress", 50, "定稿")]
    )
    assert result == SaveResult(1, 1, 0)
    assert (_row(services, assignment).progress, _row(services, assignment).percent) == ("定稿", 50)
