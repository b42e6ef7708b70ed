from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.report_grid import ReportGridColumn
from ui.pages import PAGES
from ui.pages.entry_page import EntryPage
from ui.pages.unsaved import UnsavedChoice

NAV_ZH = ["总览", "规划与任务", "指标", "数据填报", "导入导出", "汇总报表", "部门", "设置"]


def nav_texts(window: MainWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def test_window_opens_on_the_demo_with_chinese_navigation(window: MainWindow) -> None:
    assert window.isVisible()
    assert nav_texts(window) == NAV_ZH
    assert window.banner is not None and window.banner.isVisible()
    assert "示例数据" in window.banner.label.text()
    assert "示例数据" in window.database_label.text()
    assert window.menuBar().actions()[0].text() == "文件(&F)"


def test_clicking_each_navigation_entry_shows_its_page(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    assert len(window.page_keys) == len(PAGES) == window.nav.count() == 8
    for row in reversed(range(window.nav.count())):
        rect = window.nav.visualItemRect(window.nav.item(row))
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        wait_idle(qtbot, ctx)
        page = window.page(window.page_keys[row])
        assert window.current_page() is page and PAGES[row].key == page.KEY
        assert page.nav_title() == window.nav.item(row).text()
        assert page.isVisible()
        assert not page.is_stale()


def test_keyboard_moves_through_the_pages(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    window.nav.setFocus()
    window.nav.setCurrentRow(0)
    for row in range(1, window.nav.count()):
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)
        wait_idle(qtbot, ctx)
        assert window.page_keys[row] == window.current_page().KEY
    for number in range(1, 9):
        window.page_actions[number - 1].trigger()
        assert window.page_keys[number - 1] == window.current_page().KEY
    assert window.page_actions[2].shortcut().toString() == "Ctrl+3"


def test_a_real_database_has_no_demo_banner(qtbot: QtBot, empty_ctx: AppContext) -> None:
    main = MainWindow(empty_ctx)
    qtbot.addWidget(main)
    main.show()
    wait_idle(qtbot, empty_ctx)
    assert main.banner is None
    assert "示例数据" not in main.database_label.text()
    for key in main.page_keys:
        page = main.show_page(key)
        wait_idle(qtbot, empty_ctx)
        assert page.isVisible()


def test_geometry_and_page_are_remembered(qtbot: QtBot, ctx: AppContext, window: MainWindow) -> None:
    window.show_page("departments")  # built now: the window's smallest width is the widest built page's
    window.resize(window.minimumSizeHint().width(), 500)  # the offscreen screen is only 800 × 600
    expected = window.size()
    window.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.current_page().KEY == "departments"
    assert again.size() == expected


def test_the_overview_comes_first(window: MainWindow) -> None:
    assert window.page_keys[0] == "dashboard"
    assert window.current_page().KEY == "dashboard"  # nothing remembered yet


def test_leaving_unsaved_edits_asks_and_can_stay(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    entry = window.show_page("entry")
    wait_idle(qtbot, ctx)
    assert isinstance(entry, EntryPage)
    entry.report_model.set_cells([(0, ReportGridColumn.PERCENT, "12")], "t")
    questions: list[int] = []

    def stay() -> UnsavedChoice:
        questions.append(1)
        return UnsavedChoice.CANCEL

    entry.ask_unsaved = stay
    window.show_page("plans")
    assert window.current_page() is entry and window.nav.currentRow() == window.page_keys.index(entry.KEY)
    window.close()
    assert window.isVisible() and len(questions) == 2
    entry.ask_unsaved = lambda: UnsavedChoice.DISCARD
    window.show_page("plans")
    assert window.current_page().KEY == "plans" and not entry.has_unsaved_changes()
