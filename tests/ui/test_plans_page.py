"""规划与任务: the tree, its filters (department, status, overdue, year, words), the detail panel, assignments
edited in place, and tasks added, edited and deleted through the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipdesk.domain.enums import Role
from tests.ui.conftest import wait_idle
from tests.ui.helpers import open_page
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.plan_tree import NodeKind
from ui.pages.plans_page import PlansPage


def plans_page(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> PlansPage:
    page = open_page(qtbot, window, ctx, "plans")
    assert isinstance(page, PlansPage)
    return page


def click_task(qtbot: QtBot, page: PlansPage, task_id: int) -> None:
    index = page.model.find(NodeKind.TASK, task_id)
    assert index.isValid()
    page.tree.scrollTo(index)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=page.tree.visualRect(index).center())
    assert page.current_task() is not None and page.current_task().id == task_id  # type: ignore[union-attr]


def test_tree_shows_the_demo_plans(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = plans_page(qtbot, window, ctx)
    plans = ctx.services.plans.list()
    assert [page.model.index(row, 0).data() for row in range(page.model.rowCount())] == [p.title for p in plans]
    assert page.count_label.text() == f"共 {len(ctx.services.tasks.list())} 项任务"
    assert "2026年第3季度" in page.reference_label.text()


def test_selecting_a_task_shows_text_departments_standing_and_history(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    page = plans_page(qtbot, window, ctx)
    reported = {r.task_id for r in ctx.services.reports.rows("2026Q3") if r.report_id is not None}
    task = next(t for t in ctx.services.tasks.list() if len(t.assignments) >= 2 and t.id in reported)
    click_task(qtbot, page, task.id)
    text = page.detail.toPlainText()
    assert task.title in text and task.text.splitlines()[0] in text
    assert "所属规划" in text and "2026年第3季度：" in text
    assert page.assignments.table.rowCount() == len(task.assignments)
    page.tabs.setCurrentWidget(page.history)
    qtbot.waitUntil(lambda: page.history.model.rowCount() > 0, timeout=10_000)
    assert page.history.model.rowCount() == len(ctx.services.reports.task_history(task.id))
    index = page.model.find(NodeKind.TASK, task.id)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None  # the standing dot


def test_keyboard_walks_the_tree(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = plans_page(qtbot, window, ctx)
    page.tree.setFocus()
    page.tree.setCurrentIndex(page.model.index(0, 0))
    first = ctx.services.plans.list()[0]
    assert first.title in page.detail.toPlainText()
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    assert page.current_node() is not None
    assert page.current_node().kind is NodeKind.SECTION  # type: ignore[union-attr]


def test_filters_by_department_status_overdue_year_and_words(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = plans_page(qtbot, window, ctx)
    everything = set(page.visible_task_ids())
    task = next(t for t in ctx.services.tasks.list() if t.assignments)
    department = task.assignments[0].department_id
    page.department_combo.setCurrentIndex(page.department_combo.findData(department))
    shown = set(page.visible_task_ids())
    expected = {t.id for t in ctx.services.tasks.list() if any(a.department_id == department for a in t.assignments)}
    assert shown == expected and task.id in shown
    page.department_combo.setCurrentIndex(0)

    page.status_combo.setCurrentIndex(page.status_combo.findData("lagging"))
    lagging = set(page.visible_task_ids())
    assert lagging and lagging < everything
    reports = {r.task_id: r.status for r in ctx.services.reports.rows("2026Q3") if r.report_id is not None}
    assert all(reports.get(t) == "lagging" for t in lagging)
    page.status_combo.setCurrentIndex(0)

    page.overdue_box.setChecked(True)
    overdue = set(page.visible_task_ids())
    assert overdue < everything
    assert all(ctx.services.tasks.get(t).deadline is not None for t in overdue)
    page.overdue_box.setChecked(False)

    year = page.year_combo.itemData(1)
    page.year_combo.setCurrentIndex(1)
    for task_id in page.visible_task_ids():
        info = ctx.services.tasks.get(task_id)
        assert info.year == year or (info.deadline is not None and info.deadline.year == year)
    page.year_combo.setCurrentIndex(0)

    page.filter_edit.setFocus()
    page.filter_edit.insert("商标")  # QTest cannot type Chinese; this is what an input method does
    qtbot.waitUntil(lambda: set(page.visible_task_ids()) != everything)
    assert all(
        "商标" in ctx.services.tasks.get(t).title + ctx.services.tasks.get(t).text for t in page.visible_task_ids()
    )


def test_assignments_are_edited_in_place(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = plans_page(qtbot, window, ctx)
    task = next(t for t in ctx.services.tasks.list() if len(t.assignments) >= 2)
    click_task(qtbot, page, task.id)
    editor = page.assignments
    first = task.assignments[0]
    editor.role_box(0).setCurrentIndex(editor.role_box(0).findData(Role.SUPPORT.value))
    wait_idle(qtbot, ctx)
    assert ctx.services.tasks.get(task.id).assignments[0].role == Role.SUPPORT.value

    newcomer = next(
        d for d in ctx.services.departments.list() if d.id not in {a.department_id for a in task.assignments}
    )
    editor.department_combo.setCurrentIndex(editor.department_combo.findData(newcomer.id))
    editor.role_combo.setCurrentIndex(editor.role_combo.findData(Role.LEAD.value))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert (newcomer.id, Role.LEAD.value) in {
        (a.department_id, a.role) for a in ctx.services.tasks.get(task.id).assignments
    }
    qtbot.waitUntil(lambda: page.assignments.table.rowCount() == len(task.assignments) + 1)

    asked: list[str] = []
    editor.confirm = lambda question: asked.append(question) or True  # type: ignore[func-returns-value]
    qtbot.mouseClick(editor.remove_button(0), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert asked and first.department_label in asked[0]
    assert first.id not in {a.id for a in ctx.services.tasks.get(task.id).assignments}


def test_add_edit_and_delete_a_task(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = plans_page(qtbot, window, ctx)
    plan = ctx.services.plans.list()[0]
    page.select(NodeKind.PLAN, plan.id)
    dialog = page.task_dialog(None)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.submit()  # no title yet: said under the field
    assert not dialog.errors["title"].isHidden()
    dialog.number_edit.setText("99")
    dialog.title_edit.setText("新增的测试任务")
    dialog.deadline_edit.setText("2027年6月底前")
    assert "2027-06-30" in dialog.deadline_meaning.text()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        dialog.submit()
    created = next(t for t in ctx.services.tasks.list() if t.title == "新增的测试任务")
    assert created.deadline is not None and created.deadline.isoformat() == "2027-06-30"
    qtbot.waitUntil(lambda: page.current_task() is not None and page.current_task().id == created.id)  # type: ignore[union-attr]

    dialog = page.task_dialog(created)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("x" * 301)
    dialog.submit()
    wait_idle(qtbot, ctx)
    assert not dialog.errors["title"].isHidden() and "300" in dialog.errors["title"].text()
    dialog.title_edit.setText("改名后的测试任务")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        dialog.submit()
    assert ctx.services.tasks.get(created.id).title == "改名后的测试任务"

    page.select(NodeKind.TASK, created.id)
    page.confirm = lambda _question: True
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.delete_task()
    assert created.id not in {t.id for t in ctx.services.tasks.list()}


def test_a_change_elsewhere_refreshes_the_tree(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = plans_page(qtbot, window, ctx)
    plan = ctx.services.plans.list()[0]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        ctx.operations.run(lambda _context: ctx.services.tasks.create(plan.id, "别处新增的任务", number="98"))
    wait_idle(qtbot, ctx)
    plan_index = page.model.index(0, 0)
    titles = [page.model.node(page.model.index(r, 0, plan_index)).text for r in range(page.model.rowCount(plan_index))]
    assert "98. 别处新增的任务" in titles


def test_plans_page_offers_the_plan_import(qtbot: QtBot, window: MainWindow, ctx: AppContext, monkeypatch) -> None:
    import ui.intake as intake

    opened: list[object] = []
    monkeypatch.setattr(intake, "open_intake_wizard", lambda ctx_, parent: opened.append(parent))
    page = open_page(qtbot, window, ctx, "plans")
    (button,) = page.findChildren(intake.ImportPlanButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [button]


def test_an_empty_database_offers_nothing_to_edit_or_delete(qtbot: QtBot, empty_ctx: AppContext) -> None:
    main = MainWindow(empty_ctx)
    qtbot.addWidget(main)
    main.show()
    page = open_page(qtbot, main, empty_ctx, "plans")
    assert isinstance(page, PlansPage)
    assert page.model.rowCount() == 0
    assert not page.add_button.isEnabled()
    assert not page.edit_button.isEnabled()
    assert not page.delete_button.isEnabled()  # it looked enabled and did nothing
