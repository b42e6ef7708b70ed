"""The open database: engine, sessions, the unit of work and the "changed" notification."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from threading import Lock

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ipdesk.domain.enums import Source
from ipdesk.errors import MigrationError, StorageError
from ipdesk.i18n import translate
from ipdesk.storage import audit, migrations
from ipdesk.storage.backup import backup_sqlite, timestamped_name
from ipdesk.storage.engine import create_database_engine, refresh_statistics
from ipdesk.storage.location import backup_dir_for, sqlite_path_of


@dataclass(frozen=True)
class Changes:
    """What one committed unit of work changed: the table names it wrote to."""

    tables: frozenset[str]
    source: str = Source.MANUAL.value

    def touches(self, *tables: str) -> bool:
        return not self.tables.isdisjoint(tables)


@dataclass
class ChangeBus:
    """Plain-Python observer list; the GUI bridges it to a Qt signal (thread-safe: queued)."""

    _listeners: list[Callable[[Changes], None]] = field(default_factory=list)
    _lock: Lock = field(default_factory=Lock)

    def subscribe(self, listener: Callable[[Changes], None]) -> None:
        with self._lock:
            self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Changes], None]) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def publish(self, changes: Changes) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(changes)


class Database:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.url = engine.url.render_as_string(hide_password=False)
        self.session_factory = sessionmaker(engine, class_=audit.AuditedSession, expire_on_commit=False)
        self.changes = ChangeBus()
        self.last_backup: Path | None = None

    @classmethod
    def open(
        cls,
        url: str,
        *,
        migrate: bool = True,
        backup_before_migrate: bool = True,
        script_location: Path = migrations.MIGRATIONS_DIR,
    ) -> Database:
        """Open ``url``; with ``migrate`` bring its schema up to date (after a backup if it held data)."""
        path = sqlite_path_of(url)
        if path is not None:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_database_engine(url)
        database = cls(engine)
        try:
            if migrate:
                hook = database._backup_before_migration if backup_before_migrate else None
                migrations.upgrade(engine, before=hook, script_location=script_location)
            else:
                state = migrations.schema_state(engine, script_location)
                if not state.up_to_date:
                    raise MigrationError(
                        translate("Errors", "The database structure is out of date; open it with ipdesk to update it.")
                    )
        except (OperationalError, DatabaseError) as exc:
            engine.dispose()
            if isinstance(exc, OperationalError) or type(exc) is DatabaseError:  # the file, not a migration's SQL
                raise _not_opened(url, exc) from exc
            raise
        except Exception:
            engine.dispose()
            raise
        refresh_statistics(engine, only_if_missing=True)
        return database

    @property
    def sqlite_path(self) -> Path | None:
        path = sqlite_path_of(self.url)
        return Path(path) if path else None

    def _backup_before_migration(self, state: migrations.SchemaState) -> None:
        path = self.sqlite_path
        if path is None or not state.has_tables or not path.exists():
            return
        target = backup_dir_for(self.url) / timestamped_name(path.stem, f"before-{state.head}")
        self.last_backup = backup_sqlite(path, target)

    @contextmanager
    def transaction(self, source: Source | str = Source.MANUAL, batch_id: int | None = None) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error, then announces what changed."""
        session = self.session_factory()
        session.info[audit.SOURCE_KEY] = str(source)
        session.info[audit.BATCH_KEY] = batch_id
        try:
            with session.begin():
                yield session
            changed = frozenset(session.info.get(audit.CHANGED_KEY, ()))
        finally:
            session.close()
        if changed:
            self.changes.publish(Changes(changed, str(source)))

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session; anything written is rolled back."""
        session = self.session_factory()
        try:
            with session.begin():
                yield session
                session.rollback()
        finally:
            session.close()

    def dispose(self) -> None:
        refresh_statistics(self.engine)
        self.engine.dispose()


def _not_opened(url: str, error: DBAPIError) -> StorageError:
    """What a clerk is told when the driver refused the database (not a database file, damaged, no access …)."""
    where = sqlite_path_of(url) or url
    detail = str(error.orig)
    if "not a database" in detail:
        return StorageError(
            translate(
                "Errors",
                "{path} is not an ipdesk database (or it is damaged). Choose another file, or restore a backup.",
            ).format(path=where)
        )
    return StorageError(
        translate("Errors", "The database {path} could not be opened: {detail}. Check that it is reachable.").format(
            path=where, detail=detail
        )
    )
