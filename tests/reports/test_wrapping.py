"""Line breaking of printed cells: Qt's QTextOption.WrapAtWordBoundaryOrAnywhere, measured in the sheets' table font.

Latin words stay whole, Chinese breaks between characters, no line starts with closing punctuation or ends with
opening punctuation, and a word wider than its column is broken on its own line without breaking the other words
of the cell. (Until 2026-11 the sheets used a wrapper of their own, ipdesk.reports.wrapping: laid out side by side
it gave Qt's lines in every case tried, see the history of this file.) Widths here are in Chinese characters.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPdfWriter, QTextLayout, QTextOption

from ipdesk.reports.document import Column, Document, Orientation, Part, Row, Table, TitleBlock
from ipdesk.reports.fonts import choose_fonts, make_font
from ipdesk.reports.kinds import ReportKind, ReportRequest, build_document
from ipdesk.reports.layout import LaidOut, TextOp, geometry_for, layout_document, wrap_text
from ipdesk.reports.pdf import page_layout, write_pdf
from ipdesk.services import Services

CLOSING = "，。、；：？！）》」』】〕〉”’"  # never at the start of a line
OPENING = "（《「『【〔〈“‘"  # never at the end of a line


def _device() -> QPdfWriter:
    writer = QPdfWriter(os.devnull)
    writer.setResolution(600)
    return writer


@pytest.fixture
def table_font() -> Iterator[tuple[QFont, QPdfWriter]]:
    device = _device()
    yield make_font(choose_fonts().table, 9.0), device


_TOKEN = r"[^\s\u2e80-\u9fff\uff00-\uffef]*"  # a run of Latin letters, digits and signs (a word, number, URL)


def _broken(text: str, lines: list[str], width: float, metrics: QFontMetricsF) -> list[str]:
    """The Latin words of ``text`` broken across two of ``lines`` although they would fit ``width`` whole
    (a break inside a run too wide for a line by itself, a long number or URL, is where it must be)."""
    found = []
    position = 0
    for before, after in itertools.pairwise(lines):
        position = text.index(before, position) + len(before)
        if text[position].isspace():
            continue  # broken at a space or at a line break of its own
        head, tail = re.search(r"[A-Za-z]+$", before), re.match(r"[A-Za-z]+", after)
        token = "".join(re.findall(_TOKEN + "$", before) + re.findall("^" + _TOKEN, after))
        if head and tail and metrics.horizontalAdvance(token) <= width:
            found.append(head.group() + tail.group())
    return found


def _misplaced_punctuation(lines: list[str]) -> list[str]:
    return [line for line in lines if line and (line[0] in CLOSING or line[-1] in OPENING)]


Wrap = Callable[[str, float], list[str]]


@pytest.fixture
def wrap(table_font: tuple[QFont, QPdfWriter]) -> Wrap:
    """The sheets' wrapping at a width of ``chars`` Chinese characters, checked: every line fits, no word that
    fits is broken, no punctuation out of place."""
    font, device = table_font
    metrics = QFontMetricsF(font, device)

    def wrapped(text: str, chars: float) -> list[str]:
        width = chars * metrics.horizontalAdvance("中")
        lines = wrap_text(text, font, width, device)
        for line in lines:
            assert metrics.horizontalAdvance(line) <= width or len(line) == 1, f"{line!r} is wider than {chars}"
        assert _broken(text, lines, width, metrics) == []
        assert _misplaced_punctuation(lines) == []
        assert "".join(lines).replace(" ", "") == text.replace(" ", "").replace("\n", "")
        return lines

    return wrapped


def test_english_breaks_between_words_never_inside_one_that_fits(wrap: Wrap) -> None:
    lines = wrap("Responsible departments of the city report their progress every quarter", 7)
    assert lines[:2] == ["Responsible", "departments"] and len(lines) > 4
    assert wrap("On track", 8) == ["On track"]


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("IntellectualPropertyAdministrationOffice of the Municipal Bureau of Science and Technology", 0),
        ("Contract No. 202407100012345678901234 signed with the bureau", 2),
        ("See https://www.cnipa.gov.cn/art/2024/7/10/art_2073_193944.html for details of the plan", 1),
    ],
)
def test_a_word_wider_than_the_column_is_broken_and_only_that_word(wrap: Wrap, text: str, token: int) -> None:
    # Qt.TextWrapAnywhere (below) broke every word of such a cell: "of the Munici|pal Bureau of Science and T|echnology"
    lines = wrap(text, 7)  # besides the checks in wrap(): every other word sits whole on a line
    long = text.split()[token]
    for word in text.split():
        if word != long:
            assert any(word in line.split() for line in lines), (word, lines)
    assert len([line for line in lines if line.replace(" ", "") in long]) >= 2  # the long one is broken


def test_chinese_breaks_between_characters_with_punctuation_kept_in_place(wrap: Wrap) -> None:
    assert wrap("推进知识产权质押融资工作", 5.5) == ["推进知识产", "权质押融资", "工作"]
    # ， 、 。 never start a line: the character before them goes along.
    assert wrap("一二三四五，六七八九十。", 5.5) == ["一二三四", "五，六七八", "九十。"]
    assert wrap("市场监管局、市科技局", 5.5) == ["市场监管", "局、市科技", "局"]
    # （ and “ never end a line.
    assert wrap("一二三（四）", 3.5) == ["一二三", "（四）"]
    assert wrap("一二三四“五六”", 4.5) == ["一二三四", "“五六”"]
    assert wrap("开展“知识产权宣传周”活动，推动形成尊重知识产权的良好氛围", 6.5) == [
        "开展“知识产",
        "权宣传周”活",
        "动，推动形成",
        "尊重知识产权",
        "的良好氛围",
    ]


def test_mixed_text(wrap: Wrap) -> None:
    lines = wrap("牵头单位：市市场监管局 Municipal Administration for Market Regulation，配合单位：市科技局", 8)
    assert lines[:2] == ["牵头单位：市市场", "监管局"] and lines[-1] == "合单位：市科技局"
    assert any(line.startswith("Regulation，") for line in lines)  # ， stays with the word before it
    assert wrap("完成率98.0%，同比提高3.5个百分点", 5.5) == ["完成率", "98.0%，同", "比提高3.5个", "百分点"]


def test_line_breaks_and_short_texts_are_kept(wrap: Wrap) -> None:
    assert wrap("a\n\nb", 5) == ["a", "", "b"]
    assert wrap("", 5) == [""]
    assert wrap("已完成", 20) == ["已完成"]
    assert wrap("\u3000\u3000缩进的段落", 20) == ["\u3000\u3000缩进的段落"]


def test_drawtext_flags_do_not_have_that_mode(table_font: tuple[QFont, QPdfWriter]) -> None:
    """QPainter.drawText offers only Qt.TextWordWrap (an over-long word runs over the border) and Qt.TextWrapAnywhere
    (every word broken anywhere, as QTextOption.WrapAnywhere): why the sheets break their lines with wrap_text."""
    font, device = table_font
    metrics = QFontMetricsF(font, device)
    text = "IntellectualPropertyAdministrationOffice of the Municipal Bureau of Science and Technology"
    width = 7 * metrics.horizontalAdvance("中")
    word_wrap = metrics.boundingRect(QRectF(0, 0, width, 1e9), int(Qt.TextFlag.TextWordWrap), text)
    assert word_wrap.width() > 2 * width  # the long name runs over the border

    layout = QTextLayout(text, font, device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    anywhere = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        anywhere.append(text[line.textStart() : line.textStart() + line.textLength()].rstrip())
    layout.endLayout()
    drawn = metrics.boundingRect(QRectF(0, 0, width, 1e9), int(Qt.TextFlag.TextWrapAnywhere), text)
    assert round(drawn.height() / metrics.lineSpacing()) == len(anywhere)  # drawText's "anywhere" is WrapAnywhere
    assert _broken(text, anywhere, width, metrics)  # "Municipal", "Technology" … broken although they fit
    assert len(wrap_text(text, font, width, device)) > len(anywhere)


# -- the printed sheets --------------------------------------------------------------------------------------


def _laid_out(document: Document) -> tuple[LaidOut, QPdfWriter]:
    writer = _device()
    writer.setPageLayout(page_layout(document))
    return layout_document(document, writer, geometry_for(document, 600)), writer


def _text_ops(laid: LaidOut) -> list[TextOp]:
    return [op for page in laid.pages for op in page.ops if isinstance(op, TextOp)]


def _broken_words(laid: LaidOut, device: QPdfWriter) -> list[tuple[str, str]]:
    """(word, cell text) for every Latin word broken across lines although it would fit its cell whole."""
    return [
        (word, op.text)
        for op in _text_ops(laid)
        for word in _broken(op.text, op.drawn.split("\n"), op.rect.width(), QFontMetricsF(op.font, device))
    ]


@pytest.mark.parametrize("kind", ["tasks", "assessment", "indicators", "submissions"])
def test_english_sheets_break_no_word_that_fits(demo: Services, kind: str) -> None:
    # The tests run in English (the source language): "Reported", "Behind", "Not started" in narrow columns;
    # the plans' own texts stay Chinese.
    document = build_document(demo, ReportRequest(ReportKind(kind), "2026Q3", today=date(2026, 11, 21)))
    laid, device = _laid_out(document)
    assert _broken_words(laid, device) == []
    drawn = [op.drawn for op in _text_ops(laid)]
    assert any("\n" in text for text in drawn)  # cells were wrapped at all
    assert [line for text in drawn for line in _misplaced_punctuation(text.split("\n"))] == []


def test_a_narrow_column_keeps_its_words_whole(tmp_path: Path, pdf_text: Callable[..., str]) -> None:
    columns = (Column("No.", 0.4), Column("Responsible departments", 1.2), Column("Progress", 4.0))
    # One name too long for the column: with Qt.TextWrapAnywhere every word of the cell broke anywhere ("Technol|ogy").
    cells = ("1", "Municipal Bureau of Science and Technology, IntellectualPropertyAdministrationOffice", "In progress")
    table = Table(columns, (Row(cells),))
    document = Document("t", "Sheet", Orientation.PORTRAIT, (Part("t", (TitleBlock("Key tasks"), table)),))
    laid, device = _laid_out(document)
    assert _broken_words(laid, device) == []
    words = pdf_text(write_pdf(document, tmp_path / "narrow.pdf").path).split()
    for word in ("Municipal", "Bureau", "Science", "Technology,", "Responsible", "departments"):
        assert word in words
    assert "IntellectualPropertyAdministrationOffice" not in words  # wider than the column: broken
