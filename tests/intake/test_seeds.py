"""The four sample plans against expectations written by hand from reading each document.

The expectations live in ``expected/*.json`` (with a ``notes`` field explaining judgement calls).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ipdesk.intake import ParsedPlan, parse_file

EXPECTED_DIR = Path(__file__).resolve().parent / "expected"
EXPECTED = sorted(EXPECTED_DIR.glob("*.json"))

pytestmark = pytest.mark.seeds


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(params=EXPECTED, ids=[path.stem for path in EXPECTED])
def case(request: pytest.FixtureRequest, seed_file) -> tuple[dict[str, Any], ParsedPlan]:
    expected = _load(request.param)
    return expected, parse_file(seed_file(expected["file"]))


def test_metadata(case: tuple[dict[str, Any], ParsedPlan]) -> None:
    expected, plan = case
    got = plan.to_json()
    for key in ("title", "doc_number", "issuer", "date", "kind", "start_year", "end_year"):
        assert got[key] == expected[key], key


def test_sections(case: tuple[dict[str, Any], ParsedPlan]) -> None:
    expected, plan = case
    got = [[s["label"], s["title"], s["level"]] for s in plan.to_json()["sections"]]
    assert got == expected["sections"]


def test_task_numbers_titles_and_lines(case: tuple[dict[str, Any], ParsedPlan]) -> None:
    expected, plan = case
    got = [(t["number"], t["title"], t["section"], t["lines"]) for t in plan.to_json()["tasks"]]
    want = [(t["number"], t["title"], t["section"], t["lines"]) for t in expected["tasks"]]
    assert got == want


def test_task_departments(case: tuple[dict[str, Any], ParsedPlan]) -> None:
    expected, plan = case
    tasks = plan.to_json()["tasks"]
    got = {t["number"] + t["title"]: [[d["name"], d["role"]] for d in t["departments"]] for t in tasks}
    want = {t["number"] + t["title"]: t["departments"] for t in expected["tasks"]}
    assert got == want


def test_indicators(case: tuple[dict[str, Any], ParsedPlan]) -> None:
    expected, plan = case
    got = {i["name"]: i for i in plan.to_json()["indicators"]}
    assert sorted(got) == sorted(i["name"] for i in expected["indicators"])
    for want in expected["indicators"]:
        have = got[want["name"]]
        got_fields = (have["unit"], have["kind"], have["baseline"])
        assert got_fields == (want["unit"], want["kind"], want["baseline"]), want["name"]
        assert have["targets"] == want["targets"], want["name"]
        if "source" in want:
            assert have["source"] == want["source"], want["name"]


def test_expected_warnings(case: tuple[dict[str, Any], ParsedPlan]) -> None:
    expected, plan = case
    codes = {w.code for w in plan.warnings}
    for code in expected.get("warnings", []):
        assert code in codes


def test_no_covering_notice_or_chrome_in_tasks(case: tuple[dict[str, Any], ParsedPlan]) -> None:
    _, plan = case
    for task in plan.tasks:
        assert "发布时间" not in task.text and "答记者问" not in task.text and "分享到" not in task.text


def test_ordos_indicator_table_details(seed_file) -> None:
    plan = parse_file(seed_file("001_"))
    first = plan.indicators[0]
    assert first.code == "1" and first.category == "creation" and first.category_text == "创造质量"
    assert first.definition is not None and first.definition.startswith("“每万人口高价值发明专利拥有量”是指")
    assert "增幅115%" in first.note
    assert first.line_first == 119


def test_inner_mongolia_task_19_is_flagged_truncated(seed_file) -> None:
    plan = parse_file(seed_file("002_"))
    truncated = [w for w in plan.warnings if w.code == "task_truncated"]
    assert [w.line for w in truncated] == [73]
    assert plan.tasks[-1].text.endswith("深入开展知识产权")
    assert not any("答记者问" in s.title for s in plan.sections)
