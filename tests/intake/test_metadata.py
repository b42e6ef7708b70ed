"""Title, 文号, issuer, date and plan period from the head of a document."""

from __future__ import annotations

from datetime import date

from ipdesk.intake import parse_text

NOTICE = """XX市人民政府文件
XX政发〔2023〕7号
XX市人民政府关于印发《XX市知识产权强市建设
实施方案（2023—2025年）》的通知
各县区人民政府，市直各部门：
现将《XX市知识产权强市建设实施方案（2023—2025年）》印发给你们，请认真贯彻执行。
XX市人民政府
2023年5月6日
XX市知识产权强市建设实施方案（2023—2025年）
为加快知识产权强市建设，制定本方案。
一、主要任务
1.甲。内容。（市科技局）
"""


def test_plan_title_not_the_covering_notice() -> None:
    plan = parse_text(NOTICE)
    assert plan.title == "XX市知识产权强市建设实施方案（2023—2025年）"
    assert plan.doc_number == "XX政发〔2023〕7号"
    assert plan.issuer == "XX市人民政府"
    assert plan.date == date(2023, 5, 6)
    assert plan.kind == "实施方案"
    assert (plan.start_year, plan.end_year) == (2023, 2025)


def test_title_from_the_notice_when_the_plan_has_none() -> None:
    text = "XX市人民政府关于印发《XX市知识产权工作要点》的通知\n各单位：\n一、重点任务\n1.甲。内容。"
    plan = parse_text(text)
    assert plan.title == "XX市知识产权工作要点"
    assert plan.issuer == "XX市人民政府"
    assert plan.kind == "工作要点"


def test_title_over_two_lines_and_spaced_date() -> None:
    text = (
        "XX市人民政府\n2017 年 8 月 3 日\n\n关于XX市贯彻落实自治区加快 \n知识产权强区建设的实施意见 \n"
        "为贯彻落实《XX意见》（内政发〔2016〕13 号） 精神，提出如下意见。\n一、 总体要求\n"
    )
    plan = parse_text(text)
    assert plan.title == "关于XX市贯彻落实自治区加快知识产权强区建设的实施意见"
    assert plan.doc_number is None  # the cited document's number is not this plan's
    assert plan.issuer == "XX市人民政府" and plan.date == date(2017, 8, 3)


def test_chinese_numeral_date_and_signature_at_the_end() -> None:
    text = "XX县知识产权行动计划\n一、重点任务\n1.甲。内容。\n\nXX县人民政府办公室\n二〇二三年七月八日\n"
    plan = parse_text(text)
    assert plan.issuer == "XX县人民政府办公室" and plan.date == date(2023, 7, 8)
    assert plan.kind == "行动计划"


def test_newspaper_lead_gives_the_issuer() -> None:
    text = "# XX实施方案\n本报3月8日讯 近日，XX省委、省政府印发《XX实施方案》，全文如下：\n一、重点任务\n1.甲。内容。"
    plan = parse_text(text)
    assert plan.title == "XX实施方案" and plan.issuer == "XX省委、省政府" and plan.date is None


def test_site_metadata_block_is_used_and_removed() -> None:
    text = (
        "索引号：11150600/2022-00123\n发文机关：XX市人民政府\n发文字号：XX府发〔2022〕28号\n成文日期：2022-03-15\n"
        "XX市知识产权保护和运用“十四五”规划\n一、重点任务\n1.甲。内容。"
    )
    plan = parse_text(text)
    assert plan.doc_number == "XX府发〔2022〕28号"
    assert plan.issuer == "XX市人民政府" and plan.date == date(2022, 3, 15)
    assert (plan.start_year, plan.end_year) == (2021, 2025)


def test_half_width_brackets_in_document_number() -> None:
    plan = parse_text("XX府办发[2021]12号\nXX市知识产权工作方案\n一、任务\n1.甲。内容。")
    assert plan.doc_number == "XX府办发[2021]12号"


def test_end_year_ignores_a_vision_year_without_targets() -> None:
    text = (
        "XX方案\n一、发展目标\n到2025年，专利授权量达到100件。到2035年，知识产权强市基本建成。\n"
        "二、任务\n1.甲。内容。"
    )
    assert parse_text(text).end_year == 2025
