"""总览: the four charts show the analytics' figures, hover gives exact values, a click lists the items behind a
bar or point, each chart exports to PNG, filters narrow everything, and a change elsewhere redraws."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from ipdesk.analytics.charts import completion_by_department, status_distribution
from ipdesk.analytics.desk import PROGRESS_SEGMENTS, progress_segment
from ipdesk.services.reports import ReportInput
from tests.ui.conftest import wait_idle
from tests.ui.helpers import open_page
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.dashboard_page import DashboardPage

PNG = b"\x89PNG\r\n\x1a\n"


def dashboard(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> DashboardPage:
    page = open_page(qtbot, window, ctx, "dashboard")
    assert isinstance(page, DashboardPage)
    assert page._data is not None and page._data.counts is not None
    return page


def test_charts_show_the_analytics_figures(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = dashboard(qtbot, window, ctx)
    data = page._data
    assert data is not None and data.tasks is not None and data.period is not None
    assert data.period.code == "2026Q3"
    assert all(chart.has_chart() for chart in page.charts())
    assert page.status.chart is not None
    assert data.tasks is not None
    expected = status_distribution(data.tasks.by_task)  # counted in SQL, drawn as judging every task gives
    assert page.status.chart.categories == tuple(s.label for s in expected.slices)
    assert page.status.chart.series[0].values == tuple(float(s.value) for s in expected.slices)
    assert page.status.chart.title == expected.title
    cards = page.departments.shown_cards()
    assert page.departments.chart is not None
    assert sorted(page.departments.chart.categories) == sorted(completion_by_department(cards).categories)
    assert page.departments.chart.series[0].name == "已完成"
    assert page.completeness.chart is not None and "2026年第3季度" in page.completeness.chart.title
    assert page.trajectory.current is not None and page.trajectory.points()
    assert "评价日期" in page.as_of_label.text()


def test_hover_gives_exact_values_and_a_click_lists_the_items(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    page = dashboard(qtbot, window, ctx)
    chart = page.departments
    assert chart.chart is not None
    row = 0
    series = next(i for i, s in enumerate(chart.chart.series) if s.values[row])
    point = chart.point_of(row, series)
    text = chart.tooltip_at(point)
    department = chart.chart.categories[row]
    value = chart.chart.series[series].values[row]
    assert department in text and f"{value:g}" in text and "合计" in text

    assert page._data is not None and not page._data.tasks_loaded  # the items are read on the first click
    found = chart.click_at(point)
    assert found is not None
    wait_idle(qtbot, ctx)
    dialog = page.dialogs[-1]
    qtbot.addWidget(dialog)
    card = chart.shown_cards()[row]
    items = [
        a
        for a in page._data.tasks.by_assignment  # type: ignore[union-attr]
        if a.department_id == card.department_id and progress_segment(a) == PROGRESS_SEGMENTS[series]
    ]
    assert dialog.model.rowCount() == len(items) == value
    assert department in dialog.windowTitle()

    status = page.status
    assert status.chart is not None
    status.click_at(status.point_of(0, 0))
    dialog = page.dialogs[-1]
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == status.chart.series[0].values[0]

    completeness = page.completeness
    assert completeness.chart is not None
    series = next(i for i, s in enumerate(completeness.chart.series) if s.values[0])
    completeness.click_at(completeness.point_of(0, series))
    dialog = page.dialogs[-1]
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == completeness.chart.series[series].values[0]


def test_trajectory_hover_click_and_today(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = dashboard(qtbot, window, ctx)
    chart = page.trajectory
    points = chart.points()
    today = next(p for p in points if p.series == "今日序时目标")
    assert f"{today.value:g}"[:4] in chart.tooltip_at(chart.point_position(today))
    actual = next(p for p in points if p.series == "实际值")
    hit = chart.click_at(chart.point_position(actual))
    assert hit is not None and hit.key == actual
    dialog = page.dialogs[-1]
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() >= 1 and chart.current is not None
    assert chart.current.name in dialog.windowTitle()
    other = chart.indicator_combo.count() - 1
    chart.indicator_combo.setCurrentIndex(other)
    assert chart.current.indicator_id == chart.indicator_combo.itemData(other)


def test_each_chart_exports_to_png(qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path) -> None:
    page = dashboard(qtbot, window, ctx)
    for number, chart in enumerate(page.charts()):
        with qtbot.waitSignal(chart.exported):
            written = chart.export_png(tmp_path / f"chart{number}")
        data = written.read_bytes()
        assert written.suffix == ".png" and data.startswith(PNG) and len(data) > 5_000


def test_filters_narrow_the_charts(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = dashboard(qtbot, window, ctx)
    chart = page.departments
    assert chart.chart is not None and len(chart.chart.categories) > 1
    department = chart.shown_cards()[0].department_id
    page.department_combo.setCurrentIndex(page.department_combo.findData(department))
    wait_idle(qtbot, ctx)
    assert [c.department_id for c in chart.shown_cards()] == [department]
    assert page._data is not None and page._data.scope is not None and page._data.scope.department is not None
    page.department_combo.setCurrentIndex(0)
    wait_idle(qtbot, ctx)

    plan = next(p for p in ctx.services.plans.list() if p.title.startswith("关于巴彦淖尔"))
    page.plan_combo.setCurrentIndex(page.plan_combo.findData(plan.id))
    wait_idle(qtbot, ctx)
    assert page._data is not None and page._data.scope is not None
    assert page._data.scope.plan_ids == (plan.id,)
    page.period_combo.setCurrentIndex(page.period_combo.findData("2025"))
    wait_idle(qtbot, ctx)
    assert page._data.period is not None and page._data.period.code == "2025"
    assert "2025年" in (page.completeness.chart.title if page.completeness.chart else "")


def test_a_change_elsewhere_redraws(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = dashboard(qtbot, window, ctx)
    data = page._data
    assert data is not None and data.tasks is not None
    done_before = sum(1 for a in data.tasks.by_task if a.status == "done")
    target = next(a for a in data.tasks.by_task if a.status != "done" and a.report is not None)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        ctx.operations.run(
            lambda _c: ctx.services.reports.save("2026Q3", [ReportInput(target.report.assignment_id, "done", 100)])  # type: ignore[union-attr]
        )
    assert page._data is not None and page._data.tasks is not None
    assert sum(1 for a in page._data.tasks.by_task if a.status == "done") == done_before + 1


def test_filters_are_remembered(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = dashboard(qtbot, window, ctx)
    page.period_combo.setCurrentIndex(page.period_combo.findData("2026Q2"))
    wait_idle(qtbot, ctx)
    page.departments.set_sort("name")
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show()
    wait_idle(qtbot, ctx)
    other = again.page("dashboard")
    assert isinstance(other, DashboardPage)
    assert other._data is not None and other._data.period is not None and other._data.period.code == "2026Q2"
    assert other.departments.sort_key() == "name"
