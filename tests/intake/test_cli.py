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
        "XX市知识产权强市建设实施方案", "XX府发〔2023〕9号", "XX市人民政府", "2023-06-01"
    )
    assert [{k: s[k] for k in ("label", "title", "level")} for s in data["sections"]] == [
        {"label": "一", "title": "主要目标", "level": 1},
        {"label": "二", "title": "重点任务", "level": 1},
        {"label": "（一）", "title": "加强知识产权保护", "level": 2},
    ]
    (task,) = data["tasks"]
    assert {k: task[k] for k in ("number", "title", "section", "lines")} == {
        "number": "1", "title": "开展专项执法", "section": "（一）加强知识产权保护", "lines": [10, 10]
    }
    assert [{k: d[k] for k in ("name", "role")} for d in task["departments"]] == [
        {"name": "市市场监督管理局", "role": "牵头"},
        {"name": "市公安局", "role": "配合"},
        {"name": "财政局", "role": "配合"},
    ]
    (indicator,) = data["indicators"]
    assert {k: indicator[k] for k in ("name", "unit", "kind", "baseline", "targets", "note")} == {
        "name": "每万人口发明专利拥有量", "unit": "件", "kind": "level", "baseline": None,
        "targets": {"2025": 3.0}, "note": "达到",
    }
    assert isinstance(data["warnings"], list)


def test_summary(plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(plan_file)]) == 0
    out = capsys.readouterr().out
    assert "XX市知识产权强市建设实施方案" in out and "开展专项执法" in out and "市公安局(配合)" in out
    assert "每万人口发明专利拥有量（件，level）" in out and "2025年 3" in out


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("plan.pdf", b"%PDF-1.4", ".docx"),
        ("plan.txt", b"", "空"),
        ("plan.txt", bytes(range(256)) * 10, "二进制"),
    ],
)
def test_unreadable_files_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes,
                                 message: str) -> None:
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


def test_registry_is_used_when_the_database_exists(plan_file: Path, capsys: pytest.CaptureFixture[str],
                                                   record) -> None:
    records = [record(7, "市市场监督管理局", "市场监管局"), record(8, "市财政局")]
    args = argparse.Namespace(file=str(plan_file), json=True)
    assert cmd_parse(args, _FakeContext(records, exists=True)) == 0  # type: ignore[arg-type]
    departments = json.loads(capsys.readouterr().out)["tasks"][0]["departments"]
    assert [(d["name"], d["registry"]["status"], d["registry"]["id"]) for d in departments] == [
        ("市市场监督管理局", "matched", 7), ("市公安局", "new", None), ("财政局", "matched", 8)
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
