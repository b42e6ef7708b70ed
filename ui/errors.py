"""The one place that shows errors to the user.

Domain errors (:class:`ipdesk.errors.IpdeskError`) carry a message written for a clerk and are shown
as they are. Anything else is a bug: the user gets a calm explanation plus the technical details to
pass on, and the traceback goes to the log. ``present`` may be called from any thread: the box is
always shown on the GUI thread, one at a time, in the order the errors arrived.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections import deque
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ipdesk.errors import IpdeskError, StorageError
from ipdesk.i18n import translate

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ErrorText:
    """What a message box about one error says."""

    text: str
    informative: str = ""
    details: str = ""
    critical: bool = False


def describe(error: BaseException) -> ErrorText:
    """The words for ``error``: its own message for domain errors, a friendly one with details otherwise."""
    if isinstance(error, IpdeskError):
        return ErrorText(error.message, critical=isinstance(error, StorageError))
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    return ErrorText(
        translate(
            "ErrorPresenter",
            "Something went wrong that ipdesk did not expect. The action you started was not completed.",
        ),
        translate(
            "ErrorPresenter",
            "Your saved data is not affected. Please try again; if the problem comes back, "
            "send the details below to whoever supports ipdesk for you.",
        ),
        details,
        critical=True,
    )


def _log(error: BaseException) -> None:
    if isinstance(error, IpdeskError):
        log.info("reported to the user: %s", error)
    else:
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))


def _message_box(parent: QWidget | None, words: ErrorText) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical if words.critical else QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ErrorPresenter", "ipdesk"))
    box.setText(words.text)
    if words.informative:
        box.setInformativeText(words.informative)
    if words.details:
        box.setDetailedText(words.details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


class ErrorPresenter(QObject):
    """Shows errors in message boxes; ``presented`` is emitted with the main text of each box shown."""

    presented = Signal(str)
    _incoming = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window: QWidget | None = None
        self._pending: deque[BaseException] = deque()
        self._box: QMessageBox | None = None
        # Auto connection: direct on the GUI thread, queued to it from worker threads.
        self._incoming.connect(self._enqueue)

    def set_window(self, window: QWidget | None) -> None:
        """The window the boxes are shown over (None: no parent)."""
        self._window = window

    def present(self, error: BaseException) -> None:
        """Show ``error`` to the user. Safe to call from any thread."""
        _log(error)
        self._incoming.emit(error)

    def current_box(self) -> QMessageBox | None:
        """The box on screen now, if any (tests close it through this)."""
        return self._box

    def _enqueue(self, error: BaseException) -> None:
        self._pending.append(error)
        if self._box is None:
            self._show_next()

    def _show_next(self) -> None:
        if not self._pending:
            return
        words = describe(self._pending.popleft())
        parent = self._window if self._window is not None and self._window.isVisible() else None
        box = _message_box(parent, words)
        box.finished.connect(self._on_box_finished)
        self._box = box
        box.open()  # window-modal, without a nested event loop
        self.presented.emit(words.text)

    def _on_box_finished(self, _result: int) -> None:
        if self._box is not None:
            self._box.deleteLater()
        self._box = None
        self._show_next()


def present_fatal(error: BaseException, *, interactive: bool = True) -> None:
    """Report an error that stops the program before its window is up (blocking; stderr when not interactive)."""
    _log(error)
    words = describe(error)
    print(f"ipdesk: {words.text}", file=sys.stderr)
    if words.details:
        print(words.details, file=sys.stderr)
    if interactive:
        _message_box(None, words).exec()


def install_excepthooks(presenter: ErrorPresenter) -> None:
    """Route uncaught exceptions of the GUI thread (including slots) and of worker threads to ``presenter``."""

    def on_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        presenter.present(exc)

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        presenter.present(args.exc_value)

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception
