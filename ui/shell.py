"""Owns the open database and the window on it; opening another database replaces both."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

from ipdesk.demo import DEMO_SETTING
from ipdesk.services import Services
from ipdesk.storage.database import Database
from ipdesk.storage.location import sqlite_url
from ui.changes import ChangeBridge
from ui.context import AppContext
from ui.errors import ErrorPresenter
from ui.main_window import MainWindow
from ui.operations import OperationRunner
from ui.startup import DatabaseChoice, open_database

log = logging.getLogger(__name__)


class Shell(QObject):
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

    def open(self, choice: DatabaseChoice, *, parent: QWidget | None = None) -> MainWindow:
        """Open ``choice`` (in the background, with a progress dialog if slow) and build a window on it.

        Raises what opening raised (e.g. :class:`ipdesk.errors.StorageError`); the current window, if any,
        stays as it was in that case.
        """
        label = (
            QCoreApplication.translate("Shell", "Building the demo database…")
            if choice.build_demo
            else QCoreApplication.translate("Shell", "Opening the database…")
        )
        database = self.operations.run_and_wait(
            lambda context: open_database(choice, context), label=label, parent=parent
        )
        self._replace(database, choice)
        assert self.window is not None
        if database.last_backup is not None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Shell", "The database was updated to this version of ipdesk; a backup was saved first: {path}"
                ).format(path=database.last_backup)
            )
        return self.window

    def switch(self, path: str, create: bool) -> bool:
        """Open the database at ``path`` in a new window (the old one closes); False if it could not be opened."""
        del create  # a new file is created by opening it; the dialog already refused existing files
        old = self.window
        visible = old.isVisible() if old is not None else False
        try:
            self.open(DatabaseChoice(sqlite_url(path)), parent=old)
        except Exception as exc:
            self.errors.present(exc)
            return False
        if visible and self.window is not None:
            self.window.show()
        return True

    def _replace(self, database: Database, choice: DatabaseChoice) -> None:
        self.close()
        self.database = database
        self._changes = ChangeBridge(database, self)
        services = Services(database)
        is_demo = choice.is_demo or services.settings.get(DEMO_SETTING) is not None
        ctx = AppContext(services, self.operations, self.errors, self._changes, choice.path, is_demo)
        self.window = MainWindow(ctx, start_page=self.start_page)
        self.window.database_requested.connect(self.switch)
        log.info("window opened on %s", choice.url)

    def close(self) -> None:
        """Close the window and the database (waiting for running work first)."""
        self.operations.shutdown()
        if self.window is not None:
            self.window.save_settings()
            self.errors.set_window(None)
            self.window.hide()
            self.window.deleteLater()
            self.window = None
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
