"""Backups and restores through SQLite's online backup API (never by copying a live file)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from ipdesk.errors import BackupError
from ipdesk.i18n import translate

SQLITE_MAGIC = b"SQLite format 3\x00"


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy the database at ``source`` into a new file ``target`` (consistent even while in use)."""
    if not source.exists():
        raise BackupError(translate("Errors", "The database file {path} does not exist.").format(path=source))
    if target.exists():
        raise BackupError(
            translate("Errors", "The backup file {path} already exists; choose another name.").format(path=target)
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        partial.replace(target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(
            translate("Errors", "The backup could not be written to {path}: {error}").format(path=target, error=exc)
        ) from exc
    return target


def check_sqlite_file(path: Path) -> None:
    """Refuse anything that is not an intact SQLite database."""
    if not path.is_file():
        raise BackupError(translate("Errors", "The file {path} does not exist.").format(path=path))
    if not is_sqlite_file(path):
        raise BackupError(
            translate("Errors", "{path} is not an ipdesk backup (not a SQLite database file).").format(path=path)
        )
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            result = conn.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.Error as exc:
        raise BackupError(
            translate("Errors", "{path} cannot be read as a database: {error}").format(path=path, error=exc)
        ) from exc
    if not result or result[0] != "ok":
        raise BackupError(
            translate("Errors", "{path} is damaged (integrity check: {result}).").format(
                path=path, result=result[0] if result else "?"
            )
        )


def restore_sqlite(backup: Path, target: Path) -> None:
    """Replace the contents of ``target`` with ``backup`` through the backup API."""
    check_sqlite_file(backup)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with (
            closing(sqlite3.connect(f"file:{backup}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(target)) as dst,
        ):
            src.backup(dst)
    except sqlite3.Error as exc:
        raise BackupError(
            translate("Errors", "Restoring from {path} failed: {error}").format(path=backup, error=exc)
        ) from exc


def timestamped_name(stem: str, reason: str) -> str:
    return f"{stem}-{datetime.now():%Y%m%d-%H%M%S}-{reason}.sqlite3"
