"""Bridges the database's plain-Python change notifications to one Qt signal.

Services publish :class:`ipdesk.storage.database.Changes` after every commit, on whatever thread did
the work. Pages connect to :attr:`ChangeBridge.changed`, which is always emitted on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot

from ipdesk.storage.database import Changes, Database


class ChangeBridge(QObject):
    changed = Signal(object)  # Changes
    _relay = Signal(object)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        # Queued: the listener may run on a worker thread; the slot runs on this object's (GUI) thread.
        self._relay.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        database.changes.subscribe(self._on_database_changed)

    def _on_database_changed(self, changes: Changes) -> None:
        self._relay.emit(changes)

    @Slot(object)
    def _deliver(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def close(self) -> None:
        """Stop listening (before the database is disposed or the window replaced)."""
        self._database.changes.unsubscribe(self._on_database_changed)
