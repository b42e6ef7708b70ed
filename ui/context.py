"""What every page gets: the services, the operation runner, the error presenter and the change signal."""

from __future__ import annotations

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
