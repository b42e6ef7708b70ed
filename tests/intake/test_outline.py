"""Numbering grammar, section tree and task selection on small texts written here."""

from __future__ import annotations

import pytest

from ipdesk.intake import parse_text
from ipdesk.intake.numbering import label_of, match_numbering


@pytest.mark.parametrize(
    ("line", "style", "ordinal"),
    [
        ("第一章 总则", "chapter", 1),
        ("第十二章  保障措施", "chapter", 12),
        ("第三节 深化协同保护", "jie", 3),
        ("一、总体要求", "cn", 1),
        ("十一、其他", "cn", 11),
        ("(三)主要目标", "pcn", 3),
        ("( 十 )强化保障", "pcn", 10),
        ("1.完善体制", "num", 1),
        ("12、加强宣传", "num", 12),
        ("(2)开展试点", "pnum", 2),
        ("3)开展试点", "rnum", 3),
        ("④开展试点", "circ", 4),
        ("第五条 本办法自印发之日起施行", "article", 5),
    ],
)
def test_numbering_styles(line: str, style: str, ordinal: int) -> None:
    found = match_numbering(line)
    assert found is not None and (found.style, found.ordinal) == (style, ordinal)


@pytest.mark.parametrize(
    "line",
    ["1.5件以上", "2020年", "一是加强领导", "十三五期间", "三是完善机制", "100%", "第一批试点", "一批企业", ""],
)
def test_not_numbering(line: str) -> None:
    assert match_numbering(line) is None


def test_labels_keep_brackets_but_drop_separators() -> None:
    assert label_of("1.") == "1" and label_of("１．") == "１"
    assert label_of("一、 ") == "一" and label_of("（十）") == "（十）"


def sections(text: str) -> list[tuple[str, str, int]]:
    return [(s.label, s.title, s.level) for s in parse_text(text).sections]


def tasks(text: str) -> list[tuple[str, str]]:
    return [(t.number, t.title) for t in parse_text(text).tasks]


CN_PLAN = """XX市知识产权强市建设实施方案
一、总体要求
（一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导。
（二）主要目标。到2025年，每万人口发明专利拥有量达到3件。
二、重点任务
（一）加强知识产权创造
1.提升专利质量。实施专利质量提升工程。（市市场监管局、市科技局按职责分工负责）
2.培育商标品牌。实施商标品牌战略。（市市场监管局）
（二）加强知识产权保护。严格保护。3.加强行政执法。开展专项行动。（市市场监管局、市公安局）
三、保障措施
（一）加强组织领导。建立联席会议制度。
（二）加强资金保障。设立专项资金。（市财政局）
"""


def test_cn_plan_tree_and_tasks() -> None:
    assert sections(CN_PLAN) == [
        ("一", "总体要求", 1),
        ("（一）", "指导思想", 2),
        ("（二）", "主要目标", 2),
        ("二", "重点任务", 1),
        ("（一）", "加强知识产权创造", 2),
        ("（二）", "加强知识产权保护", 2),
        ("三", "保障措施", 1),
        ("（一）", "加强组织领导", 2),
    ]
    # 保障措施 items count as tasks only when they name departments
    expected = [("1", "提升专利质量"), ("2", "培育商标品牌"), ("3", "加强行政执法"), ("（二）", "加强资金保障")]
    assert tasks(CN_PLAN) == expected


def test_task_section_and_lines() -> None:
    plan = parse_text(CN_PLAN)
    third = plan.tasks[2]
    assert third.section_title == "（二）加强知识产权保护"
    assert plan.sections[third.section].title == "加强知识产权保护"
    assert (third.line_first, third.line_last) == (9, 9)


def test_tasks_numbered_like_sections() -> None:
    """Documents that number their work items （一）…（十） directly under the task heading."""
    text = "\n".join(
        ["某县实施意见", "一、主要任务"]
        + [f"（{n}）任务{n}标题。具体内容。（县科技局）" for n in "一二三四五六七八九十"]
        + ["二、保障措施", "（一）加强领导。成立领导小组。"]
    )
    found = tasks(text)
    assert [number for number, _ in found] == [f"（{n}）" for n in "一二三四五六七八九十"]
    assert found[-1] == ("（十）", "任务十标题")


def test_chapter_plan_with_headings_on_their_own_lines() -> None:
    text = """某市“十四五”知识产权规划
第一章 发展基础
1.创造水平提升
专利授权量大幅增长。
第二章 重点任务
第一节 提升创造质量
1.实施专利导航
推动专利导航融入决策。
2.培育高价值专利
培育一批高价值专利组合。
第二节 重点工程
组织实施重点工程。
第三章 保障措施
第一节 组织保障
加强领导。
"""
    assert sections(text) == [
        ("第一章", "发展基础", 1),
        ("1", "创造水平提升", 2),
        ("第二章", "重点任务", 1),
        ("第一节", "提升创造质量", 2),
        ("第三章", "保障措施", 1),
        ("第一节", "组织保障", 2),
    ]
    plan = parse_text(text)
    assert [(t.number, t.title) for t in plan.tasks] == [
        ("1", "实施专利导航"),
        ("2", "培育高价值专利"),
        ("第二节", "重点工程"),
    ]
    assert plan.tasks[0].text == "实施专利导航\n推动专利导航融入决策。"
    assert (plan.tasks[0].line_first, plan.tasks[0].line_last) == (7, 8)


def test_markdown_headings() -> None:
    text = """# 某市知识产权行动方案
## 一、主要任务
### （一）加强保护
1.开展执法。开展专项行动。
## 二、保障措施
附件：
## 重点任务分工表
"""
    assert sections(text) == [
        ("一", "主要任务", 1),
        ("（一）", "加强保护", 2),
        ("二", "保障措施", 1),
        ("", "附件", 1),
        ("", "重点任务分工表", 2),
    ]
    assert parse_text(text).title == "某市知识产权行动方案"


def test_full_width_numbers_and_enumeration_comma() -> None:
    text = "一、重点任务\n１．完善制度。内容。\n２、加强保护。内容。\n3 .加强运用。内容。"
    assert [t.number for t in parse_text(text).tasks] == ["１", "２", "3"]


def test_wrapped_line_starting_with_a_number_is_text() -> None:
    text = """一、重点任务
1.完善制度。建立健全制度，到2025年培育示范企业
30家，形成一批典型经验。
2.加强保护。内容。
"""
    plan = parse_text(text)
    assert [t.number for t in plan.tasks] == ["1", "2"]
    assert "示范企业30家" in plan.tasks[0].text.replace("\n", "")


def test_number_out_of_sequence_is_text() -> None:
    text = (
        "一、重点任务\n1.完善制度。内容。\n2.加强保护。今年完成以下指标：\n"
        "36、这是断行造成的行首数字。\n3.加强运用。内容。"
    )
    plan = parse_text(text)
    assert [t.number for t in plan.tasks] == ["1", "2", "3"]
    assert any(w.code == "numbering_ignored" for w in plan.warnings)


def test_numbering_gap_is_accepted_with_warning() -> None:
    plan = parse_text("一、重点任务\n1.甲。内容。\n2.乙。内容。\n4.丁。内容。")
    assert [t.number for t in plan.tasks] == ["1", "2", "4"]
    assert any(w.code == "numbering_gap" and w.line == 4 for w in plan.warnings)


def test_paragraphs_broken_inside_a_sentence_are_glued() -> None:
    plan = parse_text("一、重点任务\n1.完善制度。加强知识\n\n产权保护。（市科技局）\n2.乙。内容。")
    assert plan.tasks[0].text == "完善制度。加强知识产权保护。（市科技局）"
    assert [d.name for d in plan.tasks[0].departments] == ["市科技局"]


def test_document_without_numbered_items() -> None:
    plan = parse_text("关于加强知识产权工作的通知\n各单位：\n请认真做好知识产权工作，加强保护，促进运用。\n")
    assert plan.tasks == [] and plan.sections == []
    assert any(w.code == "no_tasks" for w in plan.warnings)


def test_empty_text() -> None:
    plan = parse_text("")
    assert plan.tasks == [] and plan.title is None
    assert {w.code for w in plan.warnings} >= {"no_tasks", "no_title"}


def test_deadlines() -> None:
    plan = parse_text(
        "一、重点任务\n1.建设平台。2023年底前建成服务平台，到2025年覆盖全市。（市科技局）\n"
        "2.开展试点。（市科技局，2024年6月底前完成）\n3.长期工作。持续推进。"
    )
    first, second, third = plan.tasks
    assert first.deadlines == ["2023年底前", "到2025年"]
    assert first.deadline_text == "到2025年" and first.deadline is not None and first.deadline.year == 2025
    assert second.deadline_text == "2024年6月底前" and str(second.deadline) == "2024-06-30"
    assert third.deadline_text is None


def test_years_inside_titles_are_not_deadlines() -> None:
    plan = parse_text("一、重点任务\n1.落实纲要。贯彻《知识产权强国建设纲要（2021—2035年）》。")
    assert plan.tasks[0].deadlines == []


def test_missing_departments_warned_when_most_tasks_have_them() -> None:
    plan = parse_text("一、重点任务\n1.甲。内容。（市科技局）\n2.乙。内容。（市财政局）\n3.丙。内容。")
    assert [w.line for w in plan.warnings if w.code == "department_missing"] == [4]


def test_item_with_sub_items_and_one_department_line() -> None:
    text = """一、重点任务
1.加强知识产权保护
（1）严格行政执法。开展专项行动。
（2）加强司法保护。完善审判机制。
牵头单位：市市场监管局；配合单位：市公安局、市中级人民法院
2.促进知识产权运用
（1）开展质押融资。（市金融办）
（2）推进专利转化。（市科技局）
"""
    plan = parse_text(text)
    assert [(t.number, t.title, [(d.name, d.role) for d in t.departments]) for t in plan.tasks] == [
        ("1", "加强知识产权保护", [("市市场监管局", "牵头"), ("市公安局", "配合"), ("市中级人民法院", "配合")]),
        ("（1）", "开展质押融资", [("市金融办", "责任")]),
        ("（2）", "推进专利转化", [("市科技局", "责任")]),
    ]
    first = plan.tasks[0]
    assert "（2）加强司法保护" in first.text and (first.line_first, first.line_last) == (2, 5)
    assert [s.display for s in plan.sections] == ["一、重点任务", "2.促进知识产权运用"]


def test_feature_box_items_stay_inside_the_box() -> None:
    text = """第一章 主要任务
一、强化知识产权创造
（一）提升专利质量。实施专利质量提升工程。（市市场监管局）
专栏1 知识产权创造重点工程
1.高价值专利培育工程。建设培育中心。
2.商标品牌建设工程。培育区域品牌。
（二）加强商标品牌建设。实施商标品牌战略。（市市场监管局）
二、加强知识产权保护
（一）严格行政保护。（市公安局）
"""
    plan = parse_text(text)
    assert [(s.label, s.title, s.level) for s in plan.sections] == [
        ("第一章", "主要任务", 1),
        ("一", "强化知识产权创造", 2),
        ("专栏1", "知识产权创造重点工程", 3),
        ("二", "加强知识产权保护", 2),
    ]
    assert [(t.number, t.section_title) for t in plan.tasks] == [
        ("（一）", "一、强化知识产权创造"),
        ("1", "专栏1 知识产权创造重点工程"),
        ("2", "专栏1 知识产权创造重点工程"),
        ("（二）", "一、强化知识产权创造"),
        ("（一）", "二、加强知识产权保护"),
    ]
    assert not any(w.code.startswith("numbering") for w in plan.warnings)


PDF_COPY = """XX市知识产权强市建设三年行动方案（2023—2025年）
为深入贯彻落实知识产权强国建设纲要，加快推进知识产权强市建设，结合我
市实际，制定本方案。
一、总体目标
到2025年，全市知识产权创造、运用、保护、管理和服务水平全面提升，每万
人口高价值发明专利拥有量达到4.5件，有效注册商标总量突破8万件，知识产
权质押融资金额累计达到30亿元。
二、重点任务
（一）强化知识产权高质量创造
1.实施高价值专利培育工程，构建产学研深度融合的高价值专利创造体系。围
绕主导产业培育高价值专利组合，支持企业开展专利导航。（市科技局、市市
场监管局按职责分工负责）
2.实施商标品牌战略。深入推进商标品牌建设，培育一批区域公用品牌和知名
商标。（市市场监管局、市农业农村局）
（二）强化知识产权全链条保护
3.加强知识产权行政保护。深入开展专项执法行动，严厉打击侵权假冒违法行
为。（市市场监管局、市公安局）
三、保障措施
（一）加强组织领导。充分发挥知识产权工作领导小组作用，统筹推进知识产权
强市建设工作。
"""


def test_text_copied_from_a_pdf_with_fixed_width_lines() -> None:
    plan = parse_text(PDF_COPY)
    got = [(t.number, t.title, [d.name for d in t.departments], (t.line_first, t.line_last)) for t in plan.tasks]
    assert got == [
        ("1", "实施高价值专利培育工程，构建产学研深度融合的高价值专利创造体系", ["市科技局", "市市场监管局"], (10, 12)),
        ("2", "实施商标品牌战略", ["市市场监管局", "市农业农村局"], (13, 14)),
        ("3", "加强知识产权行政保护", ["市市场监管局", "市公安局"], (16, 17)),
    ]
    assert "支持企业开展专利导航。（市科技局、市市场监管局按职责分工负责）" in plan.tasks[0].text
    assert [(i.name, i.unit, i.targets) for i in plan.indicators] == [
        ("每万人口高价值发明专利拥有量", "件", {2025: 4.5}),
        ("有效注册商标总量", "万件", {2025: 8.0}),
        ("知识产权质押融资金额", "亿元", {2025: 30.0}),
    ]
    assert plan.sections[-1].title == "加强组织领导"


def test_numbering_alone_on_its_line() -> None:
    plan = parse_text("一、\n重点任务\n1.\n加强保护。开展专项行动。（市公安局）\n2.促进运用。内容。")
    assert [(s.label, s.title) for s in plan.sections] == [("一", "重点任务")]
    assert [(t.number, t.title, (t.line_first, t.line_last)) for t in plan.tasks] == [
        ("1", "加强保护", (3, 4)),
        ("2", "促进运用", (5, 5)),
    ]
    assert [d.name for d in plan.tasks[0].departments] == ["市公安局"]


def test_points_listed_inside_an_item_stay_in_its_text() -> None:
    text = (
        "一、重点任务\n（一）加强保护。1.严格执法。2.加强司法保护。（市公安局、市法院）\n"
        "（二）促进运用。内容。（市科技局）"
    )
    plan = parse_text(text)
    assert [(t.number, [d.name for d in t.departments]) for t in plan.tasks] == [
        ("（一）", ["市公安局", "市法院"]),
        ("（二）", ["市科技局"]),
    ]
    assert "1.严格执法。2.加强司法保护。" in plan.tasks[0].text


def test_work_headings_ending_with_part_nouns_are_still_work() -> None:
    text = (
        "一、重点任务\n（一）夯实知识产权工作基础\n1.甲。内容。\n（二）强化目标考核\n2.乙。内容。\n"
        "（三）发展目标\n3.丙。内容。"
    )
    plan = parse_text(text)
    assert [t.number for t in plan.tasks] == ["1", "2"]
