"""One call from request to files: build the document, write the PDF and/or the xlsx, report progress.

This is the function the background operation runs (``run(data, state)`` in Orange3's sense): plain Python,
progress through a callback, cancellation through a predicate checked between pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ipdesk.i18n import translate
from ipdesk.reports.document import Document
from ipdesk.reports.kinds import ReportRequest, build_document
from ipdesk.services import Services

Progress = Callable[[int, int, str], None]  # (done, total, text)

BUILD_SHARE, PDF_SHARE = 20, 70  # of 100 steps; the xlsx takes the rest


@dataclass(frozen=True)
class GeneratedReport:
    document: Document
    pdf: Path | None = None
    pdf_pages: int = 0
    xlsx: Path | None = None
    warnings: tuple[str, ...] = ()


def generate(
    services: Services,
    request: ReportRequest,
    *,
    pdf: Path | str | None = None,
    xlsx: Path | str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> GeneratedReport:
    """Build the report and write the files asked for; raises :class:`ipdesk.errors.Cancelled` if stopped."""
    report = progress or (lambda _d, _t, _s: None)
    report(0, 100, translate("Reports", "Reading data…"))
    document = build_document(services, request, lambda text: report(5, 100, text))
    warnings = list(document.warnings)
    pdf_path: Path | None = None
    pages = 0
    if pdf is not None:
        from ipdesk.reports.pdf import write_pdf

        def pdf_progress(done: int, total: int, text: str) -> None:
            report(BUILD_SHARE + round(PDF_SHARE * done / max(total, 1)), 100, text)

        result = write_pdf(document, pdf, progress=pdf_progress, cancelled=cancelled)
        pdf_path, pages = result.path, result.pages
        if not result.fonts.complete:
            warnings.append(
                translate(
                    "Reports", "No Chinese font was found; install SimSun or Noto Serif CJK SC and print again."
                )  # zh: 未找到中文字体，请安装宋体或思源宋体后重新生成。
            )
    xlsx_path: Path | None = None
    if xlsx is not None:
        from ipdesk.reports.xlsx import write_xlsx

        report(BUILD_SHARE + PDF_SHARE, 100, translate("Reports", "Writing the workbook…"))  # zh: 正在生成Excel文件…
        xlsx_path = write_xlsx(document, xlsx)
    report(100, 100, translate("Reports", "Done."))  # zh: 已完成。
    return GeneratedReport(document, pdf_path, pages, xlsx_path, tuple(warnings))
