"""`main.py --smoke-test` starts the real application, loads the first page and exits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_smoke_test_starts_and_exits(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "IPDESK_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "main.py"), "--db", str(tmp_path / "new.sqlite3"), "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "peak_memory_mb" in result.stdout
    assert (tmp_path / "new.sqlite3").exists()
