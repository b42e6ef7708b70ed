"""部门: the registry filtered in the model, departments added and edited (contact, phone, aliases), and merged
into a successor after a 机构改革 with their history kept."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from tests.ui.helpers import open_page
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.department_table import DepartmentColumn
from ui.pages.departments_page import DepartmentsPage


def departments_page(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> DepartmentsPage:
    page = open_page(qtbot, window, ctx, "departments")
    assert isinstance(page, DepartmentsPage)
    return page


def test_filters_and_refreshes(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = departments_page(qtbot, window, ctx)
    total = len(ctx.services.departments.list())
    assert page.model.visible_count() == total
    department = next(d for d in ctx.services.departments.list() if d.aliases)
    page.filter_edit.insert(department.aliases[0])
    assert 0 < page.model.visible_count() < total
    assert department.name in [r.name for r in page.model.rows()]
    page.filter_edit.clear()
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # a change made elsewhere arrives via the change signal
        ctx.operations.run(lambda _context: ctx.services.departments.create("测试新设局", short_name="新设局"))
    assert page.model.visible_count() == total + 1


def test_add_and_edit_contact_phone_and_aliases(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = departments_page(qtbot, window, ctx)
    existing = ctx.services.departments.list()[0]
    dialog = page.add_department()
    dialog.submit()
    assert not dialog.errors["name"].isHidden()  # a name is needed: said under the field
    dialog.name_edit.setText(existing.name)
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData(existing.unit_id))
    dialog.submit()
    wait_idle(qtbot, ctx)
    assert not dialog.errors["name"].isHidden() and existing.name in dialog.errors["name"].text()

    dialog.name_edit.setText("赤峰市数据局")
    dialog.short_edit.setText("市数据局")
    dialog.contact_edit.setText("王芳")
    dialog.phone_edit.setText("0476-8888888")
    dialog.alias_edit.setText("数据局")
    dialog.add_alias()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        dialog.submit()
    created = ctx.services.departments.find("数据局")
    assert created is not None and (created.contact_person, created.phone) == ("王芳", "0476-8888888")
    assert page.current_department() is not None and page.current_department().id == created.id  # type: ignore[union-attr]

    dialog = page.edit_department()
    assert dialog is not None
    dialog.phone_edit.setText("0476-6666666")
    dialog.alias_list.setCurrentRow(0)
    dialog.remove_alias()
    dialog.alias_edit.setText("市大数据局")
    dialog.add_alias()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        dialog.submit()
    edited = ctx.services.departments.get(created.id)
    assert edited.phone == "0476-6666666" and edited.aliases == ("市大数据局",)


def test_merge_after_a_reorganisation_keeps_history(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = departments_page(qtbot, window, ctx)
    reported = next(r for r in ctx.services.reports.rows("2026Q3") if r.report_id is not None)
    old = ctx.services.departments.get(reported.department_id)
    successor = next(
        d for d in ctx.services.departments.list() if d.id != old.id and d.unit_id == old.unit_id and d.active
    )
    assert page.select_department(old.id)
    dialog = page.merge_department()
    assert dialog is not None
    dialog.submit()
    assert not dialog.error.isHidden()  # no successor chosen yet
    dialog.choose(successor.id)
    asked: list[str] = []
    dialog.confirm = lambda question: asked.append(question) or True  # type: ignore[func-returns-value]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        dialog.submit()
    assert asked and old.name in asked[0]
    merged = ctx.services.departments.get(old.id)
    assert not merged.active and merged.merged_into_id == successor.id
    assert old.name in ctx.services.departments.get(successor.id).aliases
    assert ctx.services.reports.task_history(reported.task_id)  # the reports filed before are still there
    assert old.id not in {r.id for r in page.model.rows()}
    page.inactive_box.setChecked(True)
    assert old.id in {r.id for r in page.model.rows()}


def test_long_official_names_are_shown_whole_at_1366_wide(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    """全称 shares the spare width with 别称: 国家金融监督管理总局鄂尔多斯监管分局 was cut off at 18 characters."""
    window.resize(1366, 768)
    page = departments_page(qtbot, window, ctx)
    longest = max((d.name for d in ctx.services.departments.list()), key=len)
    assert len(longest) > 18
    qtbot.waitUntil(
        lambda: page.table.columnWidth(DepartmentColumn.NAME) >= page.table.fontMetrics().horizontalAdvance(longest) + 8
    )
