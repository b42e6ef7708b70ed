"""No two controls on one page or dialog share an Alt+letter (在中文界面里是括号中的字母): the second never gets it."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from tests.ui.helpers import open_page
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.departments_page import DepartmentsPage
from ui.pages.plans_page import PlansPage

MNEMONIC = re.compile(r"&([^&\s])")


def shared_mnemonics(root: QWidget) -> dict[str, list[str]]:
    """Letter → the texts of the visible controls under ``root`` that take it (only letters taken twice)."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        match = MNEMONIC.search(text.replace("&&", ""))
        if match:
            found[match.group(1).upper()].append(text)
    return {letter: texts for letter, texts in found.items() if len(texts) > 1}


def test_the_shared_check_finds_a_letter_taken_twice(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QCheckBox, QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QPushButton("并入(&M)"))
    layout.addWidget(QCheckBox("显示(&M)"))
    layout.addWidget(QPushButton("A && B(&N)"))
    assert shared_mnemonics(root) == {"M": ["并入(&M)", "显示(&M)"]}


@pytest.mark.parametrize(
    "key", ["dashboard", "plans", "indicators", "entry", "exchange", "reports", "departments", "settings"]
)
def test_each_page(qtbot: QtBot, window: MainWindow, ctx: AppContext, key: str) -> None:
    page = open_page(qtbot, window, ctx, key)
    assert shared_mnemonics(page) == {}


def test_the_task_and_department_dialogs(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    plans = open_page(qtbot, window, ctx, "plans")
    assert isinstance(plans, PlansPage)
    first = plans.model.index(0, 0)
    plans.tree.setCurrentIndex(plans.model.index(0, 0, first) if plans.model.rowCount(first) else first)
    task_dialog = plans.task_dialog(None)
    assert task_dialog is not None
    qtbot.addWidget(task_dialog)
    task_dialog.show()
    assert shared_mnemonics(task_dialog) == {}

    departments = open_page(qtbot, window, ctx, "departments")
    assert isinstance(departments, DepartmentsPage)
    dialog = departments.add_department()
    qtbot.addWidget(dialog)
    wait_idle(qtbot, ctx)
    assert shared_mnemonics(dialog) == {}
