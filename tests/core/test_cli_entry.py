"""`ipdesk period open|list` and `ipdesk enter`: a department's report typed in by hand, as in the entry grid."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.cli_support import quarter_setup, run
from tests.quarter_story import PERIOD, PLAN

SECOND_PLAN = """伊金霍洛旗专利转化运用专项行动方案

一、重点任务
1.推动专利产业化。支持企业实施专利转化项目。（旗工信局牵头）
"""


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """伊金霍洛旗's installation with the quarter's plan taken in (旗工信局 supports task 1) and 2024Q2 opened."""
    path = str(tmp_path / "entry.sqlite3")
    plan = tmp_path / "工作方案.txt"
    plan.write_text(PLAN, encoding="utf-8")
    for args in (
        *quarter_setup(departments=True),
        ("intake", plan, "--create-missing"),
        ("period", "open", PERIOD),
    ):
        assert run(capsys, "--db", path, *args)[0] == 0, args
    return path


def enter(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> tuple[int, str, str]:
    return run(capsys, "--db", db, "enter", "--period", PERIOD, "--department", "旗工信局", "--task", "1", *args)


def reports(capsys: pytest.CaptureFixture[str], db: str) -> int:
    return int(json.loads(run(capsys, "--db", db, "info", "--json")[1])["counts"]["task_reports"])


def test_periods_opened_and_listed(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", db, "period", "open", "2024Q3", "--due", "2024年10月15日")
    assert code == 0 and out == "Period 2024Q3 is open (2024-07-01 – 2024-09-30); reports are due on 2024-10-15.\n"
    listed = json.loads(run(capsys, "--db", db, "period", "list", "--json")[1])
    assert [(p["code"], p["due_date"], p["locked"]) for p in listed] == [
        ("2024Q2", "2024-07-10", False),  # ten days after the quarter unless told
        ("2024Q3", "2024-10-15", False),
    ]
    code, _, err = run(capsys, "--db", db, "period", "open", "2024Q3", "--due", "2024-06-01")
    assert code == 1 and "cannot be before the period starts" in err


def test_a_report_typed_in_by_hand(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = enter(capsys, db, "--status", "推进中", "--percent", "60%", "--progress", "已召开推进会", "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert {k: v for k, v in report.items() if k not in ("department_id", "task_id", "assignment_id")} == {
        "result": "created",
        "period": PERIOD,
        "due_date": "2024-07-10",
        "department": "旗工信局",
        "plan_id": 1,
        "task_number": "1",
        "task_title": "提升专利质量",
        "role": "support",
        "status": "in_progress",
        "percent": 60,
        "progress": "已召开推进会",
        "problems": None,
        "next_steps": None,
        "reporter": None,
        "submitted_on": date.today().isoformat(),  # typed in today: that is the day it was reported
        "late": True,  # long after 10 July 2024
    }

    # A correction keeps the report's date and what it is not told; a date given counts.
    code, out, _ = enter(capsys, db, "--status", "已完成", "--percent", "100")
    assert code == 0
    assert out == (
        f"Changed 旗工信局's report on task 1 提升专利质量 for {PERIOD}: Done, 100%, submitted "
        f"{date.today().isoformat()} (late: due 2024-07-10).\n"
    )
    code, out, _ = enter(capsys, db, "--status", "done", "--submitted", "2024年7月3日", "--json")
    report = json.loads(out)
    assert (report["result"], report["percent"], report["progress"]) == ("changed", 100, "已召开推进会")
    assert (report["submitted_on"], report["late"]) == ("2024-07-03", False)
    code, out, _ = enter(capsys, db, "--status", "已完成")
    assert code == 0 and out.endswith("already says Done, 100%, submitted 2024-07-03; nothing changed.\n")
    assert reports(capsys, db) == 1


@pytest.mark.parametrize(
    ("written", "status"),
    [
        ("已完成", "done"),
        ("推进中", "in_progress"),
        ("未开始", "not_started"),
        ("滞后", "lagging"),
        ("持续推进", "ongoing"),
        ("in_progress", "in_progress"),
        ("Lagging", "lagging"),
    ],
)
def test_statuses_are_read_as_the_import_reads_them(
    db: str, capsys: pytest.CaptureFixture[str], written: str, status: str
) -> None:
    code, out, _ = enter(capsys, db, "--status", written, "--submitted", "2024-07-05", "--json")
    assert code == 0 and json.loads(out)["status"] == status


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--department", "旗法院"), 'No single department is called "旗法院"'),
        (("--task", "3"), "旗工信局 is not assigned a task numbered 3; its tasks: 1 提升专利质量."),
        (
            ("--status", "差不多了"),
            '"差不多了" is not a status; choose one of: 未启动、推进中、已完成、滞后、持续推进.',
        ),
        (("--status", "—"), "Give the task's status"),
        (("--percent", "120"), 'Completion must be between 0 and 100 (%), not "120".'),
        (("--percent", "八成"), 'Write the completion as a number from 0 to 100, not "八成".'),
        (
            ("--period", "2024Q3"),
            'Reporting period 2024Q3 has not been opened; open it with "ipdesk period open 2024Q3".',
        ),
        (("--period", "2024Q5"), '"2024Q5" is not a reporting period.'),
        (
            ("--submitted", "昨天"),
            'Give --submitted a date as 2024-07-10, 2024/7/10, 2024.7.10 or 2024年7月10日, not "昨天".',
        ),
        (("--submitted", (date.today() + timedelta(days=1)).isoformat()), "is in the future."),
    ],
)
def test_bad_input_is_refused_in_one_line(
    db: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    defaults = {"--status": "推进中", "--percent": "50"}
    given = dict(zip(args[::2], args[1::2], strict=True))
    extra = [x for key, value in {**defaults, **given}.items() for x in (key, value)]
    code, out, err = enter(capsys, db, *extra)
    assert code == 1 and not out
    assert err.startswith("ipdesk: ") and err.count("\n") == 1 and message in err
    assert reports(capsys, db) == 0  # nothing saved


WRITTEN_DATES = (
    "2024-07-03",
    "2024/7/3",
    "2024.7.3",
    "2024年7月3日",
    "2024-7-03",
    " 2024年07月03日 ",
    "２０２４－０７－０３",
)
NOT_DATES = ("2024-07-10x", "20240710x", "2024-02-30", "明天", "", "2024-07-100", "12024-07-10", "2024年7月")


@pytest.mark.parametrize("written", WRITTEN_DATES)
def test_dates_are_taken_as_a_clerk_writes_them(db: str, capsys: pytest.CaptureFixture[str], written: str) -> None:
    code, out, _ = enter(capsys, db, "--status", "已完成", "--submitted", written, "--json")
    assert code == 0 and json.loads(out)["submitted_on"] == "2024-07-03"
    assert run(capsys, "--db", db, "period", "open", PERIOD, "--due", written)[0] == 0  # was due on 10 July
    listed = json.loads(run(capsys, "--db", db, "period", "list", "--json")[1])
    assert [(p["code"], p["due_date"]) for p in listed] == [(PERIOD, "2024-07-03")]


def _refusal(flag: str, written: str) -> str:
    forms = "2024-07-10, 2024/7/10, 2024.7.10 or 2024年7月10日"
    return f'ipdesk: Give {flag} a date as {forms}, not "{written}".\n'


@pytest.mark.parametrize("written", NOT_DATES)
def test_a_date_with_anything_more_or_less_is_refused(
    db: str, capsys: pytest.CaptureFixture[str], written: str
) -> None:
    # The import's reader finds a date inside any text (2024-07-10x) and takes 2024-02-30 as the month's end;
    # typed on the command line these are typos, refused before anything is written.
    assert enter(capsys, db, "--status", "已完成", "--submitted", written) == (1, "", _refusal("--submitted", written))
    assert reports(capsys, db) == 0
    for period in ("2024Q3", PERIOD):  # neither opened nor its due date changed
        code, out, err = run(capsys, "--db", db, "period", "open", period, "--due", written)
        assert (code, out, err) == (1, "", _refusal("--due", written))
    listed = json.loads(run(capsys, "--db", db, "period", "list", "--json")[1])
    assert [(p["code"], p["due_date"]) for p in listed] == [(PERIOD, "2024-07-10")]


def test_a_task_number_in_two_plans_needs_the_plan(db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    second = tmp_path / "专项行动方案.txt"
    second.write_text(SECOND_PLAN, encoding="utf-8")
    assert run(capsys, "--db", db, "intake", second)[0] == 0
    code, _, err = enter(capsys, db, "--status", "推进中")
    assert code == 1 and "旗工信局 has a task 1 in several plans; give --plan: 1, 2." in err
    code, out, _ = enter(capsys, db, "--status", "推进中", "--plan", "2", "--json")
    assert code == 0 and json.loads(out)["task_title"] == "推动专利产业化"
