"""Alembic environment. ipdesk passes an open connection already inside a transaction, so the whole
upgrade is one transaction: it succeeds entirely or leaves the database as it was."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from ipdesk.storage.engine import create_database_engine
from ipdesk.storage.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        transactional_ddl=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_database_engine(config.get_main_option("sqlalchemy.url") or "")
    try:
        with engine.connect() as conn, conn.begin():
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():  # pragma: no cover - ipdesk never generates SQL scripts
    raise SystemExit("ipdesk migrations run online only")
run_migrations_online()
