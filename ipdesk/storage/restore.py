"""Restoring a backup into the database file in use, safely."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ipdesk.errors import BackupError
from ipdesk.i18n import translate
from ipdesk.storage import migrations
from ipdesk.storage.backup import backup_sqlite, check_sqlite_file, restore_sqlite, timestamped_name
from ipdesk.storage.engine import create_database_engine
from ipdesk.storage.location import backup_dir_for, sqlite_path_of, sqlite_url


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    safety_backup: Path | None


def restore_database(url: str, backup: Path) -> RestoreResult:
    """Replace the SQLite database at ``url`` with ``backup``.

    The backup must be an intact ipdesk database not newer than this program; the current database is
    backed up first; afterwards the schema is brought up to date.
    """
    target = sqlite_path_of(url)
    if target is None:
        raise BackupError(translate("Errors", "Restoring into a database server is done with the server's own tools."))
    target_path = Path(target)
    check_sqlite_file(backup)
    if backup.resolve() == target_path.resolve():
        raise BackupError(translate("Errors", "The backup is the database itself; choose a backup file."))
    engine = create_database_engine(sqlite_url(backup))
    try:
        state = migrations.schema_state(engine)  # raises SchemaTooNewError for a newer backup
    finally:
        engine.dispose()
    if state.current is None:
        raise BackupError(translate("Errors", "{path} is not an ipdesk backup.").format(path=backup))
    safety: Path | None = None
    if target_path.exists():
        safety = backup_sqlite(target_path, backup_dir_for(url) / timestamped_name(target_path.stem, "before-restore"))
    restore_sqlite(backup, target_path)
    engine = create_database_engine(url)
    try:
        migrations.upgrade(engine)
    finally:
        engine.dispose()
    return RestoreResult(target_path, safety)
