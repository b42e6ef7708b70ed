"""The PDF: Chinese fonts embedded, text selectable and searchable as the hanzi shown."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from ipdesk.reports.document import Document, Orientation, Paragraph, Part, TitleBlock
from ipdesk.reports.fonts import choose_fonts, installed_families
from ipdesk.reports.pdf import write_pdf
from ipdesk.reports.pdf_text import _fix_cmap


def _document(text: str) -> Document:
    blocks = (TitleBlock("指标完成情况汇总表"), Paragraph(text))
    return Document("test", "指标完成情况汇总表", Orientation.PORTRAIT, (Part("测试", blocks),))


def test_a_chinese_font_is_installed_and_chosen() -> None:
    choice = choose_fonts()
    assert choice.complete, "no Chinese font: install fonts-noto-cjk"
    assert all("JP" not in family for family in choice.families())  # never the Japanese variant


def test_cjk_font_is_embedded(tmp_path: Path) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("poppler-utils (pdffonts) is not installed")
    path = write_pdf(_document("赤峰市科学技术局"), tmp_path / "fonts.pdf").path
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    cjk = [row for row in rows if "CJK" in row[0] or "Sim" in row[0] or "Song" in row[0] or "Hei" in row[0]]
    assert cjk, listing
    for row in cjk:
        emb, _sub, uni = row[-5], row[-4], row[-3]
        assert (emb, uni) == ("yes", "yes"), listing  # embedded, with a ToUnicode map (selectable text)


def test_text_is_selectable_as_the_ideographs_shown(tmp_path: Path, pdf_text: Callable[..., str]) -> None:
    # 赤 and 页 share their glyphs with the radicals ⾚ (U+2F9A) and ⻚ (U+2EDA) in Noto CJK; Qt would map
    # them back to the radicals, and a search for 赤峰市 would find nothing.
    text = "赤峰市市场监督管理局 第1页 共3页 长期 门户 风险 马铃薯 见证"
    path = write_pdf(_document(text), tmp_path / "text.pdf").path
    extracted = pdf_text(path)
    for word in text.split():
        assert word in extracted
    assert not any(0x2E80 <= ord(ch) <= 0x2FDF for ch in extracted)


def test_latin_digits_and_ligatures_survive(tmp_path: Path, pdf_text: Callable[..., str]) -> None:
    # Noto CJK shapes digits in a Latin run with substituted glyphs that Qt cannot map back to text.
    text = "R0001A Page 12 of 345 office file 2026Q3"
    path = write_pdf(_document(text), tmp_path / "latin.pdf").path
    assert text in " ".join(pdf_text(path).split())


def test_postscript_names_match_what_qt_embeds() -> None:
    from PySide6.QtGui import QRawFont

    from ipdesk.reports.fonts import make_font
    from ipdesk.reports.pdf_text import postscript_name

    if "Noto Serif CJK SC" not in installed_families():
        pytest.skip("Noto Serif CJK SC is not installed")
    name = postscript_name(QRawFont.fromFont(make_font("Noto Serif CJK SC", 12)))
    assert name == "NotoSerifCJKsc-Regular"


def test_only_destination_codes_are_rewritten() -> None:
    cmap = (
        b"2 beginbfchar\n<2F9A> <2F9A>\n<0003> <0041>\nendbfchar\n"
        b"2 beginbfrange\n<0001> <0002> [<2F9A> <5CF0>]\n<0005> <0005> <2EDA>\nendbfrange\n"
    )
    fixed, count = _fix_cmap(cmap, {0x2F9A: 0x8D64, 0x2EDA: 0x9875})
    assert count == 3
    assert b"<2F9A> <8D64>" in fixed  # the CID on the left stays
    assert b"[<8D64> <5CF0>]" in fixed and b"<0005> <0005> <9875>" in fixed
    assert len(fixed) == len(cmap)  # same length: the xref offsets stay valid


def test_nothing_is_left_behind_when_writing_fails(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(Exception):  # noqa: B017 - the OS decides which error; none may leave a file behind
        write_pdf(_document("x"), blocker / "out.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_cancelling_stops_and_leaves_no_file(tmp_path: Path) -> None:
    from ipdesk.errors import Cancelled

    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        write_pdf(_document("赤峰市" * 2000), tmp_path / "stop.pdf", cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_progress_is_reported_up_to_the_last_page(tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    result = write_pdf(_document("赤峰市" * 3000), tmp_path / "p.pdf", progress=lambda d, t, s: seen.append((d, t, s)))
    drawing = [(d, t) for d, t, s in seen if t == result.pages and s.startswith("Drawing")]
    assert drawing[-1] == (result.pages, result.pages)
