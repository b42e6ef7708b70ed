"""Writing a document as PDF with QPdfWriter: A4, Chinese fonts embedded, text selectable and searchable."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from ipdesk.errors import Cancelled, IpdeskError
from ipdesk.i18n import translate
from ipdesk.reports.document import Document, Orientation
from ipdesk.reports.fonts import ALL_CJK, FontChoice, choose_fonts, installed_families, variants
from ipdesk.reports.gui_app import ensure_gui_application
from ipdesk.reports.layout import LaidOut, geometry_for, layout_document
from ipdesk.reports.painting import paint_pages
from ipdesk.reports.pdf_text import fix_shared_glyphs

PDF_RESOLUTION = 1200
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class PdfResult:
    path: Path
    pages: int
    fonts: FontChoice


def page_layout(document: Document) -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape
        if document.orientation is Orientation.LANDSCAPE
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0))


def write_pdf(
    document: Document,
    path: Path | str,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PdfResult:
    """Lay out and draw ``document`` into ``path`` (written to a temporary file first, then moved in place)."""
    ensure_gui_application()
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".ipdesk-", suffix=".pdf", dir=target.parent)
    os.close(handle)
    scratch = Path(temporary)
    try:
        fonts = choose_fonts()
        writer = QPdfWriter(str(scratch))
        writer.setResolution(PDF_RESOLUTION)
        writer.setTitle(document.title)
        writer.setCreator("ipdesk")
        writer.setPageLayout(page_layout(document))
        drawn: list[str] = []
        laid = _render(document, writer, fonts, progress, cancelled, drawn)
        del writer  # the painter has finished the file
        families = [*fonts.families(), *(f for f in ALL_CJK if f in installed_families())]
        fix_shared_glyphs(scratch, variants(dict.fromkeys(families)), "".join(drawn))
        os.replace(scratch, target)
    except Cancelled:
        scratch.unlink(missing_ok=True)
        raise
    except OSError as exc:
        scratch.unlink(missing_ok=True)
        raise IpdeskError(
            translate("Errors", "The PDF could not be written to {path}: {reason}").format(path=target, reason=exc)
        ) from exc
    except BaseException:
        scratch.unlink(missing_ok=True)
        raise
    return PdfResult(target, laid.page_count, fonts)


def render_to_device(
    document: Document,
    device: QPagedPaintDevice,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> LaidOut:
    """Lay out for ``device`` (a printer, a PDF writer) at its current page size and draw every page on it."""
    return _render(document, device, choose_fonts(), progress, cancelled)


def _render(
    document: Document,
    device: QPagedPaintDevice,
    fonts: FontChoice,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    record: list[str] | None = None,
) -> LaidOut:
    dpi = float(device.logicalDpiX())
    full = device.pageLayout().fullRectPixels(round(dpi))
    geometry = geometry_for(document, dpi, (float(full.width()), float(full.height())))
    laying = translate("Reports", "Laying out pages…")  # zh: 正在排版…
    drawing = translate("Reports", "Drawing page {page} of {total}…")  # zh: 正在生成第{page}页，共{total}页…
    laid = layout_document(
        document,
        device,
        geometry,
        fonts=fonts,
        progress=(lambda done, total: progress(done, total, laying)) if progress else None,
        cancelled=cancelled,
    )
    painter = QPainter()
    if not painter.begin(device):
        raise IpdeskError(translate("Errors", "The printer or file could not be opened for drawing."))
    try:
        paint_pages(
            painter,
            laid,
            device.newPage,
            progress=(lambda done, total: progress(done, total, drawing.format(page=done, total=total)))
            if progress
            else None,
            cancelled=cancelled,
            record=record,
        )
    finally:
        painter.end()
    return laid
