"""导入导出: forms go out through the dialog, come back filled, are dropped on the page (a real drop event),
previewed with their problems, imported once, recognised when dropped again, and undone."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ipdesk.excel import formspec as spec
from ipdesk.services.exchange import FileState, RowState
from ipdesk.services.exchange import preview as preview_module
from ipdesk.services.reports import ReportInput
from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.dialogs.export_forms_dialog import ID_ROLE
from ui.main_window import MainWindow
from ui.models.import_changes import ImportChangeModel
from ui.models.import_files import FileColumn, ImportFileModel
from ui.models.import_problems import ImportProblemModel, ProblemColumn
from ui.models.import_rows import ImportRowModel, RowColumn
from ui.pages.exchange_page import ExchangePage

PERIOD = "2027Q1"
FILED_ON = date(2026, 11, 20)  # the forms' 填报日期: a day gone by (one still to come is left out)
PROBLEM_FILL = "FFC7CE"


# -- helpers ------------------------------------------------------------------------------------------------


def file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop(widget: QWidget, mime: QMimeData) -> bool:
    """Drag ``mime`` onto ``widget`` and drop it there, through its real drag and drop handlers."""
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    centre = widget.rect().center()
    enter = QDragEnterEvent(
        centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(
        QPointF(centre), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def task_rows(ws: openpyxl.worksheet.worksheet.Worksheet) -> list[int]:
    return [r for r in range(spec.FORM_HEADER_ROW + 1, ws.max_row + 1) if ws.cell(r, 2).value and ws.cell(r, 4).value]


def fill(path: Path, answers: list[tuple[object, object, str]], *, department: str | None = None) -> list[int]:
    """Fill the form as a department would; ``department`` retypes 填报单位 on a form without its identity sheet."""
    workbook = openpyxl.load_workbook(path)
    ws = workbook[spec.TASK_SHEET]
    ws["E2"], ws["G2"], ws["I2"] = "王五", "0476-8888888", FILED_ON.isoformat()
    rows = task_rows(ws)
    for row, (status, percent, progress) in zip(rows, answers, strict=False):
        ws.cell(row, 6).value = progress
        ws.cell(row, 7).value = status
        ws.cell(row, 8).value = percent
    if department is not None:
        ws["C2"] = department
        del workbook[spec.IDENTITY_SHEET]
    workbook.save(path)
    return rows


def exchange_page(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> ExchangePage:
    page = window.show_page("exchange")
    wait_idle(qtbot, ctx)
    assert isinstance(page, ExchangePage)
    return page


def wait_preview(qtbot: QtBot, page: ExchangePage, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: page.preview_panel.preview is not None and ctx.operations.is_idle(), timeout=20_000)


def select_file(page: ExchangePage, name: str) -> None:
    row = next(r for r, f in enumerate(page.preview_panel.files_model.rows()) if f.name == name)
    page.preview_panel.files_view.selectRow(row)


def targets_with_tasks(ctx: AppContext, count: int) -> list[int]:
    return [t.department_id for t in ctx.services.exchange.form_targets(PERIOD) if t.tasks >= 2][:count]


@pytest.fixture
def stubbed(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, object]]:
    """Modal questions answered yes; the links and folders the page would open, recorded instead."""
    opened: dict[str, object] = {}
    monkeypatch.setattr(ExchangePage, "ask_confirmation", lambda self, title, text: opened.setdefault("asked", text))
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.setdefault("url", url))
    yield opened


# -- the round trip ------------------------------------------------------------------------------------------


def test_forms_out_and_back_in_by_a_real_drop(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path, stubbed: dict[str, object]
) -> None:
    page = exchange_page(qtbot, window, ctx)
    clean_id, bad_id = targets_with_tasks(ctx, 2)

    # Export the forms for the period through the dialog: typed period, two departments ticked.
    dialog = page.open_forms_export()
    qtbot.addWidget(dialog)
    wait_idle(qtbot, ctx)
    dialog.period.setEditText(PERIOD)
    dialog.all_departments.click()  # untick all
    assert dialog.chosen_departments() == []
    for row in range(dialog.departments.count()):
        item = dialog.departments.item(row)
        if item.data(ID_ROLE) in (clean_id, bad_id):
            item.setCheckState(Qt.CheckState.Checked)
    inbox = tmp_path / "inbox"
    dialog.folder_field.set_path(inbox)
    dialog.export_button.click()
    wait_idle(qtbot, ctx)
    assert dialog.open_folder_button.isVisible(), dialog.message.text()
    forms = {p.name: p for p in inbox.glob("*.xlsx")}
    assert len(forms) == 2
    clean_name = next(n for n in forms if ctx.services.departments.get(clean_id).name in n)
    bad_name = next(n for n in forms if n != clean_name)

    # Departments fill them in: one cleanly, one with a made-up status and 120 %.
    clean_rows = fill(forms[clean_name], [("推进中", "80%", f"第{i}项已召开专题会议") for i in range(30)])
    bad_rows = fill(forms[bad_name], [("乱写", 120, "已开展")] + [("已完成", 100, "全部完成")] * 30)

    # Drop the folder on the drop zone, as a real drag and drop.
    assert drop(page.drop_zone, file_mime(inbox))
    wait_preview(qtbot, page, ctx)
    panel = page.preview_panel
    assert {f.name: f.state for f in panel.files_model.rows()} == {
        clean_name: FileState.READY,
        bad_name: FileState.READY,
    }
    assert ctx.services.history.batches() == []  # nothing written by the preview

    # The problem list shows the bad cells, with sheet, row, column, value and reason.
    select_file(page, bad_name)
    shown = {
        (
            panel.problems_model.index(r, ProblemColumn.SHEET).data(),
            panel.problems_model.index(r, ProblemColumn.ROW).data(),
            panel.problems_model.index(r, ProblemColumn.COLUMN).data(),
            panel.problems_model.index(r, ProblemColumn.VALUE).data(),
        )
        for r in range(panel.problems_model.rowCount())
    }
    assert {(spec.TASK_SHEET, str(bad_rows[0]), "G", "乱写"), (spec.TASK_SHEET, str(bad_rows[0]), "H", "120")} <= shown
    assert panel.tabs.tabText(1) == f"问题（{panel.problems_model.rowCount()}）"
    reasons = [
        panel.problems_model.index(r, ProblemColumn.REASON).data() for r in range(panel.problems_model.rowCount())
    ]
    assert any("120" in reason for reason in reasons)

    # Export the problem list; the offending cells are highlighted in the workbook.
    back = tmp_path / "back" / "问题清单.xlsx"
    back.parent.mkdir()
    page.ask_problem_path = lambda file: back  # type: ignore[method-assign]
    panel.export_button.click()
    wait_idle(qtbot, ctx)
    workbook = openpyxl.load_workbook(back)
    assert workbook.sheetnames[0] == "问题清单"
    marked = workbook[spec.TASK_SHEET][f"G{bad_rows[0]}"]
    assert marked.fill.fgColor.rgb.endswith(PROBLEM_FILL) and marked.comment is not None
    assert "问题清单已保存" in page.message.text()

    # The cell-level diff of a clean row; the clean file has no problem at all.
    select_file(page, clean_name)
    assert panel.problems_model.rowCount() == 0
    assert panel.rows_model.record(0).state == RowState.NEW
    assert panel.changes_model.rowCount() > 0  # the first changed row is selected, its fields listed
    fields = {panel.changes_model.index(r, 0).data(): panel.changes_model.index(r, 2).data() for r in range(3)}
    assert "推进中" in fields.values()

    # Confirm: one transaction; the summary counts what happened.
    assert panel.confirm_button.isEnabled()
    panel.confirm_button.click()
    wait_idle(qtbot, ctx)
    assert page.result_panel.isVisible() and not panel.isVisible()
    summary = page.result_panel.text.text()
    assert "已导入 2 个文件" in summary and "拒收 1 行" in summary
    reports = ctx.services.reports.rows(PERIOD, department_id=clean_id)
    assert [(r.status, r.percent, r.progress, r.submitted_on) for r in reports] == [
        ("in_progress", 80, f"第{i}项已召开专题会议", FILED_ON) for i in range(len(clean_rows))
    ]
    bad_reports = ctx.services.reports.rows(PERIOD, department_id=bad_id)
    assert bad_reports[0].report_id is None  # the rejected row was not written
    wait_idle(qtbot, ctx)
    assert page.history.model.rowCount() == 2

    # The same folder again: recognised, nothing applied twice.
    assert drop(page.drop_zone, file_mime(inbox))
    wait_preview(qtbot, page, ctx)
    assert {f.state for f in panel.files_model.rows()} == {FileState.DUPLICATE}
    assert not panel.confirm_button.isEnabled()
    assert "以前都已导入过" in panel.status.text()
    panel.cancel_button.click()
    assert len(ctx.services.history.batches()) == 2

    # Undo the last import (both files of it), after a confirmation.
    assert page.history.undo_button.isEnabled()
    page.history.undo_button.click()
    wait_idle(qtbot, ctx)
    assert "2 个文件" in str(stubbed["asked"])
    assert all(r.report_id is None for r in ctx.services.reports.rows(PERIOD, department_id=clean_id))
    assert {b.status for b in ctx.services.history.batches()} == {"undone"}
    assert "已撤销导入" in page.message.text()
    wait_idle(qtbot, ctx)
    assert not page.history.undo_button.isEnabled()


def test_conflicts_are_kept_unless_ticked_to_overwrite(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    page = exchange_page(qtbot, window, ctx)
    department_id = targets_with_tasks(ctx, 1)[0]
    ctx.services.periods.open(PERIOD)
    first, second = ctx.services.reports.rows(PERIOD, department_id=department_id)[:2]
    ctx.services.reports.save(  # entered by hand in ipdesk before the form came back
        PERIOD, [ReportInput(r.assignment_id, "lagging", 10, "人工录入") for r in (first, second)]
    )
    form = ctx.services.exchange.export_form(PERIOD, department_id, tmp_path / "form.xlsx").path
    fill(form, [("推进中", 60, "表中填报")] * 30)
    assert drop(page.drop_zone, file_mime(form))
    wait_preview(qtbot, page, ctx)
    panel = page.preview_panel
    conflicts = [r for r, record in enumerate(panel.rows_model.rows()) if record.state == RowState.CONFLICT]
    assert len(conflicts) == 2
    box = panel.rows_model.index(conflicts[0], RowColumn.OVERWRITE)
    assert panel.rows_model.flags(box) & Qt.ItemFlag.ItemIsUserCheckable
    rect = panel.rows_view.visualRect(box)
    qtbot.mouseClick(panel.rows_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # tick 覆盖
    assert box.data(int(Qt.ItemDataRole.CheckStateRole)) == Qt.CheckState.Checked
    assert "冲突 2 行（其中覆盖 1 行）" in panel.status.text()
    panel.confirm_button.click()
    wait_idle(qtbot, ctx)
    after = {r.assignment_id: r for r in ctx.services.reports.rows(PERIOD, department_id=department_id)}
    rows = [after[first.assignment_id], after[second.assignment_id]]
    assert [(r.status, r.progress) for r in rows] == [("in_progress", "表中填报"), ("lagging", "人工录入")]
    assert "冲突保留原内容 1 行" in page.result_panel.text.text()


def test_a_form_whose_every_row_is_refused_is_not_imported(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    page = exchange_page(qtbot, window, ctx)
    clean_id, bad_id = targets_with_tasks(ctx, 2)
    ctx.services.periods.open(PERIOD)
    inbox = tmp_path / "inbox"
    clean = ctx.services.exchange.export_form(PERIOD, clean_id, inbox / "clean.xlsx").path
    bad = ctx.services.exchange.export_form(PERIOD, bad_id, inbox / "bad.xlsx").path
    fill(clean, [("推进中", 80, "已召开专题会议")] * 30)
    fill(bad, [("乱写", 120, "已开展")] * 30)

    assert drop(page.drop_zone, file_mime(inbox))
    wait_preview(qtbot, page, ctx)
    panel = page.preview_panel
    assert {f.name: f.state for f in panel.files_model.rows()} == {
        "clean.xlsx": FileState.READY,
        "bad.xlsx": FileState.REFUSED,
    }
    row = next(r for r, f in enumerate(panel.files_model.rows()) if f.name == "bad.xlsx")
    assert panel.files_model.index(row, FileColumn.STATE).data() == "拒收"
    assert not panel.files_model.flags(panel.files_model.index(row, FileColumn.FILE)) & Qt.ItemFlag.ItemIsUserCheckable
    assert "拒收 1 个文件" in panel.status.text() and panel.confirm_button.isEnabled()
    select_file(page, "bad.xlsx")
    assert panel.export_button.isEnabled()  # its problem list can still be sent back

    panel.confirm_button.click()
    wait_idle(qtbot, ctx)
    summary = page.result_panel.text.text()
    assert "已导入 1 个文件" in summary and "bad.xlsx：未导入" in summary
    assert len(ctx.services.history.batches()) == 1
    assert {r.submitted_on for r in ctx.services.reports.rows(PERIOD, department_id=bad_id)} == {None}

    # Dropped again: the clean file was imported before, the bad one is refused again.
    assert drop(page.drop_zone, file_mime(inbox))
    wait_preview(qtbot, page, ctx)
    assert {f.name: f.state for f in panel.files_model.rows()} == {
        "clean.xlsx": FileState.DUPLICATE,
        "bad.xlsx": FileState.REFUSED,
    }
    assert not panel.confirm_button.isEnabled() and "拒收" in panel.status.text()
    panel.cancel_button.click()


# -- unknown departments, foreign files, cancel --------------------------------------------------------------


def test_an_unknown_department_is_mapped_and_remembered(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    page = exchange_page(qtbot, window, ctx)
    department_id = targets_with_tasks(ctx, 1)[0]
    department = ctx.services.departments.get(department_id)
    form = ctx.services.exchange.export_form(PERIOD, department_id, tmp_path / "returned.xlsx").path
    written = "局办公室（代填）"
    fill(form, [("推进中", 50, "正在推进")] * 30, department=written)

    # Dropped anywhere on the window, the file goes to the import page.
    window.show_page("plans")
    assert drop(window.centralWidget(), file_mime(form))
    assert window.current_page() is page
    wait_preview(qtbot, page, ctx)
    panel = page.preview_panel
    assert panel.files_model.record(0).state == FileState.NEEDS_RESOLUTION
    assert panel.departments.isVisible() and not panel.confirm_button.isEnabled()

    combo = panel.departments.combos[written]
    combo.setCurrentIndex(combo.findData(department_id))
    panel.departments.apply_button.click()
    wait_preview(qtbot, page, ctx)
    wait_idle(qtbot, ctx)
    file = panel.files_model.record(0)
    assert (file.state, file.department_id) == (FileState.READY, department_id)
    assert written in ctx.services.departments.get(department_id).aliases
    assert not panel.departments.isVisible()

    panel.confirm_button.click()
    wait_idle(qtbot, ctx)
    rows = ctx.services.reports.rows(PERIOD, department_id=department_id)
    assert {(r.status, r.progress) for r in rows} == {("in_progress", "正在推进")}
    assert department.name in page.result_panel.text.text() or "已导入 1 个文件" in page.result_panel.text.text()


def test_a_file_that_is_not_excel_gets_a_clear_message(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    page = exchange_page(qtbot, window, ctx)
    notes = tmp_path / "会议纪要.docx"
    notes.write_bytes(b"PK\x03\x04 not really a workbook")
    text = tmp_path / "说明.txt"
    text.write_text("请查收", encoding="utf-8")
    assert drop(page.drop_zone, file_mime(notes, text))
    wait_preview(qtbot, page, ctx)
    panel = page.preview_panel
    files = panel.files_model.rows()
    assert [f.state for f in files] == [FileState.UNREADABLE, FileState.UNREADABLE]
    assert "Excel" in files[1].message and "xlsx" in files[1].message
    assert panel.files_model.index(1, FileColumn.STATE).data() == "无法读取"
    assert not panel.confirm_button.isEnabled() and "没有可以导入的文件" in panel.status.text()
    assert ctx.errors.current_box() is None  # said on the page, not in an error box


def test_a_drag_of_text_or_web_links_is_refused(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = exchange_page(qtbot, window, ctx)
    mime = QMimeData()
    mime.setText("2027Q1 报表")
    assert not drop(page.drop_zone, mime)
    web = QMimeData()
    web.setUrls([QUrl("https://example.org/form.xlsx")])
    assert not drop(page.drop_zone, web)
    assert page.preview_panel.preview is None and ctx.operations.is_idle()


def test_cancel_during_a_batch_preview(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = exchange_page(qtbot, window, ctx)
    folder = tmp_path / "batch"
    ctx.services.exchange.export_forms(PERIOD, folder, department_ids=targets_with_tasks(ctx, 12))
    read_file = preview_module.read_file

    def slow_read(*args: object, **kwargs: object) -> object:
        time.sleep(0.15)  # a slow network drive: long enough for the progress dialog
        return read_file(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(preview_module, "read_file", slow_read)
    assert drop(page.drop_zone, file_mime(folder))
    operation = ctx.operations.active()[0]
    qtbot.waitUntil(lambda: operation.progress_dialog() is not None, timeout=10_000)
    dialog = operation.progress_dialog()
    assert isinstance(dialog, QProgressDialog) and dialog.labelText() == "正在读取并核对文件…"
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    wait_idle(qtbot, ctx, timeout=20_000)
    assert page.preview_panel.preview is None and not page.preview_panel.isVisible()
    assert "已取消" in page.message.text()
    assert ctx.services.history.batches() == []
    assert page.drop_zone.files_button.isEnabled()  # the page is usable again


# -- the models -----------------------------------------------------------------------------------------------


def test_import_models_pass_the_model_tester(qtmodeltester, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    forms = ctx.services.exchange.export_forms(PERIOD, tmp_path / "forms", department_ids=targets_with_tasks(ctx, 2))
    fill(forms[0].path, [("推进中", 50, "正在推进")] * 30)
    fill(forms[1].path, [("乱写", 120, "已开展")] + [("已完成", 100, "全部完成")] * 30)
    preview = ctx.services.exchange.preview([tmp_path / "forms"])
    files = ImportFileModel()
    files.set_rows(preview.files)
    qtmodeltester.check(files)
    files.setData(files.index(0, FileColumn.FILE), Qt.CheckState.Unchecked, int(Qt.ItemDataRole.CheckStateRole))
    assert files.skipped == {preview.files[0].index} and files.applicable() == [files.record(1)]
    for model, rows in (
        (ImportRowModel(), [r for f in preview.files for r in f.rows]),
        (ImportProblemModel(), preview.problems),
        (ImportChangeModel(), [c for f in preview.files for r in f.rows for c in r.changes]),
    ):
        model.set_rows(rows)  # type: ignore[attr-defined]
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    empty = ImportFileModel()
    qtmodeltester.check(empty)
