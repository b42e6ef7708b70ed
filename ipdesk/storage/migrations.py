"""Run Alembic migrations from code: check the schema version, back up, upgrade in one transaction."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

from ipdesk.errors import MigrationError, SchemaTooNewError
from ipdesk.i18n import translate
from ipdesk.storage.engine import refresh_statistics

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "db"


@dataclass(frozen=True)
class SchemaState:
    current: str | None  # revision stored in the database (None: not an ipdesk schema yet)
    head: str  # newest revision this program knows
    has_tables: bool

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


_REVISION = re.compile(r"^revision(?:\s*:\s*str)?\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\b[^=]*=\s*(.+)$", re.MULTILINE)


def alembic_config(url: str, script_location: Path = MIGRATIONS_DIR) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def known_head(script_location: Path = MIGRATIONS_DIR) -> str | None:
    """The single head revision read straight from the revision files, or None when unsure.

    Loading Alembic and its script directory costs a noticeable part of start-up, and on every ordinary
    start the answer is "up to date"; scanning the few files for ``revision``/``down_revision`` is enough
    to confirm that. Anything unusual (several heads, an unparsable file) returns None: ask Alembic.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        for path in (script_location / "versions").glob("*.py"):
            source = path.read_text(encoding="utf-8")
            found = _REVISION.search(source)
            down = _DOWN.search(source)
            if found is None or down is None:
                continue
            revisions.add(found.group(1))
            parents.update(re.findall(r"[\"']([^\"']+)[\"']", down.group(1)))
    except OSError:
        return None
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


def schema_state(engine: Engine, script_location: Path = MIGRATIONS_DIR) -> SchemaState:
    """The stored and the newest revision; the common up-to-date case is answered without loading Alembic."""
    head = known_head(script_location)
    if head is not None:
        with engine.connect() as conn:
            tables = inspect(conn).get_table_names()
            if "alembic_version" in tables:
                stored = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
                if stored == [head]:
                    return SchemaState(current=head, head=head, has_tables=any(t != "alembic_version" for t in tables))
    return _alembic_schema_state(engine, script_location)


def _alembic_schema_state(engine: Engine, script_location: Path) -> SchemaState:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(str(engine.url), script_location))
    head = script.get_current_head()
    if head is None:  # pragma: no cover - the app always ships migrations
        raise MigrationError(translate("Errors", "The program's database migrations are missing."))
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = [name for name in inspect(conn).get_table_names() if name != "alembic_version"]
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:  # alembic raises several types for an unknown revision
            raise SchemaTooNewError(current, head) from exc
    return SchemaState(current=current, head=head, has_tables=bool(tables))


def upgrade(
    engine: Engine,
    *,
    revision: str = "head",
    script_location: Path = MIGRATIONS_DIR,
    before: Callable[[SchemaState], None] | None = None,
) -> SchemaState:
    """Bring the schema to ``revision`` in a single transaction.

    ``before`` runs when a change is due (ipdesk passes the backup there). A database that holds tables
    but no ipdesk revision is refused rather than overwritten.
    """
    state = schema_state(engine, script_location)
    if state.current is None and state.has_tables:
        raise MigrationError(
            translate("Errors", "This file holds a database that ipdesk did not create. Choose an ipdesk database.")
        )
    if revision == "head" and state.up_to_date:
        return state
    if before is not None:
        before(state)
    from alembic import command

    config = alembic_config(str(engine.url), script_location)
    try:
        with engine.connect() as conn, conn.begin():
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    except MigrationError:
        raise
    except Exception as exc:
        raise MigrationError(
            translate(
                "Errors",
                "Updating the database structure failed; the database was left unchanged. Details: {error}",
            ).format(error=exc)
        ) from exc
    refresh_statistics(engine)  # a migration may have added indexes: the query planner needs their statistics
    return schema_state(engine, script_location)


def downgrade(engine: Engine, revision: str, *, script_location: Path = MIGRATIONS_DIR) -> None:
    from alembic import command

    config = alembic_config(str(engine.url), script_location)
    with engine.connect() as conn, conn.begin():
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
