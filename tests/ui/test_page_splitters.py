"""A page's main splitter keeps where the clerk dragged it, under the settings key earlier versions used."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QSplitter
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from tests.ui.helpers import open_page
from ui.app import APPLICATION, ORGANIZATION
from ui.context import AppContext
from ui.main_window import MainWindow

KEYS = {"plans": "plans/splitter", "indicators": "indicators/splitter", "entry": "entry/splitter"}


def drag_handle(qtbot: QtBot, split: QSplitter, by: int) -> None:
    """Press on the first handle, move it ``by`` pixels along the splitter and let go, as with the mouse."""
    handle = split.handle(1)
    start = handle.rect().center()
    step = QPoint(by, 0) if split.orientation() == Qt.Orientation.Horizontal else QPoint(0, by)
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(handle, start + step / 2)
    qtbot.mouseMove(handle, start + step)
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + step)


@pytest.mark.parametrize("key", sorted(KEYS))
def test_a_dragged_splitter_comes_back_in_a_new_page(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, key: str
) -> None:
    page = open_page(qtbot, window, ctx, key)
    split: QSplitter = page.splitter  # type: ignore[attr-defined]
    before = split.sizes()
    drag_handle(qtbot, split, -60)
    moved = split.sizes()
    assert moved[0] < before[0] - 30 and moved[1] > before[1] + 30  # the first part gave way to the second
    saved = lambda: QSettings(ORGANIZATION, APPLICATION).value(KEYS[key]) == split.saveState()  # noqa: E731
    assert not saved()  # not on every mouse move …
    qtbot.waitUntil(saved, timeout=2_000)  # … but once the drag has paused

    again = type(page)(ctx)
    qtbot.addWidget(again)
    again.resize(page.size())  # a standalone page lays out a few pixels differently from one in the window
    again.show()
    qtbot.waitExposed(again)
    wait_idle(qtbot, ctx)
    restored = again.splitter.sizes()  # type: ignore[attr-defined]
    assert all(abs(a - b) <= 4 for a, b in zip(restored, moved, strict=True)), (restored, moved, before)
