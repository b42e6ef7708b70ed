"""指标: where each indicator stands today, filtered and sorted; its chart; targets and values edited."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from ipdesk.analytics.desk import indicator_standing
from ipdesk.analytics.rag import Rag
from tests.ui.conftest import wait_idle
from tests.ui.helpers import go_to, open_page, type_in
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.indicator_edit_grids import TargetColumn, ValueColumn
from ui.models.indicator_table import IndicatorColumn as C
from ui.pages.indicators_page import IndicatorsPage


def indicators(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> IndicatorsPage:
    page = open_page(qtbot, window, ctx, "indicators")
    assert isinstance(page, IndicatorsPage)
    return page


def test_every_indicator_with_its_standing_today(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = indicators(qtbot, window, ctx)
    assert page.model.visible_count() == len(ctx.services.indicators.list()) > 10
    assert page.count_label.text() == f"共 {page.model.visible_count()} 项指标"
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    year = date.today().year
    assert headers[:2] == ["指标", "单位"] and f"{year}年目标" in headers
    assert {"最新实际值", "完成率", "序时进度（今日应达）", "评价"} <= set(headers)
    line = next(r for r in page.model.rows() if r.observations and r.info.baseline_value is not None)
    row = page.model.row_of_id(line.id)
    assert row is not None
    standing = indicator_standing(line.standing.spec, line.observations, date.today())  # the analytics, not the UI
    assert page.model.index(row, C.RAG).data() == standing.rag.label
    assert page.model.index(row, C.COMPLETION).data().endswith("%")
    assert page.model.index(row, C.LATEST).data().endswith("）")  # with its period
    assert page.model.index(row, C.RAG).data(Qt.ItemDataRole.DecorationRole) is not None


def test_filters_sort_and_chart(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = indicators(qtbot, window, ctx)
    plan = next(p for p in ctx.services.plans.list() if p.indicator_count)
    page.plan_combo.setCurrentIndex(page.plan_combo.findData(plan.id))
    assert page.model.visible_count() == plan.indicator_count
    assert plan.title in page.detail.toPlainText()
    page.plan_combo.setCurrentIndex(0)
    page.rag_combo.setCurrentIndex(page.rag_combo.findData(Rag.RED.value))
    assert page.model.visible_count() > 0
    assert all(line.standing.rag is Rag.RED for line in page.model.rows())
    page.rag_combo.setCurrentIndex(0)
    page.table.sortByColumn(C.RAG, Qt.SortOrder.AscendingOrder)
    ranks = [line.standing.rag.rank for line in page.model.rows()]
    assert ranks == sorted(ranks)
    page.filter_edit.insert("商标")
    assert all("商标" in line.info.name or "商标" in line.plan.title for line in page.model.rows())

    line = page.current_line()
    assert line is not None
    assert page.chart.has_chart() and line.info.name in page.chart.title()
    assert page.chart.points(), "targets or values drawn"


def test_editing_targets_and_values_in_the_dialog(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = indicators(qtbot, window, ctx)
    line = next(r for r in page.model.rows() if r.info.kind == "level" and r.value_unit_id is not None)
    assert page.select_indicator(line.id)
    page.edit_indicator()
    wait_idle(qtbot, ctx)
    dialog = page.dialog
    qtbot.waitExposed(dialog)

    targets = dialog.targets
    row_2025 = next(r for r, rec in enumerate(targets.records()) if rec.year == 2025)
    go_to(qtbot, dialog.target_grid, row_2025, TargetColumn.TARGET)
    QGuiApplication.clipboard().setText("123\r\n很多\r\n")  # a column copied from Excel, the second cell wrong
    qtbot.keyClick(dialog.target_grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert targets.value(row_2025, TargetColumn.TARGET) == 123.0
    if row_2025 + 1 < targets.rowCount():
        assert targets.problem(row_2025 + 1, TargetColumn.TARGET)
        dialog.save()
        assert dialog.isVisible() and "红色" in dialog.message.text()
        qtbot.keyClick(dialog.target_grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        go_to(qtbot, dialog.target_grid, row_2025, TargetColumn.TARGET)
        type_in(qtbot, dialog.target_grid, "123")

    values = dialog.values
    row = next(r for r, rec in enumerate(values.records()) if rec.code == "2026Q3")
    dialog.tabs.setCurrentWidget(dialog.value_grid)
    go_to(qtbot, dialog.value_grid, row, ValueColumn.VALUE)
    type_in(qtbot, dialog.value_grid, "1,234")
    assert values.value(row, ValueColumn.VALUE) == 1234.0
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    wait_idle(qtbot, ctx)
    info = ctx.services.indicators.get(line.id)
    assert info.targets[2025] == 123.0
    stored = [v for v in ctx.services.values.list(indicator_id=line.id) if v.period_code == "2026Q3"]
    assert [v.value for v in stored] == [1234.0]
    refreshed = next(r for r in page.model.all_rows() if r.id == line.id)
    assert refreshed.info.targets[2025] == 123.0  # the page refreshed through the change signal


def test_locked_periods_refuse_values_and_departments_are_assigned(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    page = indicators(qtbot, window, ctx)
    line = page.model.rows()[0]
    page.select_indicator(line.id)
    page.edit_indicator()
    wait_idle(qtbot, ctx)
    dialog = page.dialog
    values = dialog.values
    locked = next(r for r, rec in enumerate(values.records()) if rec.locked)
    assert not (values.flags(values.index(locked, ValueColumn.VALUE)) & Qt.ItemFlag.ItemIsEditable)
    assert "锁定" in values.index(locked, ValueColumn.VALUE).data(Qt.ItemDataRole.ToolTipRole)

    department = ctx.services.departments.list()[0]
    dialog.department_combo.setCurrentIndex(dialog.department_combo.findData(department.id))
    dialog.add_department()
    wait_idle(qtbot, ctx)
    assert department.id in {d for d, _n, _r in ctx.services.indicators.get(line.id).departments}
    assert dialog.department_list.count() == 1
    dialog.department_list.setCurrentRow(0)
    dialog.remove_department()
    wait_idle(qtbot, ctx)
    assert ctx.services.indicators.get(line.id).departments == ()
    dialog.reject()
