"""Reading files: encodings, .docx, unsupported formats and hostile input."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from ipdesk.intake import parse_file, parse_text
from ipdesk.intake.document import decode_text, read_bytes, read_document

PLAN = "XX市知识产权工作方案\n一、重点任务\n1.加强保护。开展专项行动。（市市场监管局、市公安局）\n"


def input_file_error() -> type[Exception]:
    from ipdesk.errors import InputFileError  # imported late: the errors module is owned elsewhere

    return InputFileError


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    plan = parse_file(write(tmp_path, "plan.txt", PLAN.encode(encoding)))
    assert plan.title == "XX市知识产权工作方案"
    assert [d.name for d in plan.tasks[0].departments][1] == "市公安局"


def test_traditional_big5(tmp_path: Path) -> None:
    text = "XX市知識產權工作方案\n一、重點任務\n1.加強保護。開展專項行動。（市市場監管局、市公安局按職責分工負責）\n"
    plan = parse_file(write(tmp_path, "plan.txt", text.encode("big5")))
    assert plan.title == "XX市知識產權工作方案"
    assert [(d.name, d.role) for d in plan.tasks[0].departments] == [("市市場監管局", "责任"), ("市公安局", "责任")]


def test_crlf_and_cr_line_ends_keep_line_numbers(tmp_path: Path) -> None:
    plan = parse_file(write(tmp_path, "plan.txt", PLAN.replace("\n", "\r\n").encode()))
    assert plan.tasks[0].line_first == 3
    plan = parse_file(write(tmp_path, "plan2.txt", PLAN.replace("\n", "\r").encode()))
    assert plan.tasks[0].line_first == 3


def test_mojibake_is_repaired() -> None:
    broken = PLAN.encode("utf-8").decode("cp1252", errors="ignore").encode("utf-8")
    _, encoding, warnings = decode_text(broken)
    assert "mojibake" in encoding or any(w.code == "encoding_suspect" for w in warnings)


def test_text_without_chinese_is_flagged() -> None:
    _, _, warnings = decode_text(("This is not a plan at all, only English words here. " * 5).encode("latin-1"))
    assert [w.code for w in warnings] == ["encoding_suspect"]


def test_undecodable_bytes_are_replaced_with_a_warning() -> None:
    data = PLAN.encode("utf-8")[:-20] + b"\xff\xfe\xfa\xfb" + "。结束".encode()
    text, _, warnings = decode_text(data)
    assert "结束" in text or warnings


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(input_file_error(), match="空"):
        parse_file(write(tmp_path, "empty.txt", b""))
    with pytest.raises(input_file_error()):
        parse_file(write(tmp_path, "blank.txt", b"  \n\n \t\n"))


def test_binary_file(tmp_path: Path) -> None:
    with pytest.raises(input_file_error(), match="二进制"):
        parse_file(write(tmp_path, "image.txt", bytes(range(256)) * 40))


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("plan.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100),
        ("plan.wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100),
        ("plan.pdf", b"%PDF-1.7\n" + b"x" * 100),
        ("plan.txt", b"%PDF-1.7\n" + b"x" * 100),  # a PDF renamed .txt
        ("plan.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100),  # an old .doc renamed .txt
    ],
)
def test_unsupported_formats_ask_for_docx_or_txt(tmp_path: Path, name: str, data: bytes) -> None:
    with pytest.raises(input_file_error(), match=r"\.docx") as caught:
        parse_file(write(tmp_path, name, data))
    assert caught.value.exit_code == 2


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(input_file_error(), match="找不到"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(input_file_error(), match="文件夹"):
        read_document(tmp_path)


def test_damaged_docx(tmp_path: Path) -> None:
    with pytest.raises(input_file_error(), match="损坏"):
        parse_file(write(tmp_path, "plan.docx", b"PK\x03\x04 not really a zip"))
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(input_file_error(), match=r"document\.xml"):
        parse_file(path)


def test_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    for paragraph in ("XX市知识产权工作方案", "一、主要目标", "到2025年，有效发明专利达到3000件。", "二、重点任务",
                      "1.加强保护。开展专项行动。（市市场监管局、市公安局）"):
        document.add_paragraph(paragraph)
    table = document.add_table(rows=3, cols=4)
    for row, cells in zip(table.rows, [["序号", "指标名称", "单位", "2025年"], ["1", "商标注册量", "万件", "5"],
                                       ["2", "地理标志", "件", "30"]], strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = parse_file(path)
    assert plan.title == "XX市知识产权工作方案"
    assert [(t.number, [d.name for d in t.departments]) for t in plan.tasks] == [("1", ["市市场监管局", "市公安局"])]
    assert [(i.name, i.unit, i.targets) for i in plan.indicators] == [
        ("商标注册量", "万件", {2025: 5.0}),
        ("地理标志", "件", {2025: 30.0}),
        ("有效发明专利", "件", {2025: 3000.0}),
    ]


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _numbered(text: str, num_id: int, level: int) -> str:
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'
            f"<w:r><w:t>{text}</w:t></w:r></w:p>")


def test_docx_automatic_numbering_is_rebuilt(tmp_path: Path) -> None:
    body = "".join(
        [
            "<w:p><w:r><w:t>XX县知识产权行动方案</w:t></w:r></w:p>",
            _numbered("重点任务", 1, 0),
            _numbered("加强保护", 1, 1),
            _numbered("开展执法。内容。（县市场监管局）", 1, 2),
            _numbered("加强宣传。内容。（县委宣传部）", 1, 2),
            _numbered("保障措施", 1, 0),
        ]
    )
    numbering = (
        f'<w:numbering {W}><w:abstractNum w:abstractNumId="0">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>'
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )
    path = tmp_path / "numbered.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", f"<w:document {W}><w:body>{body}</w:body></w:document>")
        archive.writestr("word/numbering.xml", numbering)
    plan = parse_file(path)
    expected = [("一", "重点任务"), ("（一）", "加强保护"), ("二", "保障措施")]
    assert [(s.label, s.title) for s in plan.sections] == expected
    assert [(t.number, t.title) for t in plan.tasks] == [("1", "开展执法"), ("2", "加强宣传")]


def test_docx_heading_styles_without_numbers_become_sections(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("XX市知识产权工作方案", 0)
    document.add_heading("总体要求", 1)
    document.add_paragraph("到2025年，专利授权量达到500件。")
    document.add_heading("主要任务", 1)
    document.add_heading("加强保护", 2)
    document.add_paragraph("1.开展执法。开展专项行动。（市市场监管局）")
    path = tmp_path / "styled.docx"
    document.save(str(path))
    plan = parse_file(path)
    assert plan.title == "XX市知识产权工作方案"
    assert [(s.title, s.level) for s in plan.sections] == [("总体要求", 1), ("主要任务", 1), ("加强保护", 2)]
    assert [(t.number, t.section_title) for t in plan.tasks] == [("1", "加强保护")]
    assert [(i.name, i.targets) for i in plan.indicators] == [("专利授权量", {2025: 500.0})]
    assert plan.end_year == 2025


def test_docx_numbering_from_paragraph_styles(tmp_path: Path) -> None:
    styles = (
        f'<w:styles {W}><w:style w:type="paragraph" w:styleId="Task"><w:name w:val="Task"/>'
        '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Task2"><w:name w:val="Task 2"/><w:basedOn w:val="Task"/></w:style>'
        "</w:styles>"
    )
    numbering = (
        f'<w:numbering {W}><w:abstractNum w:abstractNumId="0">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )
    body = "".join(
        [
            "<w:p><w:r><w:t>XX县知识产权行动方案</w:t></w:r></w:p>",
            "<w:p><w:r><w:t>一、重点任务</w:t></w:r></w:p>",
            '<w:p><w:pPr><w:pStyle w:val="Task"/></w:pPr><w:r><w:t>加强保护。内容。</w:t></w:r></w:p>',
            '<w:p><w:pPr><w:pStyle w:val="Task2"/></w:pPr><w:r><w:t>促进运用。内容。</w:t></w:r></w:p>',
        ]
    )
    path = tmp_path / "styles.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", f"<w:document {W}><w:body>{body}</w:body></w:document>")
        archive.writestr("word/numbering.xml", numbering)
        archive.writestr("word/styles.xml", styles)
    assert [(t.number, t.title) for t in parse_file(path).tasks] == [("1", "加强保护"), ("2", "促进运用")]


def test_docx_with_entity_expansion_is_refused(tmp_path: Path) -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        f"<w:document {W}><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"
    )
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", bomb)
    with pytest.raises(input_file_error()):
        parse_file(path)


def test_too_large_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ipdesk.intake import document

    monkeypatch.setattr(document, "MAX_FILE_BYTES", 1000)
    with pytest.raises(input_file_error(), match="太大"):
        parse_file(write(tmp_path, "big.txt", ("字" * 2000).encode()))
    with pytest.raises(input_file_error(), match="太大"):
        read_bytes(("字" * 2000).encode(), suffix=".txt")


def test_ten_megabyte_text_parses_in_linear_time(tmp_path: Path) -> None:
    unit = "".join(
        f"{i}.加强知识产权保护第{i}项工作。开展专项行动，到2025年培育示范企业{i}家。（市科技局、市财政局按职责分工负责）\n"
        for i in range(1, 200)
    )
    chapter_bytes = len(unit.encode("utf-8"))
    chapters = 10 * 1024 * 1024 // chapter_bytes + 1  # a little over 10 MB in UTF-8
    text = "XX市知识产权规划\n" + "".join(f"第{n}章 重点任务{n}\n{unit}" for n in range(1, chapters + 1))
    path = write(tmp_path, "huge.txt", text.encode("utf-8"))
    assert path.stat().st_size > 10_000_000
    started = time.perf_counter()
    plan = parse_file(path)
    elapsed = time.perf_counter() - started
    assert len(plan.tasks) > 1000
    assert elapsed < 60, f"10 MB took {elapsed:.1f} s"


HOSTILE = {
    "open-brackets": "（" * 200_000,
    "close-brackets": "）" * 200_000,
    "numbering-only": "1." * 200_000,
    "verbs": "一、" + "达到" * 100_000 + "5件",
    "commas": "到2025年，" + "、" * 100_000 + "达到5件",
    "tabs-and-headers": "\t" * 100_000 + "\n" + "序号\n" * 20_000,
    "one-long-line": "a" * 1_000_000,
    "full-stops": "第一章 " + "。" * 300_000,
    "big-table": "| 序号 | 指标名称 | 2025年 |\n" + "| 1 | x | 2 |\n" * 50_000,
    "header-words": "序号\n类别\n指标名称\n单位\n2025年\n" * 20_000,
    "header-and-rows": "类别\n指标名称\n单位\n2025年\nx\n件\n5\n" * 20_000,
    "title-lines": "XX方案\n" * 200_000,
    "sequence-cells": "序号\n指标\n2025年\n1\n" * 30_000,
}


@pytest.mark.parametrize("text", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_text_does_not_hang(text: str) -> None:
    started = time.perf_counter()
    parse_text(text)
    assert time.perf_counter() - started < 20
