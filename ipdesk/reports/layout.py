"""Paginating a document for one paint device: our own layout, so header rows repeat on every page,
table rows are never split, and 第X页 共Y页 is known before anything is drawn.

Everything is measured and placed in the device's own pixels (a QPdfWriter or a QPrinter), with the fonts'
hinting off, so what is measured is exactly what is drawn. The result is a list of pages holding simple
drawing operations; :mod:`ipdesk.reports.painting` draws them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QTextLayout, QTextLine, QTextOption

from ipdesk.analytics.charts import Chart
from ipdesk.errors import Cancelled
from ipdesk.i18n import translate
from ipdesk.reports.document import (
    Align,
    Block,
    Cell,
    ChartBlock,
    Document,
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
from ipdesk.reports.fonts import FontChoice, choose_fonts, make_font

A4_MM = (210.0, 297.0)
MARGINS_MM = {  # left, top, right, bottom
    Orientation.PORTRAIT: (20.0, 20.0, 18.0, 18.0),
    Orientation.LANDSCAPE: (15.0, 15.0, 15.0, 15.0),
}
LETTER_MARGINS_MM = (28.0, 30.0, 26.0, 25.0)  # close to GB/T 9704 for official letters

TONE_FILLS = {
    Tone.GREEN: QColor("#dcefd8"),
    Tone.YELLOW: QColor("#fff0c2"),
    Tone.RED: QColor("#f7d4d0"),
    Tone.GREY: QColor("#ececec"),
}
HEADER_FILL = QColor("#e6e6e6")
GROUP_FILL = QColor("#f3f3f3")
TEXT_COLOR = QColor("#000000")
MUTED_COLOR = QColor("#444444")

_ALIGN = {
    Align.LEFT: Qt.AlignmentFlag.AlignLeft,
    Align.CENTER: Qt.AlignmentFlag.AlignHCenter,
    Align.RIGHT: Qt.AlignmentFlag.AlignRight,
}
_VCENTER = int(Qt.AlignmentFlag.AlignVCenter)
SHRINK_STEPS = (0.9, 0.8, 0.75)  # a table cell's font, smaller until its widest word fits the column
_WORD = re.compile(r"[^\s\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]{2,}")  # Latin words, numbers


def _laid_lines(layout: QTextLayout, width: float) -> list[QTextLine]:
    """``layout``'s text laid out in lines of ``width`` (by the layout's own wrap mode)."""
    lines: list[QTextLine] = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(line)
    layout.endLayout()
    return lines


def wrap_text(text: str, font: QFont, width: float, device: QPaintDevice) -> list[str]:
    """``text`` as lines no wider than ``width``, broken by Qt's ``QTextOption.WrapAtWordBoundaryOrAnywhere``.

    Qt's Unicode line breaking keeps a Latin word whole and breaks inside a word only when the word alone is
    wider than a line (that line only, not the rest of the cell); Chinese breaks between characters, never
    before closing punctuation (，。、；）》」 …) nor after opening punctuation (（《“ …). The lines are then
    drawn as given, because QPainter.drawText has no flag for this mode: Qt.TextWordWrap lets an over-long
    word run over the border and Qt.TextWrapAnywhere breaks every word anywhere. The text's own line breaks
    are kept; spaces at the end of a line are dropped so that centred and right-aligned lines sit right.
    """
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font, device)
        layout.setTextOption(option)
        for line in _laid_lines(layout, width):
            lines.append(paragraph[line.textStart() : line.textStart() + line.textLength()].rstrip())
    return lines


# -- drawing operations ------------------------------------------------------------------------------------


@dataclass
class TextOp:
    rect: QRectF
    text: str
    font: QFont
    flags: int
    color: QColor = field(default_factory=lambda: TEXT_COLOR)
    lines: str | None = None  # the text as drawn, broken into lines by the layout (None: ``text`` on one line)

    @property
    def drawn(self) -> str:
        return self.text if self.lines is None else self.lines


@dataclass
class LineTextOp:
    """One line of a paragraph laid out with QTextLayout (justified, drawn exactly as measured)."""

    layout: QTextLayout
    line: int
    origin: QPointF


@dataclass
class BoxOp:
    rect: QRectF
    fill: QColor | None
    border: float  # pen width in pixels; 0 for no border


@dataclass
class RuleOp:
    start: QPointF
    end: QPointF
    width: float


@dataclass
class ChartOp:
    rect: QRectF
    chart: Chart
    fonts: FontChoice


Op = TextOp | LineTextOp | BoxOp | RuleOp | ChartOp


@dataclass
class Page:
    part: int
    number: int  # within its part, from 1
    ops: list[Op] = field(default_factory=list)
    total: int = 0  # pages in its part, known once the part is laid out
    footer: QRectF | None = None  # where 第X页 共Y页 goes
    footer_font: QFont | None = None


@dataclass
class LaidOut:
    document: Document
    pages: list[Page]
    page_rect: QRectF
    dpi: float
    fonts: FontChoice

    @property
    def page_count(self) -> int:
        return len(self.pages)


# -- geometry and fonts --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Geometry:
    page: QRectF
    content: QRectF
    dpi: float

    def pt(self, points: float) -> float:
        return points * self.dpi / 72

    def mm(self, millimetres: float) -> float:
        return millimetres * self.dpi / 25.4


def geometry_for(document: Document, dpi: float, page_size_px: tuple[float, float] | None = None) -> Geometry:
    """Page and content rectangles in device pixels (A4 in the document's orientation unless given)."""
    if page_size_px is None:
        width_mm, height_mm = A4_MM if document.orientation is Orientation.PORTRAIT else A4_MM[::-1]
        width, height = width_mm * dpi / 25.4, height_mm * dpi / 25.4
    else:
        width, height = page_size_px
    margins = LETTER_MARGINS_MM if document.letter else MARGINS_MM[document.orientation]
    left, top, right, bottom = (m * dpi / 25.4 for m in margins)
    page = QRectF(0, 0, width, height)
    return Geometry(page, QRectF(left, top, width - left - right, height - top - bottom), dpi)


class Fonts:
    """The fonts of each role at their sizes, with metrics for the target device."""

    def __init__(self, choice: FontChoice, device: QPaintDevice, document: Document) -> None:
        landscape = document.orientation is Orientation.LANDSCAPE
        table_pt = 9.0 if landscape else 9.5
        self.choice = choice
        self.title = make_font(choice.title, 18.0 if not document.letter else 20.0, bold=True)
        self.subtitle = make_font(choice.body, 12.0)
        self.meta = make_font(choice.body, 10.5)
        self.heading = make_font(choice.heading, 13.0 if not document.letter else 14.0, bold=True)
        self.body = make_font(choice.body, document.body_pt)
        self.body_bold = make_font(choice.heading, document.body_pt, bold=True)
        self.table = make_font(choice.table, table_pt)
        self.table_bold = make_font(choice.heading, table_pt, bold=True)
        self.figure = make_font(choice.heading, 16.0, bold=True)
        self.small = make_font(choice.body, 8.5)
        self.footer = make_font(choice.body, 9.0)
        self._device = device
        self._metrics: dict[int, QFontMetricsF] = {}
        self._scaled: dict[tuple[int, float], QFont] = {}

    def metrics(self, font: QFont) -> QFontMetricsF:
        key = id(font)
        if key not in self._metrics:
            self._metrics[key] = QFontMetricsF(font, self._device)
        return self._metrics[key]

    def scaled(self, font: QFont, scale: float) -> QFont:
        if scale == 1.0:
            return font
        key = (id(font), scale)
        if key not in self._scaled:
            copy = QFont(font)
            copy.setPointSizeF(font.pointSizeF() * scale)
            self._scaled[key] = copy
        return self._scaled[key]


# -- the paginator -------------------------------------------------------------------------------------------

Progress = Callable[[int, int], None]


def layout_document(
    document: Document,
    device: QPaintDevice,
    geometry: Geometry,
    *,
    fonts: FontChoice | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> LaidOut:
    """Place every printed part of ``document`` on pages of ``geometry``; measured on ``device``."""
    choice = fonts or choose_fonts()
    pages: list[Page] = []
    parts = document.printed_parts
    total_blocks = sum(len(p.blocks) for p in parts) or 1
    done = 0
    for index, part in enumerate(parts):
        paginator = _PartPaginator(document, part, index, geometry, Fonts(choice, device, document), cancelled)
        for block_count in paginator.run():
            done += block_count
            if progress:
                progress(done, total_blocks)
        for page in paginator.pages:
            page.total = len(paginator.pages)
        pages.extend(paginator.pages)
    return LaidOut(document, pages, geometry.page, geometry.dpi, choice)


class _PartPaginator:
    def __init__(
        self,
        document: Document,
        part: Part,
        index: int,
        geometry: Geometry,
        fonts: Fonts,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.document = document
        self.part = part
        self.index = index
        self.g = geometry
        self.f = fonts
        self.cancelled = cancelled
        self.pages: list[Page] = []
        self.y = 0.0
        self.pad_x = geometry.pt(2.5)
        self.pad_y = geometry.pt(2.0)
        self.rule = max(geometry.pt(0.5), 1.0)
        self._new_page()

    # -- page handling -----------------------------------------------------------------------------------

    @property
    def page(self) -> Page:
        return self.pages[-1]

    @property
    def left(self) -> float:
        return self.g.content.left()

    @property
    def width(self) -> float:
        return self.g.content.width()

    @property
    def bottom(self) -> float:
        return self.g.content.bottom()

    def _new_page(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled
        self.pages.append(Page(self.index, len(self.pages) + 1))
        self.y = self.g.content.top()
        if len(self.pages) > 1:
            self._running_head()
        self._footer()

    def _fits(self, height: float, slack: float = 0.0) -> bool:
        return self.y + height <= self.bottom + slack + 0.01

    def _ensure(self, height: float, slack: float = 0.0) -> None:
        """Start a new page unless ``height`` fits (a block taller than a page starts on a fresh one)."""
        if not self._fits(height, slack) and self.y > self.g.content.top() + self._running_height() + 0.01:
            self._new_page()

    def _running_height(self) -> float:
        return self.f.metrics(self.f.small).height() + self.g.pt(6) if len(self.pages) > 1 else 0.0

    def _running_head(self) -> None:
        """A small title line on continuation pages, so a loose sheet still says what it is."""
        title = next((b.title for b in self.part.blocks if isinstance(b, TitleBlock)), self.document.title)
        font = self.f.small
        height = self.f.metrics(font).height()
        rect = QRectF(self.left, self.y, self.width, height)
        flags = int(Qt.AlignmentFlag.AlignLeft) | _VCENTER
        self.page.ops.append(TextOp(rect, translate("Reports", "{title} (continued)").format(title=title), font, flags))
        # zh: {title}（续）
        self.y += height + self.g.pt(2)
        self.page.ops.append(RuleOp(QPointF(self.left, self.y), QPointF(self.left + self.width, self.y), self.rule))
        self.y += self.g.pt(4)

    def _footer(self) -> None:
        """第X页 共Y页 is filled in when the part's page count is known (see painting)."""
        font = self.f.footer
        height = self.f.metrics(font).height()
        top = self.bottom + (self.g.page.bottom() - self.bottom - height) / 2
        self.page.footer = QRectF(self.left, top, self.width, height)
        self.page.footer_font = font
        if self.document.footer:
            rect = QRectF(self.left, top, self.width, height)
            flags = int(Qt.AlignmentFlag.AlignLeft) | _VCENTER
            self.page.ops.append(TextOp(rect, self.document.footer, font, flags, MUTED_COLOR))

    # -- blocks ------------------------------------------------------------------------------------------

    def run(self) -> list[int]:
        """Lay out the blocks; yields progress as blocks done (a list to keep the interface simple)."""
        steps: list[int] = []
        blocks = self.part.blocks
        i = 0
        while i < len(blocks):
            block = blocks[i]
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            if isinstance(block, ChartBlock) and block.width_share < 1:
                row = [block]
                share = block.width_share
                while i + 1 < len(blocks):
                    candidate = blocks[i + 1]
                    if not isinstance(candidate, ChartBlock) or share + candidate.width_share > 1.001:
                        break
                    row.append(candidate)
                    share += candidate.width_share
                    i += 1
                self._charts(row)
            else:
                self._block(block, following)
            i += 1
            steps.append(1)
        return steps

    def _block(self, block: Block, following: Block | None) -> None:
        if isinstance(block, TitleBlock):
            self._title(block)
        elif isinstance(block, Heading):
            self._heading(block, following)
        elif isinstance(block, Paragraph):
            self._paragraph(block)
        elif isinstance(block, KeyFigures):
            self._figures(block)
        elif isinstance(block, Table):
            self._table(block.printed_view())
        elif isinstance(block, ChartBlock):
            self._charts([block])
        elif isinstance(block, Signatures):
            self._signatures(block)
        elif isinstance(block, Spacer):
            self.y += self.f.metrics(self.f.body).height() * block.lines

    def _lines(self, text: str, font: QFont, width: float) -> str | None:
        """``text`` broken into lines that fit ``width`` (see :func:`wrap_text`); None if it fits.

        Latin words stay whole unless one is wider than the column, Chinese breaks between characters.
        """
        metrics = self.f.metrics(font)
        if "\n" not in text and metrics.horizontalAdvance(text) <= width:
            return None
        return "\n".join(wrap_text(text, font, width, self._device_of_fonts()))

    def _fitted(self, text: str, font: QFont, width: float) -> QFont:
        """A table cell's font, a step or two smaller when one of its words is wider than the column.

        English labels in narrow columns ("Reported", "Behind") then stay whole; a word that even the smallest
        step does not make fit is broken at the cell's own size. Chinese, breaking between characters, is unaffected.
        """
        metrics = self.f.metrics(font)
        if "\n" not in text and metrics.horizontalAdvance(text) <= width:
            return font
        widest = max(_WORD.findall(text), key=metrics.horizontalAdvance, default="")
        if not widest or metrics.horizontalAdvance(widest) <= width:
            return font
        for scale in SHRINK_STEPS:
            smaller = self.f.scaled(font, scale)
            if self.f.metrics(smaller).horizontalAdvance(widest) <= width:
                return smaller
        return font

    def _height_of(self, lines: str | None, font: QFont, width: float) -> float:
        metrics = self.f.metrics(font)
        if lines is None:
            return metrics.height()
        return metrics.boundingRect(QRectF(0, 0, width, 1e9), 0, lines).height()

    def _text_height(self, text: str, font: QFont, width: float) -> float:
        return self._height_of(self._lines(text, font, width), font, width)

    def _place_text(self, text: str, font: QFont, align: Qt.AlignmentFlag, gap_after: float = 0.0) -> None:
        lines = self._lines(text, font, self.width)
        height = self._height_of(lines, font, self.width)
        self._ensure(height)
        flags = int(align) | int(Qt.AlignmentFlag.AlignTop)
        rect = QRectF(self.left, self.y, self.width, height)
        self.page.ops.append(TextOp(rect, text, font, flags, lines=lines))
        self.y += height + gap_after

    def _title(self, block: TitleBlock) -> None:
        center = Qt.AlignmentFlag.AlignHCenter
        self._place_text(block.title, self.f.title, center, self.g.pt(6))
        if block.subtitle:
            self._place_text(block.subtitle, self.f.subtitle, center, self.g.pt(4))
        if block.doc_number:
            self._place_text(block.doc_number, self.f.subtitle, Qt.AlignmentFlag.AlignRight, self.g.pt(4))
        meta = [t for t in (block.unit, block.period, block.date) if t]
        if meta:
            self._meta_line(block)
        self.y += self.g.pt(4)

    def _meta_line(self, block: TitleBlock) -> None:
        """Unit, period and date on one line when they fit; else the unit alone, then period and date."""
        font = self.f.meta
        metrics = self.f.metrics(font)
        gap = metrics.horizontalAdvance("\u3000") * 2
        texts = [block.unit, block.period, block.date]
        widths = [metrics.horizontalAdvance(t) for t in texts]
        height = metrics.height()
        left, right = int(Qt.AlignmentFlag.AlignLeft), int(Qt.AlignmentFlag.AlignRight)
        center = int(Qt.AlignmentFlag.AlignHCenter)
        if sum(widths) + 2 * gap <= self.width:
            self._ensure(height)
            # The period is centred on the page unless that would run into the unit or the date.
            middle = max(self.left + widths[0] + gap, self.left + (self.width - widths[1]) / 2)
            middle = min(middle, self.left + self.width - widths[2] - gap - widths[1])
            self.page.ops.append(TextOp(QRectF(self.left, self.y, widths[0], height), texts[0], font, left))
            self.page.ops.append(TextOp(QRectF(middle, self.y, widths[1], height), texts[1], font, center))
            self.page.ops.append(TextOp(QRectF(self.left, self.y, self.width, height), texts[2], font, right))
            self.y += height + self.g.pt(2)
            return
        self._place_text(texts[0], font, Qt.AlignmentFlag.AlignLeft, self.g.pt(1))
        self._ensure(height)
        self.page.ops.append(TextOp(QRectF(self.left, self.y, self.width, height), texts[1], font, left))
        self.page.ops.append(TextOp(QRectF(self.left, self.y, self.width, height), texts[2], font, right))
        self.y += height + self.g.pt(2)

    def _heading(self, block: Heading, following: Block | None) -> None:
        font = self.f.heading
        lines = self._lines(block.text, font, self.width)
        height = self._height_of(lines, font, self.width)
        gap = self.g.pt(8)
        keep = height + gap + self._min_height(following)
        if self.y > self.g.content.top() + self._running_height() + 0.01:
            self._ensure(keep)
            if self.y > self.g.content.top() + self._running_height() + 0.01:
                self.y += gap * 0.6
        flags = int(Qt.AlignmentFlag.AlignLeft)
        rect = QRectF(self.left, self.y, self.width, height)
        self.page.ops.append(TextOp(rect, block.text, font, flags, lines=lines))
        self.y += height + gap * 0.4

    def _min_height(self, block: Block | None) -> float:
        """How much of the next block must fit below a heading or caption (keep-with-next)."""
        if block is None:
            return 0.0
        if isinstance(block, Table):
            block = block.printed_view()
            header = self._header_height(block, self._column_widths(block))
            first = self._row_height(block, block.rows[0], self._column_widths(block)) if block.rows else 0.0
            return header + first
        if isinstance(block, Paragraph):
            return self.f.metrics(self.f.body).lineSpacing() * 2 * self.document.line_spacing
        if isinstance(block, ChartBlock):
            return self.g.mm(block.height_mm)
        if isinstance(block, KeyFigures):
            return self._figure_height()
        return 0.0

    def _paragraph(self, block: Paragraph) -> None:
        font = self.f.body_bold if block.bold else self.f.body
        text = ("\u3000\u3000" + block.text) if block.indent else block.text
        layout = QTextLayout(text, font, self._device_of_fonts())
        option = QTextOption()
        if block.align is Align.LEFT:
            option.setAlignment(Qt.AlignmentFlag.AlignJustify)
        else:
            option.setAlignment(_ALIGN[block.align])
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        lines = _laid_lines(layout, self.width)
        spacing = self.f.metrics(font).lineSpacing() * self.document.line_spacing
        self.y += spacing * block.space_before
        for index, line in enumerate(lines):
            self._ensure(spacing)
            # Lines sit at the top of their (taller) line box; QTextLine.y() is relative to the layout.
            origin = QPointF(self.left, self.y - line.y() + (spacing - line.height()) / 2)
            self.page.ops.append(LineTextOp(layout, index, origin))
            self.y += spacing
        self.y += self.g.pt(2)

    def _device_of_fonts(self) -> QPaintDevice:
        return self.f._device

    def _figure_height(self) -> float:
        return self.f.metrics(self.f.figure).height() + self.f.metrics(self.f.table).height() * 2 + self.pad_y * 4

    def _figures(self, block: KeyFigures) -> None:
        per_row = 4 if self.document.orientation is Orientation.PORTRAIT else 6
        gap = self.g.pt(6)
        box_w = (self.width - gap * (per_row - 1)) / per_row
        height = self._figure_height()
        for start in range(0, len(block.items), per_row):
            self._ensure(height)
            x = self.left
            for item in block.items[start : start + per_row]:
                rect = QRectF(x, self.y, box_w, height)
                self.page.ops.append(BoxOp(rect, TONE_FILLS.get(item.tone) if item.tone else None, self.rule))
                inner = rect.adjusted(self.pad_x, self.pad_y, -self.pad_x, -self.pad_y)
                value_h = self.f.metrics(self.f.figure).height()
                center = int(Qt.AlignmentFlag.AlignHCenter)
                self.page.ops.append(
                    TextOp(
                        QRectF(inner.left(), inner.top(), inner.width(), value_h),
                        item.value,
                        self.f.figure,
                        center | _VCENTER,
                    )
                )
                label = item.label if not item.note else f"{item.label}\n{item.note}"
                self.page.ops.append(
                    TextOp(
                        QRectF(inner.left(), inner.top() + value_h, inner.width(), inner.height() - value_h),
                        label,
                        self.f.table,
                        center | int(Qt.AlignmentFlag.AlignTop),
                        MUTED_COLOR,
                        self._lines(label, self.f.table, inner.width()),
                    )
                )
                x += box_w + gap
            self.y += height + gap
        self.y += self.g.pt(2)

    def _charts(self, row: Sequence[ChartBlock]) -> None:
        height = max(self.g.mm(b.height_mm) for b in row)
        height = min(height, self.g.content.height() - self._running_height() - self.g.pt(8))
        self._ensure(height)
        gap = self.g.pt(8)
        total_share = sum(b.width_share for b in row)
        usable = self.width - gap * (len(row) - 1)
        x = self.left
        for block in row:
            w = usable * block.width_share / max(total_share, 1.0)
            self.page.ops.append(ChartOp(QRectF(x, self.y, w, height), block.chart, self.f.choice))
            x += w + gap
        self.y += height + self.g.pt(6)

    def _signatures(self, block: Signatures) -> None:
        font = self.f.body if not self.document.letter else self.f.meta
        height = self.f.metrics(font).height() * 1.5
        # A signature line may reach a little into the bottom margin (well clear of the page number) rather
        # than stand alone on a page of its own.
        self._ensure(height + self.g.pt(8), slack=self.g.pt(8))
        self.y += self.g.pt(8)
        share = self.width / max(len(block.labels), 1)
        flags = int(Qt.AlignmentFlag.AlignLeft) | _VCENTER
        for index, label in enumerate(block.labels):
            rect = QRectF(self.left + share * index, self.y, share, height)
            self.page.ops.append(TextOp(rect, label, font, flags))
            label_w = self.f.metrics(font).horizontalAdvance(label)
            line_y = self.y + height * 0.75
            start = QPointF(rect.left() + label_w + self.g.pt(2), line_y)
            end = QPointF(rect.left() + share * 0.85, line_y)
            self.page.ops.append(RuleOp(start, end, self.rule))
        self.y += height

    # -- tables ------------------------------------------------------------------------------------------

    def _column_widths(self, table: Table) -> list[float]:
        total = sum(c.width for c in table.columns) or 1.0
        return [self.width * c.width / total for c in table.columns]

    def _cell_font(self, table: Table, bold: bool) -> QFont:
        return self.f.scaled(self.f.table_bold if bold else self.f.table, table.font_scale)

    def _header_cells(self, table: Table, widths: list[float]) -> list[tuple[float, float, float, int, str]]:
        """(x, width, row, rows spanned, text) for the header; grouped columns get a spanning cell above."""
        cells = []
        x = self.left
        grouped = table.has_groups
        index = 0
        columns = table.columns
        while index < len(columns):
            column = columns[index]
            if grouped and column.group:
                end = index
                while end + 1 < len(columns) and columns[end + 1].group == column.group:
                    end += 1
                span = sum(widths[index : end + 1])
                cells.append((x, span, 0, 1, column.group))
                sub_x = x
                for j in range(index, end + 1):
                    cells.append((sub_x, widths[j], 1, 1, columns[j].title))
                    sub_x += widths[j]
                x += span
                index = end + 1
                continue
            cells.append((x, widths[index], 0, 2 if grouped else 1, column.title))
            x += widths[index]
            index += 1
        return cells

    def _header_rows(self, table: Table, widths: list[float]) -> list[float]:
        font = self._cell_font(table, True)
        rows = 2 if table.has_groups else 1
        heights = [0.0] * rows
        for _x, w, row, span, text in self._header_cells(table, widths):
            if span == 1:
                inner = w - 2 * self.pad_x
                needed = self._text_height(text, self._fitted(text, font, inner), inner) + 2 * self.pad_y
                heights[row] = max(heights[row], needed)
        for _x, w, _row, span, text in self._header_cells(table, widths):
            if span == 2:
                inner = w - 2 * self.pad_x
                needed = self._text_height(text, self._fitted(text, font, inner), inner) + 2 * self.pad_y
                if needed > sum(heights):
                    heights[-1] += needed - sum(heights)
        return heights

    def _header_height(self, table: Table, widths: list[float]) -> float:
        return sum(self._header_rows(table, widths))

    def _place_header(self, table: Table, widths: list[float]) -> None:
        font = self._cell_font(table, True)
        heights = self._header_rows(table, widths)
        tops = [self.y, self.y + heights[0]]
        for x, w, row, span, text in self._header_cells(table, widths):
            h = sum(heights[row : row + span])
            rect = QRectF(x, tops[row], w, h)
            self.page.ops.append(BoxOp(rect, HEADER_FILL, self.rule))
            inner = rect.adjusted(self.pad_x, self.pad_y, -self.pad_x, -self.pad_y)
            flags = int(Qt.AlignmentFlag.AlignHCenter) | _VCENTER
            fitted = self._fitted(text, font, inner.width())
            lines = self._lines(text, fitted, inner.width())
            self.page.ops.append(TextOp(inner, text, fitted, flags, lines=lines))
        self.y += sum(heights)

    def _measure(self, table: Table, row: Row, widths: list[float], label: str | None = None) -> _Measured:
        """A row's texts, fonts, wrapping and height, worked out once and used again when it is placed."""
        if row.kind is RowKind.GROUP:
            text = label if label is not None else table.cell_text(row, 0)
            font = self._cell_font(table, True)
            inner = self.width - 2 * self.pad_x
            lines = self._lines(text, font, inner)
            height = self._height_of(lines, font, inner) + 2 * self.pad_y
            return _Measured(row, [text], [font], [lines], [None], height)
        texts: list[str] = []
        fonts: list[QFont] = []
        broken: list[str | None] = []
        tones: list[Tone | None] = []
        height = self.f.metrics(self._cell_font(table, False)).height()
        total = row.kind is RowKind.TOTAL
        for index, w in enumerate(widths):
            cell = as_cell(row.cells[index]) if index < len(row.cells) else _EMPTY
            text = cell.text if cell.text is not None else table.columns[index].display(cell.value)
            font = self._cell_font(table, total or cell.bold)
            lines = None
            if text:
                inner = w - 2 * self.pad_x
                font = self._fitted(text, font, inner)
                lines = self._lines(text, font, inner)  # most cells fit on one line
                if lines is not None:
                    height = max(height, self._height_of(lines, font, inner))
            texts.append(text)
            fonts.append(font)
            tones.append(cell.tone)
            broken.append(lines)
        return _Measured(row, texts, fonts, broken, tones, height + 2 * self.pad_y)

    def _row_height(self, table: Table, row: Row, widths: list[float]) -> float:
        return self._measure(table, row, widths).height

    def _place_row(self, table: Table, measured: _Measured, widths: list[float]) -> None:
        height = measured.height
        if measured.row.kind is RowKind.GROUP:
            rect = QRectF(self.left, self.y, self.width, height)
            self.page.ops.append(BoxOp(rect, GROUP_FILL, self.rule))
            inner = rect.adjusted(self.pad_x, self.pad_y, -self.pad_x, -self.pad_y)
            flags = int(Qt.AlignmentFlag.AlignLeft) | _VCENTER
            self.page.ops.append(TextOp(inner, measured.texts[0], measured.fonts[0], flags, lines=measured.lines[0]))
            self.y += height
            return
        x = self.left
        ops = self.page.ops
        for index, w in enumerate(widths):
            rect = QRectF(x, self.y, w, height)
            tone = measured.tones[index]
            ops.append(BoxOp(rect, TONE_FILLS.get(tone) if tone else None, self.rule))
            content = measured.texts[index]
            if content:
                inner = rect.adjusted(self.pad_x, self.pad_y, -self.pad_x, -self.pad_y)
                flags = int(_ALIGN[table.columns[index].align]) | _VCENTER
                ops.append(TextOp(inner, content, measured.fonts[index], flags, lines=measured.lines[index]))
            x += w
        self.y += height

    def _table(self, table: Table) -> None:
        widths = self._column_widths(table)
        header_h = self._header_height(table, widths)
        caption_h = 0.0
        caption_lines = None
        if table.caption:
            caption_lines = self._lines(table.caption, self.f.table_bold, self.width)
            caption_h = self._height_of(caption_lines, self.f.table_bold, self.width) + self.g.pt(3)
        rows = table.rows
        measured: list[_Measured] = []
        for position, row in enumerate(rows):
            if self.cancelled is not None and position % 500 == 0 and self.cancelled():
                raise Cancelled
            measured.append(self._fitting(table, self._measure(table, row, widths), widths, header_h))
        first_h = measured[0].height if measured else 0.0
        if len(measured) > 1 and rows[0].kind is RowKind.GROUP:
            first_h += measured[1].height
        self._ensure(caption_h + header_h + first_h)
        if table.caption:
            flags = int(Qt.AlignmentFlag.AlignLeft)
            rect = QRectF(self.left, self.y, self.width, caption_h)
            self.page.ops.append(TextOp(rect, table.caption, self.f.table_bold, flags, lines=caption_lines))
            self.y += caption_h
        self._place_header(table, widths)
        if not rows:
            empty = Row((table.empty_text or translate("Reports", "(none)"),), RowKind.GROUP)  # zh: （无）
            self._place_row(table, self._measure(table, empty, widths), widths)
            self.y += self.g.pt(6)
            return
        group: _Measured | None = None
        on_page = 0
        for position, item in enumerate(measured):
            needed = item.height
            if item.row.kind is RowKind.GROUP and position + 1 < len(measured):
                needed += measured[position + 1].height  # no group heading alone at the foot of a page
            if not self._fits(needed) and on_page:
                self._new_page()
                on_page = 0
                self._place_header(table, widths)
                if group is not None and item.row.kind is not RowKind.GROUP:
                    label = translate("Reports", "{group} (continued)").format(group=group.texts[0])
                    # zh: {group}（续）
                    self._place_row(table, self._measure(table, group.row, widths, label), widths)
            if item.row.kind is RowKind.GROUP:
                group = item
            self._place_row(table, item, widths)
            on_page += 1
        self.y += self.g.pt(6)

    def _fitting(self, table: Table, item: _Measured, widths: list[float], header_h: float) -> _Measured:
        """The row, its longest texts shortened with … only if it could not fit on an empty page."""
        room = self.g.content.height() - self.g.pt(20) - header_h - self.f.metrics(self.f.small).height() * 3
        while item.height > room:
            texts = item.texts
            longest = max(range(len(texts)), key=lambda i: len(texts[i]))
            if len(texts[longest]) < 8:
                break
            cells = list(item.row.cells) + [None] * (len(widths) - len(item.row.cells))
            keep = int(len(texts[longest]) * 0.8)
            cells[longest] = Cell(as_cell(cells[longest]).value, texts[longest][:keep].rstrip("…") + "…")
            item = self._measure(table, Row(tuple(cells), item.row.kind), widths)
        return item


@dataclass
class _Measured:
    row: Row
    texts: list[str]
    fonts: list[QFont]
    lines: list[str | None]  # each text broken into lines where it does not fit (None: one line)
    tones: list[Tone | None]
    height: float


_EMPTY = Cell(None)
