"""Services: validation, one transaction per call, plain data back, audit trail and change notices."""

from __future__ import annotations

from datetime import date

import pytest

from ipdesk.domain.enums import Role, TaskStatus
from ipdesk.errors import ConflictError, LockedPeriodError, NotFoundError, ValidationError
from ipdesk.services import Services
from ipdesk.services.reports import ReportInput
from ipdesk.storage.database import Changes


@pytest.fixture
def city(services: Services) -> dict[str, int]:
    region = services.units.create("内蒙古自治区", "region")
    city = services.units.create("赤峰市", "city", parent_id=region.id)
    services.units.set_installation(city.id, "赤峰市市场监督管理局")
    tech = services.departments.create("赤峰市科学技术局", short_name="市科技局", unit_id=city.id, aliases=["科技局"])
    finance = services.departments.create("赤峰市财政局", short_name="市财政局", unit_id=city.id)
    plan = services.plans.create(
        "赤峰市全面推进知识产权强市建设行动方案",
        doc_number="赤政发〔2023〕15号",
        start_year=2023,
        end_year=2025,
        unit_id=city.id,
    )
    section = services.plans.add_section(plan.id, "重点任务", label="二、")
    task = services.tasks.create(
        plan.id, "加强知识产权创造", number="1", section_id=section.id, deadline_text="2024年12月底前"
    )
    lead = services.tasks.assign(task.id, tech.id, Role.LEAD.value)
    support = services.tasks.assign(task.id, finance.id, Role.SUPPORT.value)
    return {
        "region": region.id,
        "city": city.id,
        "tech": tech.id,
        "finance": finance.id,
        "plan": plan.id,
        "section": section.id,
        "task": task.id,
        "lead": lead.id,
        "support": support.id,
    }


def test_plan_task_assignment_round_trip(services: Services, city: dict[str, int]) -> None:
    task = services.tasks.get(city["task"])
    assert task.deadline == date(2024, 12, 31)
    assert task.leads == ["市科技局"]
    assert task.supports == ["市财政局"]
    plans = services.plans.list()
    assert [(p.title, p.task_count) for p in plans] == [("赤峰市全面推进知识产权强市建设行动方案", 1)]
    assert services.tasks.list(department_id=city["finance"])[0].id == task.id
    assert services.tasks.list(keyword="创造")[0].id == task.id
    assert services.tasks.list(keyword="没有这个") == []
    assert services.plans.sections(city["plan"])[0].heading == "二、重点任务"


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda s, ids: s.plans.create("   "), ValidationError),
        (lambda s, ids: s.plans.create("x", start_year=2025, end_year=2020), ValidationError),
        (lambda s, ids: s.plans.create("x", start_year="2025"), ValidationError),
        (lambda s, ids: s.plans.create("x", colour="red"), ValidationError),
        (
            lambda s, ids: s.plans.create("赤峰市全面推进知识产权强市建设行动方案", doc_number="赤政发〔2023〕15号"),
            ConflictError,
        ),
        (lambda s, ids: s.tasks.create(999, "t"), NotFoundError),
        (lambda s, ids: s.tasks.create(ids["plan"], ""), ValidationError),
        (lambda s, ids: s.tasks.create(ids["plan"], "t" * 301), ValidationError),
        (lambda s, ids: s.tasks.assign(ids["task"], ids["tech"], "boss"), ValidationError),
        (lambda s, ids: s.tasks.assign(ids["task"], ids["tech"], "lead"), ConflictError),
        (lambda s, ids: s.departments.create("赤峰市科学技术局", unit_id=ids["city"]), ConflictError),
        (lambda s, ids: s.departments.create("x", kind="ministry"), ValidationError),
        (lambda s, ids: s.departments.add_alias(ids["finance"], "科技局"), ConflictError),
        (lambda s, ids: s.departments.delete(ids["tech"]), ConflictError),
        (lambda s, ids: s.departments.merge(ids["tech"], ids["tech"]), ValidationError),
        (lambda s, ids: s.units.create("x", "city", parent_id=ids["city"]), ValidationError),
        (lambda s, ids: s.units.create("x", "state"), ValidationError),
        (lambda s, ids: s.indicators.create(ids["plan"], "i", kind="ratio"), ValidationError),
        (lambda s, ids: s.indicators.create(ids["plan"], "i", baseline_value=3), ValidationError),
        (
            lambda s, ids: s.indicators.create(ids["plan"], "i", baseline_year=2020, baseline_value="abc"),
            ValidationError,
        ),
        (lambda s, ids: s.periods.open("2024Q5"), ValidationError),
        (lambda s, ids: s.periods.get("2030Q1"), NotFoundError),
        (lambda s, ids: s.reports.save("2024Q2", [ReportInput(ids["lead"], "done", percent=120)]), ValidationError),
        (lambda s, ids: s.reports.save("2024Q2", [ReportInput(ids["lead"], "?")]), ValidationError),
        (lambda s, ids: s.reports.save("2024Q2", [ReportInput(999, "done")]), NotFoundError),
    ],
)
def test_bad_input_is_refused_with_a_domain_error(services: Services, city: dict[str, int], call, error) -> None:
    before = services.maintenance.info().counts
    with pytest.raises(error) as info:
        call(services, city)
    assert str(info.value)  # a message for the clerk, never empty
    assert services.maintenance.info().counts == before  # nothing half-written


def test_failed_batch_writes_nothing(services: Services, city: dict[str, int]) -> None:
    before = services.maintenance.info().counts
    with pytest.raises(NotFoundError):
        services.reports.save("2024Q2", [ReportInput(city["lead"], "done", 100), ReportInput(12345, "done")])
    assert services.maintenance.info().counts == before  # not even the period was opened


def test_reports_save_update_and_history(services: Services, city: dict[str, int]) -> None:
    result = services.reports.save("2024Q2", [ReportInput(city["lead"], TaskStatus.IN_PROGRESS.value, 40, "已启动")])
    assert (result.created, result.changed, result.unchanged) == (1, 0, 0)
    again = services.reports.save("2024Q2", [ReportInput(city["lead"], TaskStatus.IN_PROGRESS.value, 40, "已启动")])
    assert (again.created, again.changed, again.unchanged) == (0, 0, 1)
    services.reports.save("2024Q3", [ReportInput(city["lead"], TaskStatus.DONE.value, 100, "已完成")])
    rows = {r.department_id: r for r in services.reports.rows("2024Q2")}
    assert rows[city["tech"]].percent == 40 and rows[city["finance"]].report_id is None
    assert [h.period_code for h in services.reports.history(city["lead"])] == ["2024Q2", "2024Q3"]
    changes = services.history.changes(table_name="task_reports")
    assert {c.action for c in changes} == {"insert"}


def test_locked_period_refuses_changes(services: Services, city: dict[str, int]) -> None:
    services.periods.open("2024Q2")
    services.periods.set_locked("2024Q2", True)
    with pytest.raises(LockedPeriodError, match="2024Q2"):
        services.reports.save("2024Q2", [ReportInput(city["lead"], "done", 100)])
    services.periods.set_locked("2024Q2", False)
    services.reports.save("2024Q2", [ReportInput(city["lead"], "done", 100)])


def test_period_due_date(services: Services) -> None:
    period = services.periods.open("2024Q2")
    assert period.due_date == date(2024, 7, 10) and not period.locked
    assert services.periods.set_due_date("2024Q2", date(2024, 7, 5)).due_date == date(2024, 7, 5)
    with pytest.raises(ValidationError):
        services.periods.set_due_date("2024Q2", date(2024, 1, 1))


def test_indicators_targets_and_values(services: Services, city: dict[str, int]) -> None:
    ind = services.indicators.create(
        city["plan"],
        "每万人口高价值发明专利拥有量",
        unit="件",
        kind="level",
        category="creation",
        baseline_year=2020,
        baseline_value=1.1,
        targets={2024: 1.8, 2025: "2.0"},
        department_ids=[city["tech"]],
    )
    assert ind.targets == {2024: 1.8, 2025: 2.0}
    assert ind.department_names == ["市科技局"]
    ind = services.indicators.set_target(ind.id, 2024, None)
    assert ind.targets == {2025: 2.0}
    ind = services.indicators.set_target(ind.id, 2023, "保持稳定")
    assert ind.target_texts == {2023: "保持稳定"}
    value = services.values.set(ind.id, "2024", "1.65")
    assert value is not None and value.value == 1.65 and value.unit_name == "赤峰市"
    assert services.values.latest(ind.id).value == 1.65
    with pytest.raises(ValidationError):
        services.values.set(ind.id, "2024", "很多")
    assert services.values.set(ind.id, "2024", "") is None
    assert services.values.list(indicator_id=ind.id) == []


def test_values_need_the_installation_unit(services: Services) -> None:
    plan = services.plans.create("p")
    ind = services.indicators.create(plan.id, "i")
    with pytest.raises(ValidationError, match="Settings"):
        services.values.set(ind.id, "2024", 1)


def test_department_merge_keeps_history(services: Services, city: dict[str, int]) -> None:
    old = services.departments.create("赤峰市工商质监局", short_name="工商质监局", unit_id=city["city"])
    new = services.departments.create("赤峰市市场监督管理局", short_name="市市场监管局", unit_id=city["city"])
    task = services.tasks.create(city["plan"], "严格知识产权保护")
    assignment = services.tasks.assign(task.id, old.id, Role.LEAD.value)
    services.reports.save("2024Q2", [ReportInput(assignment.id, "in_progress", 50)])
    merged = services.departments.merge(old.id, new.id)
    assert {"赤峰市工商质监局", "工商质监局"} <= set(merged.aliases)
    assert services.departments.find("工商质监局").id == new.id
    assert services.tasks.get(task.id).assignments[0].department_id == new.id
    assert services.reports.history(assignment.id)[0].percent == 50
    old_now = services.departments.get(old.id)
    assert not old_now.active and old_now.merged_into_id == new.id
    assert old.id not in {d.id for d in services.departments.list()}
    with pytest.raises(ValidationError):
        services.tasks.assign(task.id, old.id)


def test_audit_log_records_old_and_new(services: Services, city: dict[str, int]) -> None:
    services.tasks.update(city["task"], title="加强高价值专利培育")
    entry = services.history.changes(table_name="tasks", row_key=city["task"])[0]
    assert (entry.action, entry.field, entry.old_value, entry.new_value) == (
        "update",
        "title",
        "加强知识产权创造",
        "加强高价值专利培育",
    )
    services.tasks.delete(city["task"])
    deleted = services.history.changes(table_name="tasks", row_key=city["task"])[0]
    assert deleted.action == "delete" and "加强高价值专利培育" in deleted.old_value


def test_one_change_notice_per_transaction(services: Services, city: dict[str, int]) -> None:
    seen: list[Changes] = []
    services.database.changes.subscribe(seen.append)
    services.tasks.update(city["task"], title="新标题")
    services.plans.list()  # reads announce nothing
    with pytest.raises(ValidationError):
        services.tasks.update(city["task"], title="")
    assert len(seen) == 1 and seen[0].touches("tasks")


def test_settings_round_trip(services: Services) -> None:
    assert services.settings.get("rag", {"red": 0.6}) == {"red": 0.6}
    services.settings.set("rag", {"red": 0.5, "yellow": 0.8})
    assert services.settings.get("rag") == {"red": 0.5, "yellow": 0.8}
    services.settings.set("weights", [1, 2])
    stored = services.settings.get_many("rag", "weights", "absent")
    assert stored == {"rag": {"red": 0.5, "yellow": 0.8}, "weights": [1, 2]}


def test_maintenance_info_and_check(services: Services, city: dict[str, int]) -> None:
    info = services.maintenance.info()
    assert info.counts["tasks"] == 1 and info.counts["task_assignments"] == 2
    assert info.schema_revision == info.schema_head
    assert services.maintenance.check().ok


def test_backup_through_the_service(services: Services, city: dict[str, int], tmp_path) -> None:
    from ipdesk.errors import BackupError

    if services.database.sqlite_path is None:
        with pytest.raises(BackupError):
            services.maintenance.backup()
        return
    path = services.maintenance.backup()
    assert path.parent == services.maintenance.backup_folder() and path.exists()
    assert services.maintenance.backup(tmp_path / "mine.sqlite3") == tmp_path / "mine.sqlite3"
