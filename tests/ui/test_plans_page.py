from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.plan_tree import NodeKind
from ui.pages.plans_page import PlansPage


def plans_page(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> PlansPage:
    page = window.show_page("plans")
    wait_idle(qtbot, ctx)
    assert isinstance(page, PlansPage)
    return page


def test_tree_shows_the_demo_plans(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = plans_page(qtbot, window, ctx)
    plans = ctx.services.plans.list()
    assert len(plans) >= 3
    shown = [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]
    assert shown == [plan.title for plan in plans]


def test_selecting_a_task_shows_its_full_text_and_departments(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    page = plans_page(qtbot, window, ctx)
    task = next(t for t in ctx.services.tasks.list() if len(t.assignments) >= 2 and len(t.text) > 60)
    index = page.proxy.mapFromSource(page.model.find(NodeKind.TASK, task.id))
    assert index.isValid()
    page.tree.scrollTo(index)
    rect = page.tree.visualRect(index)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = page.detail.toPlainText()
    assert task.title in text
    assert task.text.splitlines()[0] in text
    for label in task.departments():
        assert label in text
    assert "所属规划" in text


def test_keyboard_walks_the_tree(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = plans_page(qtbot, window, ctx)
    page.tree.setFocus()
    page.tree.setCurrentIndex(page.proxy.index(0, 0))
    first = ctx.services.plans.list()[0]
    assert first.title in page.detail.toPlainText()
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    assert page.current_node() is not None
    assert page.current_node().kind is NodeKind.SECTION  # type: ignore[union-attr]


def test_filter_by_department_keeps_only_its_tasks(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = plans_page(qtbot, window, ctx)
    task = next(t for t in ctx.services.tasks.list() if t.assignments)
    name = task.assignments[0].department_name
    page.filter_edit.setFocus()
    page.filter_edit.insert(name)  # QTest cannot type Chinese; this is what an input method does
    shown: list[int] = []
    stack = [page.proxy.index(row, 0) for row in range(page.proxy.rowCount())]
    while stack:
        index = stack.pop()
        node = page.model.node(page.proxy.mapToSource(index))
        if node.kind is NodeKind.TASK:
            shown.append(node.id)  # type: ignore[arg-type]
        stack.extend(page.proxy.index(row, 0, index) for row in range(page.proxy.rowCount(index)))
    assert task.id in shown
    expected = {t.id for t in ctx.services.tasks.list() if any(a.department_name == name for a in t.assignments)}
    assert expected <= set(shown)
    assert len(shown) < len(ctx.services.tasks.list())


def test_a_change_elsewhere_refreshes_the_tree(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = plans_page(qtbot, window, ctx)
    plan = ctx.services.plans.list()[0]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        ctx.operations.run(lambda _context: ctx.services.tasks.create(plan.id, "新增的测试任务", number="99"))
    wait_idle(qtbot, ctx)
    plan_index = page.proxy.index(0, 0)
    titles = [
        page.model.node(page.proxy.mapToSource(page.proxy.index(r, 0, plan_index))).text
        for r in range(page.proxy.rowCount(plan_index))
    ]
    assert "99. 新增的测试任务" in titles
