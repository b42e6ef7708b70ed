"""新建期间 (from 数据填报): a typo is explained in full under the field; a good period opens and is chosen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from tests.ui.helpers import open_page
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.entry_page import EntryPage
from ui.pages.period_dialog import PeriodDialog


def _dialog(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> tuple[EntryPage, PeriodDialog]:
    page = open_page(qtbot, window, ctx, "entry")
    assert isinstance(page, EntryPage)
    qtbot.mouseClick(page.open_period_button, Qt.MouseButton.LeftButton)
    [dialog] = [d for d in page.findChildren(PeriodDialog) if d.isVisible()]
    qtbot.waitExposed(dialog)
    return page, dialog


def test_a_typo_is_explained_in_full_and_a_good_period_opens(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page, dialog = _dialog(qtbot, window, ctx)
    dialog.code_edit.clear()
    dialog.code_edit.insert("2026第三季度")  # typed through the input method (QTest types ASCII only)
    assert dialog.meaning.text() == ""  # nothing read from it yet
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    error = dialog.code_error
    assert error.isVisible() and "2026第三季度" in error.text() and "2024Q2" in error.text()
    # the dialog grows until the whole message shows (it was cut off after its second line)
    qtbot.waitUntil(lambda: error.height() >= error.heightForWidth(error.width()))
    assert dialog.rect().contains(error.geometry().bottomRight())
    assert ctx.services.periods.list() == [p for p in ctx.services.periods.list() if p.code != "2027Q2"]

    dialog.code_edit.clear()
    dialog.code_edit.insert("2027年第二季度")
    assert not error.isVisible()
    assert "2027-04-01" in dialog.meaning.text() and "2027-06-30" in dialog.meaning.text()
    dialog.due_edit.setDate(QDate(2027, 7, 12))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    opened = next(p for p in ctx.services.periods.list() if p.code == "2027Q2")
    assert opened.due_date == date(2027, 7, 12)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: page.selected_period() is not None and page.selected_period().code == "2027Q2")  # type: ignore[union-attr]


def test_a_period_already_open_keeps_its_due_date_unless_changed(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    """Typing an open period shows its own due date (not the default), says so, and OK changes only what was set."""
    existing = ctx.services.periods.list()[0]
    ctx.services.periods.set_due_date(existing.code, existing.end_date.replace(day=1))  # not the default
    set_on = ctx.services.periods.get(existing.code).due_date
    _page, dialog = _dialog(qtbot, window, ctx)
    dialog.code_edit.setText(existing.code)
    assert dialog.due_edit.date().toPython() == set_on
    assert "已开放" in dialog.meaning.text()
    meaning = dialog.meaning  # three lines now: the dialog grows to show them
    qtbot.waitUntil(lambda: meaning.height() >= meaning.heightForWidth(meaning.width()))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ctx.services.periods.get(existing.code).due_date == set_on  # the default did not replace it

    _page, dialog = _dialog(qtbot, window, ctx)
    dialog.code_edit.setText(existing.code)
    later = set_on.replace(day=set_on.day + 5)
    dialog.due_edit.setDate(QDate(later.year, later.month, later.day))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert ctx.services.periods.get(existing.code).due_date == later
