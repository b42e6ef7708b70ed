"""The format is decided by the file's bytes: .xls, WPS .et, .ods and misnamed files all read the same table."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from builders import save, two_row_header_table
from conftest import FIXTURES

from ipdesk.excel.tables import read_tables

EXPECTED_TASKS = ["实施专利导航", "建设保护中心", "建设保护中心"]


@pytest.mark.parametrize("name", ["assignment_table.xls", "assignment_table.et", "assignment_table.ods"])
def test_old_and_other_formats(name: str) -> None:
    table = read_tables(FIXTURES / name).table()
    assert table is not None and table.kind == "assignment" and table.header_row == 2
    assert [r.task for r in table.rows] == EXPECTED_TASKS
    assert table.rows[0].support == ("市科技局", "市财政局")


def test_misnamed_files(tmp_path: Path) -> None:
    xlsx = save(tmp_path / "real.xlsx", two_row_header_table)
    shutil.copyfile(xlsx, tmp_path / "looks_old.xls")
    shutil.copyfile(FIXTURES / "assignment_table.xls", tmp_path / "looks_new.xlsx")
    shutil.copyfile(xlsx, tmp_path / "no_extension")
    for name, grid_format in (("looks_old.xls", "xlsx"), ("looks_new.xlsx", "xls"), ("no_extension", "xlsx")):
        result = read_tables(tmp_path / name)
        assert result.grid.format == grid_format
        assert [r.task for r in result.tables[0].rows] == EXPECTED_TASKS


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_fixtures_can_be_regenerated_with_libreoffice(tmp_path: Path) -> None:
    source = save(tmp_path / "assignment_table.xlsx", two_row_header_table)
    completed = subprocess.run(
        ["soffice", "--headless", "--convert-to", "xls", "--outdir", str(tmp_path), str(source)],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    table = read_tables(tmp_path / "assignment_table.xls").table()
    assert table is not None and [r.task for r in table.rows] == EXPECTED_TASKS
