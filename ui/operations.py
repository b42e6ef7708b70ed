"""Run work off the GUI thread and deliver its outcome back on it (after Anki's ``aqt.operations``).

The work is a plain function ``work(context) -> result``: it may call services (each call is one
transaction), report progress with ``context.progress(done, total, text)`` and should call
``context.check_cancelled()`` between steps when it can be cancelled. One worker thread runs the
operations one after another, so a reload never overtakes the change it follows. A progress dialog
appears only when the work takes longer than about half a second. The result goes to ``on_success``
on the GUI thread; an exception goes to ``on_failure`` if that handles it (returns True), otherwise to
the error presenter. Outcomes for a widget that has been deleted meanwhile are dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from ipdesk.errors import Cancelled
from ui.errors import ErrorPresenter

T = TypeVar("T")

PROGRESS_DELAY_MS = 500


class OperationCancelled(Cancelled):
    """Raised by ``check_cancelled`` once the user pressed Cancel. Any :class:`ipdesk.errors.Cancelled` — also
    one raised by core code told to stop through ``as_progress()`` — ends the operation quietly."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class OperationContext:
    """What the work function gets: progress reporting and the cancel check."""

    def __init__(self, token: CancelToken, signals: _Signals) -> None:
        self._token = token
        self._signals = signals

    @property
    def cancelled(self) -> bool:
        return self._token.cancelled

    def check_cancelled(self) -> None:
        if self._token.cancelled:
            raise OperationCancelled

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report ``done`` of ``total`` steps (total 0: unknown); ``text`` replaces the dialog's label."""
        self._signals.progress.emit(done, total, text)

    def as_progress(self) -> Callable[[int, int], bool]:
        """The core's ``progress(done, total) -> keep_going`` callback, wired to this operation."""

        def report(done: int, total: int) -> bool:
            self.progress(done, total)
            return not self.cancelled

        return report


Work = Callable[[OperationContext], T]


class _Job(QRunnable):
    def __init__(self, work: Work[Any], context: OperationContext, signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Operation keeps it alive until its outcome is delivered
        self._work = work
        self._context = context
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work(self._context)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class Operation(QObject, Generic[T]):
    """One submitted piece of work: its delayed progress dialog and the delivery of its outcome."""

    finished = Signal()

    def __init__(
        self,
        runner: OperationRunner,
        work: Work[T],
        *,
        parent: QWidget | None,
        label: str,
        on_success: Callable[[T], None] | None,
        on_failure: Callable[[BaseException], bool] | None,
        cancellable: bool,
        dialog: bool = True,
    ) -> None:
        super().__init__(runner)
        self._runner = runner
        self._owner = parent
        self._label = label
        self._on_success = on_success
        self._on_failure = on_failure
        self._cancellable = cancellable
        self._wants_dialog = dialog
        self._token = CancelToken()
        self._signals = _Signals()
        self._signals.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._signals.progress.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._job = _Job(work, OperationContext(self._token, self._signals), self._signals)
        self._dialog: QProgressDialog | None = None
        self._last_progress: tuple[int, int, str] = (0, 0, "")
        self._running = True
        self._in_progress_update = False  # a modal dialog's setValue() processes events: the outcome may arrive then
        self._close_after_update = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PROGRESS_DELAY_MS)
        self._timer.timeout.connect(self._show_dialog)

    # -- public -------------------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self._running

    def cancel(self) -> None:
        """Ask the work to stop; it ends at its next ``check_cancelled``."""
        self._token.cancel()

    def progress_dialog(self) -> QProgressDialog | None:
        return self._dialog

    # -- runner side --------------------------------------------------------------------------------

    def _start(self, pool: QThreadPool) -> None:
        if self._wants_dialog:
            self._timer.start()
        pool.start(self._job)

    @Slot()
    def _show_dialog(self) -> None:
        if not self._running or not self._owner_alive():
            return
        dialog = QProgressDialog(self._owner.window() if self._owner is not None else None)
        dialog.setWindowTitle(QCoreApplication.translate("Operation", "Please wait"))
        dialog.setLabelText(self._label or QCoreApplication.translate("Operation", "Working…"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        if self._cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("Operation", "Cancel"))
            dialog.canceled.connect(self._user_cancelled)
        else:
            dialog.setCancelButton(None)
        self._dialog = dialog
        self._apply_progress()
        dialog.show()

    @Slot()
    def _user_cancelled(self) -> None:
        self.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(QCoreApplication.translate("Operation", "Cancelling…"))
            self._dialog.show()  # stays until the work has really stopped

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, text: str) -> None:
        self._last_progress = (done, total, text)
        self._apply_progress()

    def _apply_progress(self) -> None:
        dialog = self._dialog
        if dialog is None or self._in_progress_update:
            return
        done, total, text = self._last_progress
        self._in_progress_update = True
        try:
            if text:
                dialog.setLabelText(text)
            dialog.setMaximum(max(total, 0))
            if total > 0:
                dialog.setValue(min(done, total))  # may deliver the outcome (see _close)
        finally:
            self._in_progress_update = False
        if self._close_after_update:
            self._close_dialog()

    @Slot(object)
    def _succeeded(self, result: T) -> None:
        self._close()
        if self._on_success is not None and self._owner_alive():
            try:
                self._on_success(result)
            except Exception as exc:
                self._runner.errors.present(exc)
        self._done()

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self._close()
        if self._owner_alive():
            handled = False
            if self._on_failure is not None:
                try:
                    handled = bool(self._on_failure(error))
                except Exception as exc:
                    self._runner.errors.present(exc)
                    handled = True
            if not handled and not isinstance(error, Cancelled):  # a cancel is the user's choice, not an error
                self._runner.errors.present(error)
        self._done()

    def _owner_alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    def _close(self) -> None:
        self._running = False
        self._timer.stop()
        if self._in_progress_update:
            self._close_after_update = True  # not while the dialog is inside its own setValue()
        else:
            self._close_dialog()

    def _close_dialog(self) -> None:
        self._close_after_update = False
        if self._dialog is not None:
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None

    def _done(self) -> None:
        self.finished.emit()
        self._runner._finished(self)


class OperationRunner(QObject):
    """Starts operations on one background thread; ``idle`` is emitted whenever the last one has ended."""

    idle = Signal()

    def __init__(self, errors: ErrorPresenter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.errors = errors
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._active: list[Operation[Any]] = []

    def run(
        self,
        work: Work[T],
        *,
        parent: QWidget | None = None,
        label: str = "",
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], bool] | None = None,
        cancellable: bool = False,
        dialog: bool = True,
    ) -> Operation[T]:
        """Start ``work``; ``parent`` owns the outcome (dropped if it is deleted) and the progress dialog.

        ``dialog=False``: no progress dialog, however long it takes (the caller shows the progress itself).
        """
        operation: Operation[T] = Operation(
            self,
            work,
            parent=parent,
            label=label,
            on_success=on_success,
            on_failure=on_failure,
            cancellable=cancellable,
            dialog=dialog,
        )
        self._active.append(operation)
        operation._start(self._pool)
        return operation

    def run_and_wait(self, work: Work[T], *, label: str = "", parent: QWidget | None = None) -> T:
        """Run ``work`` while a local event loop keeps the GUI alive (start-up only); raise its exception."""
        outcome: dict[str, Any] = {}

        def failed(error: BaseException) -> bool:
            outcome["error"] = error
            return True

        loop = QEventLoop()
        operation = self.run(
            work, parent=parent, label=label, on_success=lambda r: outcome.setdefault("result", r), on_failure=failed
        )
        operation.finished.connect(loop.quit)
        if operation.is_running():
            loop.exec()
        if "error" in outcome:
            raise outcome["error"]
        if "result" not in outcome:
            raise OperationCancelled
        return outcome["result"]

    def is_idle(self) -> bool:
        return not self._active

    def active(self) -> list[Operation[Any]]:
        return list(self._active)

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel what is running and wait for the worker thread (before the database is closed)."""
        for operation in self._active:
            operation.cancel()
        return self._pool.waitForDone(timeout_ms)

    def deliver_finished(self) -> None:
        """Deliver now the outcomes of work that has ended but waits for the event loop (after :meth:`shutdown`,
        when the loop may not run again)."""
        for operation in list(self._active):
            QCoreApplication.sendPostedEvents(operation, QEvent.Type.MetaCall)

    def _finished(self, operation: Operation[Any]) -> None:
        if operation in self._active:
            self._active.remove(operation)
        operation.deleteLater()
        if not self._active:
            self.idle.emit()
