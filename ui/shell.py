"""Owns the open database and the window on it; opening another database replaces both.

At start-up the window comes first (:meth:`Shell.start`): it is shown while a worker thread loads SQLAlchemy and
the services and opens the database, then it is completed with them. Loading them took three times as long as
showing a window, and a clerk's PC showed nothing meanwhile. This module and the window therefore import
nothing that loads SQLAlchemy at module level.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from ipdesk.demo import DEMO_SETTING
from ipdesk.errors import Cancelled, IpdeskError
from ui.context import AppContext
from ui.errors import ErrorPresenter
from ui.main_window import MainWindow, Opening
from ui.operations import OperationContext, OperationRunner
from ui.pages import PAGE_KEYS, PAGES, PageSpec
from ui.startup import DatabaseChoice, file_choice, open_database

if TYPE_CHECKING:
    from ipdesk.services import Services
    from ipdesk.storage.database import Database
    from ui.changes import ChangeBridge

log = logging.getLogger(__name__)


class Shell(QObject):
    opened = Signal()  # :meth:`start`'s window has its database and shows its first page
    failed = Signal(object)  # the exception that kept :meth:`start`'s database from opening
    settled = Signal()  # :meth:`start`'s opening is over, whatever came of it

    def __init__(
        self,
        errors: ErrorPresenter,
        operations: OperationRunner,
        parent: QObject | None = None,
        *,
        start_page: str | None = None,
    ) -> None:
        """``start_page``: the page windows open on (default: the one the clerk last had open)."""
        super().__init__(parent)
        self.errors = errors
        self.operations = operations
        self.start_page = start_page
        self.database: Database | None = None
        self.window: MainWindow | None = None
        self._changes: ChangeBridge | None = None

    def start(self, choice: DatabaseChoice) -> MainWindow:
        """A window on ``choice`` at once, completed when the database has opened in the background.

        Until then the window shows that it is opening the database; if that fails, :attr:`failed` is emitted
        (and the window stays without pages).
        """
        self.close()
        self.window = MainWindow(Opening(self.errors, choice.path, choice.url), start_page=self.start_page)
        self.window.database_requested.connect(self.switch)
        window = self.window
        first_page = PAGES[PAGE_KEYS.index(window.wanted_page())]

        def opened(result: tuple[Database, bool]) -> None:
            database, is_demo = result
            if self.window is not window:  # closed while the database was opening (see close)
                database.dispose()
                return
            try:
                self._attach(database, choice, is_demo)
            finally:
                self.settled.emit()
            self._say_if_backed_up(database)
            self.opened.emit()

        def failed(error: BaseException) -> bool:
            if self.window is not window or isinstance(error, Cancelled):  # closed meanwhile: nothing to say
                return True
            window.opening_failed(error.message if isinstance(error, IpdeskError) else str(error))
            self.settled.emit()
            self.failed.emit(error)
            return True

        # Owned by the window, so building the demo shows its progress dialog over it. If the window closes
        # first, close() hands the outcome over before the window goes, and the database is disposed of.
        self.operations.run(
            lambda context: _open_for_window(choice, context, first_page),
            parent=window,
            label=_opening_label(choice),
            on_success=opened,
            on_failure=failed,
            dialog=choice.build_demo,  # a plain open shows in the window itself; building the demo takes a while
        )
        return window

    def open(self, choice: DatabaseChoice, *, parent: QWidget | None = None) -> MainWindow:
        """Open ``choice`` (in the background, with a progress dialog if slow) and build a window on it.

        Raises what opening raised (e.g. :class:`ipdesk.errors.StorageError`); the current window, if any,
        stays as it was in that case.
        """
        database = self.operations.run_and_wait(
            lambda context: open_database(choice, context), label=_opening_label(choice), parent=parent
        )
        self.close()
        self.window = MainWindow(self._attach_context(database, choice), start_page=self.start_page)
        self.window.database_requested.connect(self.switch)
        log.info("window opened on %s", choice.url)
        self._say_if_backed_up(database)
        return self.window

    def switch(self, path: str, create: bool) -> bool:
        """Open the database at ``path`` in a new window (the old one closes); False if it could not be opened."""
        del create  # a new file is created by opening it; the dialog already refused existing files
        old = self.window
        visible = old.isVisible() if old is not None else False
        try:
            self.open(file_choice(path), parent=old)
        except Exception as exc:
            self.errors.present(exc)
            return False
        if visible and self.window is not None:
            self.window.show()
        return True

    def _attach(self, database: Database, choice: DatabaseChoice, is_demo: bool) -> None:
        assert self.window is not None
        self.window.attach(self._attach_context(database, choice, is_demo))
        log.info("window opened on %s", choice.url)

    def _attach_context(self, database: Database, choice: DatabaseChoice, is_demo: bool | None = None) -> AppContext:
        """The shell's database becomes ``database``; what the window's pages are given to work with it."""
        from ipdesk.services import Services
        from ui.changes import ChangeBridge

        self.database = database
        self._changes = ChangeBridge(database, self)
        services = Services(database)
        if is_demo is None:
            is_demo = _is_demo(services, choice)
        return AppContext(services, self.operations, self.errors, self._changes, choice.path, is_demo)

    def _say_if_backed_up(self, database: Database) -> None:
        if database.last_backup is not None and self.window is not None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Shell", "The database was updated to this version of ipdesk; a backup was saved first: {path}"
                ).format(path=database.last_backup)
            )

    def close(self) -> None:
        """Close the window and the database (waiting for running work first)."""
        self.operations.shutdown()
        window, self.window = self.window, None
        # Outcomes that arrived meanwhile are delivered now, while their window still exists: a database opened
        # for a window that has gone is disposed of, not left open until the process ends.
        self.operations.deliver_finished()
        if window is not None:
            window.save_settings()
            self.errors.set_window(None)
            window.hide()
            window.deleteLater()
        if self._changes is not None:
            self._changes.close()
            self._changes.deleteLater()
            self._changes = None
        if self.database is not None:
            self.database.dispose()
            self.database = None
        # Delete the window's widgets now, while the application runs: left to Python's shutdown, Qt objects go
        # in no particular order, which now and then crashed the process on its way out (the overview's charts).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _opening_label(choice: DatabaseChoice) -> str:
    if choice.build_demo:
        return QCoreApplication.translate("Shell", "Building the demo database…")
    return QCoreApplication.translate("Shell", "Opening the database…")


def _is_demo(services: Services, choice: DatabaseChoice) -> bool:
    return choice.is_demo or services.settings.get(DEMO_SETTING) is not None


def _open_for_window(choice: DatabaseChoice, context: OperationContext, first_page: PageSpec) -> tuple[Database, bool]:
    """On the worker: open the database, and do there what the window would otherwise do on the GUI thread
    once it has it (a first query sets up the ORM's mappings; the first page's modules load the core modules it
    reads with, and the overview's load pyqtgraph and numpy)."""
    from ipdesk.services import Services

    database = open_database(choice, context)
    try:
        is_demo = _is_demo(Services(database), choice)
    except BaseException:
        database.dispose()
        raise
    try:
        first_page.import_modules()
    except Exception:  # the page imports them again on the GUI thread, where the error reaches the clerk
        log.exception("preloading the modules of page %s failed", first_page.key)
    return database, is_demo
