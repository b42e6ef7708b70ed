"""``main.py --screenshots`` and the start-up path of main.py, run as the user would (a subprocess)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ipdesk.storage.database import Database
from ipdesk.storage.location import sqlite_url
from ui.pages import PAGES
from ui.screenshots import SIZES, STATES

ROOT = Path(__file__).resolve().parents[2]
PNG = b"\x89PNG\r\n\x1a\n"


def run_main(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "IPDESK_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    env.pop("IPDESK_LANG", None)
    env.pop("IPDESK_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        cwd=tmp_path,
    )


def test_screenshots_of_every_page_on_first_start(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    result = run_main(tmp_path, "--screenshots", str(out))  # no database yet: the demo is built
    assert result.returncode == 0, result.stderr
    files = sorted(out.glob("*.png"))
    assert len(files) == (len(PAGES) + len(STATES)) * len(SIZES)  # every page, and the extra states
    for number, page in enumerate(PAGES, start=1):
        for width, height in SIZES:
            shot = out / f"zh_CN-{width}x{height}-{number:02d}-{page.key}.png"
            data = shot.read_bytes()
            assert data.startswith(PNG)
            assert int.from_bytes(data[16:20], "big") == width
            assert len(data) > 10_000  # real content, not a blank window
    assert (tmp_path / "data" / "demo.sqlite3").exists()


@pytest.mark.parametrize("language", ["en"])
def test_screenshots_in_english_of_a_new_database(tmp_path: Path, language: str) -> None:
    out = tmp_path / "shots"
    db = tmp_path / "mine.sqlite3"
    result = run_main(tmp_path, "--db", str(db), "--lang", language, "--screenshots", str(out))
    assert result.returncode == 0, result.stderr
    assert db.exists()
    shots = {p.name for p in out.glob(f"{language}-*.png")}
    for number, page in enumerate(PAGES, start=1):
        for width, height in SIZES:
            assert f"{language}-{width}x{height}-{number:02d}-{page.key}.png" in shots


def test_a_database_from_a_newer_version_stops_with_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "newer.sqlite3"
    Database.open(sqlite_url(db)).dispose()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    result = run_main(tmp_path, "--db", str(db), "--screenshots", str(tmp_path / "shots"))
    assert result.returncode == 3  # StorageError's exit code
    assert "更高版本" in result.stderr  # SchemaTooNewError's message, in Chinese
    assert not (tmp_path / "shots").exists() or not list((tmp_path / "shots").glob("*.png"))
