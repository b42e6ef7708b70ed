"""Engine creation with the connection settings ipdesk relies on.

SQLite: foreign keys on, WAL journal, ``synchronous=FULL``, a busy timeout, and real transactions:
Python's sqlite3 driver would otherwise commit before every DDL statement, so a failing migration could
leave half a schema behind. We switch the driver's own transaction handling off and emit ``BEGIN`` ourselves.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import StaticPool

BUSY_TIMEOUT_MS = 10_000
ANALYSIS_LIMIT = 1000  # rows sampled per index: statistics for a million reports in about 10 ms

log = logging.getLogger(__name__)


def create_database_engine(url: str, **kwargs: Any) -> Engine:
    from ipdesk.storage.location import sqlite_path_of

    is_sqlite = url.startswith("sqlite")
    if is_sqlite:
        kwargs.setdefault("connect_args", {}).setdefault("timeout", BUSY_TIMEOUT_MS / 1000)
        if sqlite_path_of(url) is None:  # in-memory: one shared connection, or every session sees an empty DB
            kwargs.setdefault("poolclass", StaticPool)
            kwargs["connect_args"].setdefault("check_same_thread", False)
    engine = create_engine(url, **kwargs)
    if is_sqlite:
        _configure_sqlite(engine, in_memory=sqlite_path_of(url) is None)
    return engine


def _configure_sqlite(engine: Engine, *, in_memory: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (see module docstring)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not in_memory:
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def refresh_statistics(engine: Engine, *, only_if_missing: bool = False) -> bool:
    """Let SQLite's query planner know the tables' sizes (``ANALYZE``, sampled); True if it ran.

    Without statistics SQLite looks a period's report up through the unique (assignment, period) index and
    reads every row with its long texts, instead of the covering index the overview needs (see
    db/versions/0002). Run when a database without statistics is opened, and when it is closed, so they follow
    the data. An optimisation only: a locked or read-only file is left as it is. PostgreSQL keeps its own.
    """
    if engine.dialect.name != "sqlite":
        return False
    try:
        with engine.connect() as connection:
            if (
                only_if_missing
                and connection.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first()
            ):
                return False
            connection.exec_driver_sql(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
            connection.exec_driver_sql("ANALYZE")
            connection.commit()
    except DBAPIError as error:
        log.info("statistics not refreshed: %s", error)
        return False
    return True
