"""Department lists in a task's trailing parenthesis, in all the forms plans use."""

from __future__ import annotations

import pytest

from ipdesk.intake.departments import find_department_list, is_org_name, kind_of, parse_department_text
from ipdesk.intake.text import Aligned


def depts(text: str) -> list[tuple[str, str]] | None:
    found = find_department_list(Aligned.of(text), 1)
    if found is None:
        return None
    return [(d.name, d.role) for d in found.departments]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "完善管理体制。（市政府办、 科技局、 工商质监局按职责分工负责）",
            [("市政府办", "责任"), ("科技局", "责任"), ("工商质监局", "责任")],
        ),
        (
            "加强保护。（责任单位：市科技局、市财政局、各县区政府）",
            [("市科技局", "责任"), ("市财政局", "责任"), ("各县区政府", "责任")],
        ),
        ("实施商标战略。（市市场监督管理局、财政局）", [("市市场监督管理局", "责任"), ("财政局", "责任")]),
        ("推进工作。（市科技局牵头，市财政局、市教育局配合）",
         [("市科技局", "牵头"), ("市财政局", "配合"), ("市教育局", "配合")]),
        ("推进工作。（市科技局负责，市财政局、市教育局参与）",
         [("市科技局", "牵头"), ("市财政局", "配合"), ("市教育局", "配合")]),
        ("推进工作。（牵头单位：市科技局；配合单位：市财政局、市人社局）",
         [("市科技局", "牵头"), ("市财政局", "配合"), ("市人社局", "配合")]),
        # half-width brackets and colon
        ("推进工作。(责任单位:市科技局、市财政局)", [("市科技局", "责任"), ("市财政局", "责任")]),
        # stray spaces inside a name and inside the qualifier
        ("加强教育。（市委组织部、 人社局、 教育局、 科技局按职责分工负 责）",
         [("市委组织部", "责任"), ("人社局", "责任"), ("教育局", "责任"), ("科技局", "责任")]),
        ("加强教育。（市科技 局、市财政局）", [("市科技局", "责任"), ("市财政局", "责任")]),
        # Traditional characters
        ("加強保護。（市科技局、財政局按職責分工負責）", [("市科技局", "责任"), ("財政局", "责任")]),
        # a list broken across lines
        ("加强保护。（市科技局、\n市财政局、市教育局按职责\n分工负责）",
         [("市科技局", "责任"), ("市财政局", "责任"), ("市教育局", "责任")]),
        # collectives and a government beside agencies, separated by a comma
        ("推动协调发展。（各旗县区人民政府， 市科技局、 经济技术开发区管委会按职责分工负责）",
         [("各旗县区人民政府", "责任"), ("市科技局", "责任"), ("经济技术开发区管委会", "责任")]),
        ("加强领导。（联席会议各成员单位，各县区按职责分工负责）",
         [("联席会议各成员单位", "责任"), ("各县区", "责任")]),
        # a 挂牌 name in brackets stays part of the name
        ("加强执法。（市市场监督管理局（知识产权局）、市公安局）",
         [("市市场监督管理局（知识产权局）", "责任"), ("市公安局", "责任")]),
        # names joined by 和 when both sides are organisations, but not inside a name
        ("加强宣传。（市文化和旅游局、市科技局和市教育局）",
         [("市文化和旅游局", "责任"), ("市科技局", "责任"), ("市教育局", "责任")]),
        # the full stop after the bracket
        ("加强宣传（市委宣传部、市科技局）。", [("市委宣传部", "责任"), ("市科技局", "责任")]),
        # a deadline inside the parenthesis is not a department
        ("完成建设。（市科技局，2023年底前完成）", [("市科技局", "责任")]),
    ],
)
def test_department_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert depts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "根据《内蒙古自治区人民政府关于加快知识产权强区建设的实施意见》（内政发〔2016〕13 号）",
        "建立科技（知识产权） 综合行政执法局",
        "培育若干地理标志证明商标（如“赤峰小米”“敖汉小米”）",
        "推进专利导航（含产业规划类和企业运营类导航）",
        "加强海关保护（2021—2025年）",
        "实施方案（试行）",
        "提升满意度（以第三方调查结果为准）",
        "加强维权援助中心（站）建设",
        "没有任何括号的任务。",
    ],
)
def test_not_a_department_list(text: str) -> None:
    assert depts(text) is None


def test_deadline_and_labels_are_reported() -> None:
    found = find_department_list(Aligned.of("完成建设。（牵头单位：市科技局；完成时限：2024年6月底前）"), 3)
    assert found is not None
    assert [d.name for d in found.departments] == ["市科技局"]
    assert "2024年6月底前" in "".join(found.deadlines)


def test_responsible_unit_line_without_brackets() -> None:
    text = "加强宣传引导，营造良好氛围。\n责任单位：市委宣传部、市科技局"
    assert depts(text) == [("市委宣传部", "责任"), ("市科技局", "责任")]


def test_level_prefix_is_carried_for_matching_but_not_written() -> None:
    found = find_department_list(Aligned.of("工作。（市科技局、财政局、市场监督管理局、各县区）"), 1)
    assert found is not None
    names = {d.name: d.qualified_name for d in found.departments}
    assert names == {
        "市科技局": "市科技局", "财政局": "市财政局", "市场监督管理局": "市市场监督管理局", "各县区": "各县区"
    }


def test_kinds() -> None:
    assert kind_of("各旗县区人民政府") == "collective"
    assert kind_of("联席会议各成员单位") == "collective"
    assert kind_of("市人民政府") == "government"
    assert kind_of("经济技术开发区管委会") == "government"
    assert kind_of("市中级人民法院") == "other"
    assert kind_of("市科技局") == "agency"


def test_unsure_pieces_are_warned_not_dropped() -> None:
    found = parse_department_text(Aligned.of("市科技局、市财政局、有关专家"), 7)
    assert found is not None
    assert [d.name for d in found.departments] == ["市科技局", "市财政局", "有关专家"]
    assert found.warnings and found.warnings[0].code == "department_unsure" and found.warnings[0].line == 7


def test_org_name_shapes() -> None:
    assert is_org_name("乌拉特海关") and is_org_name("中国人民银行赤峰市中心支行") and is_org_name("各县区")
    assert not is_org_name("有关专家") and not is_org_name("2023年底前")


def test_hostile_parenthesis_is_fast() -> None:
    text = "任务" + "（" * 50_000 + "市科技局" + "）" * 50_000
    assert depts(text) is None or isinstance(depts(text), list)


def test_label_lines_after_the_item() -> None:
    text = "加强保护。开展专项行动。\n牵头单位：市市场监管局\n配合单位：市公安局、市检察院"
    found = find_department_list(Aligned.of(text), 1)
    assert found is not None and found.standalone
    assert [(d.name, d.role) for d in found.departments] == [
        ("市市场监管局", "牵头"), ("市公安局", "配合"), ("市检察院", "配合")
    ]


def test_label_at_the_end_of_the_paragraph() -> None:
    text = "加强保护。开展专项行动。责任单位：市市场监管局、市公安局。"
    found = find_department_list(Aligned.of(text), 1)
    assert found is not None and not found.standalone
    assert [d.name for d in found.departments] == ["市市场监管局", "市公安局"]
    assert text[found.start :].startswith("责任单位")


def test_trailing_etc_and_deadline_label() -> None:
    assert depts("加强宣传。（市科技局、市财政局等部门按职责分工负责）") == [("市科技局", "责任"), ("市财政局", "责任")]
    found = find_department_list(Aligned.of("建设平台。（责任单位：市科技局；完成时限：2024年底）"), 1)
    assert found is not None and found.deadlines == ["2024年底"]


def test_square_brackets_and_labels_without_semicolons() -> None:
    assert depts("加强保护。【责任单位：市市场监管局、市公安局】") == [("市市场监管局", "责任"), ("市公安局", "责任")]
    assert depts("加强保护。[牵头单位:市市场监管局]") == [("市市场监管局", "牵头")]
    assert depts("加强保护。（牵头单位：市科技局 配合单位：市财政局、市教育局）") == [
        ("市科技局", "牵头"), ("市财政局", "配合"), ("市教育局", "配合")
    ]
