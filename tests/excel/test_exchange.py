"""Round trips through the database: export, fill like a department, preview, commit, re-import, undo."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from ipdesk.errors import ConflictError, ValidationError
from ipdesk.excel import formspec as spec
from ipdesk.services import Services
from ipdesk.services.exchange import ExchangeService, FileState, Resolutions, RowState
from ipdesk.storage.location import data_dir

PERIOD = "2027Q1"
CHIFENG_PLAN = "赤峰市全面推进知识产权强市建设行动方案"


def _department(demo: Services, name: str) -> int:
    return next(d.id for d in demo.departments.list() if d.name == name)


def _task_rows(ws) -> list[int]:
    return [r for r in range(spec.FORM_HEADER_ROW + 1, ws.max_row + 1) if ws.cell(r, 2).value and ws.cell(r, 4).value]


def _fill(path: Path, answers: list[tuple[object, object, object]], *, reporter: str = "王五") -> Path:
    """Fill the form as a department would: header block, then status / percent / progress per task row."""
    workbook = openpyxl.load_workbook(path)
    ws = workbook[spec.TASK_SHEET]
    ws["E2"], ws["G2"], ws["I2"] = reporter, "0476-8888888", "2026-11-20"  # a day gone by: a future one is left out
    for row, (status, percent, progress) in zip(_task_rows(ws), answers, strict=False):
        ws.cell(row, 6).value = progress
        ws.cell(row, 7).value = status
        ws.cell(row, 8).value = percent
        ws.cell(row, 9).value = "无"
        ws.cell(row, 10).value = "继续推进"
    workbook.save(path)
    return path


@pytest.fixture(autouse=True)
def open_period(demo: Services) -> None:
    demo.periods.open(PERIOD)


@pytest.fixture
def science(demo: Services) -> int:
    return _department(demo, "赤峰市市场监督管理局")


def test_form_round_trip_holds_exactly_what_was_filled(
    exchange: ExchangeService, demo: Services, science: int, tmp_path: Path
) -> None:
    exported = exchange.export_form(PERIOD, science, tmp_path / "form.xlsx")
    assert exported.rows == 10
    answers = [("进行中", "80%", f"第{i}项已开展") for i in range(9)] + [("完成", 100, "全部完成")]
    path = _fill(exported.path, answers)
    preview = exchange.preview([path])
    file = preview.files[0]
    assert file.state == FileState.READY and file.identified_by == "hidden identity sheet"
    assert (file.department_id, file.period) == (science, PERIOD)
    assert file.count(RowState.NEW) == 10 and not file.problems
    result = exchange.commit(preview)
    assert result.files[0].applied and result.files[0].new == 10
    rows = [r for r in demo.reports.rows(PERIOD, department_id=science)]
    assert [(r.status, r.percent, r.progress) for r in rows] == [
        ("in_progress", 80, f"第{i}项已开展") for i in range(9)
    ] + [("done", 100, "全部完成")]
    assert {(r.problems, r.next_steps, r.reporter, r.submitted_on, r.source) for r in rows} == {
        (None, "继续推进", "王五", date(2026, 11, 20), "import")
    }
    batch = demo.history.batches()[0]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert batch.sha256 == digest and (data_dir() / "imports" / f"{digest}.xlsx").exists()
    # The same file again is recognised and not applied twice.
    again = exchange.preview([path])
    assert again.files[0].state == FileState.DUPLICATE and again.files[0].duplicate_of_batch_id == batch.id
    assert exchange.commit(again).batch_ids == ()
    assert len(demo.history.batches()) == 1


def test_newer_submission_supersedes_and_undo_restores(
    exchange: ExchangeService, demo: Services, science: int, tmp_path: Path
) -> None:
    first = _fill(exchange.export_form(PERIOD, science, tmp_path / "v1.xlsx").path, [("推进中", 50, "开展调研")] * 10)
    one = exchange.commit(exchange.preview([first])).batch_ids[0]
    second = _fill(exchange.export_form(PERIOD, science, tmp_path / "v2.xlsx").path, [("推进中", 70, "开展调研")] * 10)
    preview = exchange.preview([second])
    file = preview.files[0]
    assert file.supersedes_batch_id == one and file.count(RowState.CHANGED) == 10
    change = file.rows[0].changes
    assert [(c.field, c.old, c.new) for c in change] == [("percent", "50", "70")]
    two = exchange.commit(preview).batch_ids[0]
    batches = {b.id: b for b in demo.history.batches()}
    assert set(batches) == {one, two}
    with demo.database.reading() as session:
        from ipdesk.storage.models import ImportBatch

        assert session.get(ImportBatch, one).superseded_by_id == two
    assert {r.percent for r in demo.reports.rows(PERIOD, department_id=science)} == {70}
    with pytest.raises(ConflictError):
        exchange.undo(one)  # the newer import changed the same rows
    exchange.undo(two)
    assert {r.percent for r in demo.reports.rows(PERIOD, department_id=science)} == {50}
    exchange.undo(one)
    assert {r.report_id for r in demo.reports.rows(PERIOD, department_id=science)} == {None}
    assert {b.status for b in demo.history.batches()} == {"undone"}


def test_hand_entered_reports_are_conflicts_kept_unless_overwritten(
    exchange: ExchangeService, demo: Services, science: int, tmp_path: Path
) -> None:
    from ipdesk.services.reports import ReportInput

    assignment = demo.reports.rows(PERIOD, department_id=science)[0].assignment_id
    demo.reports.save(PERIOD, [ReportInput(assignment, "lagging", 10, "手工录入")])
    path = _fill(exchange.export_form(PERIOD, science, tmp_path / "form.xlsx").path, [("推进中", 60, "文件填报")] * 10)
    preview = exchange.preview([path])
    conflict = next(r for r in preview.files[0].rows if r.state == RowState.CONFLICT)
    result = exchange.commit(preview)
    assert result.files[0].kept == 1
    assert demo.reports.rows(PERIOD, department_id=science)[0].progress == "手工录入"
    exchange.undo(result.batch_ids[0])
    preview = exchange.preview([path], resolutions=Resolutions(overwrite=frozenset({conflict.key})))
    exchange.commit(preview, Resolutions(overwrite=frozenset({conflict.key})))
    assert demo.reports.rows(PERIOD, department_id=science)[0].progress == "文件填报"


def test_invalid_rows_are_rejected_and_sent_back_highlighted(
    exchange: ExchangeService, demo: Services, science: int, tmp_path: Path
) -> None:
    answers = [("?", "50", "a"), ("推进中", "120%", "b"), ("推进中", "八成", "c")] + [("滞后", 30, "d")] * 7
    path = _fill(exchange.export_form(PERIOD, science, tmp_path / "form.xlsx").path, answers)
    preview = exchange.preview([path])
    file = preview.files[0]
    assert file.count(RowState.INVALID) == 3 and file.count(RowState.NEW) == 7
    assert {(p.column, p.value) for p in file.problems} == {("G", "?"), ("H", "120%"), ("H", "八成")}
    result = exchange.commit(preview)
    assert (result.files[0].new, result.files[0].rejected) == (7, 3)
    report = exchange.export_problems(preview, 0, tmp_path / "back.xlsx")
    workbook = openpyxl.load_workbook(report)
    assert workbook.sheetnames[0] == "问题清单" and spec.IDENTITY_SHEET in workbook.sheetnames
    ws = workbook[spec.TASK_SHEET]
    bad = next(p for p in file.problems if p.value == "?")
    assert ws[f"{bad.column}{bad.row}"].fill.fgColor.rgb.endswith("FFC7CE") and ws[f"{bad.column}{bad.row}"].comment


def test_a_form_whose_every_row_is_refused_is_not_imported(
    exchange: ExchangeService, demo: Services, science: int, tmp_path: Path
) -> None:
    good = _fill(exchange.export_form(PERIOD, science, tmp_path / "v1.xlsx").path, [("推进中", 50, "开展调研")] * 10)
    first = exchange.commit(exchange.preview([good])).batch_ids[0]
    answers = [("差不多了", 50, "a")] + [("推进中", 120, "b")] * 9
    bad = _fill(exchange.export_form(PERIOD, science, tmp_path / "v2.xlsx").path, answers)
    preview = exchange.preview([bad])
    file = preview.files[0]
    assert file.state == FileState.REFUSED and not file.applicable
    assert file.count(RowState.INVALID) == 10 and len(file.problems) == 10
    assert "problem list" in (file.message or "")
    assert file.supersedes_batch_id is None
    result = exchange.commit(preview)
    assert result.batch_ids == () and not result.files[0].applied and result.files[0].message == file.message
    # Not archived, not recorded as an import, and the department's earlier form still stands.
    digest = hashlib.sha256(bad.read_bytes()).hexdigest()
    assert not (data_dir() / "imports" / f"{digest}.xlsx").exists()
    assert [b.id for b in demo.history.batches()] == [first]
    with demo.database.reading() as session:
        from ipdesk.storage.models import ImportBatch

        assert session.get(ImportBatch, first).superseded_by_id is None
    assert {r.percent for r in demo.reports.rows(PERIOD, department_id=science)} == {50}
    # Dropped again it is refused again, not "already imported"; its problems can still be sent back.
    again = exchange.preview([bad])
    assert again.files[0].state == FileState.REFUSED and again.files[0].duplicate_of_batch_id is None
    assert exchange.export_problems(again, 0, tmp_path / "back.xlsx").exists()


def test_a_refused_form_does_not_count_as_submitted(
    exchange: ExchangeService, demo: Services, science: int, tmp_path: Path
) -> None:
    path = _fill(exchange.export_form(PERIOD, science, tmp_path / "form.xlsx").path, [("乱写", 120, "x")] * 10)
    exchange.commit(exchange.preview([path]))
    assert {r.submitted_on for r in demo.reports.rows(PERIOD, department_id=science)} == {None}
    assert demo.history.batches() == []


def test_an_unfilled_form_is_not_imported(
    exchange: ExchangeService, demo: Services, science: int, tmp_path: Path
) -> None:
    path = exchange.export_form(PERIOD, science, tmp_path / "form.xlsx").path
    file = exchange.preview([path]).files[0]
    assert file.state == FileState.REFUSED and file.count(RowState.BLANK) == len(file.rows) > 0
    assert exchange.commit(exchange.preview([path])).batch_ids == ()


def test_locked_period_blocks_the_file(exchange: ExchangeService, demo: Services, science: int, tmp_path: Path) -> None:
    path = _fill(exchange.export_form("2025Q3", science, tmp_path / "old.xlsx").path, [("推进中", 50, "x")] * 10)
    file = exchange.preview([path]).files[0]
    assert file.state == FileState.BLOCKED and "locked" in (file.message or "")


def test_retyped_form_is_identified_by_header_block_and_headings(
    exchange: ExchangeService, demo: Services, tmp_path: Path
) -> None:
    tasks = [r for r in demo.reports.rows(PERIOD) if r.department_name == "市科技局" and r.plan_id == _plan(demo)]
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.append(["赤峰市科学技术局2027年第一季度工作进展"])
    ws.append(["填报单位：赤峰市科学技术局", None, "填报人：赵六"])
    ws.append(["序号", "重点任务", "进展情况", "完成状态", "完成比例", "存在问题", "下步计划"])
    for task in tasks:
        ws.append([task.task_number, task.task_title, "重新录入的进展", "推进中", 40, None, None])
    workbook.save(tmp_path / "retyped.xlsx")
    file = exchange.preview([tmp_path / "retyped.xlsx"]).files[0]
    assert file.state == FileState.READY and file.identified_by == "header block and column headings"
    assert file.department_name == "赤峰市科学技术局" and file.period == PERIOD
    assert file.count(RowState.NEW) + file.count(RowState.CHANGED) == len(tasks) > 0


def _plan(demo: Services) -> int:
    return next(p.id for p in demo.plans.list() if p.title == CHIFENG_PLAN)


def test_assignment_table_round_trip_with_unknown_department(
    exchange: ExchangeService, demo: Services, tmp_path: Path
) -> None:
    plan_id = _plan(demo)
    exported = exchange.export_assignment_table(plan_id, tmp_path / "fg.xlsx")
    assert exported.rows == 10
    unchanged = exchange.preview([exported.path]).files[0]
    assert unchanged.count(RowState.UNCHANGED) == 10 and unchanged.plan_id == plan_id
    workbook = openpyxl.load_workbook(exported.path)
    ws = workbook[spec.TABLE_SHEET]
    first = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 1).value == "1")
    ws.cell(first, 6).value = "2027年6月底前"
    ws.cell(first, 5).value = "市统计局、市大数据中心"
    ws.append(
        ["11", "新增任务：建设知识产权公共服务网点", "在各旗县区设立服务网点", "市市场监管局", "市科技局", "2027年底前"]
    )
    workbook.save(exported.path)
    preview = exchange.preview([exported.path])
    file = preview.files[0]
    assert file.state == FileState.NEEDS_RESOLUTION
    # 赤峰 has no 市统计局: 巴彦淖尔's is offered, not taken; 市大数据中心 is nowhere
    statistics, data_centre = file.unknown_departments
    assert (statistics.name, data_centre.name) == ("市统计局", "市大数据中心")
    assert [label for _id, label in statistics.candidates] == ["巴彦淖尔市统计局"]
    assert file.count(RowState.NEW) == 1 and file.count(RowState.CHANGED) == 1
    with pytest.raises(ValidationError, match="市大数据中心"):
        exchange.commit(preview)
    resolutions = Resolutions(departments={"市统计局": None, "市大数据中心": None})
    result = exchange.commit(preview, resolutions)
    tasks = demo.tasks.list(plan_id=plan_id)
    task = next(t for t in tasks if t.number == "1")
    assert task.deadline_text == "2027年6月底前" and task.deadline == date(2027, 6, 30)
    assert {"市统计局", "市大数据中心"} <= set(task.supports)
    new = next(t for t in tasks if t.number == "11")
    assert new.measures == "在各旗县区设立服务网点" and new.leads == ["市市场监管局"]
    exchange.undo(result.batch_ids[0])
    tasks = demo.tasks.list(plan_id=plan_id)
    assert len(tasks) == 10 and next(t for t in tasks if t.number == "1").deadline_text is None
    assert demo.departments.find("市大数据中心") is None


def test_foreign_assignment_table_creates_a_new_plan(exchange: ExchangeService, demo: Services, tmp_path: Path) -> None:
    from builders import save, two_row_header_table

    path = save(tmp_path / "foreign.xlsx", two_row_header_table)
    preview = exchange.preview([path])
    file = preview.files[0]
    assert file.plan_id is None and file.plan_title == "某市知识产权强市建设"
    names = {u.name: None for u in file.unknown_departments}
    result = exchange.commit(preview, Resolutions(departments=names))
    plan = next(p for p in demo.plans.list() if p.title == "某市知识产权强市建设")
    tasks = demo.tasks.list(plan_id=plan.id)
    assert [t.number for t in tasks] == ["1", "2"]
    assert tasks[1].measures == "措施2\n措施2b" and tasks[1].deadline_text == "2024.10；持续推进"
    assert [(s.label, s.title) for s in demo.plans.sections(plan.id)] == [("一", "强化创造")]
    exchange.undo(result.batch_ids[0])
    assert all(p.title != "某市知识产权强市建设" for p in demo.plans.list())


def test_forms_for_a_folder_and_a_batch_with_progress(
    exchange: ExchangeService, demo: Services, tmp_path: Path
) -> None:
    calls: list[tuple[int, int]] = []
    results = exchange.export_forms(
        PERIOD, tmp_path / "out", plan_ids=[_plan(demo)], progress=lambda d, t: calls.append((d, t)) or True
    )
    assert len(results) == len(exchange.form_targets(PERIOD, plan_ids=[_plan(demo)])) and calls[-1][0] == calls[-1][1]
    (tmp_path / "out" / "~$lock.xlsx").write_bytes(b"x")
    (tmp_path / "out" / "说明.txt").write_text("请按时报送", encoding="utf-8")
    preview = exchange.preview([tmp_path / "out"])
    states = {f.name: f.state for f in preview.files}
    assert "~$lock.xlsx" not in states and states["说明.txt"] == FileState.UNREADABLE
    from ipdesk.excel.progress import Cancelled

    with pytest.raises(Cancelled):
        exchange.preview([tmp_path / "out"], progress=lambda done, total: done < 2)
