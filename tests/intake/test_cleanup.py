"""Web-page chrome, appended press Q&A and footnotes never become plan content."""

from __future__ import annotations

from ipdesk.intake import parse_text
from ipdesk.intake.cleanup import clean

WEB_PAGE = """XX市人民政府官方微信
首页>公开>规划计划>发展规划
XX市人民政府关于印发知识产权规划的通知
发布时间:2022-03-30 00:00:00      作者:      来源:4323      【  保存
  打印
分享到:
XX府发〔2022〕28号
XX市知识产权规划
一、重点任务
1.加强保护。内容。
2.促进运用。内容。
   相关链接:一图读懂:XX市知识产权规划
XX市人民政府关于印发知识产权规划的通知.doc
转载声明:转载请注明出处并做回链
主办:XX市人民政府
网站标识码:1506000004     蒙ICP17002409号-2
违法和不良信息举报电话:0477-8581170(工作时间)
建议使用:1920×1080分辨率 建议使用IE9以上浏览器
邮箱:xxx@163.com
"""


def test_web_chrome_is_removed_and_line_numbers_kept() -> None:
    kept = clean(WEB_PAGE).lines
    texts = [line.text.orig for line in kept if not line.blank]
    assert texts == [
        "XX市人民政府关于印发知识产权规划的通知",
        "XX府发〔2022〕28号",
        "XX市知识产权规划",
        "一、重点任务",
        "1.加强保护。内容。",
        "2.促进运用。内容。",
    ]
    assert [line.no for line in kept if not line.blank][-1] == 11
    plan = parse_text(WEB_PAGE)
    assert plan.title == "XX市知识产权规划" and plan.doc_number == "XX府发〔2022〕28号"
    assert plan.date is None  # 发布时间 is the web page's date, not the plan's
    assert plan.tasks[-1].text == "促进运用。内容。"


def test_press_interview_after_the_plan_is_dropped() -> None:
    text = """XX实施方案
一、重点任务
1.加强保护。内容。
## XX《实施方案》答记者问
本报讯 有关负责同志回答记者提问。
问：制定背景是什么？
答：为贯彻落实……
(三)加强考核评估。各级党委要加强考核。
"""
    plan = parse_text(text)
    assert [t.number for t in plan.tasks] == ["1"]
    assert [(w.code, w.line) for w in plan.warnings if w.code == "qa_removed"] == [("qa_removed", 4)]


def test_question_and_answer_without_heading() -> None:
    text = "XX方案\n一、重点任务\n1.加强保护。内容。\n记者：请介绍一下方案。\n问：方案有哪些亮点？\n答：主要有三点。\n"
    plan = parse_text(text)
    assert plan.tasks[0].text == "加强保护。内容。"
    assert any(w.code == "qa_removed" and w.line == 4 for w in plan.warnings)


def test_a_task_about_policy_interpretation_is_not_a_qa_heading() -> None:
    text = "XX方案\n一、重点任务\n1.加强政策解读\n做好政策解读和宣传。\n2.加强保护。内容。"
    assert [t.number for t in parse_text(text).tasks] == ["1", "2"]


def test_footnotes_are_marked() -> None:
    lines = clean("正文。\n注：1.甲是指乙。\n2.丙包括丁。\n3.其他。\n正文继续。").lines
    assert [line.note for line in lines] == [False, True, True, True, False]


def test_other_site_chrome() -> None:
    text = (
        "当前位置：首页 > 政务公开 > 政策文件\n【字体：大 中 小】\n日期：2023-07-10\n浏览次数：1234\n[打印] [关闭]\n"
        "XX方案\n一、任务\n1.甲。内容。\n相关解读：一图读懂XX方案\n"
    )
    assert [line.text.orig for line in clean(text).lines if not line.blank] == ["XX方案", "一、任务", "1.甲。内容。"]


def test_table_header_words_are_not_mistaken_for_site_labels() -> None:
    plan = parse_text("某市方案\n一、主要目标\n序号\n名称\n单位\n2025年\n1\n有效发明专利\n件\n3000\n二、任务\n1.甲。")
    assert [(i.name, i.unit, i.targets) for i in plan.indicators] == [("有效发明专利", "件", {2025: 3000.0})]
