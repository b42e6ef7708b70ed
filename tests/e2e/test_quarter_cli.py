"""A clerk's whole quarter from the command line: the real ``ipdesk`` commands, each in its own process.

A new installation names its unit (伊金霍洛旗, under 鄂尔多斯市) and registers the 旗's departments, takes in a small
plan (creating the one department the registry lacks) and gives its indicator to 旗科技局, opens 2024Q2 and sends
out its forms, gets them back (clean, with the indicator's value, retyped, as .xls, late, with errors and corrected,
never returned), imports them twice, types in the report one department gave by telephone, finds the indicator
lagging in the assessment, prints the sheets and backs up and restores — checking the numbers after every step.
Nothing is done in-process: every step is an ``ipdesk`` command.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ipdesk.excel import formspec as spec
from tests.quarter_story import (
    DEPARTMENTS,
    INDICATOR,
    INDICATOR_COMPLETION,
    INDICATOR_DEPARTMENT,
    INDICATOR_EXPECTED,
    INDICATOR_SCHEDULE,
    INDICATOR_VALUE,
    JUSTICE,
    OFFICE,
    PERIOD,
    PLAN,
    UNITS,
    fill,
    retype,
    save_as_xls,
)

DUE = date(2024, 7, 10)  # the default due date of 2024Q2: ten days after the quarter
TODAY = "2024-07-20"  # printing date: after the due date, so a missing form is overdue


@pytest.fixture
def cli(tmp_path: Path) -> Any:
    """``cli("import", DIR, "--json")`` runs ``python -m ipdesk --db DB …`` headless, in English."""
    db = tmp_path / "quarter.sqlite3"
    env = {
        **os.environ,
        "IPDESK_DATA_DIR": str(tmp_path / "data"),
        "IPDESK_LANG": "en",
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("IPDESK_DATABASE_URL", None)

    def run(*args: str | Path | int, expect: int = 0, database: Path = db, stderr: bool = False) -> str:
        """The command's output (its one-line refusal on stderr with ``stderr=True``)."""
        result = subprocess.run(
            [sys.executable, "-m", "ipdesk", "--db", str(database), *map(str, args)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert result.returncode == expect, f"ipdesk {args}: {result.returncode}\n{result.stdout}\n{result.stderr}"
        return result.stderr if stderr else result.stdout

    return run


def pdf_text(path: Path) -> str:
    assert path.read_bytes().startswith(b"%PDF")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_quarter_from_the_command_line(cli: Any, tmp_path: Path) -> None:
    # 1. An empty database; the region, the city and the 旗 are added and the 旗 chosen as this installation's.
    assert "Database ready" in cli("init")
    parent: tuple[str, ...] = ()
    for name, level in UNITS:
        assert name in cli("unit", "add", name, "--level", level, *parent)
        parent = ("--parent", name)
    assert OFFICE in cli("unit", "use", "伊金霍洛旗", "--office", OFFICE)
    units = json.loads(cli("unit", "list", "--json"))
    county_id = units["installation"]["unit_id"]
    assert [u["name"] for u in units["units"]] == [name for name, _level in UNITS]
    assert units["installation"] == {"unit_id": county_id, "unit_name": "伊金霍洛旗", "office_name": OFFICE}
    cli("unit", "add", "东胜区", "--level", "county", "--parent", "包头市", expect=1)  # a typo is refused …
    assert len(json.loads(cli("unit", "list", "--json"))["units"]) == 3  # … and adds nothing

    # The 旗's departments already in the registry when the plan comes in (all but 旗司法局).
    for short, name in DEPARTMENTS.items():
        assert f"short name {short}, unit 伊金霍洛旗" in cli("department", "add", name, "--short", short)
    assert "already exists" in cli("department", "add", DEPARTMENTS["旗科技局"], expect=1, stderr=True)
    registry = json.loads(cli("department", "list", "--unit", "伊金霍洛旗", "--json"))
    assert {d["short_name"]: d["name"] for d in registry} == DEPARTMENTS

    # 2. The plan document: `parse` shows what was found; `intake` saves it, once the clerk has decided the one
    #    department the registry does not know.
    plan_file = tmp_path / "工作方案.txt"
    plan_file.write_text(PLAN, encoding="utf-8")
    parsed = json.loads(cli("parse", plan_file, "--json"))
    assert parsed["title"] == "伊金霍洛旗知识产权强县建设工作方案"
    assert [t["number"] for t in parsed["tasks"]] == ["1", "2", "3", "4"]
    (indicator,) = parsed["indicators"]
    assert (indicator["name"], indicator["baseline"], indicator["targets"]) == (
        INDICATOR,
        {"year": 2023, "value": 200.0},
        {"2025": 300.0},
    )
    before = json.loads(cli("info", "--json"))["counts"]
    refused = cli("intake", plan_file, expect=1, stderr=True)  # no guessing: 旗司法局 is not in the registry
    assert "does not settle: 旗司法局 (new). Nothing was saved." in refused
    assert json.loads(cli("info", "--json"))["counts"] == before
    plan = json.loads(cli("intake", plan_file, "--create", f"旗司法局={JUSTICE}", "--json"))
    assert (plan["action"], plan["task_count"], plan["indicator_count"], plan["unit_id"]) == (
        "created",
        4,
        1,
        county_id,
    )
    assert [(d["written"], d["decision"], d["name"]) for d in plan["departments"]] == [("旗司法局", "create", JUSTICE)]
    again = json.loads(cli("intake", plan_file, "--json"))  # the same document again: nothing to save
    assert (again["action"], again["plan_id"], again["changes"]["tasks_unchanged"]) == ("unchanged", plan["plan_id"], 4)
    plan_id = plan["plan_id"]

    # The indicator has nobody responsible for it in the text: the clerk gives it to 旗科技局.
    (listed,) = json.loads(cli("indicator", "list", "--plan", plan_id, "--json"))
    assert (listed["name"], listed["departments"]) == (INDICATOR, [])
    assert INDICATOR_DEPARTMENT in cli("indicator", "assign", INDICATOR, INDICATOR_DEPARTMENT)
    (listed,) = json.loads(cli("indicator", "list", "--plan", plan_id, "--json"))
    assert [d["name"] for d in listed["departments"]] == [INDICATOR_DEPARTMENT]

    # 3. The 任务分工表 and its print-out.
    table = tmp_path / "任务分工表.xlsx"
    assert "(4 tasks)" in cli("export-table", "--plan", plan_id, "--out", table)
    ws = openpyxl.load_workbook(table)[spec.TABLE_SHEET]
    leads = [ws.cell(r, 4).value for r in range(spec.TABLE_HEADER_ROW + 1, ws.max_row + 1) if ws.cell(r, 4).value]
    assert leads == ["旗科技局", "旗市场监管局", "旗市场监管局", "旗司法局"]
    tasks_pdf = tmp_path / "tasks.pdf"
    cli("report", "tasks", "--period", PERIOD, "--today", TODAY, "--pdf", tasks_pdf)
    assert "加强行政执法" in pdf_text(tasks_pdf)

    # 4. The reporting period is opened, then one form per department with an assignment sent out.
    assert f"due on {DUE.isoformat()}" in cli("period", "open", PERIOD)
    forms = tmp_path / "forms"
    out = cli("export-forms", "--period", PERIOD, "--out", forms)
    assert "7 forms written" in out
    form = {short: next(forms.glob(f"{PERIOD}_{name}_*.xlsx")) for short, name in DEPARTMENTS.items()}
    form["旗司法局"] = next(forms.glob(f"{PERIOD}_{JUSTICE}_*.xlsx"))

    # 5. The returns: three clean (旗科技局's with the indicator's value, one retyped into a new workbook, one saved
    #    as .xls), one late, one with errors (a status not on the list, 120 %, a row without its status); 旗工信局
    #    reports by telephone instead (typed in at step 7) and 旗司法局 never answers.
    returned = tmp_path / "returned"
    returned.mkdir()
    science_form = returned / form["旗科技局"].name
    fill(form["旗科技局"], {"1": ("推进中", 60)}, date(2024, 7, 5), science_form, {INDICATOR: INDICATOR_VALUE})
    fill(form["旗商务局"], {"2": ("已完成", 100)}, date(2024, 7, 8), tmp_path / form["旗商务局"].name)
    old_format = save_as_xls(tmp_path / form["旗商务局"].name, returned, tmp_path / "libreoffice")
    fill(form["旗公安局"], {"3": ("推进中", 50)}, date(2024, 7, 9), tmp_path / "公安局填好的.xlsx")
    retype(tmp_path / "公安局填好的.xlsx", returned / "公安局进展情况（重新录入）.xlsx")
    fill(form["旗财政局"], {"1": ("推进中", 40)}, date(2024, 7, 15), returned / form["旗财政局"].name)  # late
    bad = returned / form["旗市场监管局"].name
    fill(form["旗市场监管局"], {"2": ("差不多了", 80), "3": (None, 120)}, date(2024, 7, 6), bad)
    # 旗司法局 never sends its form back.

    # 6. Import the folder: the bad rows are rejected with their problems (and a problem list), the rest applied.
    problems_dir = tmp_path / "problems"
    first = json.loads(cli("import", returned, "--json", "--problems", problems_dir, expect=1))  # one file refused
    files = {Path(f["file"]).name: f for f in first["files"]}
    assert len(files) == 5
    rejected = files[bad.name]
    assert rejected["state"] == "refused" and not rejected["applied"]
    assert rejected["department"] == DEPARTMENTS["旗市场监管局"]
    assert (rejected["counts"]["invalid"], rejected["counts"]["new"]) == (2, 0)
    messages = " ".join(p["value"] or "" for p in rejected["problems"] if p["severity"] == "error")
    assert "差不多了" in messages and "120" in messages
    assert any("status is missing" in p["message"] for p in rejected["problems"])
    assert list(problems_dir.glob("*问题清单.xlsx"))
    applied = [f for name, f in files.items() if name != bad.name]
    assert all(f["applied"] and f["batch_id"] for f in applied)
    assert {name: f["counts"]["new"] for name, f in files.items() if name != bad.name} == {
        name: 2 if name == science_form.name else 1 for name in files if name != bad.name
    }  # a task row each; 旗科技局 its indicator's value too
    (value_row,) = [r for r in files[science_form.name]["rows"] if r["sheet"] == spec.INDICATOR_SHEET]
    assert value_row["state"] == "new" and INDICATOR in value_row["label"]
    assert {f["period"] for f in applied} == {PERIOD}
    assert "header block" in files["公安局进展情况（重新录入）.xlsx"]["identified_by"]
    assert files[old_format.name]["applied"] and files[old_format.name]["department"] == DEPARTMENTS["旗商务局"]

    # … and again: nothing is applied twice; the refused file is refused again (exit 1: it needs the clerk).
    again = json.loads(cli("import", returned, "--json", expect=1))
    for f in again["files"]:
        assert not f["applied"]
        if Path(f["file"]).name == bad.name:
            assert f["state"] == "refused"
        else:
            assert f["duplicate_of_batch_id"] == files[Path(f["file"]).name]["batch_id"]

    # 6b. The department corrects its form (a real status, 100 %) and sends it again: now it goes in.
    fill(form["旗市场监管局"], {"2": ("推进中", 80), "3": ("已完成", 100)}, date(2024, 7, 6), bad)
    fixed = json.loads(cli("import", bad, "--json"))["files"][0]
    assert fixed["applied"] and fixed["counts"]["new"] == 2 and not fixed["problems"]

    # 7. 旗工信局's report, given by telephone on 3 July, typed in by hand (a task it does not have is refused).
    by_hand = ("enter", "--period", PERIOD, "--department", "旗工信局")
    refused = cli(*by_hand, "--task", "3", "--status", "推进中", expect=1, stderr=True)
    assert "旗工信局 is not assigned a task numbered 3; its tasks: 1 提升专利质量." in refused
    typed = json.loads(
        cli(*by_hand, "--task", "1", "--status", "推进中", "--percent", "50", "--submitted", "2024-07-03", "--json")
    )
    assert (typed["result"], typed["status"], typed["percent"], typed["late"]) == ("created", "in_progress", 50, False)

    # 8/9. The 汇总表 of submissions and the 催办通知单 name exactly the department that never reported.
    submissions_pdf, submissions_xlsx = tmp_path / "submissions.pdf", tmp_path / "submissions.xlsx"
    cli(
        "report",
        "submissions",
        "--period",
        PERIOD,
        "--today",
        TODAY,
        "--pdf",
        submissions_pdf,
        "--xlsx",
        submissions_xlsx,
    )
    rows = {
        line.split()[1]: " ".join(line.split()[2:])
        for line in pdf_text(submissions_pdf).splitlines()
        if line.split()[:1] and line.split()[0].isdigit() and len(line.split()) > 2
    }
    on_time = "1 1 0 0 100.0% 100.0% On time"
    assert rows["旗科技局"] == rows["旗商务局"] == rows["旗公安局"] == rows["旗工信局"] == on_time
    assert rows["旗财政局"] == "1 1 1 0 100.0% 0.0% Late"
    assert rows["旗司法局"] == "1 0 0 1 0.0% 0.0% Missing"
    assert rows["旗市场监管局"] == "2 2 0 0 100.0% 100.0% On time"  # its corrected form counts for both tasks
    assert any(
        line.split() == ["Total", "8", "7", "1", "1", "87.5%", "75.0%"]
        for line in pdf_text(submissions_pdf).splitlines()
    )
    reminders_pdf = tmp_path / "reminders.pdf"
    cli("report", "reminders", "--period", PERIOD, "--today", TODAY, "--pdf", reminders_pdf)
    addressed = [line.strip() for line in pdf_text(reminders_pdf).splitlines() if line.strip().endswith("：")]
    assert addressed == [f"{JUSTICE}："]  # one notice, to the department that never returned its form
    assert "完善纠纷调解" in pdf_text(reminders_pdf)
    assessment_pdf = tmp_path / "assessment.pdf"
    cli("report", "assessment", "--period", PERIOD, "--today", TODAY, "--pdf", assessment_pdf)
    assessment = " ".join(pdf_text(assessment_pdf).split())
    assert "Of 1 quantified indicators with data, 0 are on track, 0 to watch and 1 behind." in assessment
    behind = assessment[assessment.index("4. Items behind schedule") : assessment.index("5. Departments")]
    assert f"Indicator {INDICATOR} {INDICATOR_DEPARTMENT}" in behind
    assert f"completion = 210 ÷ 300 = {INDICATOR_COMPLETION:.1%}" in behind
    assert f"expected by 2024-06-30: {INDICATOR_EXPECTED:.2f}" in behind
    assert f"(210 − 200) ÷ ({INDICATOR_EXPECTED} − 200) = {INDICATOR_SCHEDULE:.1%}" in behind

    # 10. Back up, restore into a new file, compare.
    info = json.loads(cli("info", "--json"))
    backup = tmp_path / "backup.sqlite3"
    cli("backup", backup)
    restored = tmp_path / "restored.sqlite3"
    cli("restore", backup, database=restored)
    assert json.loads(cli("info", "--json", database=restored))["counts"] == info["counts"]
