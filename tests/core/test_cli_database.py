"""`ipdesk [--db PATH] init|demo|info|backup|restore|check` and the one-line error contract."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_support import run


def test_demo_then_info_prints_real_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.db")
    code, out, _ = run(capsys, "--db", db, "demo", "--today", "2026-11-21")
    assert code == 0 and "4 plans" in out
    code, out, _ = run(capsys, "--db", db, "info", "--json")
    info = json.loads(out)
    assert code == 0 and info["path"] == str(Path(db).resolve())
    assert info["counts"]["plans"] == 4 and info["counts"]["tasks"] > 100 and info["counts"]["task_reports"] > 100
    assert info["schema_revision"] == info["schema_head"]
    code, out, _ = run(capsys, "--db", db, "info")
    assert "tasks" in out and "Schema version" in out


def test_demo_without_db_goes_to_the_demo_file(isolated_environment: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, "demo", "--today", "2026-11-21")
    assert code == 0 and (isolated_environment / "demo.sqlite3").exists()
    assert not (isolated_environment / "ipdesk.sqlite3").exists()


def test_init_backup_restore_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, backup, copy = (str(tmp_path / n) for n in ("a.db", "backup.db", "copy.db"))
    assert run(capsys, "--db", db, "demo", "--today", "2026-11-21")[0] == 0
    code, out, _ = run(capsys, "--db", db, "backup", backup)
    assert code == 0 and Path(backup).exists()
    code, out, _ = run(capsys, "--db", copy, "restore", backup)
    assert code == 0
    with sqlite3.connect(db) as a, sqlite3.connect(copy) as b:
        for table in ("plans", "tasks", "task_reports", "indicator_values", "departments"):
            query = f"SELECT * FROM {table} ORDER BY 1"
            assert a.execute(query).fetchall() == b.execute(query).fetchall()
    code, out, _ = run(capsys, "--db", copy, "check")
    assert code == 0 and "no problems" in out


def test_check_reports_broken_foreign_keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "broken.db"
    assert run(capsys, "--db", str(db), "init")[0] == 0
    with sqlite3.connect(db) as conn:  # foreign keys are off in a bare sqlite3 connection
        conn.execute(
            "INSERT INTO tasks (plan_id, number, title, text, position, created_at, updated_at) "
            "VALUES (42, '1', 't', '', 1, '2024-01-01', '2024-01-01')"
        )
    code, out, err = run(capsys, "--db", str(db), "check")
    assert code == 1 and "tasks" in out and "problems found" in err


@pytest.mark.parametrize(
    ("args", "exit_code", "message"),
    [
        (("backup", "{tmp}/b.db"), 3, "no database to back up"),
        (("restore", "{tmp}/missing.db"), 3, "does not exist"),
        (("--db", "{tmp}/x.db", "restore", "{tmp}/x.db"), 3, "does not exist"),
    ],
)
def test_errors_are_one_line_with_nonzero_exit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], exit_code: int, message: str
) -> None:
    code, _, err = run(capsys, *(a.format(tmp=tmp_path) for a in args))
    assert code == exit_code
    assert err.count("\n") == 1 and err.startswith("ipdesk: ") and message in err


def test_newer_database_gives_a_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "new.db"
    run(capsys, "--db", str(db), "init")
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'abcdef123456'")
    code, _, err = run(capsys, "--db", str(db), "info")
    assert code == 3 and "newer version of ipdesk" in err


def test_console_script_and_module_agree(tmp_path: Path) -> None:
    db = str(tmp_path / "m.db")
    result = subprocess.run([sys.executable, "-m", "ipdesk", "--db", db, "init"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    result = subprocess.run([sys.executable, "-m", "ipdesk"], capture_output=True, text=True)
    assert result.returncode == 1 and "COMMAND" in result.stdout
