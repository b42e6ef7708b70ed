"""Drawing laid-out pages with QPainter: the same code paints the PDF and the printer of the print preview."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPainter, QPen

from ipdesk.i18n import translate
from ipdesk.reports.chart_painting import ChartPainter
from ipdesk.reports.layout import (
    TEXT_COLOR,
    BoxOp,
    Cancelled,
    ChartOp,
    LaidOut,
    LineTextOp,
    Page,
    RuleOp,
    TextOp,
)


def page_number_text(number: int, total: int) -> str:
    return translate("Reports", "Page {page} of {total}").format(page=number, total=total)  # zh: 第{page}页 共{total}页


def paint_page(
    painter: QPainter,
    laid: LaidOut,
    page: Page,
    charts: ChartPainter | None = None,
    record: list[str] | None = None,
) -> None:
    """Draw one page's operations, then its page number; the text drawn is added to ``record``."""
    charts = charts or ChartPainter(painter, laid.dpi, laid.fonts, record)
    current_font = None
    for op in page.ops:
        if isinstance(op, BoxOp):
            painter.setBrush(QBrush(op.fill) if op.fill is not None else Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(TEXT_COLOR, op.border) if op.border else Qt.PenStyle.NoPen)
            painter.drawRect(op.rect)
        elif isinstance(op, TextOp):
            if op.font is not current_font:
                painter.setFont(op.font)
                current_font = op.font
            painter.setPen(op.color)
            painter.drawText(op.rect, op.flags, op.drawn)
            if record is not None:
                record.append(op.text)
        elif isinstance(op, LineTextOp):
            painter.setPen(TEXT_COLOR)
            op.layout.lineAt(op.line).draw(painter, op.origin)
            current_font = None
            if record is not None and op.line == 0:
                record.append(op.layout.text())
        elif isinstance(op, RuleOp):
            painter.setPen(QPen(TEXT_COLOR, op.width))
            painter.drawLine(op.start, op.end)
        elif isinstance(op, ChartOp):
            charts.draw(op.chart, op.rect)
            current_font = None
    if page.footer is not None and page.footer_font is not None:
        painter.setFont(page.footer_font)
        painter.setPen(TEXT_COLOR)
        flags = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.AlignmentFlag.AlignVCenter)
        text = page_number_text(page.number, page.total)
        painter.drawText(page.footer, flags, text)
        if record is not None:
            record.append(text)


def paint_pages(
    painter: QPainter,
    laid: LaidOut,
    new_page: Callable[[], object],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    pages: list[int] | None = None,
    record: list[str] | None = None,
) -> None:
    """Draw ``pages`` (indices; all by default), calling ``new_page`` between them."""
    indices = pages if pages is not None else list(range(len(laid.pages)))
    charts = ChartPainter(painter, laid.dpi, laid.fonts, record)
    for position, index in enumerate(indices):
        if cancelled is not None and cancelled():
            raise Cancelled
        if position:
            new_page()
        paint_page(painter, laid, laid.pages[index], charts, record)
        if progress:
            progress(position + 1, len(indices))
