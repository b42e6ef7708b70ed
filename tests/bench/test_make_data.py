"""The benchmark data generator keeps working (and keeps producing the promised volumes)."""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def _module():
    spec = importlib.util.spec_from_file_location("bench_make_data", REPO_ROOT / "bench" / "make_data.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_city_database_has_the_promised_volume(tmp_path: Path) -> None:
    out = tmp_path / "city.sqlite3"
    counts = _module().make("city", out)
    assert (counts.departments, counts.tasks, counts.units) == (40, 150, 11)
    assert 75_000 <= counts.reports <= 85_000
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT count(*) FROM task_reports").fetchone()[0] == counts.reports
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
