"""Database-level facts and checks: schema version, row counts, integrity and foreign keys."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select, text

from ipdesk.errors import BackupError
from ipdesk.i18n import translate
from ipdesk.services.base import Service
from ipdesk.storage import migrations
from ipdesk.storage.backup import backup_sqlite, timestamped_name
from ipdesk.storage.location import backup_dir_for
from ipdesk.storage.models import Base


@dataclass(frozen=True)
class DatabaseInfo:
    url: str
    path: str | None
    schema_revision: str | None
    schema_head: str
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class CheckResult:
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


class MaintenanceService(Service):
    def info(self) -> DatabaseInfo:
        state = migrations.schema_state(self.db.engine)
        with self.db.reading() as session:
            counts = {
                name: session.scalar(select(func.count()).select_from(table)) or 0
                for name, table in sorted(Base.metadata.tables.items())
            }
        path = self.db.sqlite_path
        return DatabaseInfo(self.db.url, str(path) if path else None, state.current, state.head, counts)

    def backup_folder(self) -> Path:
        return backup_dir_for(self.db.url)

    def backup(self, target: Path | None = None) -> Path:
        """A consistent copy of the SQLite database (default: a time-stamped file in the backup folder)."""
        source = self.db.sqlite_path
        if source is None:
            raise BackupError(
                translate("Errors", "Backups from a database server are made with the server's own tools.")
            )
        return backup_sqlite(source, target or self.backup_folder() / timestamped_name(source.stem, "manual"))

    def check(self) -> CheckResult:
        """SQLite's integrity and foreign-key checks (PostgreSQL enforces both itself)."""
        problems: list[str] = []
        if self.db.engine.dialect.name != "sqlite":
            return CheckResult(problems)
        with self.db.engine.connect() as conn:
            for (line,) in conn.execute(text("PRAGMA integrity_check")):
                if line != "ok":
                    problems.append(f"integrity: {line}")
            for table, rowid, parent, _fk in conn.execute(text("PRAGMA foreign_key_check")):
                problems.append(f"foreign key: {table} row {rowid} refers to a missing {parent} row")
        return CheckResult(problems)
