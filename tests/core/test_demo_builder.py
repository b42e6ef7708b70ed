from __future__ import annotations

from datetime import date

import pytest

from ipdesk.demo import build_demo
from ipdesk.errors import ConflictError
from ipdesk.services import Services

TODAY = date(2026, 11, 21)


@pytest.fixture
def demo(services: Services) -> Services:
    build_demo(services.database, today=TODAY)
    return services


def test_demo_content_is_real_and_complete(demo: Services) -> None:
    plans = {p.title: p for p in demo.plans.list()}
    ordos = plans["鄂尔多斯市知识产权保护和运用“十四五”规划"]
    assert ordos.doc_number == "鄂府发〔2022〕28号" and ordos.indicator_count == 8
    ordos_indicators = demo.indicators.list(plan_id=ordos.id)
    assert all(i.baseline_year == 2020 for i in ordos_indicators if i.baseline_value is not None)
    region = next(p for p in plans.values() if p.unit_id and "纲要" in p.title)
    annex = demo.indicators.list(plan_id=region.id)
    assert len(annex) == 22
    assert any(set(i.targets) == {2021, 2022, 2023, 2024, 2025} for i in annex)
    chifeng = plans["赤峰市全面推进知识产权强市建设行动方案"]
    tasks = demo.tasks.list(plan_id=chifeng.id)
    assert tasks and all(t.assignments for t in tasks)
    assert demo.units.installation().unit_name == "赤峰市"
    assert demo.departments.find("工商质监局") is not None  # 机构改革 alias


def test_demo_reports_show_late_missing_and_lagging(demo: Services) -> None:
    periods = [p.code for p in demo.periods.list() if p.kind == "quarter"]
    assert periods[-1] == "2026Q4" and "2026Q3" in periods
    rows = demo.reports.rows("2026Q3")
    reported = [r for r in rows if r.report_id is not None]
    assert reported and len(reported) < len(rows)  # someone never returned the form
    due = demo.periods.get("2026Q3").due_date
    assert any(r.submitted_on > due for r in reported)  # someone was late
    statuses = {r.status for p in periods for r in demo.reports.rows(p) if r.status}
    assert {"in_progress", "lagging"} <= statuses
    assert demo.periods.get("2025Q2").locked and not demo.periods.get("2026Q3").locked
    assert demo.maintenance.check().ok


def test_demo_is_deterministic(services: Services, tmp_path) -> None:
    from ipdesk.storage.database import Database
    from ipdesk.storage.location import sqlite_url

    first = build_demo(services.database, today=TODAY)
    other = Database.open(sqlite_url(tmp_path / "second.sqlite3"))
    second = build_demo(other, today=TODAY)
    other.dispose()
    assert first == second


def test_demo_refuses_a_database_with_plans(demo: Services) -> None:
    with pytest.raises(ConflictError, match="new, empty file"):
        build_demo(demo.database, today=TODAY)


def test_demo_reports_progress_and_can_be_cancelled(services: Services) -> None:
    from ipdesk.errors import Cancelled

    seen: list[tuple[int, int]] = []

    def stop_after_plans(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 3

    with pytest.raises(Cancelled):
        build_demo(services.database, today=TODAY, progress=stop_after_plans)
    assert seen[0][0] == 0 and seen[-1][0] == 3
    assert services.plans.list() == []  # nothing of the cancelled build was kept
    summary = build_demo(services.database, today=TODAY, progress=lambda d, t: seen.append((d, t)) is None)
    assert summary.plans == 4 and seen[-1][0] == seen[-1][1]
    assert services.settings.get("demo_database") == {"built_for": "2026-11-21"}


def test_section_headings_read_like_the_document(demo: Services) -> None:
    plan = next(p for p in demo.plans.list() if p.title.startswith("鄂尔多斯"))
    headings = [s.heading for s in demo.plans.sections(plan.id)]
    assert headings[0] == "第一章 规划背景" and "第一节 发展成就" in headings


def test_the_demo_clerk_gave_chifeng_indicators_to_departments(demo: Services) -> None:
    """赤峰's plan names nobody for its indicators; the demo clerk's decisions (clerk.json) give each to the
    departments that report it, so 数据填报 has indicators to enter on the demo."""
    chifeng = next(p for p in demo.plans.list() if p.title == "赤峰市全面推进知识产权强市建设行动方案")
    given = {i.name: [name for _id, name, _role in i.departments] for i in demo.indicators.list(plan_id=chifeng.id)}
    assert given["有效注册商标"] == ["市市场监管局"]
    assert given["知识产权质押融资额度"] == ["市金融办", "市市场监管局"]
    assert all(given.values())
    supervision = demo.departments.find("赤峰市市场监督管理局")
    assert supervision is not None
    entries = demo.entry.indicators("2026Q3", supervision.id)
    assert {e.name for e in entries} >= {"有效注册商标", "地理标志证明商标", "高价值发明专利万人拥有量"}
