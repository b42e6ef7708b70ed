"""Which database to open, and opening it (building the demo when it is needed) off the GUI thread."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ipdesk.storage.location import (
    DATABASE_URL_ENV,
    default_database_path,
    demo_database_path,
    sqlite_path_of,
    sqlite_url,
)
from ui.operations import OperationContext

if TYPE_CHECKING:
    from ipdesk.storage.database import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DatabaseChoice:
    url: str
    is_demo: bool = False  # the built-in demo database: the window says so
    build_demo: bool = False  # it does not exist yet and is to be built
    # The file when the choice was made from one: saves parsing the URL, which would load SQLAlchemy on the GUI
    # thread before the window is up.
    file: Path | None = field(default=None, compare=False)

    @property
    def path(self) -> Path | None:
        if self.file is not None:
            return self.file
        path = sqlite_path_of(self.url)
        return Path(path) if path else None


def file_choice(path: str | os.PathLike[str], **flags: bool) -> DatabaseChoice:
    """The SQLite database file ``path``."""
    resolved = Path(path).expanduser().resolve()
    return DatabaseChoice(sqlite_url(resolved), file=resolved, **flags)


def demo_choice() -> DatabaseChoice:
    path = demo_database_path()
    return file_choice(path, is_demo=True, build_demo=not path.exists())


def choose_database(db_path: str | None = None, *, demo: bool = False) -> DatabaseChoice:
    """``--db PATH`` → that file; ``--demo`` → the demo file; else the configured or default database,
    and on the very first start (no database yet) the demo."""
    if db_path:
        return file_choice(db_path)
    if demo:
        return demo_choice()
    env_url = os.environ.get(DATABASE_URL_ENV)
    if env_url:
        return DatabaseChoice(env_url)
    default = default_database_path()
    if default.exists():
        return file_choice(default)
    return demo_choice()


def open_database(choice: DatabaseChoice, context: OperationContext) -> Database:
    """Open (creating and migrating as needed) the chosen database; build the demo into it if asked.

    A demo that fails half-way leaves no file behind, so the next start tries again.
    """
    from ipdesk.storage.database import Database  # with SQLAlchemy: loaded here, on the worker thread

    context.progress(0, 0)
    database = Database.open(choice.url)
    if not choice.build_demo:
        return database
    from ipdesk.demo import build_demo  # the builder is needed once, for a new demo: not at every start

    try:
        summary = build_demo(database, progress=context.as_progress())
    except BaseException:
        database.dispose()
        path = choice.path
        if path is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    log.info("demo database built at %s: %s", choice.path, summary)
    return database
