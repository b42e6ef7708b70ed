"""Indicators from goal sentences and from tables, however the tables were flattened."""

from __future__ import annotations

import pytest

from ipdesk.intake import parse_text
from ipdesk.intake.indicators import parse_clause


def clause(text: str, year: int | None = 2025, *, goal: bool = True) -> list[tuple]:
    return [(i.name, i.unit, i.kind, i.targets, i.note, i.qualifier) for i in parse_clause(text, year=year, goal=goal)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("每万人口发明专利拥有量达到1.5件", [("每万人口发明专利拥有量", "件", "level", {2025: 1.5}, "达到", "")]),
        ("全市有效注册商标总数突破5500件", [("有效注册商标总数", "件", "level", {2025: 5500.0}, "突破", "")]),
        ("知识产权质押融资金额累计达到100亿元",
         [("知识产权质押融资金额", "亿元", "cumulative", {2025: 100.0}, "累计达到", "")]),
        ("发明专利申请量、授权量和有效发明专利拥有量年均增长20%", [
            ("发明专利申请量", "%", "growth_rate", {2025: 20.0}, "年均增长", ""),
            ("发明专利授权量", "%", "growth_rate", {2025: 20.0}, "年均增长", ""),
            ("有效发明专利拥有量", "%", "growth_rate", {2025: 20.0}, "年均增长", ""),
        ]),
        ("专利授权量、PCT申请量年均增长率达到15%", [
            ("专利授权量", "%", "growth_rate", {2025: 15.0}, "年均增长", ""),
            ("PCT申请量", "%", "growth_rate", {2025: 15.0}, "年均增长", ""),
        ]),
        ("每万人高价值发明专利拥有量达到2件以上",
         [("每万人高价值发明专利拥有量", "件", "level", {2025: 2.0}, "达到", "以上")]),
        ("知识产权质押融资额度稳定在6亿元以上",
         [("知识产权质押融资额度", "亿元", "level", {2025: 6.0}, "稳定在", "以上")]),
        ("高价值发明专利万人拥有量0.5件", [("高价值发明专利万人拥有量", "件", "level", {2025: 0.5}, "", "")]),
        ("培育1个知识产权试点示范园区", [("知识产权试点示范园区", "个", "count", {2025: 1.0}, "培育", "")]),
        ("培育打造50个地方特色鲜明、带动力量强的区域公用品牌",
         [("区域公用品牌", "个", "count", {2025: 50.0}, "培育打造", "")]),
        ("培育知识产权服务机构5家", [("知识产权服务机构", "家", "count", {2025: 5.0}, "培育", "")]),
        ("知识产权保护社会满意度达到83分以上",
         [("知识产权保护社会满意度", "分", "level", {2025: 83.0}, "达到", "以上")]),
        ("专利密集型产业增加值占地区生产总值(GDP)比重达到6%",
         [("专利密集型产业增加值占地区生产总值(GDP)比重", "%", "level", {2025: 6.0}, "达到", "")]),
        ("知识产权保护社会满意度高于自治区平均水平",
         [("知识产权保护社会满意度", "", "text", {2025: "高于自治区平均水平"}, "高于", "")]),
        ("每万人口发明专利拥有量由2020年的0.93件提高到2件",
         [("每万人口发明专利拥有量", "件", "level", {2025: 2.0}, "提高到", "")]),
        ("专利侵权案件结案周期控制在60天以内",
         [("专利侵权案件结案周期", "天", "level", {2025: 60.0}, "控制在", "以内")]),
        ("知识产权使用费进出口额超过5,000万元",
         [("知识产权使用费进出口额", "万元", "level", {2025: 5000.0}, "超过", "")]),
    ],
)
def test_goal_clause_grammar(text: str, expected: list[tuple]) -> None:
    assert clause(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "知识产权综合能力显著提升",
        "建立健全知识产权保护体系",
        "力争建成中国(鄂尔多斯)知识产权保护中心",
        "2020年专利转让次数为2016年的3.5倍以上的专利转让合同",  # no grammar fits
        "维持年限超过10年的发明专利",
    ],
)
def test_not_indicators(text: str) -> None:
    assert clause(text) == []


def test_baseline_from_rise_sentence_and_lower_direction() -> None:
    (rise,) = parse_clause("每万人口发明专利拥有量由2020年的0.93件提高到2件", year=2025, goal=True)
    assert rise.baseline is not None and (rise.baseline.year, rise.baseline.value) == (2020, 0.93)
    (cap,) = parse_clause("审查周期控制在15个工作日以内", year=2025, goal=True)
    assert cap.direction == "lower"


GOALS = """某市知识产权强市建设实施方案
一、发展目标
到2023年，每万人口发明专利拥有量达到3件；到2025年，每万人口发明专利拥有量达到4.5件，有效注册商标总数突破2万件。“十四五”期间，作品登记量年均增长10%。
到2035年，知识产权强市基本建成。
二、重点任务
1.加强运用。到2025年，全市培育知识产权示范企业20家以上。推动质押融资，融资额达到3亿元。（市科技局）
"""


def test_years_from_time_phrases_and_merging_of_the_same_measure() -> None:
    plan = parse_text(GOALS)
    got = {i.name: (i.targets, i.source) for i in plan.indicators}
    assert got["每万人口发明专利拥有量"] == ({2023: 3.0, 2025: 4.5}, "sentence")
    assert got["有效注册商标总数"] == ({2025: 2.0}, "sentence")
    assert got["作品登记量"] == ({2025: 10.0}, "sentence")
    # a dated target inside a task is offered, flagged; an undated one is not
    assert got["知识产权示范企业"] == ({2025: 20.0}, "task")
    assert "融资额" not in got
    assert any(w.code == "indicator_in_task" for w in plan.warnings)
    assert plan.end_year == 2025


def test_plan_end_year_is_the_default_target_year() -> None:
    plan = parse_text("某市知识产权“十四五”规划\n一、主要目标\n专利授权量突破5000件。\n二、重点任务\n1.甲。内容。")
    assert (plan.start_year, plan.end_year) == (2021, 2025)
    assert plan.indicators[0].targets == {2025: 5000.0}


def test_background_numbers_are_not_targets() -> None:
    plan = parse_text(
        "某市规划\n一、发展基础\n截至2020年底，全市有效发明专利达到1200件。\n二、主要目标\n到2025年，有效发明专利达到3000件。"
    )
    assert [(i.name, i.targets) for i in plan.indicators] == [("有效发明专利", {2025: 3000.0})]


CELL_TABLE = """某市“十四五”知识产权规划
一、主要目标
到2025年，每万人高价值发明专利拥有量达到2件以上，地理标志数达到30件。
某市“十四五”知识产权主要指标

序号

类别

指标名称

单位

2020年

基期值

2025年

目标值

增幅

1

创造

每万人口高价值发明专利拥有量

0.93

2

115%

2

地理标志数量

23

30

30%

3

保护

知识产权保护社会满意度

高于全省平均水平

4

运用

知识产权质押融资金额

亿元

44.6

70

57%

（注：每万人口高价值发明专利拥有量是指每万人口拥有的高价值发明专利数量。）
二、重点任务
1.甲。内容。
"""


def test_table_one_cell_per_line_with_lost_empty_cells() -> None:
    plan = parse_text(CELL_TABLE)
    rows = [(i.code, i.name, i.unit, i.kind, i.baseline and (i.baseline.year, i.baseline.value), i.targets,
             i.category_text) for i in plan.indicators]
    assert rows == [
        ("1", "每万人口高价值发明专利拥有量", "件", "level", (2020, 0.93), {2025: 2.0}, "创造"),
        ("2", "地理标志数量", "件", "level", (2020, 23.0), {2025: 30.0}, "创造"),
        ("3", "知识产权保护社会满意度", "", "text", None, {2025: "高于全省平均水平"}, "保护"),
        ("4", "知识产权质押融资金额", "亿元", "level", (2020, 44.6), {2025: 70.0}, "运用"),
    ]
    first = plan.indicators[0]
    assert first.source == "table+sentence" and "增幅115%" in first.note and first.qualifier == "以上"
    assert first.definition == "每万人口高价值发明专利拥有量是指每万人口拥有的高价值发明专利数量。"
    assert first.category == "creation"
    # the table's lines are not section text
    assert [s.title for s in plan.sections] == ["主要目标", "重点任务"]


TAB_TABLE = (
    "某自治区实施方案\n一、发展目标\n到2025年，知识产权质押融资金额累计达到100亿元。\n二、主要任务\n1.甲。内容。\n附件：\n"
    "主要预期性指标\n"
    "类别\t编号\t指标名称(单位)\t2021年\t2022年\t2023年\t2024年\t2025年\n"
    "知识产权发展\t1\t每万人口高价值发明专利拥有量(件)\t1.17\t1.44\t1.77\t2.17\t2.6\n"
    "\t2\t知识产权质押融资金额(亿元)\t15.8\t40\t60\t80\t100\n"
    "知识产权服务\t3\t技术与创新支持中心(TISC)(家)\t2\t-\t3\t4\t4\n"
    "注：1.每万人口高价值发明专利拥有量是指符合条件的有效发明专利数量。\n2.上述指标均为预期性指标。\n"
)


def test_tab_separated_table_with_a_column_per_year() -> None:
    plan = parse_text(TAB_TABLE)
    rows = [(i.code, i.name, i.unit, i.kind, i.targets, i.category_text) for i in plan.indicators]
    assert rows == [
        ("1", "每万人口高价值发明专利拥有量", "件", "level",
         {2021: 1.17, 2022: 1.44, 2023: 1.77, 2024: 2.17, 2025: 2.6}, "知识产权发展"),
        ("2", "知识产权质押融资金额", "亿元", "cumulative",
         {2021: 15.8, 2022: 40.0, 2023: 60.0, 2024: 80.0, 2025: 100.0}, "知识产权发展"),
        ("3", "技术与创新支持中心(TISC)", "家", "count", {2021: 2.0, 2023: 3.0, 2024: 4.0, 2025: 4.0}, "知识产权服务"),
    ]
    assert plan.indicators[0].definition == "每万人口高价值发明专利拥有量是指符合条件的有效发明专利数量。"
    assert plan.indicators[0].line_first == 9
    assert [t.number for t in plan.tasks] == ["1"]


def test_markdown_pipe_table() -> None:
    text = (
        "某市方案\n一、主要目标\n| 序号 | 指标名称 | 单位 | 2025年目标值 |\n|---|---|---|---|\n"
        "| 1 | 有效发明专利拥有量 | 件 | 3000 |\n| 2 | 商标品牌指导站 | 个 | 12 |\n二、重点任务\n1.甲。内容。"
    )
    assert [(i.name, i.unit, i.kind, i.targets) for i in parse_text(text).indicators] == [
        ("有效发明专利拥有量", "件", "level", {2025: 3000.0}),
        ("商标品牌指导站", "个", "count", {2025: 12.0}),
    ]


def test_annual_assignment_annex_with_departments() -> None:
    text = (
        "某市2017年知识产权工作要点\n一、重点工作\n1.甲。内容。\n附件\n2017年目标任务分解表\n"
        "序号\t2017年目标\t责任单位\n"
        "1\t每万人口发明专利拥有量达到1.2件\t市科技局\n"
        "2\t新增注册商标800件\t市工商局、各旗县区人民政府\n"
    )
    plan = parse_text(text)
    got = [(i.code, i.name, i.unit, i.targets, [(d.name, d.role) for d in i.departments]) for i in plan.indicators]
    assert got == [
        ("1", "每万人口发明专利拥有量", "件", {2017: 1.2}, [("市科技局", "责任")]),
        ("2", "注册商标", "件", {2017: 800.0}, [("市工商局", "责任"), ("各旗县区人民政府", "责任")]),
    ]


def test_table_that_disagrees_with_the_sentence_is_reported() -> None:
    text = (
        "某市方案\n一、主要目标\n到2025年，有效发明专利拥有量达到3500件。\n"
        "| 序号 | 指标名称 | 单位 | 2025年 |\n|---|---|---|---|\n| 1 | 有效发明专利拥有量 | 件 | 3000 |\n"
    )
    plan = parse_text(text)
    assert plan.indicators[0].targets == {2025: 3000.0}
    assert any(w.code == "indicator_conflict" for w in plan.warnings)


def test_table_without_sequence_column_in_cells_layout() -> None:
    text = "某市方案\n一、主要目标\n指标名称\n单位\n2025年目标\n有效发明专利\n件\n3000\n商标注册量\n万件\n5\n"
    assert [(i.name, i.unit, i.targets) for i in parse_text(text).indicators] == [
        ("有效发明专利", "件", {2025: 3000.0}),
        ("商标注册量", "万件", {2025: 5.0}),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("专利申请量和授权量分别达到5000件和2000件", [
            ("专利申请量", "件", "level", {2025: 5000.0}, "达到", ""),
            ("专利授权量", "件", "level", {2025: 2000.0}, "达到", ""),
        ]),
        ("驰名商标、地理标志商标分别达到10件、30件以上", [
            ("驰名商标", "件", "level", {2025: 10.0}, "达到", "以上"),
            ("地理标志商标", "件", "level", {2025: 30.0}, "达到", "以上"),
        ]),
        ("有效发明专利拥有量较2020年增长50%",
         [("有效发明专利拥有量", "%", "growth_rate", {2025: 50.0}, "较2020年增长", "")]),
        ("知识产权服务业营业收入年均增长率保持在10%以上",
         [("知识产权服务业营业收入", "%", "growth_rate", {2025: 10.0}, "年均增长", "以上")]),
    ],
)
def test_more_goal_grammar(text: str, expected: list[tuple]) -> None:
    assert clause(text) == expected


def test_enumerated_goals_with_their_own_years() -> None:
    plan = parse_text(
        "XX方案\n一、工作目标\n一是到2024年，专利授权量达到800件；二是到2025年，专利授权量达到1000件。\n二、任务\n1.甲。内容。"
    )
    assert [(i.name, i.targets) for i in plan.indicators] == [("专利授权量", {2024: 800.0, 2025: 1000.0})]


def test_year_columns_before_the_plan_period_are_baselines_and_cells_may_carry_units() -> None:
    text = (
        "XX市知识产权“十四五”规划\n一、主要目标\n"
        "| 序号 | 指标 | 2020年 | 2023年 | 2025年 |\n|---|---|---|---|---|\n"
        "| 1 | 知识产权质押融资金额 | 44.6亿元 | 55亿元 | 70亿元 |\n"
        "二、重点任务\n1.甲。内容。"
    )
    (indicator,) = parse_text(text).indicators
    assert indicator.unit == "亿元"
    assert indicator.baseline is not None and (indicator.baseline.year, indicator.baseline.value) == (2020, 44.6)
    assert indicator.targets == {2023: 55.0, 2025: 70.0}


def test_guessed_names_and_missing_units_are_warned() -> None:
    plan = parse_text(
        "XX方案\n一、主要目标\n到2025年，托管服务覆盖小微企业100家以上，知识产权综合指数达到80。\n二、任务\n1.甲。内容。"
    )
    codes = {(w.code, w.line) for w in plan.warnings}
    assert ("indicator_unsure", 3) in codes and ("indicator_unit_missing", 3) in codes


def test_annual_assignment_annex_one_cell_per_line() -> None:
    text = (
        "某市2017年工作要点\n一、重点工作\n1.甲。内容。\n附件\n序号\n\n2017年目标\n\n责任单位\n\n1\n\n"
        "每万人口发明专利拥有量达到1.2件\n\n市科技局\n\n2\n\n新增注册商标800件\n\n市工商局、各旗县区人民政府\n"
    )
    plan = parse_text(text)
    got = [(i.code, i.name, i.targets, [d.name for d in i.departments]) for i in plan.indicators]
    assert got == [
        ("1", "每万人口发明专利拥有量", {2017: 1.2}, ["市科技局"]),
        ("2", "注册商标", {2017: 800.0}, ["市工商局", "各旗县区人民政府"]),
    ]
    # the table's cells, 序号 included, are not text of the section or the task before it
    assert plan.tasks[0].text == "甲。内容。" and plan.warnings == []
    assert [(s.display, s.line_first) for s in plan.sections] == [("一、重点工作", 2), ("附件", 4)]
