from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from tests.ui.test_main_window import NAV_ZH, nav_texts
from ui.app import APPLICATION, LANGUAGE_KEY, ORGANIZATION, active_language, set_language
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.indicators_page import IndicatorsPage
from ui.pages.settings_page import SettingsPage

NAV_EN = [
    "Overview",
    "Plans and tasks",
    "Indicators",
    "Data entry",
    "Import and export",
    "Summary reports",
    "Departments",
    "Settings",
]


def choose_language(qtbot: QtBot, page: SettingsPage, code: str) -> None:
    page.language_combo.setCurrentIndex(page.language_combo.findData(code))
    qtbot.waitUntil(lambda: active_language() == code)


def test_switching_language_in_settings_retranslates_the_window(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    settings = window.show_page("settings")
    assert isinstance(settings, SettingsPage)
    wait_idle(qtbot, ctx)
    assert nav_texts(window) == NAV_ZH
    assert settings.language_box.title() == "语言"

    choose_language(qtbot, settings, "en")
    qtbot.waitUntil(lambda: nav_texts(window) == NAV_EN)
    assert settings.language_box.title() == "Language"
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.banner is not None and "Demo data." in window.banner.label.text()
    assert QSettings(ORGANIZATION, APPLICATION).value(LANGUAGE_KEY) == "en"
    indicators = window.show_page("indicators")
    wait_idle(qtbot, ctx)
    assert isinstance(indicators, IndicatorsPage)
    assert indicators.model.headerData(0, Qt.Orientation.Horizontal) == "Indicator"
    assert indicators.plan_combo.itemText(0) == "All plans"

    window.show_page("settings")
    choose_language(qtbot, settings, "zh_CN")
    qtbot.waitUntil(lambda: nav_texts(window) == NAV_ZH)
    assert settings.language_box.title() == "语言"
    assert indicators.plan_combo.itemText(0) == "全部规划"
    assert QSettings(ORGANIZATION, APPLICATION).value(LANGUAGE_KEY) == "zh_CN"


def test_enum_labels_follow_the_language() -> None:
    from ipdesk.domain.enums import Role, TaskStatus

    assert Role.LEAD.label == "牵头"
    assert TaskStatus.LAGGING.label == "滞后"
    set_language("en", remember=False)
    assert Role.LEAD.label == "Lead"


def test_qt_standard_buttons_are_chinese(qtbot: QtBot) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "确定"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    message = QMessageBox(
        QMessageBox.Icon.Question, "t", "t", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    qtbot.addWidget(message)
    assert message.button(QMessageBox.StandardButton.Yes).text().startswith("是")
    assert message.button(QMessageBox.StandardButton.No).text().startswith("否")
