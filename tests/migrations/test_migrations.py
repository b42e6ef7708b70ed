"""Migrations: empty → head, round trip, agreement with the models, atomic failure, version guard, backup."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from ipdesk.errors import MigrationError, SchemaTooNewError
from ipdesk.services import Services
from ipdesk.storage import migrations
from ipdesk.storage.database import Database
from ipdesk.storage.engine import create_database_engine
from ipdesk.storage.location import sqlite_url
from ipdesk.storage.models import Base


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _revision(path: Path) -> str | None:
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None


def test_empty_to_head_creates_every_table(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    Database.open(sqlite_url(path)).dispose()
    assert set(Base.metadata.tables) | {"alembic_version"} <= _tables(path)
    assert _revision(path) == migrations.schema_state(create_database_engine(sqlite_url(path))).head


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    database = Database.open(sqlite_url(tmp_path / "agree.sqlite3"))
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    database.dispose()


def test_downgrade_and_upgrade_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "round.sqlite3"
    Database.open(sqlite_url(path)).dispose()
    engine = create_database_engine(sqlite_url(path))
    migrations.downgrade(engine, "base")
    assert inspect(engine).get_table_names() == ["alembic_version"]
    migrations.upgrade(engine)
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    engine.dispose()


def _scripts_with(tmp_path: Path, body: str) -> Path:
    """A copy of the real migrations plus one extra revision whose upgrade() runs ``body``."""
    scripts = tmp_path / "scripts"
    shutil.copytree(migrations.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrations.schema_state(create_database_engine("sqlite://")).head
    (scripts / "versions" / "9001_extra.py").write_text(
        f'''"""extra"""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
{body}


def downgrade() -> None:
    pass
''',
        encoding="utf-8",
    )
    return scripts


def _populated(tmp_path: Path) -> Path:
    path = tmp_path / "data.sqlite3"
    database = Database.open(sqlite_url(path))
    services = Services(database)
    unit = services.units.create("赤峰市", "city")
    services.departments.create("赤峰市科学技术局", unit_id=unit.id)
    database.dispose()
    return path


def test_failing_migration_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    path = _populated(tmp_path)
    before_tables, before_revision = _tables(path), _revision(path)
    scripts = _scripts_with(
        tmp_path,
        "    op.create_table('half_done', sa.Column('id', sa.Integer, primary_key=True))\n"
        "    with op.batch_alter_table('departments') as batch:\n"
        "        batch.add_column(sa.Column('extra', sa.String(10)))\n"
        "    op.execute('UPDATE departments SET name = name || \"!\"')\n"
        "    raise RuntimeError('simulated failure in the middle of a migration')",
    )
    with pytest.raises(MigrationError, match="unchanged"):
        Database.open(sqlite_url(path), script_location=scripts)
    assert _tables(path) == before_tables
    assert _revision(path) == before_revision
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT name FROM departments").fetchall() == [("赤峰市科学技术局",)]
        assert "extra" not in {row[1] for row in conn.execute("PRAGMA table_info(departments)")}


def test_migration_takes_a_backup_first(tmp_path: Path) -> None:
    path = _populated(tmp_path)
    scripts = _scripts_with(tmp_path, "    op.create_table('extra', sa.Column('id', sa.Integer, primary_key=True))")
    database = Database.open(sqlite_url(path), script_location=scripts)
    assert database.last_backup is not None and database.last_backup.parent == tmp_path / "backups"
    assert "extra" in _tables(path)
    assert "extra" not in _tables(database.last_backup)
    with sqlite3.connect(database.last_backup) as conn:
        assert conn.execute("SELECT name FROM departments").fetchall() == [("赤峰市科学技术局",)]
    database.dispose()


def test_up_to_date_database_is_not_backed_up_again(tmp_path: Path) -> None:
    path = _populated(tmp_path)
    database = Database.open(sqlite_url(path))
    assert database.last_backup is None
    database.dispose()


def test_newer_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = _populated(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dcafe'")
    data = path.read_bytes()
    with pytest.raises(SchemaTooNewError) as info:
        Database.open(sqlite_url(path))
    assert "newer version of ipdesk" in str(info.value)
    assert path.read_bytes() == data


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    with pytest.raises(MigrationError, match="did not create"):
        Database.open(sqlite_url(path))
    assert _tables(path) == {"customers"}


def test_statistics_follow_a_migration_that_adds_an_index(tmp_path: Path) -> None:
    """The query planner only uses the overview's covering index (revision 0002) once it has statistics for it:
    opening a database that was just migrated refreshes them, not only a database that has none."""
    from datetime import date

    from ipdesk.demo import build_demo

    path = tmp_path / "old.sqlite3"
    database = Database.open(sqlite_url(path))
    build_demo(database, today=date(2026, 11, 21))
    database.dispose()
    engine = create_database_engine(sqlite_url(path))
    migrations.downgrade(engine, "0001")
    engine.dispose()

    def indexed() -> set[str]:
        with sqlite3.connect(path) as conn:
            return {row[0] for row in conn.execute("SELECT idx FROM sqlite_stat1 WHERE tbl = 'task_reports'")}

    assert "sqlite_autoindex_task_reports_1" in indexed()  # statistics there are, but none for the new index
    assert "ix_task_reports_period_cover" not in indexed()
    database = Database.open(sqlite_url(path))
    assert "ix_task_reports_period_cover" in indexed()
    database.dispose()
