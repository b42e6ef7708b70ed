"""The workbook: numbers stay numbers, headers repeat when printed, nothing reads as a formula."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from ipdesk.reports.document import (
    Align,
    Cell,
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
    Tone,
)
from ipdesk.reports.xlsx import write_xlsx


def _document() -> Document:
    columns = (
        Column("序号", 0.5, Align.CENTER, Format.INTEGER),
        Column("名称", 3.0),
        Column("完成率", 1.0, Align.RIGHT, Format.PERCENT, 1, group="进度"),
        Column("增速", 1.0, Align.RIGHT, Format.RATE, 1, group="进度"),
        Column("年份", 1.0, printed=False),
        Column("仅打印", 1.0, exported=False),
        Column("日期", 1.0, format=Format.DATE),
    )
    rows = (
        Row(("第一组",), RowKind.GROUP),
        Row((1, '=HYPERLINK("http://x")', 0.812, 18.25, 2025, "x", date(2026, 9, 30))),
        Row((2, Cell("+86 10 1234", tone=Tone.RED), None, None, None, "y", None)),
        Row((None, "合计", 0.5, None, None, None, None), RowKind.TOTAL),
    )
    title = TitleBlock("测试表", unit="填报单位：测试", period="2026年第3季度", date="2026年11月21日")
    part = Part("表/一[测试]", (title, Table(columns, rows), Signatures(("制表人：", "审核人："))))
    return Document("x", "测试表", Orientation.LANDSCAPE, (part, Part("只打印", (), exported=False)), footer="某局")


def test_workbook_layout_and_values(tmp_path: Path) -> None:
    path = write_xlsx(_document(), tmp_path / "t.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["表_一_测试_"]  # sheet names cleaned; the print-only part left out
    sheet = book.active
    assert sheet["A1"].value == "测试表"
    header = next(r[0].row for r in sheet.iter_rows() if r[0].value == "序号")
    assert sheet.cell(header, 3).value == "进度" and sheet.cell(header + 1, 3).value == "完成率"
    titles = [sheet.cell(header, c).value or sheet.cell(header + 1, c).value for c in range(1, 8)]
    assert titles == ["序号", "名称", "进度", "增速", "年份", "日期", None]  # the print-only column is left out
    group = header + 2
    assert sheet.cell(group, 1).value == "第一组" and any(
        str(r).startswith(f"A{group}:") for r in sheet.merged_cells.ranges
    )
    first = group + 1
    assert sheet.cell(first, 3).value == 0.812 and sheet.cell(first, 3).number_format == "0.0%"
    assert sheet.cell(first, 4).value == 18.25 and sheet.cell(first, 4).number_format == '0.0"%"'
    assert sheet.cell(first, 5).value == 2025  # an xlsx-only column
    assert sheet.cell(first, 6).value.date() == date(2026, 9, 30)
    formula = sheet.cell(first, 2)
    assert formula.value.startswith("=HYPERLINK") and formula.data_type == "s"  # text, not a formula
    phone = sheet.cell(first + 1, 2)
    assert phone.data_type == "s" and phone.fill.fgColor.rgb.endswith("F7D4D0")
    assert sheet.cell(first + 2, 2).font.b  # the total row is bold
    assert sheet.print_title_rows == f"${header}:${header + 1}"
    assert sheet.page_setup.orientation == "landscape" and int(sheet.page_setup.paperSize) == 9  # A4
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToHeight == 0
    assert "&P" in sheet.oddFooter.center.text and "&N" in sheet.oddFooter.center.text
    assert sheet.freeze_panes == f"A{header + 2}"
