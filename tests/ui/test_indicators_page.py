from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.indicator_table import IndicatorColumn
from ui.pages.indicators_page import IndicatorsPage


def test_table_shows_the_demo_indicators(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = window.show_page("indicators")
    wait_idle(qtbot, ctx)
    assert isinstance(page, IndicatorsPage)
    indicators = ctx.services.indicators.list()
    assert page.model.rowCount() == len(indicators) > 10
    names = [page.model.index(row, IndicatorColumn.NAME).data() for row in range(page.model.rowCount())]
    assert names == [i.name for i in indicators]
    assert page.count_label.text() == f"共 {len(indicators)} 项指标"
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers[:3] == ["指标", "单位", "类别"]
    assert any(h.endswith("年目标") for h in headers)
    with_target = next(i for i in indicators if i.targets)
    year = max(with_target.targets)
    row = names.index(with_target.name)
    column = IndicatorColumn.DEPARTMENTS + 1 + page.model.years().index(year)
    assert page.model.index(row, column).data() in (
        with_target.target_texts.get(year),
        f"{with_target.targets[year]:g}",
    )


def test_plan_filter_and_detail(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = window.show_page("indicators")
    wait_idle(qtbot, ctx)
    assert isinstance(page, IndicatorsPage)
    plan = next(p for p in ctx.services.plans.list() if p.indicator_count)
    page.plan_combo.setCurrentIndex(page.plan_combo.findData(plan.id))
    assert page.model.rowCount() == plan.indicator_count
    page.table.selectRow(0)
    assert page.model.record(0).name in page.detail.toPlainText()
    assert plan.title in page.detail.toPlainText()
