"""Where the database lives: ``--db PATH`` beats ``IPDESK_DATABASE_URL`` beats the user data directory."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

DATABASE_URL_ENV = "IPDESK_DATABASE_URL"
DATA_DIR_ENV = "IPDESK_DATA_DIR"  # moves the whole data directory (used by tests and portable installs)
DATABASE_FILE = "ipdesk.sqlite3"
DEMO_DATABASE_FILE = "demo.sqlite3"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else user_data_path("ipdesk", appauthor=False)


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE


def demo_database_path() -> Path:
    return data_dir() / DEMO_DATABASE_FILE


def sqlite_url(path: str | os.PathLike[str]) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


def resolve_database_url(db_path: str | None = None) -> str:
    if db_path:
        return sqlite_url(db_path)
    env_url = os.environ.get(DATABASE_URL_ENV)
    if env_url:
        return env_url
    return sqlite_url(default_database_path())


def sqlite_path_of(url: str) -> str | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    from sqlalchemy.engine import make_url  # SQLAlchemy loads off the GUI thread at start-up (see ui.shell)

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        return None
    return database


def backup_dir_for(url: str) -> Path:
    """Automatic backups go into ``backups/`` beside the database file (or the data directory)."""
    path = sqlite_path_of(url)
    base = Path(path).parent if path else data_dir()
    return base / "backups"
