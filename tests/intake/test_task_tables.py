"""Task-division tables (分工表) fill in departments and deadlines, or are the task list themselves."""

from __future__ import annotations

from ipdesk.intake import parse_text

PLAN_WITH_TABLE = """XX市知识产权强市建设实施方案
一、重点任务
1.完善知识产权政策体系。制定专利资助办法。
2.加强知识产权保护。开展专项执法行动。
附件
重点任务分工表
序号\t重点任务\t牵头单位\t配合单位\t完成时限
1\t完善知识产权政策体系\t市市场监管局\t市财政局、市科技局\t2024年12月底前
2\t加强知识产权保护\t市市场监管局\t市公安局\t长期坚持
"""


def test_division_table_fills_tasks_from_the_text() -> None:
    plan = parse_text(PLAN_WITH_TABLE)
    got = [(t.number, t.title, [(d.name, d.role) for d in t.departments], t.deadline_text) for t in plan.tasks]
    assert got == [
        ("1", "完善知识产权政策体系", [("市市场监管局", "牵头"), ("市财政局", "配合"), ("市科技局", "配合")],
         "2024年12月底前"),
        ("2", "加强知识产权保护", [("市市场监管局", "牵头"), ("市公安局", "配合")], "长期坚持"),
    ]
    assert str(plan.tasks[0].deadline) == "2024-12-31" and plan.tasks[1].deadline is None
    assert plan.indicators == []


def test_division_table_is_the_task_list_when_the_text_has_none() -> None:
    text = (
        "XX县2024年知识产权工作要点\n各乡镇、县直各部门：现将工作要点印发给你们。\n"
        "| 序号 | 工作任务 | 责任单位 | 完成时限 |\n|---|---|---|---|\n"
        "| 1 | 开展知识产权宣传周活动 | 县市场监管局、县委宣传部 | 2024年4月底前 |\n"
        "| 2 | 组织企业申报专利导航项目 | 县科技局 | 2024年9月底前 |\n"
    )
    plan = parse_text(text)
    got = [(t.number, t.title, [d.name for d in t.departments], t.deadline_text) for t in plan.tasks]
    assert got == [
        ("1", "开展知识产权宣传周活动", ["县市场监管局", "县委宣传部"], "2024年4月底前"),
        ("2", "组织企业申报专利导航项目", ["县科技局"], "2024年9月底前"),
    ]
    assert not any(w.code == "no_tasks" for w in plan.warnings)


def test_division_table_in_cells_layout() -> None:
    text = """XX市方案
一、重点任务
1.建设知识产权保护中心。内容。
附件
序号

重点任务

牵头单位

配合单位

1

建设知识产权保护中心

市市场监管局

市发改委、市财政局
"""
    plan = parse_text(text)
    assert [(d.name, d.role) for d in plan.tasks[0].departments] == [
        ("市市场监管局", "牵头"), ("市发改委", "配合"), ("市财政局", "配合")
    ]


def test_annexed_task_list_with_departments() -> None:
    text = """XX市知识产权强市建设实施方案
一、重点任务
1.完善知识产权政策体系。制定专利资助办法。
2.加强知识产权保护。开展专项执法行动。
附件：重点任务分工
1.完善知识产权政策体系。（牵头单位：市市场监管局；配合单位：市财政局）
2.加强知识产权保护。（牵头单位：市市场监管局；配合单位：市公安局）
3.加强知识产权宣传。（牵头单位：市委宣传部）
"""
    plan = parse_text(text)
    got = [(t.number, t.title, [(d.name, d.role) for d in t.departments]) for t in plan.tasks]
    assert got == [
        ("1", "完善知识产权政策体系", [("市市场监管局", "牵头"), ("市财政局", "配合")]),
        ("2", "加强知识产权保护", [("市市场监管局", "牵头"), ("市公安局", "配合")]),
        ("3", "加强知识产权宣传", [("市委宣传部", "牵头")]),
    ]
    assert plan.tasks[2].section_title == "附件：重点任务分工"


def test_numbered_annex_without_departments_is_not_tasks() -> None:
    text = "XX方案\n一、重点任务\n1.甲。内容。\n附件\n名词解释\n1.高价值专利。指……\n2.专利导航。指……\n"
    assert [t.title for t in parse_text(text).tasks] == ["甲"]
