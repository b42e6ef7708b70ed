"""One rule splits a department text into names with roles, for Excel cells and for plans.

``CASES`` rows: the text, what ``split_departments`` gives (role lead / support / None = the column decides) and
what ``parse_department_text(..., labelled=True)`` gives (role 牵头 / 配合 / 责任; [] when it finds no list).
Both come from ``split_department_text``; they differ only where each reader fills an open role.
"""

from __future__ import annotations

import time

import pytest

from ipdesk.excel.departments import split_departments
from ipdesk.intake.departments import parse_department_text, split_department_text
from ipdesk.intake.text import Aligned

Pairs = list[tuple[str, str | None]]

CASES: list[tuple[str | None, Pairs, Pairs]] = [
    ("市科技局、财政局", [("市科技局", None), ("财政局", None)], [("市科技局", "责任"), ("财政局", "责任")]),
    ("市科技局，财政局", [("市科技局", None), ("财政局", None)], [("市科技局", "责任"), ("财政局", "责任")]),
    ("市科技局,财政局", [("市科技局", None), ("财政局", None)], [("市科技局", "责任"), ("财政局", "责任")]),
    ("市科技局；财政局", [("市科技局", None), ("财政局", None)], [("市科技局", "责任"), ("财政局", "责任")]),
    ("市科技局;财政局", [("市科技局", None), ("财政局", None)], [("市科技局", "责任"), ("财政局", "责任")]),
    ("市科技局／财政局", [("市科技局", None), ("财政局", None)], [("市科技局", "责任"), ("财政局", "责任")]),
    ("市科技局/财政局", [("市科技局", None), ("财政局", None)], [("市科技局", "责任"), ("财政局", "责任")]),
    ("市科技局 财政局", [("市科技局", None), ("财政局", None)], [("市科技局", "责任"), ("财政局", "责任")]),
    ("市科技局  财政局", [("市科技局", None), ("财政局", None)], [("市科技局", "责任"), ("财政局", "责任")]),
    ("市科技局\u3000财政局", [("市科技局", None), ("财政局", None)], [("市科技局", "责任"), ("财政局", "责任")]),
    ("市科技局|财政局", [("市科技局", None), ("财政局", None)], [("市科技局", "责任"), ("财政局", "责任")]),
    ("市科技局\n财政局", [("市科技局", None), ("财政局", None)], [("市科技局财政局", "责任")]),
    ("市科技局和财政局", [("市科技局", None), ("财政局", None)], [("市科技局", "责任"), ("财政局", "责任")]),
    ("市科技局及财政局", [("市科技局", None), ("财政局", None)], [("市科技局", "责任"), ("财政局", "责任")]),
    ("市科技局与财政局", [("市科技局", None), ("财政局", None)], [("市科技局", "责任"), ("财政局", "责任")]),
    ("市文化和旅游局", [("市文化和旅游局", None)], [("市文化和旅游局", "责任")]),
    ("市工业和信息化局", [("市工业和信息化局", None)], [("市工业和信息化局", "责任")]),
    ("市科技局、财政局等", [("市科技局", None), ("财政局", None)], [("市科技局", "责任"), ("财政局", "责任")]),
    ("市科技局、财政局等部门", [("市科技局", None), ("财政局", None)], [("市科技局", "责任"), ("财政局", "责任")]),
    ("市科技局、财政局等单位", [("市科技局", None), ("财政局", None)], [("市科技局", "责任"), ("财政局", "责任")]),
    ("市科技局（牵头）、财政局", [("市科技局", "lead"), ("财政局", None)], [("市科技局", "牵头"), ("财政局", "配合")]),
    ("市科技局(牵头)、财政局", [("市科技局", "lead"), ("财政局", None)], [("市科技局", "牵头"), ("财政局", "配合")]),
    (
        "市科技局（牵头单位）、财政局（配合）",
        [("市科技局", "lead"), ("财政局", "support")],
        [("市科技局", "牵头"), ("财政局", "配合")],
    ),
    (
        "市科技局（主责）、财政局（协办）",
        [("市科技局", "lead"), ("财政局", "support")],
        [("市科技局", "牵头"), ("财政局", "配合")],
    ),
    ("市科技局（参与）", [("市科技局", "support")], [("市科技局", "配合")]),
    ("市科技局（配合单位）", [("市科技局", "support")], [("市科技局", "配合")]),
    (
        "市科技局牵头，财政局配合",
        [("市科技局", "lead"), ("财政局", "support")],
        [("市科技局", "牵头"), ("财政局", "配合")],
    ),
    (
        "市科技局负责，财政局参与",
        [("市科技局", "lead"), ("财政局", "support")],
        [("市科技局", "牵头"), ("财政局", "配合")],
    ),
    (
        "市科技局主责，财政局协办",
        [("市科技局", "lead"), ("财政局", "support")],
        [("市科技局", "牵头"), ("财政局", "配合")],
    ),
    (
        "市科技局牵头，财政局协助",
        [("市科技局", "lead"), ("财政局", "support")],
        [("市科技局", "牵头"), ("财政局", "配合")],
    ),
    (
        "市科技局牵头负责，财政局配合",
        [("市科技局", "lead"), ("财政局", "support")],
        [("市科技局", "牵头"), ("财政局", "配合")],
    ),
    (
        "市科技局负责牵头，财政局按职责配合",
        [("市科技局", "lead"), ("财政局", "support")],
        [("市科技局", "牵头"), ("财政局", "配合")],
    ),
    (
        "市科技局牵头抓总，财政局共同参与",
        [("市科技局", "lead"), ("财政局", "support")],
        [("市科技局", "牵头"), ("财政局", "配合")],
    ),
    (
        "市科技局牵头，财政局协同",
        [("市科技局", "lead"), ("财政局", "support")],
        [("市科技局", "牵头"), ("财政局", "配合")],
    ),
    (
        "市科技局牵头，财政局参加",
        [("市科技局", "lead"), ("财政局", "support")],
        [("市科技局", "牵头"), ("财政局", "配合")],
    ),
    (
        "市科技局牵头、财政局配合",
        [("市科技局", "lead"), ("财政局", "support")],
        [("市科技局", "牵头"), ("财政局", "配合")],
    ),
    (
        "市科技局、财政局按职责分工负责",
        [("市科技局", None), ("财政局", None)],
        [("市科技局", "责任"), ("财政局", "责任")],
    ),
    (
        "市科技局、财政局按职责分工负 责",
        [("市科技局", None), ("财政局", None)],
        [("市科技局", "责任"), ("财政局", "责任")],
    ),
    ("市科技局、财政局负责", [("市科技局", None), ("财政局", None)], [("市科技局", "责任"), ("财政局", "责任")]),
    ("市科技局、财政局分别负责", [("市科技局", None), ("财政局", None)], [("市科技局", "责任"), ("财政局", "责任")]),
    ("市科技局、财政局共同负责", [("市科技局", None), ("财政局", None)], [("市科技局", "责任"), ("财政局", "责任")]),
    (
        "牵头单位：市科技局；配合单位：财政局、教育局",
        [("市科技局", "lead"), ("财政局", "support"), ("教育局", "support")],
        [("市科技局", "牵头"), ("财政局", "配合"), ("教育局", "配合")],
    ),
    (
        "牵头单位:市科技局;配合单位:财政局",
        [("市科技局", "lead"), ("财政局", "support")],
        [("市科技局", "牵头"), ("财政局", "配合")],
    ),
    (
        "牵头单位：市科技局 配合单位：财政局",
        [("市科技局", "lead"), ("财政局", "support")],
        [("市科技局", "牵头"), ("财政局", "配合")],
    ),
    (
        "牵头部门：市科技局；配合部门：财政局",
        [("市科技局", "lead"), ("财政局", "support")],
        [("市科技局", "牵头"), ("财政局", "配合")],
    ),
    (
        "主责单位：市科技局；协办单位：财政局",
        [("市科技局", "lead"), ("财政局", "support")],
        [("市科技局", "牵头"), ("财政局", "配合")],
    ),
    ("责任单位：市科技局、财政局", [("市科技局", None), ("财政局", None)], [("市科技局", "责任"), ("财政局", "责任")]),
    ("参与单位：财政局", [("财政局", "support")], [("财政局", "配合")]),
    (
        "主办单位：市科技局；协同单位：财政局",
        [("市科技局", "lead"), ("财政局", "support")],
        [("市科技局", "牵头"), ("财政局", "配合")],
    ),
    ("承办单位：市科技局", [("市科技局", "lead")], [("市科技局", "牵头")]),
    ("落实单位：市科技局", [("市科技局", None)], [("市科技局", "责任")]),
    ("实施单位：市科技局", [("市科技局", None)], [("市科技局", "责任")]),
    ("参加单位：财政局", [("财政局", "support")], [("财政局", "配合")]),
    ("主要责任单位：市科技局", [("市科技局", None)], [("市科技局", "责任")]),
    ("责任部门：市科技局", [("市科技局", None)], [("市科技局", "责任")]),
    ("牵头单位为市科技局", [("市科技局", "lead")], [("市科技局", "牵头")]),
    ("责任主体：各县区政府", [("各县区政府", None)], [("各县区政府", "责任")]),
    (
        "牵头单位：市科技局\n配合单位：财政局",
        [("市科技局", "lead"), ("财政局", "support")],
        [("市科技局", "牵头"), ("财政局", "配合")],
    ),
    ("各县区政府", [("各县区政府", None)], [("各县区政府", "责任")]),
    (
        "各县区人民政府、市科技局",
        [("各县区人民政府", None), ("市科技局", None)],
        [("各县区人民政府", "责任"), ("市科技局", "责任")],
    ),
    (
        "市科技局、各县区政府按职责分工负责",
        [("市科技局", None), ("各县区政府", None)],
        [("市科技局", "责任"), ("各县区政府", "责任")],
    ),
    ("", [], []),
    (None, [], []),
    ("  ", [], []),
    ("\u3000", [], []),
    (" 市科技局 ", [("市科技局", None)], [("市科技局", "责任")]),
    (
        "\u3000市科技局\u3000、\u3000财政局",
        [("市科技局", None), ("财政局", None)],
        [("市科技局", "责任"), ("财政局", "责任")],
    ),
    ("市科技局、市科技局", [("市科技局", None)], [("市科技局", "责任")]),
    ("市科技局（牵头）、市科技局", [("市科技局", "lead")], [("市科技局", "牵头")]),
    ("市科技局、财政局、市科技局", [("市科技局", None), ("财政局", None)], [("市科技局", "责任"), ("财政局", "责任")]),
    ("市科技局牵头", [("市科技局", "lead")], [("市科技局", "牵头")]),
    ("牵头", [], []),
    ("配合", [], []),
    ("市科技局等", [("市科技局", None)], [("市科技局", "责任")]),
    ("牵头单位：市科技局；完成时限：2024年底", [("市科技局", "lead")], [("市科技局", "牵头")]),
    (
        "市市场监督管理局（知识产权局）、市公安局",
        [("市市场监督管理局（知识产权局）", None), ("市公安局", None)],
        [("市市场监督管理局（知识产权局）", "责任"), ("市公安局", "责任")],
    ),
    ("市科技 局、市财政局", [("市科技局", None), ("市财政局", None)], [("市科技局", "责任"), ("市财政局", "责任")]),
    (
        "財政局、市科技局按職責分工負責",
        [("財政局", None), ("市科技局", None)],
        [("財政局", "责任"), ("市科技局", "责任")],
    ),
    (
        "市科技局、财政局、有关专家",
        [("市科技局", None), ("财政局", None), ("有关专家", None)],
        [("市科技局", "责任"), ("财政局", "责任"), ("有关专家", "责任")],
    ),
    (
        "市科技局牵头，各县区政府负责",
        [("市科技局", "lead"), ("各县区政府", None)],
        [("市科技局", "牵头"), ("各县区政府", "配合")],
    ),
    (
        "市科技局、财政局协助",
        [("市科技局", "support"), ("财政局", "support")],
        [("市科技局", "配合"), ("财政局", "配合")],
    ),
    (
        "市科技局（牵头），财政局、教育局",
        [("市科技局", "lead"), ("财政局", None), ("教育局", None)],
        [("市科技局", "牵头"), ("财政局", "配合"), ("教育局", "配合")],
    ),
    (
        "市科技局（牵头）；财政局（配合）",
        [("市科技局", "lead"), ("财政局", "support")],
        [("市科技局", "牵头"), ("财政局", "配合")],
    ),
    ("市科技局（协办）", [("市科技局", "support")], [("市科技局", "配合")]),
    ("协同单位：财政局", [("财政局", "support")], [("财政局", "配合")]),
    (
        "主要责任单位：市科技局、财政局",
        [("市科技局", None), ("财政局", None)],
        [("市科技局", "责任"), ("财政局", "责任")],
    ),
    ("市科技局牵头\n财政局配合", [("市科技局", "lead"), ("财政局", "support")], [("市科技局牵头财政局", "配合")]),
    (
        "配合单位：市科技局（牵头）、财政局",
        [("市科技局", "lead"), ("财政局", "support")],
        [("市科技局", "牵头"), ("财政局", "配合")],
    ),
    ("市科技局、市科技局（牵头）", [("市科技局", "lead")], [("市科技局", "牵头")]),
    ("市科技局，财政局配合", [("市科技局", "lead"), ("财政局", "support")], [("市科技局", "牵头"), ("财政局", "配合")]),
    ("市科技局 （牵头）、财政局", [("市科技局", "lead"), ("财政局", None)], [("市科技局", "牵头"), ("财政局", "配合")]),
    ("市科技局（牵头）等", [("市科技局", "lead")], [("市科技局", "牵头")]),
    (
        "责任单位：市科技局（牵头）、财政局",
        [("市科技局", "lead"), ("财政局", None)],
        [("市科技局", "牵头"), ("财政局", "配合")],
    ),
    (
        "牵头单位：市科技局，财政局",
        [("市科技局", "lead"), ("财政局", "lead")],
        [("市科技局", "牵头"), ("财政局", "牵头")],
    ),
    (
        "牵头单位：市科技局；责任单位：财政局",
        [("市科技局", "lead"), ("财政局", None)],
        [("市科技局", "牵头"), ("财政局", "配合")],
    ),
    (
        "责任单位：市科技局；配合单位：财政局",
        [("市科技局", "lead"), ("财政局", "support")],
        [("市科技局", "牵头"), ("财政局", "配合")],
    ),
    ("市科技局\t财政局", [("市科技局", None), ("财政局", None)], [("市科技局", "责任"), ("财政局", "责任")]),
]


def _intake(text: str | None) -> Pairs:
    if text is None:
        return []
    found = parse_department_text(Aligned.of(text), 1, labelled=True)
    return [] if found is None else [(d.name, d.role) for d in found.departments]


@pytest.mark.parametrize(("text", "cell", "document"), CASES)
def test_split(text: str | None, cell: Pairs, document: Pairs) -> None:
    assert [(n.name, n.role) for n in split_departments(text)] == cell
    assert _intake(text) == document


@pytest.mark.parametrize("text", [text for text, _, _ in CASES if text is None or "\n" not in text])
def test_cells_and_plans_agree(text: str | None) -> None:
    """Same names in the same order; a role a cell marks is the role the plan reader gives.

    Not for line breaks: in a plan they are where the page wrapped a list, in a cell they part names.
    """
    cell = split_departments(text)
    document = _intake(text)
    assert [n.name for n in cell] == [name for name, _ in document]
    marked = {"lead": "牵头", "support": "配合"}
    assert [marked[n.role] for n in cell if n.role] == [
        role for (_, role), n in zip(document, cell, strict=True) if n.role
    ]


def _roles(text: str) -> Pairs:
    return [(n.name, n.role) for n in split_department_text(Aligned.of(text)).names]


LEAD_TAILS = ["牵头", "牵头负责", "负责牵头", "牵头抓总", "主责"]
SUPPORT_TAILS = [
    "配合", "参与", "协办", "协助", "协同", "参加", "共同参与", "协同配合", "配合落实", "积极配合", "按职责配合",
]  # fmt: skip
OPEN_TAILS = [
    "",
    "负责",
    "按职责分工负责",
    "按照各自职责负责",
    "分别负责",
    "共同负责",
    "具体落实",
    "等",
    "等部门",
    "等单位",
]


@pytest.mark.parametrize(
    ("tail", "role"),
    [(t, "牵头") for t in LEAD_TAILS] + [(t, "配合") for t in SUPPORT_TAILS] + [(t, None) for t in OPEN_TAILS],
)
def test_every_role_word_after_a_list(tail: str, role: str | None) -> None:
    assert _roles(f"市科技局、市财政局{tail}") == [("市科技局", role), ("市财政局", role)]


@pytest.mark.parametrize(
    ("mark", "role"),
    [(f"{o}{w}{c}", "牵头") for w in ("牵头", "主责", "主办", "牵头单位") for o, c in ("（）", "()")]
    + [(f"（{w}）", "配合") for w in ("配合", "参与", "协办", "协同", "协助", "参加", "配合单位", "配合部门")],
)
def test_every_role_mark_in_brackets(mark: str, role: str) -> None:
    """A mark speaks for its own name; beside a marked supporter the unmarked name leads."""
    unmarked = None if role == "牵头" else "牵头"
    assert _roles(f"市科技局{mark}、市财政局") == [("市科技局", role), ("市财政局", unmarked)]
    assert _roles(f"市科技局{mark}等") == [("市科技局", role)]


@pytest.mark.parametrize(
    ("label", "role"),
    [(f"{w}{kind}", "牵头") for w in ("牵头", "主责", "主办", "承办") for kind in ("单位", "部门")]
    + [(f"{w}{kind}", "配合") for w in ("配合", "参与", "协办", "协同", "协助", "参加") for kind in ("单位", "部门")]
    + [(f"{w}{kind}", None) for w in ("责任", "落实", "实施", "主要责任") for kind in ("单位", "部门", "主体")],
)
def test_every_label(label: str, role: str | None) -> None:
    for colon in ("：", ":", "为"):
        assert _roles(f"{label}{colon}市科技局、市财政局") == [("市科技局", role), ("市财政局", role)]


@pytest.mark.parametrize(
    "separator", ["、", "，", ",", "；", ";", "／", "/", "|", " ", "  ", "\u3000", "\t", "\n", "和", "及", "与"]
)
def test_every_separator(separator: str) -> None:
    assert _roles(f"市科技局{separator}市财政局") == [("市科技局", None), ("市财政局", None)]


def test_names_are_not_cut_inside() -> None:
    assert _roles("市文化和旅游局、市工业和信息化局、市科技 局") == [
        ("市文化和旅游局", None), ("市工业和信息化局", None), ("市科技局", None)
    ]  # fmt: skip


def test_deadlines_are_set_apart() -> None:
    found = split_department_text(Aligned.of("牵头单位：市科技局；完成时限：2024年底前"))
    assert [n.name for n in found.names] == ["市科技局"] and found.deadlines == ["2024年底前"]


def test_a_hostile_cell_is_read_quickly() -> None:
    """An Excel cell holds up to 32,767 characters; no piece of it is read again for every space or 和 in it."""
    many = "、".join(f"单位{i}局" for i in range(4000))
    for cell in ("市科技局和" * 6000 + "财政局", "市科技 局" * 6000, "ab " * 10000, many):
        began = time.perf_counter()
        assert split_departments(cell)
        assert time.perf_counter() - began < 5


DEADLINE_BESIDE_NAMES = [
    ("市科技局（2024年底前完成）", [("市科技局", None)], ["2024年底前"]),
    ("市科技局（长期坚持）、财政局（2024年底前）", [("市科技局", None), ("财政局", None)], ["长期坚持", "2024年底前"]),
    ("市科技局、市财政局（持续推进）", [("市科技局", None), ("市财政局", None)], ["持续推进"]),
    ("牵头单位：市科技局（持续推进）", [("市科技局", "lead")], ["持续推进"]),
    ("市科技局牵头、市财政局配合（每年）", [("市科技局", "lead"), ("市财政局", "support")], ["每年"]),
    ("市科技局（完成时限：2024年底）", [("市科技局", None)], ["2024年底"]),
    ("市科技局（牵头）（2024年底前）", [("市科技局", "lead")], ["2024年底前"]),
    ("市科技局（知识产权局）、财政局", [("市科技局（知识产权局）", None), ("财政局", None)], []),  # 挂牌: stays
]


@pytest.mark.parametrize(("cell", "names", "deadlines"), DEADLINE_BESIDE_NAMES)
def test_a_deadline_beside_a_name_keeps_the_name(cell: str, names: Pairs, deadlines: list[str]) -> None:
    """A deadline in brackets is set apart; the departments around it are never dropped with it."""
    assert [(n.name, n.role) for n in split_departments(cell)] == names
    assert split_department_text(Aligned.of(cell)).deadlines == deadlines
