"""``tools/quarter_tour.py``, which makes the README's screenshots, still plays the whole quarter (a subprocess,
as it is run)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PNG = b"\x89PNG\r\n\x1a\n"


def test_the_tour_writes_every_screenshot_the_readme_shows(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "quarter_tour.py"), str(tmp_path / "shots")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    written = {Path(line).name for line in result.stdout.split()}
    shown = {
        line.split("(docs/screenshots/")[1].split(")")[0]
        for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
        if "(docs/screenshots/" in line
    }
    assert shown and shown <= written  # every picture of the tour comes from the tour
    for name in written:
        data = (tmp_path / "shots" / name).read_bytes()
        assert data.startswith(PNG) and len(data) > 5_000
