"""A new, empty database: the clerk adds the region, the city and their own 旗 in 设置, then chooses it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.dialogs.unit_dialog import UnitDialog
from ui.main_window import MainWindow
from ui.pages.settings_page import SettingsPage


def _add(qtbot: QtBot, page: SettingsPage, monkeypatch, name: str, level: str) -> UnitDialog:
    seen: list[UnitDialog] = []

    def fill_and_accept(dialog: UnitDialog) -> int:
        seen.append(dialog)
        dialog.show()
        dialog.name_edit.setText(name)  # Chinese arrives from the input method as one commit, not key clicks
        dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(level))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(UnitDialog, "exec", fill_and_accept)
    qtbot.mouseClick(page.new_unit_button, Qt.MouseButton.LeftButton)
    return seen[0]


def test_units_can_be_added_and_chosen_on_an_empty_database(qtbot: QtBot, empty_ctx: AppContext, monkeypatch) -> None:
    window = MainWindow(empty_ctx)
    qtbot.addWidget(window)
    page = window.show_page("settings")
    wait_idle(qtbot, empty_ctx)
    assert isinstance(page, SettingsPage)
    assert page.unit_combo.count() == 1  # only "(not chosen yet)"

    _add(qtbot, page, monkeypatch, "内蒙古自治区", "region")
    _add(qtbot, page, monkeypatch, "鄂尔多斯市", "city")
    _add(qtbot, page, monkeypatch, "伊金霍洛旗", "county")
    wait_idle(qtbot, empty_ctx)
    units = {u.name: u for u in empty_ctx.services.units.list()}
    assert units["伊金霍洛旗"].parent_id == units["鄂尔多斯市"].id
    assert units["鄂尔多斯市"].parent_id == units["内蒙古自治区"].id
    assert page.unit_combo.currentData() == units["伊金霍洛旗"].id  # the new unit is selected

    page.office_edit.setText("伊金霍洛旗市场监督管理局")
    qtbot.mouseClick(page.save_unit_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, empty_ctx)
    assert empty_ctx.services.units.installation().unit_name == "伊金霍洛旗"


def test_a_refused_unit_keeps_the_dialog_open_with_the_reason(qtbot: QtBot, empty_ctx: AppContext) -> None:
    empty_ctx.services.units.create("鄂尔多斯市", "city")
    dialog = UnitDialog(empty_ctx.services.units, empty_ctx.services.units.list())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("region"))  # a region under a city
    dialog.name_edit.setText("内蒙古自治区")
    dialog.accept()
    assert dialog.created is None and dialog.error_label.text()
    dialog.parent_combo.setCurrentIndex(0)  # top level: accepted
    dialog.accept()
    assert dialog.created is not None and dialog.created.parent_id is None
