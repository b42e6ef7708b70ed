"""The `ipdesk` command line run inside a test (its output captured), and the quarter's set-up as commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipdesk.cli import main
from tests.quarter_story import DEPARTMENTS, UNITS


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """``ipdesk ARGS``: exit code, standard output, standard error."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def quarter_setup(*, departments: bool = False) -> list[tuple[str, ...]]:
    """Step 1 of the quarter: a new database, the region, city and 旗 added and the 旗 chosen; optionally the
    departments already in its registry when the plan comes in (all but 旗司法局)."""
    commands: list[tuple[str, ...]] = [("init",)]
    parent: tuple[str, ...] = ()
    for name, level in UNITS:
        commands.append(("unit", "add", name, "--level", level, *parent))
        parent = ("--parent", name)
    commands.append(("unit", "use", UNITS[-1][0]))
    if departments:
        commands += [("department", "add", name, "--short", short) for short, name in DEPARTMENTS.items()]
    return commands
