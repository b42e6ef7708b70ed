"""How exported workbooks look and print: 宋体/仿宋, borders, wrapping, A4 landscape, repeated headers.

Also the one safe way to put text into a cell (:func:`put_text`): control characters stripped, formula
triggers stored as literal text with Excel's quote prefix, and nothing ever cut silently.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from datetime import date

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.worksheet.worksheet import Worksheet

from ipdesk.errors import ValidationError
from ipdesk.excel.textsafety import EXCEL_CELL_LIMIT, safe_cell_text
from ipdesk.i18n import translate

TITLE_FONT = Font(name="宋体", size=18, bold=True)
HEADER_FONT = Font(name="宋体", size=12, bold=True)
BODY_FONT = Font(name="仿宋", size=12)
LABEL_FONT = Font(name="仿宋", size=12, bold=True)
CATEGORY_FONT = Font(name="宋体", size=12, bold=True)
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
LEFT_TOP = Alignment(horizontal="left", vertical="top", wrap_text=True)
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
INPUT_FILL = PatternFill("solid", fgColor="FFF9E5")
PROBLEM_FILL = PatternFill("solid", fgColor="FFC7CE")
WARNING_FILL = PatternFill("solid", fgColor="FFEB9C")
UNLOCKED = Protection(locked=False)
LINE_HEIGHT = 16.0  # points per line of 12 pt text


class TextTooLong(ValidationError):
    pass


def put_text(cell: Cell, value: object, *, where: str = "") -> None:
    """Write ``value`` as literal text (or a number/date as itself); never a formula, never cut."""
    if value is None:
        cell.value = None
        return
    if isinstance(value, bool):
        value = "是" if value else "否"
    if isinstance(value, int | float | date):
        cell.value = value
        return
    text, literal = safe_cell_text(str(value))
    if len(text) > EXCEL_CELL_LIMIT:
        raise TextTooLong(
            translate(
                "Excel",
                "{where} is {length} characters long; an Excel cell holds at most {limit}. "
                "Shorten it before exporting.",
            ).format(where=where or cell.coordinate, length=len(text), limit=EXCEL_CELL_LIMIT)
        )
    cell.value = text
    cell.data_type = "s"  # openpyxl would otherwise read a leading "=" as a formula
    if literal:
        cell.quotePrefix = True


def display_width(text: str) -> int:
    """Width in Excel column units: CJK and full-width characters count double."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def estimate_lines(text: str, column_width: float) -> int:
    usable = max(4.0, column_width * 0.92)  # 12 pt text in a column sized for 11 pt
    return sum(max(1, math.ceil(display_width(part) * 1.1 / usable)) for part in text.split("\n"))


def fit_row_height(ws: Worksheet, row: int, widths: Sequence[float], *, minimum: float = 22.0) -> None:
    """Set a row height that shows all wrapped text (Excel and WPS do not grow rows on open)."""
    lines = 1
    for col, width in enumerate(widths, start=1):
        value = ws.cell(row=row, column=col).value
        if isinstance(value, str) and value:
            merged_width = width
            lines = max(lines, estimate_lines(value, merged_width))
    ws.row_dimensions[row].height = min(409.0, max(minimum, lines * LINE_HEIGHT + 6))


def set_widths(ws: Worksheet, widths: Sequence[float]) -> None:
    from openpyxl.utils import get_column_letter

    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width


def page_setup(ws: Worksheet, *, title_rows: str, landscape: bool = True) -> None:
    """A4, fit to one page wide, header rows repeated on every page, 第X页 共Y页 footer."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.7
    ws.print_title_rows = title_rows
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"
    ws.oddFooter.center.font = "仿宋,常规"
    ws.oddFooter.center.size = 10


def style_range(ws: Worksheet, row: int, first_col: int, last_col: int, *, font: Font, alignment: Alignment) -> None:
    for col in range(first_col, last_col + 1):
        cell = ws.cell(row=row, column=col)
        cell.font = font
        cell.alignment = alignment
        cell.border = BORDER


def title_row(ws: Worksheet, row: int, text: str, last_col: int, *, height: float = 36.0) -> None:
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)
    cell = ws.cell(row=row, column=1)
    put_text(cell, text, where="title")
    cell.font = TITLE_FONT
    cell.alignment = CENTER
    ws.row_dimensions[row].height = height


def header_row(ws: Worksheet, row: int, headings: Sequence[str], *, height: float = 32.0) -> None:
    for col, heading in enumerate(headings, start=1):
        cell = ws.cell(row=row, column=col)
        put_text(cell, heading)
        cell.font = HEADER_FONT
        cell.alignment = CENTER
        cell.border = BORDER
        cell.fill = HEADER_FILL
    ws.row_dimensions[row].height = height


def category_row(ws: Worksheet, row: int, text: str, last_col: int) -> None:
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)
    put_text(ws.cell(row=row, column=1), text, where="category")
    style_range(ws, row, 1, last_col, font=CATEGORY_FONT, alignment=LEFT)
    ws.row_dimensions[row].height = 24.0
