"""The one error presenter: domain errors from workers, unexpected exceptions, the exception hooks."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ipdesk.errors import LockedPeriodError, NotFoundError, StorageError
from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.errors import ErrorPresenter, describe, install_excepthooks
from ui.main_window import MainWindow


def close_box(presenter: ErrorPresenter) -> QMessageBox:
    box = presenter.current_box()
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Ok).click()
    return box


def test_domain_error_from_a_worker_is_shown(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    def work(_context: object) -> None:
        ctx.services.tasks.get(987654)  # raises NotFoundError on the worker thread

    with qtbot.waitSignal(ctx.errors.presented, timeout=10_000) as shown:
        ctx.operations.run(work, parent=window)
    wait_idle(qtbot, ctx)
    assert "987654" in shown.args[0]
    assert "未找到" in shown.args[0]  # the clerk's message, in Chinese
    box = ctx.errors.current_box()
    assert box is not None
    assert box.text() == shown.args[0]
    assert box.detailedText() == ""  # no traceback for a domain error
    assert box.button(QMessageBox.StandardButton.Ok).text() == "确定"
    close_box(ctx.errors)
    assert ctx.errors.current_box() is None


def test_unexpected_error_gets_a_friendly_message_and_details(qtbot: QtBot, ctx: AppContext) -> None:
    def work(_context: object) -> None:
        raise ZeroDivisionError("boom")

    with qtbot.waitSignal(ctx.errors.presented, timeout=10_000) as shown:
        ctx.operations.run(work)
    assert "意外错误" in shown.args[0]
    box = ctx.errors.current_box()
    assert box is not None
    assert "ZeroDivisionError: boom" in box.detailedText()
    assert "已保存的数据不受影响" in box.informativeText()
    close_box(ctx.errors)


def test_errors_are_shown_one_after_another(qtbot: QtBot, ctx: AppContext) -> None:
    presenter = ctx.errors
    with qtbot.waitSignal(presenter.presented):
        presenter.present(LockedPeriodError("2026Q1"))
        presenter.present(StorageError("second"))
    first = close_box(presenter)
    assert "2026Q1" in first.text()
    qtbot.waitUntil(lambda: presenter.current_box() is not None)
    box = presenter.current_box()
    assert box is not None and box.text() == "second"
    assert box.icon() == QMessageBox.Icon.Critical
    close_box(presenter)


def test_describe() -> None:
    assert describe(NotFoundError("任务", 3)).details == ""
    try:
        raise KeyError("x")
    except KeyError as exc:
        words = describe(exc)
    assert words.critical and "KeyError" in words.details


@pytest.fixture
def hooks(ctx: AppContext) -> Iterator[ErrorPresenter]:
    saved = sys.excepthook, threading.excepthook
    install_excepthooks(ctx.errors)
    yield ctx.errors
    sys.excepthook, threading.excepthook = saved


def test_uncaught_exceptions_of_threads_reach_the_presenter(qtbot: QtBot, hooks: ErrorPresenter) -> None:
    def crash() -> None:
        raise RuntimeError("thread crashed")

    with qtbot.waitSignal(hooks.presented, timeout=10_000):
        thread = threading.Thread(target=crash)
        thread.start()
        thread.join()
    box = hooks.current_box()
    assert box is not None and "RuntimeError: thread crashed" in box.detailedText()
    close_box(hooks)


def test_sys_excepthook_reaches_the_presenter(qtbot: QtBot, hooks: ErrorPresenter) -> None:
    try:
        raise ValueError("in a slot")
    except ValueError as exc:
        with qtbot.waitSignal(hooks.presented):
            sys.excepthook(type(exc), exc, exc.__traceback__)
    box = hooks.current_box()
    assert box is not None and "ValueError: in a slot" in box.detailedText()
    close_box(hooks)
