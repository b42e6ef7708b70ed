"""How pages load: a slow load shows a progress dialog (with Cancel on the pages that declare it); a load that
delivers nothing — cancelled or failed — leaves the page stale, so it loads again when next shown."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.operations import OperationContext, Work
from ui.pages.base import Page


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """Lets a held load go on; set at the end in any case, so that no worker waits after the test."""
    event = threading.Event()
    yield event
    event.set()


def held(page: Page, release: threading.Event) -> None:
    """Make ``page``'s loads wait for ``release`` before reading (then stop there if cancelled meanwhile)."""
    original: Callable[[], Work[Any] | None] = page.loader

    def loader() -> Work[Any] | None:
        work = original()
        assert work is not None

        def slow(context: OperationContext) -> Any:
            assert release.wait(30)
            context.check_cancelled()
            return work(context)

        return slow

    page.loader = loader  # type: ignore[method-assign]


def progress_dialog(qtbot: QtBot, ctx: AppContext) -> QProgressDialog:
    operation = ctx.operations.active()[0]
    qtbot.waitUntil(lambda: operation.progress_dialog() is not None, timeout=10_000)
    dialog = operation.progress_dialog()
    assert isinstance(dialog, QProgressDialog) and dialog.isVisible()
    return dialog


def test_cancelling_a_slow_load_leaves_the_page_to_load_when_shown_again(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, release: threading.Event
) -> None:
    page = window.page("plans")
    assert page.CANCELLABLE
    held(page, release)
    window.show_page("plans")
    dialog = progress_dialog(qtbot, ctx)
    assert dialog.labelText() == "正在读取规划和任务…" == page.loading_label()
    button = dialog.findChild(QPushButton)
    assert button is not None and button.isVisible() and button.text() == "取消"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    release.set()
    wait_idle(qtbot, ctx)
    assert page.is_stale()
    assert page.model.rowCount() == 0  # nothing was shown
    assert ctx.errors.current_box() is None  # a cancel is no error

    window.show_page("dashboard")
    wait_idle(qtbot, ctx)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.show_page("plans")
    assert not page.is_stale()
    assert page.model.rowCount() > 0


def test_a_page_that_is_not_cancellable_offers_no_cancel(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, release: threading.Event
) -> None:
    page = window.page("entry")
    assert not page.CANCELLABLE
    held(page, release)
    window.show_page("entry")
    dialog = progress_dialog(qtbot, ctx)
    assert dialog.labelText() == page.loading_label() == "正在加载…"
    assert not [button for button in dialog.findChildren(QPushButton) if button.isVisible()]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        release.set()
    assert not page.is_stale()


def test_a_failed_load_is_tried_again_when_the_page_is_next_shown(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    page = window.page("departments")
    original = page.loader

    def broken(_context: OperationContext) -> Any:
        raise OSError("网络盘暂时读不到")

    page.loader = lambda: broken  # type: ignore[method-assign]
    with qtbot.waitSignal(ctx.errors.presented, timeout=10_000):
        window.show_page("departments")
    wait_idle(qtbot, ctx)
    assert page.is_stale()
    box = ctx.errors.current_box()
    assert box is not None
    box.done(0)

    page.loader = original  # type: ignore[method-assign]
    window.show_page("dashboard")
    wait_idle(qtbot, ctx)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.show_page("departments")
    assert not page.is_stale()
    assert ctx.errors.current_box() is None
