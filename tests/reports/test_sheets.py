"""Each sheet holds the analytics' figures and the names from the database: in the model, the PDF and the xlsx."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ipdesk.analytics.rag import Rag
from ipdesk.analytics.submissions import per_department
from ipdesk.errors import ValidationError
from ipdesk.reports.data import load_indicators, load_submissions, load_tasks, resolve_scope, submission_periods
from ipdesk.reports.document import Table
from ipdesk.reports.generate import generate
from ipdesk.reports.kinds import ReportKind, ReportRequest, build_document
from ipdesk.services import Services

TODAY_ISO = "2026-11-21"


def request(kind: ReportKind, **changes: object) -> ReportRequest:
    from datetime import date

    fields: dict[str, object] = {"kind": kind, "period": "2026Q3", "today": date.fromisoformat(TODAY_ISO)}
    fields.update(changes)
    return ReportRequest(**fields)  # type: ignore[arg-type]


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_scope_defaults_to_the_plans_of_this_office(demo: Services) -> None:
    scope = resolve_scope(demo, "2026Q3", today=request(ReportKind.TASKS).today)
    titles = [p.title for p in scope.plans]
    assert len(titles) == 2 and any("赤峰市" in t for t in titles)  # the city's plan and the region's
    assert str(scope.as_of) == "2026-09-30" and str(scope.due_date) == "2026-10-10"
    assert scope.office_name == "赤峰市市场监督管理局（知识产权局）"
    current = resolve_scope(demo, "2026Q4", today=scope.today)
    assert current.as_of == scope.today  # a running period is judged today


def test_unknown_department_is_a_clear_error(demo: Services) -> None:
    with pytest.raises(ValidationError, match="市不存在局"):
        resolve_scope(demo, "2026Q3", department="市不存在局")


def test_indicator_sheet_holds_the_analytics(demo: Services, tmp_path: Path, pdf_text: Callable[..., str]) -> None:
    req = request(ReportKind.INDICATORS)
    scope = resolve_scope(demo, req.period, today=req.today)
    rows = load_indicators(demo, scope)
    result = generate(demo, req, pdf=tmp_path / "i.pdf", xlsx=tmp_path / "i.xlsx")
    text = flat(pdf_text(result.pdf))
    for row in rows:
        assert flat(row.spec.name) in text
    assert "98.0%" in text and "49000" in text  # 有效注册商标: 49000 of 50000
    sheet = load_workbook(result.xlsx)["Indicators"]
    header = _header_row(sheet, "Completion")
    columns = {cell.value: cell.column for cell in sheet[header]}
    by_name = {r.spec.name: r.assessment for r in rows}
    checked = 0
    for line in sheet.iter_rows(min_row=header + 1):
        name = line[columns["Indicator name"] - 1].value
        if name in by_name:
            assessment = by_name[name]
            assert line[columns["Completion"] - 1].value == pytest.approx(assessment.completion)
            assert line[columns["Actual"] - 1].value == pytest.approx(assessment.actual_value)
            assert line[columns["Target"] - 1].value == pytest.approx(assessment.target_value)
            assert line[columns["Status"] - 1].value in (assessment.rag.label, "—")
            checked += 1
    assert checked == len(rows)
    assert "Data checks" in load_workbook(result.xlsx).sheetnames


def _header_row(sheet, title: str) -> int:  # type: ignore[no-untyped-def]
    for row in sheet.iter_rows():
        if any(cell.value == title for cell in row):
            return row[0].row
    raise AssertionError(f"no header {title!r}")


def test_task_sheet_by_task_and_by_department(demo: Services, tmp_path: Path, pdf_text: Callable[..., str]) -> None:
    req = request(ReportKind.TASKS)
    data = load_tasks(demo, resolve_scope(demo, req.period, today=req.today))
    result = generate(demo, req, pdf=tmp_path / "t.pdf", xlsx=tmp_path / "t.xlsx")
    text = flat(pdf_text(result.pdf))
    for item in data.by_task:
        assert flat(item.task.title)[:20] in text
    assert "19tasks" in text  # the region's plan has tasks nobody is assigned to: said, not hidden
    # the tab is the part's name, 重点任务 in Chinese (it shared "Tasks" with a column, so read 任务数)
    assert load_workbook(result.xlsx).sheetnames[0] == "Key tasks"
    document = build_document(demo, request(ReportKind.TASKS, by_department=True))
    table = document.tables()[0]
    groups = [r for r in table.rows if r.kind == "group"]
    assert len(groups) == len({a.department_id for a in data.by_assignment})
    assert sum(1 for r in table.rows if r.kind == "body") == len(data.by_assignment)
    summary = document.tables()[1]
    total = next(r for r in summary.rows if r.kind == "total")
    assert total.cells[1] == len(data.by_assignment)


def test_submission_sheet_counts(demo: Services, tmp_path: Path) -> None:
    req = request(ReportKind.SUBMISSIONS)
    scope = resolve_scope(demo, req.period, today=req.today)
    periods = submission_periods(demo, scope)
    assert [p.code for p, _due in periods] == ["2026Q1", "2026Q2", "2026Q3"]
    stats = load_submissions(demo, scope, periods)
    result = generate(demo, req, xlsx=tmp_path / "s.xlsx")
    sheet = load_workbook(result.xlsx).worksheets[0]
    totals = {t.department_name: t for t in per_department(stats)}
    found = 0
    for line in sheet.iter_rows(values_only=True):
        if line[1] in totals:
            total = totals[line[1]]
            assert line[-3] == pytest.approx(total.submission_rate)
            assert line[-2] == pytest.approx(total.on_time_rate)
            found += 1
    assert found == len(totals)
    assert any(t.missing for t in totals.values())  # the demo's silent department shows up


def test_reminder_letters(demo: Services, tmp_path: Path, pdf_pages: Callable[[Path], list[str]]) -> None:
    req = request(ReportKind.REMINDERS)
    document = build_document(demo, req)
    letters = document.printed_parts
    assert letters and all(not p.exported for p in letters)
    result = generate(demo, req, pdf=tmp_path / "r.pdf", xlsx=tmp_path / "r.xlsx")
    pages = [flat(p) for p in pdf_pages(result.pdf)]
    assert len(pages) >= len(letters)
    names = {d.short_name or d.name: d.name for d in demo.departments.list()}
    for part in letters:
        full = names[part.name]
        assert sum(1 for page in pages if f"{full}：" in page) == 1, full  # each letter addressed once
    assert all("Page1of" in page for page in pages if "Remindernotice" in page)  # a letter starts its own count
    book = load_workbook(result.xlsx)
    assert book.sheetnames == ["Reminders"]
    listed = {row[1] for row in book["Reminders"].iter_rows(values_only=True) if isinstance(row[0], int)}
    assert listed == {names[p.name] for p in letters}


def test_assessment_report(demo: Services, tmp_path: Path, pdf_text: Callable[..., str]) -> None:
    req = request(ReportKind.ASSESSMENT)
    document = build_document(demo, req)
    kinds = [type(b).__name__ for b in document.parts[0].blocks]
    assert kinds.count("ChartBlock") >= 5 and "KeyFigures" in kinds
    result = generate(demo, req, pdf=tmp_path / "a.pdf", xlsx=tmp_path / "a.xlsx")
    text = flat(pdf_text(result.pdf))
    assert "Annualassessment" in text and "Itemsbehindschedule" in text
    scorecards = [t for t in document.tables() if any(c.title == "Score" for c in t.columns)]
    assert scorecards and all(isinstance(t, Table) for t in scorecards)
    assert load_workbook(result.xlsx).sheetnames == ["Assessment"]


def test_department_filter(demo: Services) -> None:
    # every demo city has a 市科技局: the name means this office's own
    assert resolve_scope(demo, "2026Q3", department="市科技局").department.name == "赤峰市科学技术局"  # type: ignore[union-attr]
    document = build_document(demo, request(ReportKind.TASKS, department="市科技局"))
    body = [r for r in document.tables()[0].rows if r.kind == "body"]
    assert body and all("市科技局" in (r.cells[3] or "") + (r.cells[4] or "") for r in body)  # type: ignore[operator]


def test_midterm_is_named_so(demo: Services) -> None:
    assert "Mid-term" in build_document(demo, request(ReportKind.ASSESSMENT, variant="midterm")).title


def test_rag_thresholds_from_settings_change_the_sheet(demo: Services) -> None:
    req = request(ReportKind.INDICATORS)
    scope = resolve_scope(demo, req.period, today=req.today)
    before = sum(1 for r in load_indicators(demo, scope) if r.assessment.rag is Rag.GREEN)
    demo.settings.set("rag_thresholds", {"green": 1.05, "yellow": 0.9})
    stricter = resolve_scope(demo, req.period, today=req.today)
    assert stricter.thresholds.green == pytest.approx(1.05)
    after = sum(1 for r in load_indicators(demo, stricter) if r.assessment.rag is Rag.GREEN)
    assert after < before


def test_a_task_without_a_deadline_is_printed_as_the_plan_gives_it(demo: Services) -> None:
    """Judged as continuing, but the plan never said 持续推进: the sheet and the 催办 letter say it does not say."""
    data = load_tasks(demo, resolve_scope(demo, "2026Q3", today=request(ReportKind.TASKS).today))
    item = data.by_task[0]
    demo.tasks.update(item.task.task_id, deadline_text=None)
    table = build_document(demo, request(ReportKind.TASKS)).tables()[0]
    row = next(r for r in table.rows if r.kind == "body" and item.task.title in r.cells)
    assert "Not specified in the plan" in row.cells and "Continuing" not in row.cells
