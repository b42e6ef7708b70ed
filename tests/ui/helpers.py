"""Driving pages as a clerk would: open a page, type into grid cells, press keys, stub questions."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.base import Page
from ui.pages.entry_grid import GridView


def open_page(qtbot: QtBot, window: MainWindow, ctx: AppContext, key: str) -> Page:
    page = window.show_page(key)
    wait_idle(qtbot, ctx)
    return page


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def open_editor(grid: GridView) -> QWidget:
    """The editor the grid has open (the focus widget when the window is active)."""
    widget = QApplication.focusWidget()
    if widget is not None and grid.isAncestorOf(widget):
        return widget
    editors = [
        w
        for w in grid.viewport().findChildren(QWidget)
        if isinstance(w, QLineEdit | QPlainTextEdit | QComboBox) and w.isVisible()
    ]
    assert editors, "no editor open"
    return editors[-1]


def go_to(qtbot: QtBot, grid: GridView, row: int, column: int) -> QModelIndex:
    grid.setFocus()
    index = grid.model().index(row, column)
    grid.setCurrentIndex(index)
    qtbot.waitUntil(lambda: grid.currentIndex() == index)
    return index


def type_in(qtbot: QtBot, grid: GridView, text: str, *, then: Qt.Key = Qt.Key.Key_Return) -> None:
    """Type ``text`` into the current cell as a clerk does (the first key opens the editor), then ``then``."""
    qtbot.keyClick(grid, text[0])
    qtbot.waitUntil(lambda: grid.state() == GridView.State.EditingState)
    editor = open_editor(grid)
    if len(text) > 1:
        qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, then)
    qtbot.waitUntil(lambda: grid.state() != GridView.State.EditingState)
