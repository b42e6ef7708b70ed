"""数据填报, 导入导出, 汇总报表, 部门 and 设置: the first versions show real data and refresh on changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.report_table import ReportColumn
from ui.pages.departments_page import DepartmentsPage
from ui.pages.entry_page import EntryPage
from ui.pages.exchange_page import ExchangePage
from ui.pages.reports_page import ReportsPage
from ui.pages.settings_page import SettingsPage


def test_entry_page_shows_a_departments_reports(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = window.show_page("entry")
    wait_idle(qtbot, ctx)
    assert isinstance(page, EntryPage)
    period = page.selected_period()
    assert period is not None and period.kind == "quarter"
    department_id = page.selected_department_id()
    assert department_id is not None
    rows = ctx.services.reports.rows(period.code, department_id=department_id)
    assert page.model.rowCount() == len(rows) > 0
    reported = next((r for r in rows if r.report_id is not None), None)
    if reported is not None:
        row = page.model.row_of_id(reported.assignment_id)
        assert row is not None
        page.table.selectRow(row)
        assert (reported.progress or "") in page.detail.toPlainText()
    statuses = {page.model.index(r, ReportColumn.STATUS).data() for r in range(page.model.rowCount())}
    assert statuses <= {"未启动", "推进中", "已完成", "滞后", "持续推进", "未报送"}


def test_entry_page_follows_the_period(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = window.show_page("entry")
    wait_idle(qtbot, ctx)
    assert isinstance(page, EntryPage)
    other = page.period_combo.count() - 1
    page.period_combo.setCurrentIndex(other)
    wait_idle(qtbot, ctx)
    period = page.selected_period()
    assert period is not None
    department_id = page.selected_department_id()
    assert page.model.rowCount() == len(ctx.services.reports.rows(period.code, department_id=department_id))


def test_exchange_page_shows_the_empty_history_honestly(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = window.show_page("exchange")
    wait_idle(qtbot, ctx)
    assert isinstance(page, ExchangePage)
    assert ctx.services.history.batches() == []
    assert page.stack.currentWidget() is page.empty_label
    assert "尚未导入" in page.empty_label.text()


def test_reports_page_counts_submissions(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = window.show_page("reports")
    wait_idle(qtbot, ctx)
    assert isinstance(page, ReportsPage)
    periods = ctx.services.periods.list()
    assert page.model.rowCount() == len(periods)
    newest = max(periods, key=lambda p: p.end_date)
    assert page.model.record(0).period == newest  # newest first
    for record in page.model.rows():
        rows = ctx.services.reports.rows(record.period.code)
        assert record.assignments == len(rows)
        assert record.reported == sum(1 for r in rows if r.report_id is not None)
        assert record.on_time + record.late == record.reported


def test_departments_page_filters_and_refreshes(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = window.show_page("departments")
    wait_idle(qtbot, ctx)
    assert isinstance(page, DepartmentsPage)
    total = len(ctx.services.departments.list())
    assert page.model.rowCount() == total
    department = next(d for d in ctx.services.departments.list() if d.aliases)
    page.filter_edit.insert(department.aliases[0])
    assert 0 < page.model.rowCount() < total
    assert department.name in [r.name for r in page.model.rows()]
    page.filter_edit.clear()
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # a change made elsewhere arrives via the change signal
        ctx.operations.run(lambda _context: ctx.services.departments.create("测试新设局", short_name="新设局"))
    assert page.model.rowCount() == total + 1


def test_settings_page_saves_the_unit_and_backs_up(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    page = window.show_page("settings")
    wait_idle(qtbot, ctx)
    assert isinstance(page, SettingsPage)
    unit = ctx.services.units.list()[-1]
    page.unit_combo.setCurrentIndex(page.unit_combo.findData(unit.id))
    page.office_edit.setText("测试局")
    qtbot.mouseClick(page.save_unit_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert ctx.services.units.installation().unit_id == unit.id
    assert ctx.services.units.installation().office_name == "测试局"
    assert unit.name in page.unit_status.text()
    assert str(ctx.database_path) == page.path_value.text()

    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    backups = list(page.backup_folder().glob("*.sqlite3"))
    assert len(backups) == 1
    assert str(backups[0]) in page.backup_status.text()
