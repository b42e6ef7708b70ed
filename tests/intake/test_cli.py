"""``ipdesk parse FILE [--json]``: the JSON contract, the summary and the error path."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from ipdesk.cli import main
from ipdesk.cli.intake_commands import cmd_parse

PLAN = """XX市人民政府关于印发《XX市知识产权强市建设实施方案》的通知
XX府发〔2023〕9号
XX市人民政府
2023年6月1日
XX市知识产权强市建设实施方案
一、主要目标
到2025年，每万人口发明专利拥有量达到3件。
二、重点任务
（一）加强知识产权保护
1.开展专项执法。严厉打击侵权行为。（市市场监督管理局牵头，市公安局、财政局配合）
"""


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    return path


def test_json_contract(plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(plan_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    for key in ("title", "doc_number", "issuer", "date", "sections", "tasks", "indicators", "warnings"):
        assert key in data
    assert (data["title"], data["doc_number"], data["issuer"], data["date"]) == (
        "XX市知识产权强市建设实施方案",
        "XX府发〔2023〕9号",
        "XX市人民政府",
        "2023-06-01",
    )
    assert [{k: s[k] for k in ("label", "title", "level")} for s in data["sections"]] == [
        {"label": "一", "title": "主要目标", "level": 1},
        {"label": "二", "title": "重点任务", "level": 1},
        {"label": "（一）", "title": "加强知识产权保护", "level": 2},
    ]
    (task,) = data["tasks"]
    assert {k: task[k] for k in ("number", "title", "section", "lines")} == {
        "number": "1",
        "title": "开展专项执法",
        "section": "（一）加强知识产权保护",
        "lines": [10, 10],
    }
    assert [{k: d[k] for k in ("name", "role")} for d in task["departments"]] == [
        {"name": "市市场监督管理局", "role": "牵头"},
        {"name": "市公安局", "role": "配合"},
        {"name": "财政局", "role": "配合"},
    ]
    (indicator,) = data["indicators"]
    assert {k: indicator[k] for k in ("name", "unit", "kind", "baseline", "targets", "note")} == {
        "name": "每万人口发明专利拥有量",
        "unit": "件",
        "kind": "level",
        "baseline": None,
        "targets": {"2025": 3.0},
        "note": "达到",
    }
    assert isinstance(data["warnings"], list)


def test_summary(plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The labels follow the interface language (English in the tests), the words are the document's."""
    assert main(["parse", str(plan_file)]) == 0
    out = capsys.readouterr().out
    assert "Title: XX市知识产权强市建设实施方案" in out and "开展专项执法" in out and "市公安局(配合)" in out
    assert "每万人口发明专利拥有量 (件, level)" in out and "targets: 2025: 3" in out


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("plan.pdf", b"%PDF-1.4", ".docx"),
        ("plan.txt", b"", "空"),
        ("plan.txt", bytes(range(256)) * 10, "二进制"),
    ],
)
def test_unreadable_files_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert main(["parse", str(path), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("ipdesk: ") and message in captured.err


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path / "none.txt")]) == 2
    assert "找不到" in capsys.readouterr().err


class _FakeDepartments:
    def __init__(self, records: list) -> None:
        self.records = records

    def registry(self) -> list:
        return self.records


class _FakeServices:
    def __init__(self, records: list) -> None:
        self.departments = _FakeDepartments(records)


class _FakeContext:
    def __init__(self, records: list, *, exists: bool) -> None:
        self.exists = exists
        self.records = records

    def database_exists(self) -> bool:
        return self.exists

    def services(self) -> _FakeServices:
        assert self.exists, "services() must not be called without a database"
        return _FakeServices(self.records)


def test_registry_is_used_when_the_database_exists(plan_file: Path, capsys: pytest.CaptureFixture[str], record) -> None:
    records = [record(7, "市市场监督管理局", "市场监管局"), record(8, "市财政局")]
    args = argparse.Namespace(file=str(plan_file), json=True)
    assert cmd_parse(args, _FakeContext(records, exists=True)) == 0  # type: ignore[arg-type]
    departments = json.loads(capsys.readouterr().out)["tasks"][0]["departments"]
    assert [(d["name"], d["registry"]["status"], d["registry"]["id"]) for d in departments] == [
        ("市市场监督管理局", "matched", 7),
        ("市公安局", "new", None),
        ("财政局", "matched", 8),
    ]
    assert cmd_parse(args, _FakeContext(records, exists=False)) == 0  # type: ignore[arg-type]
    departments = json.loads(capsys.readouterr().out)["tasks"][0]["departments"]
    assert {d["registry"]["status"] for d in departments} == {"new"}


def test_the_parser_never_imports_qt_or_the_database() -> None:
    import subprocess
    import sys

    code = (
        "import sys, ipdesk.intake, ipdesk.intake.parser; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'sqlalchemy'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


# -- ipdesk intake FILE: saving the document, as the wizard does after review ---------------------------------


def cli(capsys: pytest.CaptureFixture[str], db: str, *args: str | Path) -> tuple[int, str, str]:
    code = main(["--db", db, *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def quarter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, Path]:
    """An installation for 伊金霍洛旗 with the quarter's six departments registered (all but 旗司法局), and the plan."""
    from tests.cli_support import quarter_setup
    from tests.quarter_story import PLAN

    db = str(tmp_path / "intake.sqlite3")
    for args in quarter_setup(departments=True):
        assert cli(capsys, db, *args)[0] == 0, args
    plan = tmp_path / "工作方案.txt"
    plan.write_text(PLAN, encoding="utf-8")
    return db, plan


def counts(capsys: pytest.CaptureFixture[str], db: str) -> dict[str, int]:
    return dict(json.loads(cli(capsys, db, "info", "--json")[1])["counts"])


def test_intake_saves_a_plan_whose_departments_are_all_known(
    quarter: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, plan = quarter
    assert cli(capsys, db, "department", "add", "伊金霍洛旗司法局", "--short", "旗司法局")[0] == 0
    code, out, err = cli(capsys, db, "intake", plan)
    assert (code, err) == (0, "")
    assert out == "Saved plan 1 《伊金霍洛旗知识产权强县建设工作方案》: 4 tasks, 1 indicators.\n"
    saved = counts(capsys, db)
    assert (saved["plans"], saved["tasks"], saved["task_assignments"], saved["departments"]) == (1, 4, 8, 7)


def test_unknown_departments_are_refused_until_decided(
    quarter: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, plan = quarter
    before = counts(capsys, db)
    code, out, err = cli(capsys, db, "intake", plan, "--json")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "旗司法局 (new)" in err and "Nothing was saved" in err
    assert "--create-missing" in err and "--create NAME=FULL NAME" in err and "--map NAME=DEPARTMENT" in err
    assert counts(capsys, db) == before  # no plan, no department, no batch

    # A decision for a name the document does not leave open is refused too, naming the open ones.
    code, _, err = cli(capsys, db, "intake", plan, "--create", "旗公安局")
    assert code == 1 and '"旗公安局" is not a department name this document leaves to decide' in err
    assert "(those are: 旗司法局)" in err
    code, _, err = cli(capsys, db, "intake", plan, "--map", "旗司法局")
    assert code == 1 and "Write --map as NAME=DEPARTMENT" in err
    code, _, err = cli(capsys, db, "intake", plan, "--map", "旗司法局=旗法院")
    assert code == 1 and 'No single department is called "旗法院"' in err
    assert counts(capsys, db) == before

    # The clerk creates it under its full name, the document's name kept as its short name.
    code, out, err = cli(capsys, db, "intake", plan, "--create", "旗司法局=伊金霍洛旗司法局", "--json")
    assert (code, err) == (0, "")
    saved = json.loads(out)
    assert {k: saved[k] for k in ("action", "plan_id", "task_count", "indicator_count", "unit_id", "changes")} == {
        "action": "created",
        "plan_id": 1,
        "task_count": 4,
        "indicator_count": 1,
        "unit_id": 3,
        "changes": None,
    }
    assert saved["departments"] == [{"written": "旗司法局", "decision": "create", "id": 7, "name": "伊金霍洛旗司法局"}]
    justice = json.loads(cli(capsys, db, "department", "list", "--json")[1])[-1]
    assert (justice["name"], justice["short_name"], justice["unit_name"]) == (
        "伊金霍洛旗司法局",
        "旗司法局",
        "伊金霍洛旗",
    )


def test_create_missing_creates_the_new_names_as_written(
    quarter: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, plan = quarter
    code, out, _ = cli(capsys, db, "intake", plan, "--create-missing")
    assert code == 0
    assert out.splitlines() == [
        "Saved plan 1 《伊金霍洛旗知识产权强县建设工作方案》: 4 tasks, 1 indicators.",
        "New department 旗司法局 (number 7) for “旗司法局”.",
    ]


def test_an_ambiguous_name_needs_the_clerk_to_decide(
    quarter: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, plan = quarter
    # 旗司法局 is the short name of two other 旗's departments; 伊金霍洛旗's is registered under its long name.
    for county in ("达拉特旗", "准格尔旗"):
        assert cli(capsys, db, "unit", "add", county, "--level", "county", "--parent", "鄂尔多斯市")[0] == 0
        assert cli(capsys, db, "department", "add", f"{county}司法局", "--short", "旗司法局", "--unit", county)[0] == 0
    assert cli(capsys, db, "department", "add", "伊金霍洛旗司法行政局")[0] == 0
    code, _, err = cli(capsys, db, "intake", plan, "--create-missing")  # creates new names only: no guessing
    assert code == 1 and "旗司法局 (one of: 7 达拉特旗司法局; 8 准格尔旗司法局)" in err
    assert counts(capsys, db)["plans"] == 0
    code, out, _ = cli(capsys, db, "intake", plan, "--map", "旗司法局=伊金霍洛旗司法行政局")
    assert code == 0
    assert out.splitlines()[1] == "“旗司法局” is remembered as a name of 伊金霍洛旗司法行政局 (number 9)."
    (justice,) = json.loads(cli(capsys, db, "department", "list", "--json")[1])[-1:]
    assert justice["aliases"] == ["旗司法局"]  # the next document naming it matches it


def test_the_same_document_twice_changes_nothing_and_a_revision_needs_revise(
    quarter: tuple[str, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db, plan = quarter
    assert cli(capsys, db, "intake", plan, "--create-missing")[0] == 0
    saved = counts(capsys, db)

    code, out, err = cli(capsys, db, "intake", plan)
    assert (code, err) == (0, "")
    assert out == (
        "Plan 1 《伊金霍洛旗知识产权强县建设工作方案》 already holds this document (4 tasks, 1 indicators); "
        "nothing was saved.\n"
    )
    unchanged = json.loads(cli(capsys, db, "intake", plan, "--json")[1])
    assert unchanged["action"] == "unchanged" and unchanged["changes"]["tasks_unchanged"] == 4
    assert counts(capsys, db) == saved  # not even an import batch

    # A revised document (task 4 reworded, a fifth task) is compared with the stored plan …
    revised = tmp_path / "工作方案（修订）.txt"
    text = plan.read_text(encoding="utf-8").replace("建立知识产权纠纷人民调解委员会", "建立旗知识产权纠纷调解中心")
    revised.write_text(text + "5.加强宣传培训。开展知识产权宣传周活动。（旗市场监管局牵头）\n", encoding="utf-8")
    code, out, err = cli(capsys, db, "intake", revised)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "new version of plan 1" in err and "tasks: 1 added, 1 changed, 0 removed" in err
    assert "add --revise to apply the changes" in err
    assert counts(capsys, db) == saved
    # … and applied only with --revise.
    code, out, _ = cli(capsys, db, "intake", revised, "--revise", "--json")
    assert code == 0
    result = json.loads(out)
    assert (result["action"], result["plan_id"], result["task_count"]) == ("revised", 1, 5)
    assert {k: result["changes"][k] for k in ("tasks_added", "tasks_changed", "tasks_unchanged")} == {
        "tasks_added": 1,
        "tasks_changed": 1,
        "tasks_unchanged": 3,
    }
    assert counts(capsys, db)["plans"] == 1


def test_taking_the_document_in_again_keeps_a_department_given_by_hand(
    quarter: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """The document names nobody for its indicator; the clerk gave it to 旗科技局. Taking the same document in
    again must not take that away (nothing a user typed is lost)."""
    db, plan = quarter
    assert cli(capsys, db, "intake", plan, "--create-missing")[0] == 0
    assert cli(capsys, db, "indicator", "assign", "有效发明专利拥有量", "旗科技局")[0] == 0
    again = json.loads(cli(capsys, db, "intake", plan, "--json")[1])
    assert again["action"] == "unchanged"
    (listed,) = json.loads(cli(capsys, db, "indicator", "list", "--json")[1])
    assert [d["name"] for d in listed["departments"]] == ["旗科技局"]
