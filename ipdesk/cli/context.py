"""Lazily opened resources shared by CLI commands."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ipdesk.services import Services
    from ipdesk.storage.database import Database


class CliContext:
    """Opens the database only when a command asks for it, so read-only commands stay fast."""

    def __init__(self, db_path: str | None) -> None:
        self.db_path = db_path
        self._database: Database | None = None
        self._services: Services | None = None

    def database_url(self) -> str:
        from ipdesk.storage.location import resolve_database_url

        return resolve_database_url(self.db_path)

    def database(self, *, migrate: bool = True) -> Database:
        if self._database is None:
            from ipdesk.storage.database import Database

            self._database = Database.open(self.database_url(), migrate=migrate)
        return self._database

    def services(self) -> Services:
        if self._services is None:
            from ipdesk.services import Services

            self._services = Services(self.database())
        return self._services

    def database_exists(self) -> bool:
        """True when the selected database is a server URL or an existing SQLite file."""
        from ipdesk.storage.location import sqlite_path_of

        path = sqlite_path_of(self.database_url())
        return path is None or Path(path).exists()

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()
            self._database = None
