"""What every page gets: the services, the operation runner, the error presenter and the change signal."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

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

    @property
    def choices_group(self) -> str:
        """The settings group (QSettings key prefix) where pages keep what the clerk last chose in this database.

        The choices name rows by id (a department, a plan), and ids mean different rows in another database: a
        choice made in the demo must not pick some other department in the clerk's own database.
        """
        digest = hashlib.sha256(self.services.database.url.encode("utf-8")).hexdigest()[:16]
        return f"databases/{digest}/"
