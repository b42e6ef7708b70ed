"""``ipdesk report KIND --period P …``: in process, and headless in a fresh process as a batch job would run it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ipdesk.cli import main

KINDS = ["indicators", "tasks", "submissions", "reminders", "assessment"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind(kind: str, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "db.sqlite3"
    shutil.copy(demo_file, db)
    pdf, xlsx = tmp_path / f"{kind}.pdf", tmp_path / f"{kind}.xlsx"
    code = main(
        [
            "--db",
            str(db),
            "report",
            kind,
            "--period",
            "2026Q3",
            "--today",
            "2026-11-21",
            "--pdf",
            str(pdf),
            "--xlsx",
            str(xlsx),
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert pdf.read_bytes().startswith(b"%PDF") and xlsx.stat().st_size > 0
    out = capsys.readouterr().out
    assert str(pdf) in out and str(xlsx) in out


def test_options(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "db.sqlite3"
    shutil.copy(demo_file, db)
    args = ["--db", str(db), "report", "tasks", "--period", "2026Q3", "--today", "2026-11-21"]
    assert (
        main([*args, "--plan", "2", "--department", "市科技局", "--by-department", "--xlsx", str(tmp_path / "a.xlsx")])
        == 0
    )
    assert main(args) == 1  # nowhere to write
    assert "--pdf" in capsys.readouterr().err
    assert main([*args, "--department", "没有这个局", "--xlsx", str(tmp_path / "b.xlsx")]) == 1
    assert "没有这个局" in capsys.readouterr().err
    assert main([*args[:4], "--period", "2026Q9", "--xlsx", str(tmp_path / "c.xlsx")]) == 1
    assert "2026Q9" in capsys.readouterr().err


def test_headless_in_a_fresh_process(demo_file: Path, tmp_path: Path) -> None:
    """The Chinese user's default: translators load first, yet the PDF still gets its GUI application."""
    db = tmp_path / "db.sqlite3"
    shutil.copy(demo_file, db)
    env = {**os.environ, "IPDESK_LANG": "zh_CN"}
    env.pop("QT_QPA_PLATFORM", None)  # the command picks offscreen itself
    env.pop("DISPLAY", None)
    pdf = tmp_path / "batch.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ipdesk",
            "--db",
            str(db),
            "report",
            "assessment",
            "--period",
            "2026Q3",
            "--today",
            "2026-11-21",
            "--pdf",
            str(pdf),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
