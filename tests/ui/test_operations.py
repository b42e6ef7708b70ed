"""The background-operation helper: GUI-thread delivery, delayed progress dialog, cancel, error routing."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ipdesk.errors import ValidationError
from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.operations import PROGRESS_DELAY_MS, OperationContext


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, ctx: AppContext) -> None:
    seen: dict[str, object] = {}

    def work(_context: OperationContext) -> int:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return len(ctx.services.plans.list())

    def done(result: int) -> None:
        seen["gui"] = threading.current_thread() is threading.main_thread()
        seen["result"] = result

    operation = ctx.operations.run(work, on_success=done)
    with qtbot.waitSignal(operation.finished, timeout=10_000):
        pass
    assert seen == {"worker": False, "gui": True, "result": len(ctx.services.plans.list())}
    assert ctx.operations.is_idle()


def test_progress_dialog_only_for_slow_work_and_cancel(qtbot: QtBot, ctx: AppContext) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    started = threading.Event()
    results: list[object] = []

    def slow(context: OperationContext) -> str:
        started.set()
        for step in range(1000):
            context.check_cancelled()
            context.progress(step, 1000, f"第 {step} 步")
            threading.Event().wait(0.01)
        return "finished"

    operation = ctx.operations.run(slow, parent=parent, label="慢操作", cancellable=True, on_success=results.append)
    assert started.wait(5)
    qtbot.wait(PROGRESS_DELAY_MS // 3)
    assert operation.progress_dialog() is None  # not yet: most operations end before anyone would notice
    qtbot.waitUntil(lambda: operation.progress_dialog() is not None, timeout=5_000)
    dialog = operation.progress_dialog()
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.value() > 0)
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "取消"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(operation.finished, timeout=5_000):
        pass
    assert results == []  # cancelled quietly: no result, no error box
    assert ctx.errors.current_box() is None
    assert not operation.is_running()


def test_fast_work_shows_no_dialog(qtbot: QtBot, ctx: AppContext) -> None:
    operation = ctx.operations.run(lambda _context: 42)
    with qtbot.waitSignal(operation.finished):
        pass
    assert operation.progress_dialog() is None


def test_on_failure_can_handle_validation_inline(qtbot: QtBot, ctx: AppContext) -> None:
    handled: list[BaseException] = []

    def failed(error: BaseException) -> bool:
        handled.append(error)
        return isinstance(error, ValidationError)

    operation = ctx.operations.run(lambda _context: ctx.services.departments.create("  "), on_failure=failed)
    with qtbot.waitSignal(operation.finished):
        pass
    assert isinstance(handled[0], ValidationError)
    assert ctx.errors.current_box() is None


def test_outcome_for_a_deleted_widget_is_dropped(qtbot: QtBot, ctx: AppContext) -> None:
    gate = threading.Event()
    calls: list[object] = []
    widget = QWidget()
    operation = ctx.operations.run(lambda _context: gate.wait(5), parent=widget, on_success=calls.append)
    widget.deleteLater()
    qtbot.wait(10)
    gate.set()
    with qtbot.waitSignal(operation.finished, timeout=5_000):
        pass
    wait_idle(qtbot, ctx)
    assert calls == []


def test_run_and_wait_returns_or_raises(qtbot: QtBot, ctx: AppContext) -> None:
    assert ctx.operations.run_and_wait(lambda _context: "ok") == "ok"
    try:
        ctx.operations.run_and_wait(lambda _context: ctx.services.tasks.get(-1))
    except Exception as exc:
        assert "-1" in str(exc)
    else:
        raise AssertionError("expected NotFoundError")


def test_a_core_cancel_through_as_progress_ends_quietly(qtbot: QtBot, ctx: AppContext) -> None:
    """Core work told to stop via ``as_progress()`` raises ipdesk's Cancelled: no error box, but on_failure sees it."""
    from ipdesk.errors import Cancelled
    from ipdesk.excel.progress import report

    seen: list[BaseException] = []

    def work(context: OperationContext) -> None:
        keep_going = context.as_progress()
        operation.cancel()
        report(keep_going, 1, 2)

    operation = ctx.operations.run(work, on_failure=lambda error: seen.append(error) and False)
    with qtbot.waitSignal(operation.finished):
        pass
    assert isinstance(seen[0], Cancelled)
    assert ctx.errors.current_box() is None
