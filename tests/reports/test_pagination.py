"""Page breaks on long tables: header rows on every page, rows never split, 第X页 共Y页 right."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QPdfWriter

from ipdesk.reports.document import (
    Align,
    Column,
    Document,
    Format,
    Orientation,
    Part,
    Row,
    RowKind,
    Signatures,
    Table,
    TitleBlock,
)
from ipdesk.reports.layout import BoxOp, TextOp, geometry_for, layout_document
from ipdesk.reports.pdf import page_layout, write_pdf

ROWS = 2000


def _long_document(rows: int = ROWS) -> Document:
    columns = (
        Column("序号", 0.5, Align.CENTER, Format.INTEGER),
        Column("重点任务", 4.0),
        Column("牵头单位", 1.4),
        Column("完成进度", 0.8, Align.RIGHT, Format.PERCENT, 0, group="进度"),
        Column("序时进度", 0.8, Align.RIGHT, Format.PERCENT, 0, group="进度"),
    )
    body: list[Row] = []
    for i in range(1, rows + 1):
        if i % 250 == 1:
            body.append(Row((f"第{i // 250 + 1}组责任单位",), RowKind.GROUP))
        words = "推进知识产权质押融资工作，完善风险补偿机制，" * (1 + i % 4)  # one to four lines
        body.append(Row((i, f"R{i:04d}A {words} R{i:04d}Z", "市科技局", 0.5, 0.75)))
    title = TitleBlock("重点任务进展情况汇总表", unit="填报单位：测试", period="2026年第3季度", date="2026年11月21日")
    blocks = (title, Table(columns, tuple(body)), Signatures(("制表人：", "审核人：")))
    return Document("tasks", "重点任务进展情况汇总表", Orientation.LANDSCAPE, (Part("任务", blocks),))


def test_layout_keeps_rows_whole_and_repeats_the_header(tmp_path: Path) -> None:
    document = _long_document()
    writer = QPdfWriter(str(tmp_path / "scratch.pdf"))
    writer.setResolution(600)
    writer.setPageLayout(page_layout(document))
    geometry = geometry_for(document, 600)
    laid = layout_document(document, writer, geometry)
    assert laid.page_count > 40
    content = geometry.content
    seen: dict[str, int] = {}
    for page in laid.pages:
        texts = [op for op in page.ops if isinstance(op, TextOp)]
        assert sum(1 for op in texts if op.text == "重点任务") == 1, f"header missing on page {page.number}"
        for op in texts:
            match = re.match(r"R(\d{4})A", op.text)
            if match:
                seen[match.group(1)] = seen.get(match.group(1), 0) + 1
                assert op.text.endswith(f"R{match.group(1)}Z")  # the whole text in one cell on one page
        for op in page.ops:
            if isinstance(op, BoxOp):
                assert op.rect.bottom() <= content.bottom() + 1, f"a row runs into the margin on page {page.number}"
        assert page.total == laid.page_count
    assert len(seen) == ROWS and set(seen.values()) == {1}


def test_pdf_of_2000_rows(tmp_path: Path, pdf_pages: Callable[[Path], list[str]]) -> None:
    result = write_pdf(_long_document(), tmp_path / "long.pdf")
    pages = pdf_pages(result.path)
    assert len(pages) == result.pages
    found: dict[str, int] = {}
    for number, text in enumerate(pages, start=1):
        flat = re.sub(r"\s+", "", text)
        assert "重点任务" in flat and "完成进度" in flat, f"no header on page {number}"
        assert f"Page{number}of{result.pages}" in flat  # English here; 第X页 共Y页 with the Chinese translation
        starts = set(re.findall(r"R(\d{4})A", flat))
        ends = set(re.findall(r"R(\d{4})Z", flat))
        assert starts == ends, f"a row is split across pages near page {number}"
        for key in starts:
            found[key] = found.get(key, 0) + 1
    assert len(found) == ROWS and set(found.values()) == {1}
    assert "第2组责任单位(continued)" in re.sub(r"\s+", "", "".join(pages))  # a group heading carries over


@pytest.mark.parametrize("orientation", [Orientation.PORTRAIT, Orientation.LANDSCAPE])
def test_page_geometry_is_a4(orientation: Orientation) -> None:
    document = Document("x", "x", orientation, ())
    geometry = geometry_for(document, 72)
    width, height = geometry.page.width(), geometry.page.height()
    assert (round(min(width, height)), round(max(width, height))) == (595, 842)
    assert (width > height) is (orientation is Orientation.LANDSCAPE)


def test_a_row_taller_than_a_page_is_shortened_not_lost(tmp_path: Path, pdf_text: Callable[..., str]) -> None:
    columns = (Column("事项", 1.0), Column("说明", 1.0))
    huge = "很长的说明" * 3000
    table = Table(columns, (Row(("第一行", huge)), Row(("第二行", "短"))))
    document = Document("x", "x", Orientation.PORTRAIT, (Part("x", (table,)),))
    result = write_pdf(document, tmp_path / "huge.pdf")
    text = re.sub(r"\s+", "", pdf_text(result.path))
    assert "第一行" in text and "第二行" in text and "…" in text
