"""Line breaking of printed cells: Latin words whole, Chinese between characters, over-long words only when needed;
then the English sheets laid out as printed, with no word broken that would fit its cell.

Widths here are in "half characters": a Latin letter or space is 1, a Chinese character 2.
"""

from __future__ import annotations

import itertools
import os
import re
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetricsF, QPdfWriter

from ipdesk.reports.document import Column, Document, Orientation, Part, Row, Table, TitleBlock
from ipdesk.reports.kinds import ReportKind, ReportRequest, build_document
from ipdesk.reports.layout import LaidOut, TextOp, geometry_for, layout_document
from ipdesk.reports.pdf import page_layout, write_pdf
from ipdesk.reports.wrapping import tokens, wrap_lines
from ipdesk.services import Services


def advance(text: str) -> float:
    return float(sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text))


def wrap(text: str, width: float) -> list[str]:
    lines = wrap_lines(text, width, advance)
    for line in lines:
        assert advance(line) <= width or len(line) == 1, f"{line!r} is wider than {width}"
    return lines


def test_english_breaks_between_words_never_inside_one_that_fits() -> None:
    assert wrap("Responsible departments of the city", 12) == ["Responsible", "departments", "of the city"]
    assert wrap("Not yet due", 8) == ["Not yet", "due"]
    assert wrap("On track", 8) == ["On track"]


def test_a_word_wider_than_the_column_is_broken_and_only_that_word() -> None:
    # Before: one over-long word switched the whole cell to breaking anywhere ("Municipal Admi|nistration…").
    assert wrap("Municipal Administration for Market Regulation", 11) == [
        "Municipal",
        "Administrat",
        "ion for",
        "Market",
        "Regulation",
    ]
    assert wrap("Reported", 6) == ["Report", "ed"]


def test_chinese_breaks_between_characters_with_punctuation_kept_in_place() -> None:
    assert wrap("推进知识产权质押融资工作", 10) == ["推进知识产", "权质押融资", "工作"]
    # 、 never starts a line: the character before it goes along.
    assert wrap("市场监管局、市科技局", 10) == ["市场监管", "局、市科技", "局"]
    # （ never ends a line.
    assert wrap("一二三（四）", 8) == ["一二三", "（四）"]


def test_mixed_text_numbers_and_hyphens() -> None:
    assert wrap("Lead: 市市场监管局", 12) == ["Lead: 市市场", "监管局"]
    assert wrap("completion = 49000 ÷ 50000 = 98.0%", 16) == ["completion =", "49000 ÷ 50000 =", "98.0%"]
    assert wrap("well-known words", 6) == ["well-", "known", "words"]


def test_line_breaks_and_short_texts_are_kept() -> None:
    assert wrap("a\n\nb", 5) == ["a", "", "b"]
    assert wrap("", 5) == [""]
    assert wrap("已完成", 20) == ["已完成"]
    assert wrap("\u3000\u3000缩进的段落", 20) == ["\u3000\u3000缩进的段落"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Behind schedule", ["Behind", " ", "schedule"]),
        ("（一）构建", ["（一）", "构", "建"]),
        ("局、市", ["局、", "市"]),
        ("80% done", ["80%", " ", "done"]),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


# -- the printed sheets --------------------------------------------------------------------------------------


def _laid_out(document: Document) -> tuple[LaidOut, QPdfWriter]:
    writer = QPdfWriter(os.devnull)
    writer.setResolution(600)
    writer.setPageLayout(page_layout(document))
    return layout_document(document, writer, geometry_for(document, 600)), writer


def _broken_words(laid: LaidOut, device: QPdfWriter) -> list[tuple[str, str]]:
    """(word, cell text) for every Latin word broken across lines although it would fit its cell whole."""
    found = []
    for page in laid.pages:
        for op in page.ops:
            if not isinstance(op, TextOp):
                continue
            position = 0
            for before, after in itertools.pairwise(op.drawn.split("\n")):
                position = op.text.index(before, position) + len(before)
                if op.text[position].isspace():
                    continue  # broken at a space or at a line break of its own
                head, tail = re.search(r"[A-Za-z]+$", before), re.match(r"[A-Za-z]+", after)
                if head and tail:
                    word = head.group() + tail.group()
                    if QFontMetricsF(op.font, device).horizontalAdvance(word) <= op.rect.width():
                        found.append((word, op.text))
    return found


@pytest.mark.parametrize("kind", ["tasks", "assessment", "indicators", "submissions"])
def test_english_sheets_break_no_word_that_fits(demo: Services, kind: str) -> None:
    # The tests run in English (the source language): "Reported", "Behind", "Not started" in narrow columns.
    document = build_document(demo, ReportRequest(ReportKind(kind), "2026Q3", today=date(2026, 11, 21)))
    laid, device = _laid_out(document)
    assert _broken_words(laid, device) == []
    drawn = [op.drawn for page in laid.pages for op in page.ops if isinstance(op, TextOp)]
    assert any("\n" in text for text in drawn)  # cells were wrapped at all


def test_a_narrow_column_keeps_its_words_whole(tmp_path: Path, pdf_text: Callable[..., str]) -> None:
    columns = (Column("No.", 0.4), Column("Responsible departments", 1.2), Column("Progress", 4.0))
    # One name too long for the column: before, it made every word of the cell break anywhere ("Technol|ogy").
    cells = ("1", "Municipal Bureau of Science and Technology, IntellectualPropertyAdministrationOffice", "In progress")
    table = Table(columns, (Row(cells),))
    document = Document("t", "Sheet", Orientation.PORTRAIT, (Part("t", (TitleBlock("Key tasks"), table)),))
    laid, device = _laid_out(document)
    assert _broken_words(laid, device) == []
    words = pdf_text(write_pdf(document, tmp_path / "narrow.pdf").path).split()
    for word in ("Municipal", "Bureau", "Science", "Technology,", "Responsible", "departments"):
        assert word in words
    assert "IntellectualPropertyAdministrationOffice" not in words  # wider than the column: broken


# -- the wrapper against Qt's own QTextOption.WrapAtWordBoundaryOrAnywhere, in the sheets' table font ----------

QT_CASES = {  # text, column width in Chinese characters
    "mixed": ("牵头单位：市市场监管局 Municipal Administration for Market Regulation，配合单位：市科技局", 8.0),
    "english": ("Responsible departments of the city report their progress every quarter", 7.0),
    "long number": ("Contract No. 202407100012345678901234 signed with the bureau", 7.0),
    "long word first": (
        "IntellectualPropertyAdministrationOffice of the Municipal Bureau of Science and Technology",
        7.0,
    ),
    "closing punctuation": ("一二三四五，六七八九十。一二三四五、六七", 5.5),
    "opening punctuation": ("一二三四（五六）一二三《四五》", 4.5),
    "quotes": ("开展“知识产权宣传周”活动，推动形成尊重知识产权的良好氛围", 6.5),
}


def _table_font_on(device: QPdfWriter) -> tuple[object, QFontMetricsF]:
    from ipdesk.reports.fonts import choose_fonts, make_font

    font = make_font(choose_fonts().table, 9.0)
    return font, QFontMetricsF(font, device)


def _qt_lines(text: str, font: object, width: float, device: QPdfWriter, mode: object) -> list[str]:
    from PySide6.QtGui import QTextLayout, QTextOption

    layout = QTextLayout(text, font, device)
    option = QTextOption()
    option.setWrapMode(mode)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].rstrip())
    layout.endLayout()
    return lines


@pytest.mark.parametrize("case", QT_CASES)
def test_qt_word_boundary_or_anywhere_wraps_as_the_wrapper_does(case: str) -> None:
    from PySide6.QtGui import QTextOption

    device = QPdfWriter(os.devnull)
    device.setResolution(600)
    font, metrics = _table_font_on(device)
    text, chars = QT_CASES[case]
    width = chars * metrics.horizontalAdvance("中")
    qt = _qt_lines(text, font, width, device, QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    assert qt == wrap_lines(text, width, metrics.horizontalAdvance)


def test_qt_breaks_a_url_at_other_places_but_only_the_url() -> None:
    from PySide6.QtGui import QTextOption

    device = QPdfWriter(os.devnull)
    device.setResolution(600)
    font, metrics = _table_font_on(device)
    text = "See https://www.cnipa.gov.cn/art/2024/7/10/art_2073_193944.html for details of the plan"
    width = 8 * metrics.horizontalAdvance("中")
    qt = _qt_lines(text, font, width, device, QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    ours = wrap_lines(text, width, metrics.horizontalAdvance)
    for lines in (qt, ours):
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        assert all(metrics.horizontalAdvance(line) <= width for line in lines)
        assert lines[0] == "See https://" and lines[-3:] == ["4.html for", "details of the", "plan"]
    # Qt keeps the date whole after a slash ("cn/art/", "2024/7/10/"); the wrapper breaks it ("cn/art/2024/7/", "10/").
    assert qt != ours


def test_drawtext_flags_do_not_have_that_mode() -> None:
    """QPainter.drawText offers only Qt.TextWordWrap (an over-long word runs over the border) and Qt.TextWrapAnywhere
    (every word broken anywhere, as QTextOption.WrapAnywhere): why the sheets break lines themselves."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QTextOption

    device = QPdfWriter(os.devnull)
    device.setResolution(600)
    font, metrics = _table_font_on(device)
    text, chars = QT_CASES["long word first"]
    width = chars * metrics.horizontalAdvance("中")
    word_wrap = metrics.boundingRect(QRectF(0, 0, width, 1e9), int(Qt.TextFlag.TextWordWrap), text)
    assert word_wrap.width() > 2 * width  # the long name runs over the border
    anywhere = _qt_lines(text, font, width, device, QTextOption.WrapMode.WrapAnywhere)
    drawn = metrics.boundingRect(QRectF(0, 0, width, 1e9), int(Qt.TextFlag.TextWrapAnywhere), text)
    assert round(drawn.height() / metrics.lineSpacing()) == len(anywhere)
    assert "of the Munici" in anywhere  # "Municipal" broken although it fits
