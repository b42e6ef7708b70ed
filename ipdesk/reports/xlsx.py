"""Writing a document as an xlsx workbook (openpyxl): one sheet per part, print-ready.

Cells hold the raw values the analytics computed (a completion of 81.2% is the number 0.812 formatted as a
percentage), so the workbook can be checked and reused. Each sheet prints on A4 in the document's
orientation, fitted to the page width, with the table header repeated and 第X页 共Y页 in the footer. Text
that a spreadsheet would read as a formula (starting with = + - @) is stored as plain text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell as XlCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ipdesk.analytics.charts import BarChart, LineChart, PieChart
from ipdesk.errors import IpdeskError
from ipdesk.i18n import translate
from ipdesk.reports.document import (
    Align,
    Block,
    ChartBlock,
    Column,
    Document,
    Format,
    Heading,
    KeyFigures,
    Orientation,
    Paragraph,
    Part,
    Row,
    RowKind,
    Signatures,
    Spacer,
    Table,
    TitleBlock,
    Tone,
    as_cell,
)

TITLE_FONT = Font(name="黑体", size=16, bold=True)
HEADING_FONT = Font(name="黑体", size=12, bold=True)
TEXT_FONT = Font(name="宋体", size=10)
BOLD_FONT = Font(name="宋体", size=10, bold=True)
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="E6E6E6")
GROUP_FILL = PatternFill("solid", fgColor="F3F3F3")
TONE_FILLS = {
    Tone.GREEN: PatternFill("solid", fgColor="DCEFD8"),
    Tone.YELLOW: PatternFill("solid", fgColor="FFF0C2"),
    Tone.RED: PatternFill("solid", fgColor="F7D4D0"),
    Tone.GREY: PatternFill("solid", fgColor="ECECEC"),
}
NUMBER_FORMATS = {
    Format.INTEGER: "0",
    Format.NUMBER: "General",
    Format.PERCENT: "0.0%",
    Format.RATE: '0.0"%"',
    Format.DATE: "yyyy-mm-dd",
}
HORIZONTAL = {Align.LEFT: "left", Align.CENTER: "center", Align.RIGHT: "right"}
SHEET_CHARS = {Orientation.PORTRAIT: 100, Orientation.LANDSCAPE: 150}  # printable width in characters
FORMULA_START = ("=", "+", "-", "@")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def write_xlsx(document: Document, path: Path | str) -> Path:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    book = Workbook()
    book.remove(book.active)
    names: set[str] = set()
    for part in document.exported_parts:
        sheet = book.create_sheet(_sheet_name(part.name, names))
        _SheetWriter(sheet, document, part).write()
    if not book.worksheets:
        book.create_sheet(_sheet_name(document.title, names))
    book.properties.title = document.title
    book.properties.creator = "ipdesk"
    try:
        book.save(target)
    except OSError as exc:
        raise IpdeskError(
            translate("Errors", "The workbook could not be written to {path}: {reason}").format(path=target, reason=exc)
        ) from exc
    return target


def _sheet_name(name: str, taken: set[str]) -> str:
    base = _BAD_SHEET_CHARS.sub("_", name).strip("'") or "Sheet"
    base = base[:31]
    candidate = base
    counter = 2
    while candidate.lower() in taken:
        suffix = f" ({counter})"
        candidate = base[: 31 - len(suffix)] + suffix
        counter += 1
    taken.add(candidate.lower())
    return candidate


def safe_text(cell: XlCell, text: str) -> None:
    """Store ``text`` as text even when it looks like a formula."""
    cell.value = text
    if text.startswith(FORMULA_START):
        cell.data_type = "s"
        cell.quotePrefix = True


class _SheetWriter:
    def __init__(self, sheet: Worksheet, document: Document, part: Part) -> None:
        self.ws = sheet
        self.document = document
        self.part = part
        self.row = 1
        self.tables = [b.exported_view() for b in part.blocks if isinstance(b, Table)]
        self.width = max((len(t.columns) for t in self.tables), default=6)
        self.widths = self._column_widths()
        self.header_rows: tuple[int, int] | None = None

    def _column_widths(self) -> list[float]:
        total_chars = SHEET_CHARS[self.document.orientation]
        widths = [8.0] * self.width
        for table in self.tables:
            share = sum(c.width for c in table.columns) or 1.0
            for index, column in enumerate(table.columns):
                chars = column.xlsx_width or max(6.0, total_chars * column.width / share)
                widths[index] = max(widths[index], chars)
        return widths

    def write(self) -> None:
        for index, width in enumerate(self.widths, start=1):
            self.ws.column_dimensions[get_column_letter(index)].width = round(width, 1)
        for block in self.part.blocks:
            self._block(block)
        self._page_setup()

    # -- blocks ------------------------------------------------------------------------------------------

    def _block(self, block: Block) -> None:
        if isinstance(block, TitleBlock):
            self._merged(block.title, TITLE_FONT, "center", height=28)
            if block.subtitle:
                self._merged(block.subtitle, TEXT_FONT, "center")
            if block.doc_number:
                self._merged(block.doc_number, TEXT_FONT, "right")
            meta = "    ".join(t for t in (block.unit, block.period, block.date) if t)
            if meta:
                self._merged(meta, TEXT_FONT, "left")
            self.row += 1
        elif isinstance(block, Heading):
            self._merged(block.text, HEADING_FONT, "left")
        elif isinstance(block, Paragraph):
            text = ("\u3000\u3000" + block.text) if block.indent else block.text
            self._merged(text, BOLD_FONT if block.bold else TEXT_FONT, HORIZONTAL[block.align], wrap=True)
        elif isinstance(block, KeyFigures):
            for item in block.items:
                label = self.ws.cell(self.row, 1)
                safe_text(label, item.label)
                value = self.ws.cell(self.row, 2)
                safe_text(value, item.value)
                value.font = BOLD_FONT
                if item.note:
                    safe_text(self.ws.cell(self.row, 3), item.note)
                if item.tone:
                    value.fill = TONE_FILLS[item.tone]
                self.row += 1
            self.row += 1
        elif isinstance(block, Table):
            self._table(block.exported_view())
        elif isinstance(block, ChartBlock):
            self._chart_data(block)
        elif isinstance(block, Signatures):
            self.row += 1
            step = max(self.width // max(len(block.labels), 1), 1)
            for index, label in enumerate(block.labels):
                safe_text(self.ws.cell(self.row, 1 + index * step), label)
            self.row += 1
        elif isinstance(block, Spacer):
            self.row += max(1, round(block.lines))

    def _merged(
        self, text: str, font: Font, horizontal: str, *, wrap: bool = False, height: float | None = None
    ) -> None:
        cell = self.ws.cell(self.row, 1)
        safe_text(cell, text)
        cell.font = font
        cell.alignment = Alignment(horizontal=horizontal, vertical="center", wrap_text=True)
        if self.width > 1:
            self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=self.width)
        lines = max(text.count("\n") + 1, math.ceil(_display_width(text) / max(sum(self.widths) * 0.95, 1)))
        if height or wrap or lines > 1:
            self.ws.row_dimensions[self.row].height = height or 15 * lines * (font.size or 10) / 10
        self.row += 1

    def _table(self, table: Table) -> None:
        if table.caption:
            self._merged(table.caption, BOLD_FONT, "left")
        first_header = self.row
        self._header(table)
        if self.header_rows is None:
            self.header_rows = (first_header, self.row - 1)
            self.ws.freeze_panes = self.ws.cell(self.row, 1)
        if not table.rows and table.empty_text:
            self._merged_row(table.empty_text, len(table.columns), BOLD_FONT, GROUP_FILL)
        for row in table.rows:
            self._row(table, row)
        self.row += 1

    def _header(self, table: Table) -> None:
        grouped = table.has_groups
        top = self.row
        index = 0
        columns = table.columns
        while index < len(columns):
            column = columns[index]
            if grouped and column.group:
                end = index
                while end + 1 < len(columns) and columns[end + 1].group == column.group:
                    end += 1
                self._header_cell(top, index + 1, column.group)
                if end > index:
                    self.ws.merge_cells(start_row=top, start_column=index + 1, end_row=top, end_column=end + 1)
                for j in range(index, end + 1):
                    self._header_cell(top + 1, j + 1, columns[j].title)
                index = end + 1
                continue
            self._header_cell(top, index + 1, column.title)
            if grouped:
                self._header_cell(top + 1, index + 1, "")
                self.ws.merge_cells(start_row=top, start_column=index + 1, end_row=top + 1, end_column=index + 1)
            index += 1
        self.row += 2 if grouped else 1

    def _header_cell(self, row: int, column: int, text: str) -> None:
        cell = self.ws.cell(row, column)
        safe_text(cell, text)
        cell.font = BOLD_FONT
        cell.fill = HEADER_FILL
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def _merged_row(self, text: str, span: int, font: Font, fill: PatternFill | None) -> None:
        cell = self.ws.cell(self.row, 1)
        safe_text(cell, text)
        cell.font = font
        cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
        for column in range(1, span + 1):
            target = self.ws.cell(self.row, column)
            target.border = BORDER
            if fill is not None:
                target.fill = fill
        if span > 1:
            self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=span)
        self.row += 1

    def _row(self, table: Table, row: Row) -> None:
        if row.kind is RowKind.GROUP:
            self._merged_row(table.cell_text(row, 0), len(table.columns), BOLD_FONT, GROUP_FILL)
            return
        for index, column in enumerate(table.columns):
            item = as_cell(row.cells[index]) if index < len(row.cells) else as_cell(None)
            cell = self.ws.cell(self.row, index + 1)
            self._value(cell, item.value, column, item.text)
            cell.border = BORDER
            cell.font = BOLD_FONT if row.kind is RowKind.TOTAL or item.bold else TEXT_FONT
            cell.alignment = Alignment(horizontal=HORIZONTAL[column.align], vertical="center", wrap_text=True)
            if item.tone is not None:
                cell.fill = TONE_FILLS[item.tone]
        self.row += 1

    @staticmethod
    def _value(cell: XlCell, value: object, column: Column, text: str | None) -> None:
        if value is None:
            if text:
                safe_text(cell, text)
            return
        if isinstance(value, str):
            safe_text(cell, value)
            return
        if isinstance(value, bool):
            safe_text(cell, str(value))
            return
        if isinstance(value, date):
            cell.value = value
            cell.number_format = NUMBER_FORMATS[Format.DATE]
            return
        if isinstance(value, int | float):
            cell.value = value
            cell.number_format = NUMBER_FORMATS.get(column.format, "General")
            return
        safe_text(cell, str(value))

    def _chart_data(self, block: ChartBlock) -> None:
        chart = block.chart
        self._merged(chart.title, BOLD_FONT, "left")
        if isinstance(chart, BarChart):
            header = [translate("Reports", "Category")] + [s.name for s in chart.series]  # zh: 类别
            rows = [[c, *(s.values[i] for s in chart.series)] for i, c in enumerate(chart.categories)]
        elif isinstance(chart, LineChart):
            header = [translate("Reports", "Series"), translate("Reports", "Date"), translate("Reports", "Value")]
            # zh: 系列 日期 数值
            rows = [[s.name, d, v] for s in chart.series for d, v in s.points]
        elif isinstance(chart, PieChart):
            header = [translate("Reports", "Category"), translate("Reports", "Value")]
            rows = [[s.label, s.value] for s in chart.slices]
        else:
            return
        self._plain_table(header, rows)

    def _plain_table(self, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
        for index, text in enumerate(header, start=1):
            self._header_cell(self.row, index, text)
        self.row += 1
        for values in rows:
            for index, value in enumerate(values, start=1):
                cell = self.ws.cell(self.row, index)
                if isinstance(value, str):
                    safe_text(cell, value)
                else:
                    cell.value = value  # type: ignore[assignment]
                    if isinstance(value, date):
                        cell.number_format = NUMBER_FORMATS[Format.DATE]
                cell.border = BORDER
                cell.font = TEXT_FONT
            self.row += 1
        self.row += 1

    # -- printing ----------------------------------------------------------------------------------------

    def _page_setup(self) -> None:
        ws = self.ws
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape" if self.document.orientation is Orientation.LANDSCAPE else "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.5
        ws.page_margins.top = ws.page_margins.bottom = 0.6
        if self.header_rows is not None:
            first, last = self.header_rows
            ws.print_title_rows = f"{first}:{last}"
        ws.oddFooter.center.text = translate("Reports", "Page &P of &N")  # zh: 第 &P 页 共 &N 页
        ws.oddFooter.center.size = 9
        if self.document.footer:
            ws.oddFooter.left.text = self.document.footer.replace("&", "&&")
            ws.oddFooter.left.size = 9


def _display_width(text: str) -> int:
    """Characters as a spreadsheet column counts them: a hanzi is two."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)
