"""数据填报 driven as a clerk drives it: choose, type, Tab and Enter, paste a block from Excel, fill down,
undo and redo, see refused cells explained, save, revert, and be asked before edits would be lost."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import _context, discard_unsaved, wait_idle
from tests.ui.helpers import focused, go_to, open_page, type_in
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.clipboard import to_tsv
from ui.models.indicator_grid import IndicatorGridColumn
from ui.models.report_grid import ReportGridColumn as C
from ui.pages.entry_page import EntryPage
from ui.pages.unsaved import UnsavedChoice


def entry(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> EntryPage:
    page = open_page(qtbot, window, ctx, "entry")
    assert isinstance(page, EntryPage)
    window.activateWindow()
    return page


def choose_department_with_gaps(qtbot: QtBot, page: EntryPage, ctx: AppContext) -> int:
    """A department with unreported tasks in the chosen period (so there is something to enter)."""
    period = page.selected_period()
    assert period is not None
    loads = ctx.services.entry.departments(period.code)
    department = max((d for d in loads if d.missing), key=lambda d: (d.missing, d.assignments))
    assert page.select_department(department.id)
    wait_idle(qtbot, ctx)
    assert page.selected_department_id() == department.id
    return department.id


def first_unreported_row(page: EntryPage) -> int:
    return next(r for r, rec in enumerate(page.report_model.records()) if rec.report_id is None)


def test_opens_on_the_latest_ended_quarter_and_a_reporting_department(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    page = entry(qtbot, window, ctx)
    period = page.selected_period()
    assert period is not None and period.code == "2026Q3"
    rows = ctx.services.reports.rows(period.code, department_id=page.selected_department_id())
    assert page.report_model.rowCount() == len(rows) > 0
    assert page.report_model.index(0, C.STATUS).data() in {"未启动", "推进中", "已完成", "滞后", "持续推进"}
    assert "报送" in page.summary_label.text()
    assert page.task_grid.model().headerData(C.PROGRESS, Qt.Orientation.Horizontal) == "进展情况"
    assert not page.save_action.isEnabled()


def test_typing_tab_and_enter_then_save(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = entry(qtbot, window, ctx)
    department_id = choose_department_with_gaps(qtbot, page, ctx)
    row = first_unreported_row(page)
    grid, model = page.task_grid, page.report_model

    go_to(qtbot, grid, row, C.STATUS)
    qtbot.keyClick(grid, Qt.Key.Key_F2)  # the status list opens
    combo = focused()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText("推进中"))
    qtbot.keyClick(combo, Qt.Key.Key_Tab)  # commits and moves right
    qtbot.waitUntil(lambda: grid.currentIndex().column() == C.PERCENT)
    assert model.index(row, C.STATUS).data() == "推进中"

    type_in(qtbot, grid, "80%", then=Qt.Key.Key_Tab)
    assert model.index(row, C.PERCENT).data() == "80%"
    assert grid.currentIndex().column() == C.PROGRESS
    type_in(qtbot, grid, "x")  # Enter commits and moves down
    assert grid.currentIndex().row() == row + 1 and grid.currentIndex().column() == C.PROGRESS
    assert model.is_edited(row) and page.save_action.isEnabled()
    assert "3" in page.changes_label.text()

    go_to(qtbot, grid, row, C.PROGRESS)
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    editor = focused()
    editor.selectAll()  # type: ignore[attr-defined]
    editor.insertPlainText("召开推进会一次")  # type: ignore[attr-defined]  # an input method types Chinese like this
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)  # a new line inside the cell
    editor.insertPlainText("完成调研")  # type: ignore[attr-defined]
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.state() != grid.State.EditingState)
    assert model.value(row, C.PROGRESS) == "召开推进会一次\n完成调研"

    with qtbot.waitSignal(page.saved, timeout=10_000):
        qtbot.keyClick(grid, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, ctx)
    saved = next(
        r
        for r in ctx.services.reports.rows("2026Q3", department_id=department_id)
        if r.assignment_id == model.record(row).assignment_id
    )
    assert (saved.status, saved.percent, saved.progress) == ("in_progress", 80, "召开推进会一次\n完成调研")
    assert not page.has_unsaved_changes() and page.undo_stack.count() == 0
    assert model.record(row).report_id is not None  # reloaded from the database
    assert "1" in page.message_label.text()


def test_pasting_a_block_from_excel_reads_synonyms_and_percent_forms(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    page = entry(qtbot, window, ctx)
    choose_department_with_gaps(qtbot, page, ctx)
    grid, model = page.task_grid, page.report_model
    rows = model.rowCount()
    go_to(qtbot, grid, 0, C.STATUS)
    block = [
        ["进行中", "0.8", "完成调研\n形成初稿", "经费不足"],
        ["完成", "100", "已办结", ""],
    ][: min(2, rows)]
    QGuiApplication.clipboard().setText(to_tsv(block))
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert model.value(0, C.STATUS) == "in_progress"
    assert model.value(0, C.PERCENT) == 80
    assert model.value(0, C.PROGRESS) == "完成调研\n形成初稿"
    assert model.value(0, C.PROBLEMS) == "经费不足"
    if rows > 1:
        assert (model.value(1, C.STATUS), model.value(1, C.PERCENT), model.value(1, C.PROBLEMS)) == ("done", 100, None)
    assert "粘贴" in page.message_label.text()
    assert page.undo_stack.count() == 1  # the whole block is one step

    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not page.has_unsaved_changes()
    qtbot.keyClick(grid, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert model.value(0, C.PERCENT) == 80

    copied = grid.copy_selection()
    assert copied.startswith('推进中\t80%\t"完成调研\n形成初稿"')


def test_refused_cells_say_why_and_block_saving(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = entry(qtbot, window, ctx)
    choose_department_with_gaps(qtbot, page, ctx)
    grid, model = page.task_grid, page.report_model
    row = first_unreported_row(page)
    go_to(qtbot, grid, row, C.PERCENT)
    type_in(qtbot, grid, "120", then=Qt.Key.Key_Tab)
    go_to(qtbot, grid, row, C.PERCENT)
    assert model.index(row, C.PERCENT).data() == "120"
    assert "0" in grid.note_text() and "100" in grid.note_text()  # the reason, next to the cell
    assert grid.note.geometry().left() >= grid.visualRect(model.index(row, C.PERCENT)).right()
    problems = model.problems()
    assert {(p[0], p[1]) for p in problems} == {(row, C.PERCENT), (row, C.STATUS)}  # a report needs a status
    assert "状态" in dict(((p[0], p[1]), p[2]) for p in problems)[(row, C.STATUS)]

    go_to(qtbot, grid, 0, 0)
    assert not page.save()  # refused: jumps to the first red cell
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (row, C.STATUS)
    assert "红色" in page.message_label.text()

    QGuiApplication.clipboard().setText("未启动\t0")
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert model.problems() == []
    assert not grid.note_text()


def test_fill_down_and_clear(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = entry(qtbot, window, ctx)
    choose_department_with_gaps(qtbot, page, ctx)
    grid, model = page.task_grid, page.report_model
    last = model.rowCount() - 1
    assert last >= 1
    go_to(qtbot, grid, 0, C.NEXT_STEPS)
    QGuiApplication.clipboard().setText("下季度完成验收")
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    grid._select(0, C.NEXT_STEPS, last, C.NEXT_STEPS)
    qtbot.keyClick(grid, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert all(model.value(r, C.NEXT_STEPS) == "下季度完成验收" for r in range(last + 1))
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert all(model.value(r, C.NEXT_STEPS) is None for r in range(last + 1))
    assert page.undo_stack.count() == 3
    page.undo_action.trigger()
    assert model.value(last, C.NEXT_STEPS) == "下季度完成验收"


def test_revert_drops_edits_and_read_only_columns_are_skipped(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    page = entry(qtbot, window, ctx)
    grid, model = page.task_grid, page.report_model
    go_to(qtbot, grid, 0, C.TASK)
    QGuiApplication.clipboard().setText("改名\t责任\t滞后")
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert model.value(0, C.STATUS) == "lagging"
    assert model.index(0, C.TASK).data() != "改名"
    assert "2" in page.message_label.text()  # two read-only cells left alone
    page.revert_action.trigger()
    assert not page.has_unsaved_changes()
    assert model.value(0, C.STATUS) == model.record(0).status


def test_a_locked_period_is_read_only(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = entry(qtbot, window, ctx)
    assert page.select_period("2026Q1")
    wait_idle(qtbot, ctx)
    period = page.selected_period()
    assert period is not None and period.locked
    assert page.lock_banner.isVisible() and "锁定" in page.lock_banner.text()
    grid, model = page.task_grid, page.report_model
    assert not (model.flags(model.index(0, C.STATUS)) & Qt.ItemFlag.ItemIsEditable)
    go_to(qtbot, grid, 0, C.PERCENT)
    qtbot.keyClick(grid, "5")
    assert grid.state() != grid.State.EditingState
    QGuiApplication.clipboard().setText("滞后")
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert not page.has_unsaved_changes()
    assert not page.paste_action.isEnabled()


def test_changing_department_with_edits_asks_first(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = entry(qtbot, window, ctx)
    grid = page.task_grid
    first = page.selected_department_id()
    go_to(qtbot, grid, 0, C.STATUS)
    QGuiApplication.clipboard().setText("滞后")
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    asked: list[int] = []

    def stay() -> UnsavedChoice:
        asked.append(1)
        return UnsavedChoice.CANCEL

    page.ask_unsaved = stay
    other = page.department_combo.count() - 1 if page.department_combo.currentIndex() == 0 else 0
    page.department_combo.setCurrentIndex(other)
    wait_idle(qtbot, ctx)
    assert asked and page.selected_department_id() == first and page.has_unsaved_changes()
    assert page.department_combo.currentData() == first

    page.ask_unsaved = lambda: UnsavedChoice.DISCARD
    page.department_combo.setCurrentIndex(other)
    wait_idle(qtbot, ctx)
    assert page.selected_department_id() != first and not page.has_unsaved_changes()


def test_saving_when_asked_then_goes_on(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = entry(qtbot, window, ctx)
    grid, model = page.task_grid, page.report_model
    go_to(qtbot, grid, 0, C.PERCENT)
    type_in(qtbot, grid, "55")
    assignment = model.record(0).assignment_id
    page.ask_unsaved = lambda: UnsavedChoice.SAVE
    window.show_page("departments")  # asks, saves, then goes on
    qtbot.waitUntil(lambda: window.current_page().KEY == "departments", timeout=10_000)
    wait_idle(qtbot, ctx)
    row = next(r for r in ctx.services.reports.rows("2026Q3") if r.assignment_id == assignment)
    assert row.percent == 55


def test_history_of_the_selected_task(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = entry(qtbot, window, ctx)
    go_to(qtbot, page.task_grid, 1, C.STATUS)
    record = page.report_model.record(1)
    with qtbot.waitSignal(page.history.loaded, timeout=10_000):
        page.history_action.trigger()
    assert page.tabs.currentWidget() is page.history
    history = ctx.services.reports.task_history(record.task_id)
    assert page.history.model.rowCount() == len(history) > 1
    assert page.history.model.record(0).period_code == max(history, key=lambda r: r.submitted_on).period_code
    assert record.task_title in page.history.heading_label.text()


def test_a_change_elsewhere_waits_for_unsaved_edits(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = entry(qtbot, window, ctx)
    grid = page.task_grid
    go_to(qtbot, grid, 0, C.PERCENT)
    type_in(qtbot, grid, "33")
    task = page.report_model.record(0).task_id
    ctx.operations.run(lambda _c: ctx.services.tasks.update(task, title="改过的标题"))
    qtbot.waitUntil(lambda: "刷新" in page.message_label.text())
    assert page.has_unsaved_changes()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.revert_action.trigger()
    assert any(r.task_title == "改过的标题" for r in page.report_model.records())


def choose_2025q4_and_the_last_department(qtbot: QtBot, page: EntryPage, ctx: AppContext) -> int:
    assert page.select_period("2025Q4")
    wait_idle(qtbot, ctx)
    department = page.department_combo.itemData(page.department_combo.count() - 1)
    assert page.select_department(department)
    wait_idle(qtbot, ctx)
    return int(department)


def entry_in_a_new_window(qtbot: QtBot, ctx: AppContext) -> EntryPage:
    """The 数据填报 page of a window opened afresh on ``ctx`` (what the clerk sees after a restart)."""
    main = MainWindow(ctx)
    discard_unsaved(main)
    qtbot.addWidget(main)
    main.show()
    page = main.show_page("entry")
    assert isinstance(page, EntryPage)
    wait_idle(qtbot, ctx)
    return page


def test_the_last_choice_is_remembered(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    department = choose_2025q4_and_the_last_department(qtbot, entry(qtbot, window, ctx), ctx)
    page = entry_in_a_new_window(qtbot, ctx)
    assert page.selected_period().code == "2025Q4"  # type: ignore[union-attr]
    assert page.selected_department_id() == department


def test_a_choice_is_remembered_per_database(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, demo_path: Path, tmp_path: Path
) -> None:
    """The same ids name other rows in another database: a choice made in one is not carried into the next."""
    department = choose_2025q4_and_the_last_department(qtbot, entry(qtbot, window, ctx), ctx)
    other_path = tmp_path / "other" / "copy.sqlite3"
    other_path.parent.mkdir()
    shutil.copy(demo_path, other_path)
    opened = _context(other_path, is_demo=False)
    other = next(opened)
    try:
        page = entry_in_a_new_window(qtbot, other)
        assert page.selected_period().code != "2025Q4"  # type: ignore[union-attr]
        assert page.selected_department_id() != department
        page.window().close()
    finally:
        next(opened, None)  # the fixture's clean-up: runner, bridge and database


def test_a_departments_indicator_values_are_entered_and_saved_with_the_reports(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    page = entry(qtbot, window, ctx)
    period = page.selected_period()
    assert period is not None
    # a department that has reported and has no indicator yet (the demo clerk gave 赤峰's to a few)
    entry_service = ctx.services.entry
    department = next(
        d.id
        for d in entry_service.departments(period.code)
        if d.reported == d.assignments and not entry_service.indicators(period.code, d.id)
    )
    page.department_combo.setCurrentIndex(page.department_combo.findData(department))
    wait_idle(qtbot, ctx)
    assert page.selected_department_id() == department and page.indicator_model.rowCount() == 0
    indicator = next(i for i in ctx.services.indicators.list() if i.kind == "level")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        ctx.operations.run(lambda _c: ctx.services.indicators.add_department(indicator.id, department))
    assert page.indicator_model.rowCount() == 1 and "1" in page.tabs.tabText(1)
    page.tabs.setCurrentWidget(page.indicator_stack)
    grid, model = page.indicator_grid, page.indicator_model
    go_to(qtbot, grid, 0, IndicatorGridColumn.VALUE)
    type_in(qtbot, grid, "abc")
    assert model.problem(0, IndicatorGridColumn.VALUE)
    go_to(qtbot, grid, 0, IndicatorGridColumn.VALUE)
    type_in(qtbot, grid, "15,000")  # read as the Excel import reads it
    assert model.value(0, IndicatorGridColumn.VALUE) == 15000.0
    go_to(qtbot, page.task_grid, 0, C.PERCENT)
    type_in(qtbot, page.task_grid, "77")
    with qtbot.waitSignal(page.saved, timeout=10_000):
        assert page.save()
    wait_idle(qtbot, ctx)
    values = [v for v in ctx.services.values.list(indicator_id=indicator.id) if v.period_code == "2026Q3"]
    assert [(v.value, v.department_id) for v in values] == [(15000.0, department)]
    assert page.report_model.record(0).percent == 77


def test_a_report_typed_in_keeps_the_day_the_department_sent_it(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    from datetime import date, timedelta

    from ipdesk.analytics.submissions import Submission, SubmissionItem, classify
    from ipdesk.domain.periods import Period

    page = entry(qtbot, window, ctx)
    department_id = choose_department_with_gaps(qtbot, page, ctx)
    row = first_unreported_row(page)
    grid, model = page.task_grid, page.report_model
    period = page.selected_period()
    assert period is not None and period.due_date < date.today()  # typing it in today would make it late
    assert model.flags(model.index(row, C.SUBMITTED)) & Qt.ItemFlag.ItemIsEditable

    go_to(qtbot, grid, row, C.STATUS)
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    combo = focused()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText("推进中"))
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: grid.currentIndex().column() == C.PERCENT)
    type_in(qtbot, grid, "60")
    today = date.today().isoformat()
    assert model.index(row, C.SUBMITTED).data() == today  # what saving would record unless changed

    # A date to come is refused, with the reason next to the cell.
    go_to(qtbot, grid, row, C.SUBMITTED)
    type_in(qtbot, grid, (date.today() + timedelta(days=3)).isoformat())
    assert model.problem(row, C.SUBMITTED) and "未来" in model.index(row, C.SUBMITTED).data(Qt.ItemDataRole.ToolTipRole)
    # The day the department phoned it in, before the due date.
    sent = period.due_date - timedelta(days=2)
    go_to(qtbot, grid, row, C.SUBMITTED)
    type_in(qtbot, grid, f"{sent.year}.{sent.month}.{sent.day}")  # read as the Excel import reads 填报日期
    assert model.problem(row, C.SUBMITTED) is None and model.index(row, C.SUBMITTED).data() == sent.isoformat()

    with qtbot.waitSignal(page.saved, timeout=10_000):
        qtbot.keyClick(grid, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, ctx)
    assignment = model.record(row).assignment_id
    saved = next(
        r for r in ctx.services.reports.rows(period.code, department_id=department_id) if r.assignment_id == assignment
    )
    assert (saved.status, saved.percent, saved.submitted_on) == ("in_progress", 60, sent)
    item = SubmissionItem(department_id, "", Period.parse(period.code), period.due_date, saved.submitted_on)
    assert classify(item, date.today()) is Submission.ON_TIME
    assert model.index(row, C.SUBMITTED).data() == sent.isoformat()  # reloaded from the database
