"""The desk's service calls: department loads from SQL, a department's indicators, all-or-nothing grid saves,
several values in one transaction, and a task's report history across departments."""

from __future__ import annotations

from datetime import date

import pytest

from ipdesk.domain.enums import Role, TaskStatus
from ipdesk.errors import LockedPeriodError, ValidationError
from ipdesk.services import Services
from ipdesk.services.reports import ReportInput
from ipdesk.services.values import ValueInput
from ipdesk.storage.database import Changes


@pytest.fixture
def desk(services: Services) -> dict[str, int]:
    city = services.units.create("赤峰市", "city")
    services.units.set_installation(city.id, "赤峰市市场监督管理局")
    tech = services.departments.create("赤峰市科学技术局", short_name="市科技局", unit_id=city.id)
    finance = services.departments.create("赤峰市财政局", unit_id=city.id)
    idle = services.departments.create("赤峰市统计局", unit_id=city.id)
    plan = services.plans.create("行动方案", start_year=2023, end_year=2025, unit_id=city.id)
    first = services.tasks.create(plan.id, "任务一", number="1", deadline_text="2025年底前")
    second = services.tasks.create(plan.id, "任务二", number="2")
    lead = services.tasks.assign(first.id, tech.id, Role.LEAD.value)
    support = services.tasks.assign(first.id, finance.id, Role.SUPPORT.value)
    other = services.tasks.assign(second.id, tech.id, Role.LEAD.value)
    level = services.indicators.create(plan.id, "有效注册商标", unit="件", targets={2025: 500.0, 2024: 450.0})
    words = services.indicators.create(plan.id, "满意度", kind="text", targets={2025: "高于平均"})
    services.indicators.add_department(level.id, tech.id)
    services.indicators.add_department(words.id, tech.id)
    services.periods.open("2025Q1")
    return {
        "city": city.id,
        "tech": tech.id,
        "finance": finance.id,
        "idle": idle.id,
        "first": first.id,
        "lead": lead.id,
        "support": support.id,
        "other": other.id,
        "level": level.id,
        "words": words.id,
    }


def test_department_loads_count_assignments_and_reports(services: Services, desk: dict[str, int]) -> None:
    services.reports.save("2025Q1", [ReportInput(desk["lead"], TaskStatus.IN_PROGRESS.value, 40)])
    loads = {d.id: d for d in services.entry.departments("2025Q1")}
    assert desk["idle"] not in loads  # no assignments, nothing to enter
    assert (loads[desk["tech"]].assignments, loads[desk["tech"]].reported) == (2, 1)
    assert loads[desk["tech"]].display_name == "市科技局"
    assert (loads[desk["finance"]].missing, loads[desk["finance"]].display_name) == (1, "赤峰市财政局")
    assert all(d.reported == 0 for d in services.entry.departments("2025Q2"))  # a period never opened


def test_indicators_of_a_department_with_the_years_target_and_the_periods_value(
    services: Services, desk: dict[str, int]
) -> None:
    services.values.set(desk["level"], "2025Q1", 470)
    entries = services.entry.indicators("2025Q1", desk["tech"])
    assert [e.name for e in entries] == ["有效注册商标", "满意度"]
    level, words = entries
    assert (level.target_year, level.target, level.value, level.unit_id) == (2025, 500.0, 470.0, desk["city"])
    assert words.is_text and words.target_text == "高于平均" and words.value is None
    assert services.entry.indicators("2024Q4", desk["tech"])[0].target == 450.0
    assert services.entry.indicators("2025Q1", desk["finance"]) == []


def test_saving_a_grid_writes_reports_and_values_together(services: Services, desk: dict[str, int]) -> None:
    seen: list[Changes] = []
    services.database.changes.subscribe(seen.append)
    result = services.entry.save(
        "2025Q1",
        [ReportInput(desk["lead"], TaskStatus.IN_PROGRESS.value, 60, progress="完成调研\n形成初稿")],
        [ValueInput(desk["level"], 480.0), ValueInput(desk["words"], "较高")],
    )
    assert (result.reports.created, result.values_written, result.values_removed) == (1, 2, 0)
    assert len(seen) == 1 and seen[0].touches("task_reports") and seen[0].touches("indicator_values")
    row = services.reports.rows("2025Q1", department_id=desk["tech"])[0]
    assert (row.percent, row.progress) == (60, "完成调研\n形成初稿")
    assert {v.indicator_id: (v.value, v.value_text) for v in services.values.list(period_code="2025Q1")} == {
        desk["level"]: (480.0, None),
        desk["words"]: (None, "较高"),
    }
    removed = services.entry.save("2025Q1", values=[ValueInput(desk["level"], None)])
    assert removed.values_removed == 1


def test_a_bad_value_leaves_the_reports_unwritten_too(services: Services, desk: dict[str, int]) -> None:
    with pytest.raises(ValidationError):
        services.entry.save(
            "2025Q1",
            [ReportInput(desk["lead"], TaskStatus.DONE.value, 100)],
            [ValueInput(desk["level"], "很多")],
        )
    assert services.reports.rows("2025Q1", department_id=desk["tech"])[0].report_id is None
    with pytest.raises(ValidationError):
        services.entry.save("2025Q1", [ReportInput(desk["lead"], "finished", 100)])


def test_a_locked_period_refuses_the_whole_grid(services: Services, desk: dict[str, int]) -> None:
    services.periods.set_locked("2025Q1", True)
    with pytest.raises(LockedPeriodError):
        services.entry.save("2025Q1", values=[ValueInput(desk["level"], 480.0)])
    assert services.values.list(period_code="2025Q1") == []


def test_values_save_several_in_one_transaction(services: Services, desk: dict[str, int]) -> None:
    stored = services.values.save("2025", [ValueInput(desk["level"], 490.0), ValueInput(desk["words"], "高")])
    assert [s.value if s else None for s in stored] == [490.0, None]
    assert stored[1] is not None and stored[1].value_text == "高"
    with pytest.raises(ValidationError):
        services.values.save("2025", [ValueInput(desk["level"], 1.0), ValueInput(desk["level"], "x")])
    assert services.values.latest(desk["level"]).value == 490.0  # type: ignore[union-attr]


def test_task_history_lists_every_departments_reports(services: Services, desk: dict[str, int]) -> None:
    services.reports.save("2025Q1", [ReportInput(desk["lead"], "in_progress", 30, submitted_on=date(2025, 4, 3))])
    services.reports.save(
        "2025Q2",
        [ReportInput(desk["lead"], "in_progress", 70), ReportInput(desk["support"], "done", 100)],
    )
    services.reports.save("2025Q2", [ReportInput(desk["other"], "lagging", 10)])
    history = services.reports.task_history(desk["first"])
    assert [(r.period_code, r.assignment_id, r.percent) for r in history] == [
        ("2025Q1", desk["lead"], 30),
        ("2025Q2", desk["lead"], 70),
        ("2025Q2", desk["support"], 100),
    ]
    assert history[0].submitted_on == date(2025, 4, 3)


def test_an_indicators_targets_and_values_are_saved_together(services: Services, desk: dict[str, int]) -> None:
    result = services.entry.save_indicator(
        desk["level"],
        {2024: None, 2025: "520", 2026: "保持领先"},
        [("2024", ValueInput(desk["level"], 455.0)), ("2025Q1", ValueInput(desk["level"], 470.0))],
    )
    assert (result.targets, result.values_written, result.values_removed) == (3, 2, 0)
    info = services.indicators.get(desk["level"])
    assert info.targets == {2025: 520.0, 2026: None} and info.target_texts == {2026: "保持领先"}
    assert [(v.period_code, v.value) for v in services.values.list(indicator_id=desk["level"])] == [
        ("2024", 455.0),
        ("2025Q1", 470.0),
    ]
    with pytest.raises(ValidationError):
        services.entry.save_indicator(desk["level"], {2025: 1.0}, [("2025", ValueInput(desk["level"], "很多"))])
    assert services.indicators.get(desk["level"]).targets[2025] == 520.0  # nothing of the failed save stays


def test_a_report_typed_in_keeps_the_day_the_department_submitted_it(services: Services, desk: dict[str, int]) -> None:
    from ipdesk.analytics.submissions import Submission, SubmissionItem, classify
    from ipdesk.domain.periods import Period

    due = services.periods.get("2025Q1").due_date  # 2025-04-10
    sent = date(2025, 4, 8)  # phoned in before the due date, typed in weeks later
    services.entry.save("2025Q1", [ReportInput(desk["lead"], TaskStatus.IN_PROGRESS.value, 40, submitted_on=sent)])
    row = services.reports.rows("2025Q1", department_id=desk["tech"])[0]
    assert row.submitted_on == sent
    item = SubmissionItem(desk["tech"], "市科技局", Period.parse("2025Q1"), due, row.submitted_on)
    assert classify(item, date(2025, 6, 1)) is Submission.ON_TIME
    # Only the date corrected: that is a change, and lateness follows it.
    late = date(2025, 4, 20)
    result = services.entry.save(
        "2025Q1", [ReportInput(desk["lead"], TaskStatus.IN_PROGRESS.value, 40, submitted_on=late)]
    )
    assert result.reports.changed == 1
    assert services.reports.rows("2025Q1", department_id=desk["tech"])[0].submitted_on == late
    # Without a date a new report is today's …
    services.entry.save("2025Q1", [ReportInput(desk["other"], TaskStatus.IN_PROGRESS.value, 10)])
    other = next(r for r in services.reports.rows("2025Q1") if r.assignment_id == desk["other"])
    assert other.submitted_on == date.today()
    # … and a correction without one keeps the day the department sent it.
    result = services.entry.save("2025Q1", [ReportInput(desk["lead"], TaskStatus.DONE.value, 100)])
    assert result.reports.changed == 1
    assert services.reports.rows("2025Q1", department_id=desk["tech"])[0].submitted_on == late


def test_a_submission_date_in_the_future_is_refused(services: Services, desk: dict[str, int]) -> None:
    from datetime import timedelta

    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(ValidationError, match="future"):
        services.entry.save("2025Q1", [ReportInput(desk["lead"], TaskStatus.DONE.value, 100, submitted_on=tomorrow)])
    assert services.reports.rows("2025Q1", department_id=desk["tech"])[0].report_id is None
