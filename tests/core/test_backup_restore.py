from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ipdesk.errors import BackupError, SchemaTooNewError
from ipdesk.services import Services
from ipdesk.storage.backup import backup_sqlite
from ipdesk.storage.database import Database
from ipdesk.storage.location import sqlite_url
from ipdesk.storage.restore import restore_database


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def test_backup_restore_round_trip(tmp_path: Path, sqlite_services: Services, db_path: Path) -> None:
    unit = sqlite_services.units.create("赤峰市", "city")
    plan = sqlite_services.plans.create("赤峰市全面推进知识产权强市建设行动方案", unit_id=unit.id)
    sqlite_services.tasks.create(plan.id, "加强知识产权创造")
    backup = backup_sqlite(db_path, tmp_path / "out" / "backup.sqlite3")  # while the database is open
    sqlite_services.tasks.create(plan.id, "这一条在备份之后")

    restored = tmp_path / "restored.sqlite3"
    result = restore_database(sqlite_url(restored), backup)
    assert result.safety_backup is None  # nothing was there to keep
    assert _dump(restored) == _dump(backup)
    database = Database.open(sqlite_url(restored))
    titles = [t.title for t in Services(database).tasks.list()]
    database.dispose()
    assert titles == ["加强知识产权创造"]


def test_restore_over_existing_keeps_a_safety_copy(tmp_path: Path, sqlite_services: Services, db_path: Path) -> None:
    sqlite_services.units.create("赤峰市", "city")
    backup = backup_sqlite(db_path, tmp_path / "b.sqlite3")
    sqlite_services.units.create("鄂尔多斯市", "city")
    sqlite_services.database.dispose()
    result = restore_database(sqlite_url(db_path), backup)
    assert result.safety_backup is not None and result.safety_backup.exists()
    with sqlite3.connect(result.safety_backup) as conn:
        assert conn.execute("SELECT count(*) FROM admin_units").fetchone()[0] == 2
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM admin_units").fetchone()[0] == 1


def test_backup_refuses_to_overwrite(tmp_path: Path, sqlite_services: Services, db_path: Path) -> None:
    target = tmp_path / "b.sqlite3"
    backup_sqlite(db_path, target)
    with pytest.raises(BackupError, match="already exists"):
        backup_sqlite(db_path, target)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not an ipdesk backup"),
        (b"PK\x03\x04 this is a zip file really", "not an ipdesk backup"),
        (b"SQLite format 3\x00" + b"\xff" * 200, "cannot be read|damaged"),
    ],
)
def test_restore_refuses_non_backups(tmp_path: Path, content: bytes, message: str) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(content)
    with pytest.raises(BackupError, match=message):
        restore_database(sqlite_url(tmp_path / "target.sqlite3"), bogus)
    assert not (tmp_path / "target.sqlite3").exists()


def test_restore_refuses_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="does not exist"):
        restore_database(sqlite_url(tmp_path / "target.sqlite3"), tmp_path / "nope.sqlite3")


def test_restore_refuses_a_newer_backup(tmp_path: Path, sqlite_services: Services, db_path: Path) -> None:
    backup = backup_sqlite(db_path, tmp_path / "b.sqlite3")
    with sqlite3.connect(backup) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff0000'")
    with pytest.raises(SchemaTooNewError):
        restore_database(sqlite_url(tmp_path / "target.sqlite3"), backup)
