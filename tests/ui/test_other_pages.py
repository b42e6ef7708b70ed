"""导入导出, 汇总报表 and 设置 show real data and refresh on changes (数据填报 and 部门 have their own tests)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipdesk.reports.data import home_plans
from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.exchange_page import ExchangePage
from ui.pages.reports_page import ReportsPage
from ui.pages.settings_page import SettingsPage


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
    quarters = [p for p in ctx.services.periods.list() if p.kind == "quarter"]
    assert page.model.rowCount() == len(quarters)  # the yearly periods only carry indicator values
    newest = max(quarters, key=lambda p: p.end_date)
    assert page.model.record(0).period == newest  # newest first
    home = {plan.id for plan in home_plans(ctx.services)}
    assert len(home) < len(ctx.services.plans.list())  # another city's plan is not this office's work
    for record in page.model.rows():
        rows = [r for r in ctx.services.reports.rows(record.period.code) if r.plan_id in home]
        assert record.assignments == len(rows)
        assert record.reported == sum(1 for r in rows if r.report_id is not None)
        assert record.on_time + record.late == record.reported


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
