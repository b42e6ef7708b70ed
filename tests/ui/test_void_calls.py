"""Guard against PySide6 6.12.0 on Python 3.11, which drops a reference to None on every call of a
C++ method returning void and aborts the process once None's count runs out (``none_dealloc``)."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ui.models.department_table import DepartmentTableModel

CALLS = 10_000


def test_ten_thousand_void_calls_survive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    model = QStandardItemModel()
    ours = DepartmentTableModel()
    # The collector must not run meanwhile: freeing other tests' garbage (objects that refer to None) would move
    # None's count too (it once dropped by 52,000 in a full run).
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for number in range(CALLS):
            label.setText(f"第 {number} 行")  # void
            label.setAlignment(Qt.AlignmentFlag.AlignRight)  # void
            model.appendRow(QStandardItem(str(number)))  # void
        for _ in range(CALLS // 10):
            ours.set_rows([])  # begin/endResetModel: void
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    assert label.text() == f"第 {CALLS - 1} 行"
    assert model.rowCount() == CALLS
    # On Python 3.11 None is reference-counted: a leak of one reference per call shows up here.
    assert after - before > -CALLS // 2
