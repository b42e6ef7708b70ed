"""What every page gets: the services, the operation runner, the error presenter and the change signal."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings

from ui.app import APPLICATION, ORGANIZATION
from ui.errors import ErrorPresenter
from ui.operations import OperationRunner

if TYPE_CHECKING:  # the window is built before SQLAlchemy has loaded (see ui.shell)
    from ipdesk.services import Services
    from ui.changes import ChangeBridge


@dataclass(frozen=True)
class AppContext:
    services: Services
    operations: OperationRunner
    errors: ErrorPresenter
    changes: ChangeBridge
    database_path: Path | None  # None for a database server
    is_demo: bool  # the built-in demo database: the window says so

    def recall(self, key: str) -> Any:
        """What the clerk last chose under ``key`` in this database (None if nothing yet); see :meth:`remember`."""
        value = QSettings(ORGANIZATION, APPLICATION).value(self._choices_group() + key)
        return None if value in (None, "") else value

    def remember(self, key: str, value: object) -> None:
        """Keep a page's choice (a period, a department id …) for the next time this database is open.

        Kept per database: the choices name rows by id, and ids mean other rows in another database, so a
        choice made in the demo must not pick some other department in the clerk's own database.
        """
        QSettings(ORGANIZATION, APPLICATION).setValue(self._choices_group() + key, "" if value is None else value)

    def _choices_group(self) -> str:
        digest = hashlib.sha256(self.services.database.url.encode("utf-8")).hexdigest()[:16]
        return f"databases/{digest}/"
