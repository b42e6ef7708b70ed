"""The CLI contract used by scripts: read-table, export-table, export-forms, import, undo-import."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from builders import save, two_row_header_table

from ipdesk.cli import main
from ipdesk.excel import formspec as spec
from ipdesk.services import Services

ROW_KEYS = {
    "row",
    "no",
    "category",
    "task",
    "measure",
    "lead",
    "support",
    "deadline",
    "deadline_date",
    "status",
    "percent",
    "progress",
    "problems",
    "next_steps",
    "indicator",
    "unit",
    "target",
    "actual",
}


def test_read_table_json_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = save(tmp_path / "fg.xlsx", two_row_header_table)
    assert main(["read-table", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"kind", "sheet", "header_row", "meta", "rows", "errors"}
    assert data["kind"] == "assignment" and data["header_row"] == 2
    assert set(data["meta"]) == {"department", "reporter", "phone", "date"}
    assert all(set(row) == ROW_KEYS for row in data["rows"])
    assert data["rows"][0]["percent"] is None and data["rows"][0]["lead"] == ["市市场监管局"]


def test_read_table_unreadable_file_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bad.xlsx").write_bytes(b"0123456789abcdef")
    assert main(["read-table", str(tmp_path / "bad.xlsx"), "--json"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "bad.xlsx" in err


def test_export_import_undo_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    from datetime import date

    from ipdesk.demo import build_demo
    from ipdesk.storage.database import Database
    from ipdesk.storage.location import sqlite_url

    database = Database.open(sqlite_url(db_path))
    build_demo(database, today=date(2026, 11, 21))
    services = Services(database)
    plan = next(p.id for p in services.plans.list() if p.title.startswith("赤峰"))
    database.dispose()
    db = ["--db", str(db_path)]
    assert main([*db, "export-table", "--plan", str(plan), "--out", str(tmp_path / "fg.xlsx")]) == 0
    assert (
        main(
            [
                *db,
                "export-forms",
                "--period",
                "2027Q1",
                "--department",
                "赤峰市科学技术局",
                "--out",
                str(tmp_path / "f"),
            ]
        )
        == 0
    )
    form = next((tmp_path / "f").glob("*.xlsx"))
    workbook = openpyxl.load_workbook(form)
    ws = workbook[spec.TASK_SHEET]
    for row in range(spec.FORM_HEADER_ROW + 1, ws.max_row + 1):
        if ws.cell(row, 4).value:
            ws.cell(row, 6).value, ws.cell(row, 7).value, ws.cell(row, 8).value = "进展", "推进中", 30
    workbook.save(form)
    capsys.readouterr()
    assert main([*db, "import", str(form), "--dry-run", "--json"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry["dry_run"] and dry["files"][0]["counts"]["new"] == 2 and not dry["files"][0]["applied"]
    assert main([*db, "import", str(tmp_path / "f"), "--json"]) == 0
    applied = json.loads(capsys.readouterr().out)["files"][0]
    assert applied["applied"] and applied["batch_id"]
    assert main([*db, "import", str(form)]) == 0
    assert "already imported" in capsys.readouterr().out
    assert main([*db, "undo-import", str(applied["batch_id"])]) == 0
    assert main([*db, "undo-import", str(applied["batch_id"])]) == 1


def test_import_of_a_form_whose_every_row_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    from datetime import date

    from ipdesk.demo import build_demo
    from ipdesk.storage.database import Database
    from ipdesk.storage.location import sqlite_url

    database = Database.open(sqlite_url(db_path))
    build_demo(database, today=date(2026, 11, 21))
    database.dispose()
    db = ["--db", str(db_path)]
    out = ["export-forms", "--period", "2027Q1", "--department", "赤峰市科学技术局", "--out", str(tmp_path / "f")]
    assert main([*db, *out]) == 0
    form = next((tmp_path / "f").glob("*.xlsx"))
    workbook = openpyxl.load_workbook(form)
    ws = workbook[spec.TASK_SHEET]
    for row in range(spec.FORM_HEADER_ROW + 1, ws.max_row + 1):
        if ws.cell(row, 4).value:
            ws.cell(row, 6).value, ws.cell(row, 7).value, ws.cell(row, 8).value = "进展", "差不多了", 120
    workbook.save(form)
    capsys.readouterr()
    problems = tmp_path / "problems"
    assert main([*db, "import", str(form), "--json", "--problems", str(problems)]) == 1
    refused = json.loads(capsys.readouterr().out)["files"][0]
    assert refused["state"] == "refused" and not refused["applied"] and refused["batch_id"] is None
    assert refused["counts"]["invalid"] == 2 and refused["counts"]["new"] == 0
    assert refused["rejected"] == 2 and "refused" in refused["message"]
    assert Path(refused["problems_file"]).exists() and Path(refused["problems_file"]).parent == problems
    # Not recorded as an import: the same file is refused again, never "already imported".
    assert main([*db, "import", str(form)]) == 1
    text = capsys.readouterr().out
    assert "refused" in text and "already imported" not in text
