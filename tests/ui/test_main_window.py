from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.main_window import PAGE_TYPES, MainWindow

NAV_ZH = ["规划与任务", "指标", "数据填报", "导入导出", "汇总报表", "部门", "设置"]


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
    assert len(window.pages) == len(PAGE_TYPES) == 7
    for row in reversed(range(window.nav.count())):
        rect = window.nav.visualItemRect(window.nav.item(row))
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        wait_idle(qtbot, ctx)
        page = window.pages[row]
        assert window.stack.currentWidget() is page
        assert page.isVisible()
        assert not page.is_stale()


def test_keyboard_moves_through_the_pages(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    window.nav.setFocus()
    window.nav.setCurrentRow(0)
    for row in range(1, window.nav.count()):
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)
        wait_idle(qtbot, ctx)
        assert window.stack.currentIndex() == row
    for number in range(1, 8):
        window.page_actions[number - 1].trigger()
        assert window.stack.currentIndex() == number - 1
    assert window.page_actions[2].shortcut().toString() == "Ctrl+3"


def test_a_real_database_has_no_demo_banner(qtbot: QtBot, empty_ctx: AppContext) -> None:
    main = MainWindow(empty_ctx)
    qtbot.addWidget(main)
    main.show()
    wait_idle(qtbot, empty_ctx)
    assert main.banner is None
    assert "示例数据" not in main.database_label.text()
    for page in main.pages:
        main.show_page(page.KEY)
        wait_idle(qtbot, empty_ctx)
        assert page.isVisible()


def test_geometry_and_page_are_remembered(qtbot: QtBot, ctx: AppContext, window: MainWindow) -> None:
    window.resize(640, 480)
    window.show_page("departments")
    window.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.current_page().KEY == "departments"
    assert again.size().width() == 640
