"""Matching department names against the registry (records built in the test)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from ipdesk.intake import DepartmentMatcher, match_department, parse_text
from ipdesk.intake.matching import name_keys, proposed_departments


@dataclass(frozen=True)
class Info:
    """A registry entry as the matcher reads it (the services' DepartmentInfo has more)."""

    id: int
    name: str
    short_name: str | None
    aliases: tuple[str, ...]
    kind: str
    unit_name: str | None
    unit_level: str | None = None


@pytest.fixture
def registry(record):
    return [
        record(1, "市科学技术局", "科技局", ("市科技局",)),
        record(2, "市市场监督管理局", "市场监管局", ("工商质监局",)),
        record(3, "市财政局"),
        record(4, "各旗县区人民政府", None, ("各旗县区",), "collective"),
        record(5, "市人民政府办公室", "市政府办"),
        record(6, "市文化和旅游局", "文旅局"),
        record(7, "市中级人民法院", None, (), "other"),
        record(8, "联席会议成员单位", None, ("联席会议各成员单位",), "collective"),
        record(9, "市卫生健康委员会", "卫健委"),
    ]


@pytest.mark.parametrize(
    ("name", "department_id"),
    [
        ("科技局", 1),
        ("市科技局", 1),
        ("市科学技术局", 1),
        ("巴彦淖尔市科技局", 1),
        ("市科技 局", 1),
        ("市市场监督管理局", 2),
        ("市场监管局", 2),
        ("市市场监督管理局（知识产权局）", 2),
        ("工商质监局", 2),  # an alias recorded after the 机构改革
        ("財政局", 3),  # Traditional
        ("市政府办", 5),
        ("市人民政府办公室", 5),
        ("文化和旅游局", 6),
        ("中级法院", 7),
        ("市中级人民法院", 7),
    ],
)
def test_matched(registry, name: str, department_id: int) -> None:
    found = match_department(name, registry)
    assert (found.status, found.department_id) == ("matched", department_id)


def test_collectives_match_collectives_only(registry) -> None:
    assert match_department("各旗县区人民政府", registry, collective=True).department_id == 4
    assert match_department("各旗县区", registry, collective=True).department_id == 4
    assert match_department("联席会议各成员单位", registry, collective=True).department_id == 8
    assert match_department("各旗县区人民政府", registry).status == "new"  # not as an agency


def test_predecessor_names_are_offered_for_confirmation(registry) -> None:
    found = match_department("食药监局", registry)
    assert (found.status, found.department_id, found.via) == ("renamed", 2, "市场监管局")
    found = match_department("卫计委", registry)
    assert (found.status, found.department_id) == ("renamed", 9)
    assert match_department("文新广局", registry).department_id == 6


def test_unknown_and_ambiguous(registry, record) -> None:
    assert match_department("市外事办", registry).status == "new"
    doubled = DepartmentMatcher([record(1, "市科学技术局"), record(10, "区科学技术局")])
    found = doubled.match("科技局")
    assert found.status == "ambiguous" and set(found.candidates) == {1, 10}
    # the level written in the list ("市科技局、财政局…") settles it
    assert doubled.match("科技局", qualified_name="市科技局").department_id == 1
    assert doubled.match("区科技局").department_id == 10


def test_empty_registry_proposes_everything() -> None:
    assert match_department("市科技局", []).status == "new"


def test_keys() -> None:
    assert "科技局" in name_keys("市科学技术局")
    assert "市场监管局" in name_keys("市市场监督管理局（知识产权局）")
    assert "知识产权局" in name_keys("市市场监督管理局（知识产权局）")
    assert name_keys("市场监管局")[0] == "市场监管局"  # 市场 is not a level prefix


def test_parse_with_registry_and_proposals(registry) -> None:
    text = (
        "一、重点任务\n1.甲。内容。（市科技局、财政局、市外事办、各旗县区人民政府按职责分工负责）\n"
        "2.乙。内容。（市外事办）"
    )
    plan = parse_text(text, registry=registry)
    matches = [(d.name, d.match.status, d.match.department_id) for d in plan.tasks[0].departments if d.match]
    assert matches == [
        ("市科技局", "matched", 1),
        ("财政局", "matched", 3),
        ("市外事办", "new", None),
        ("各旗县区人民政府", "matched", 4),
    ]
    assert [d.name for d in proposed_departments(plan.all_departments())] == ["市外事办"]
    json_dept = plan.to_json()["tasks"][0]["departments"][0]
    assert json_dept == {
        "name": "市科技局",
        "role": "责任",
        "kind": "agency",
        "registry": {"status": "matched", "id": 1, "name": "市科学技术局", "candidates": [1]},
    }


def test_the_plans_own_place_settles_same_named_departments(record) -> None:
    matcher = DepartmentMatcher(
        [
            record(1, "东河市科学技术局", "市科技局"),
            record(2, "西山市科学技术局", "市科技局"),
        ]
    )
    assert matcher.match("科技局").status == "ambiguous"
    assert matcher.match("科技局", context="西山市人民政府 西山市知识产权实施方案").department_id == 2


def test_a_single_department_of_another_place_is_offered_not_taken(record) -> None:
    matcher = DepartmentMatcher(
        [
            record(1, "东河市商务局", "市商务局"),
            record(2, "西山市科学技术局", "市科技局"),
        ]
    )
    found = matcher.match("市商务局", context="西山市人民政府 西山市知识产权实施方案")
    assert (found.status, found.department_id, found.candidates) == ("ambiguous", None, (1,))
    assert matcher.match("市商务局").department_id == 1  # no place named: nothing to go against
    assert matcher.match("市商务局", context="东河市知识产权强市建设方案").department_id == 1
    assert matcher.match("市科技局", context="西山市人民政府").department_id == 2


def test_the_level_above_is_not_another_place() -> None:
    """A city's plan naming the region's office is given it; only another city's namesake is held back."""
    matcher = DepartmentMatcher(
        [
            Info(1, "内蒙古自治区知识产权局", "自治区知识产权局", (), "agency", "内蒙古自治区", "region"),
            Info(2, "赤峰市科学技术局", "市科技局", (), "agency", "赤峰市", "city"),
            Info(3, "巴彦淖尔市商务局", "市商务局", (), "agency", "巴彦淖尔市", "city"),
        ]
    )
    context = "赤峰市人民政府 赤峰市全面推进知识产权强市建设行动方案"
    assert matcher.match("自治区知识产权局", context=context).department_id == 1
    assert matcher.match("市商务局", context=context).status == "ambiguous"


def test_unit_name_of_registry_entries_is_used_when_present() -> None:
    matcher = DepartmentMatcher(
        [
            Info(1, "财政局", None, (), "agency", "甲县"),
            Info(2, "财政局", None, (), "agency", "乙县"),
        ]
    )
    assert matcher.match("县财政局", context="甲县人民政府").department_id == 1
