"""Printing the summary sheets: choose kind, period, plan and department; preview and print, or save PDF / xlsx.

* :class:`ReportPanel` — the choices and the three actions, to embed in the 汇总报表 page;
* :class:`ReportDialog` / :func:`open_report_dialog` — the same panel in a window of its own;
* :func:`show_print_preview` — a QPrintPreviewDialog that draws the paginated document on the printer.

Documents are built and files written by :func:`ipdesk.reports.generate.generate` on the operation runner's
worker thread, with a cancellable progress dialog; only the print preview paints on the GUI thread, because
Qt asks for the pages there.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QMarginsF, Qt, QUrl
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipdesk.analytics.desk import default_period
from ipdesk.domain.periods import Period
from ipdesk.errors import Cancelled, IpdeskError
from ipdesk.reports.document import Document
from ipdesk.reports.generate import GeneratedReport, generate
from ipdesk.reports.kinds import ReportKind, ReportRequest, build_document
from ipdesk.reports.pdf import page_layout, render_to_device
from ipdesk.services import Services
from ui.context import AppContext
from ui.operations import OperationContext

ERROR_STYLE = "color: #b3261e;"


def _exec(dialog: QDialog) -> int:
    """Run a modal dialog (tests replace this to drive the dialog without blocking)."""
    return dialog.exec()


def make_printer(document: Document) -> QPrinter:
    """A high-resolution A4 printer in the document's orientation; our own layout supplies the margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    layout = page_layout(document)
    layout.setMargins(QMarginsF(0, 0, 0, 0))
    printer.setPageLayout(layout)
    printer.setDocName(document.title)
    return printer


def show_print_preview(document: Document, parent: QWidget | None = None) -> int:
    """Preview ``document`` as it will print; the dialog's print button sends the same pages to the printer."""
    printer = make_printer(document)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(document.title)
    dialog.paintRequested.connect(lambda device: render_to_device(document, device))
    dialog.setWindowState(dialog.windowState() | Qt.WindowState.WindowMaximized)
    return _exec(dialog)


class ReportPanel(QWidget):
    """The report choices and actions; emits nothing, shows its outcome inline."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, kind: ReportKind | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = QComboBox(self)
        self.period = QComboBox(self)
        self.period.setEditable(True)  # a period not opened yet can be typed: 2026Q4
        self.plan = QComboBox(self)
        self.department = QComboBox(self)
        self.by_department = QCheckBox(self)
        self.preview_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.xlsx_button = QPushButton(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setOpenExternalLinks(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self._form = QFormLayout()
        self._labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(self._labels, (self.kind, self.period, self.plan, self.department), strict=True):
            self._form.addRow(label, field)
        self._form.addRow("", self.by_department)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.pdf_button, self.xlsx_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.message.hide()
        layout.addStretch(1)
        for item in ReportKind:
            self.kind.addItem(item.label, item.value)
        if kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.retranslate_ui()
        self._kind_changed()
        self.reload_choices()

    # -- choices ---------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        texts = (self.tr("Report"), self.tr("Period"), self.tr("Plan"), self.tr("Department"))
        # zh: 报表 统计期间 规划（方案） 责任单位
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.by_department.setText(self.tr("Group the tasks by department"))  # zh: 按责任单位分组列示
        self.preview_button.setText(self.tr("Print preview…"))  # zh: 打印预览…
        self.pdf_button.setText(self.tr("Save as PDF…"))  # zh: 导出PDF…
        self.xlsx_button.setText(self.tr("Save as Excel…"))  # zh: 导出Excel…
        for index in range(self.kind.count()):
            self.kind.setItemText(index, ReportKind(self.kind.itemData(index)).label)
        if self.plan.count():
            self.plan.setItemText(0, self.tr("Plans of this office"))  # zh: 本单位全部规划（方案）
        if self.department.count():
            self.department.setItemText(0, self.tr("All departments"))  # zh: 全部责任单位

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload_choices(self) -> None:
        """Read the periods, plans and departments in the background and offer them."""
        services = self.ctx.services

        def work(_context: OperationContext) -> tuple[list[Any], list[Any], list[Any]]:
            return services.periods.list(), services.plans.list(), services.departments.list()

        self.ctx.operations.run(work, parent=self, label=self.tr("Loading…"), on_success=self._fill)

    def _fill(self, data: tuple[list[Any], list[Any], list[Any]]) -> None:
        periods, plans, departments = data
        current_period = self.period.currentText()
        self.period.clear()
        for period in sorted(periods, key=lambda p: (p.end_date, -p.start_date.toordinal()), reverse=True):
            self.period.addItem(period.label, period.code)
        fallback = default_period(periods, date.today())  # the overview's choice, so both open alike
        chosen = current_period or (fallback.code if fallback is not None else None)
        if chosen:
            index = self.period.findData(chosen)
            if index >= 0:
                self.period.setCurrentIndex(index)
            else:
                self.period.setEditText(chosen)
        self.plan.clear()
        self.plan.addItem(self.tr("Plans of this office"), None)
        for plan in plans:
            self.plan.addItem(f"{plan.title}（{plan.years}）" if plan.years else plan.title, plan.id)
        self.department.clear()
        self.department.addItem(self.tr("All departments"), None)
        repeated = Counter(d.display_name for d in departments)
        for dept in departments:
            # Every city has a 市科技局: a short name that repeats says which unit it belongs to.
            label = dept.display_name
            if repeated[label] > 1 and dept.unit_name:
                label = f"{label}（{dept.unit_name}）"
            self.department.addItem(label, dept.id)

    def _kind_changed(self) -> None:
        self.by_department.setEnabled(self.kind.currentData() == ReportKind.TASKS.value)

    def period_code(self) -> str:
        """The chosen period's code (a typed one is checked: 2026Q3, 2026年第三季度 …)."""
        text = self.period.currentText().strip()
        index = self.period.findText(text)
        if index >= 0 and self.period.itemData(index):
            return str(self.period.itemData(index))
        return Period.parse(text).code

    def request(self) -> ReportRequest:
        return ReportRequest(
            kind=ReportKind(self.kind.currentData()),
            period=self.period_code(),
            plan_id=self.plan.currentData(),
            department=self.department.currentData(),
            by_department=self.by_department.isEnabled() and self.by_department.isChecked(),
        )

    # -- actions ----------------------------------------------------------------------------------------

    def ask_save_path(self, suffix: str, title: str) -> Path | None:
        """The file to write, from a save dialog (tests replace this)."""
        kind = ReportKind(self.kind.currentData())
        suggested = f"{kind.label}-{self.period_code()}.{suffix}"
        filters = {"pdf": self.tr("PDF files (*.pdf)"), "xlsx": self.tr("Excel workbooks (*.xlsx)")}
        # zh: PDF文件 (*.pdf)  Excel工作簿 (*.xlsx)
        path, _filter = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested), filters[suffix])
        if not path:
            return None
        target = Path(path)
        return target if target.suffix.lower() == f".{suffix}" else target.with_suffix(f".{suffix}")

    def preview(self) -> None:
        request = self._checked_request()
        if request is None:
            return
        services = self.ctx.services

        def work(context: OperationContext) -> Document:
            return build_document(services, request, lambda text: context.progress(0, 0, text))

        self._run(work, self.tr("Preparing the report…"), self._show_preview)  # zh: 正在生成报表…

    def _show_preview(self, document: Document) -> None:
        self._say(self.tr("{title}: preview closed.").format(title=document.title))  # zh: {title}：已关闭预览。
        show_print_preview(document, self)

    def export_pdf(self) -> None:
        self._export("pdf", self.tr("Save the report as PDF"))  # zh: 将报表保存为PDF

    def export_xlsx(self) -> None:
        self._export("xlsx", self.tr("Save the report as an Excel workbook"))  # zh: 将报表保存为Excel工作簿

    def _export(self, suffix: str, title: str) -> None:
        request = self._checked_request()
        if request is None:
            return
        path = self.ask_save_path(suffix, title)
        if path is None:
            return
        services = self.ctx.services
        files = {"pdf": path} if suffix == "pdf" else {"xlsx": path}
        self._run(
            lambda context: _generate(services, request, context, **files),
            self.tr("Writing {name}…").format(name=path.name),  # zh: 正在生成{name}…
            self._saved,
            cancellable=True,
        )

    def _saved(self, result: GeneratedReport) -> None:
        path = result.pdf or result.xlsx
        assert path is not None
        link = f'<a href="{QUrl.fromLocalFile(str(path.parent)).toString()}">{escape(str(path))}</a>'
        if result.pdf is not None:
            text = self.tr("Saved {path} ({pages} pages).").format(path=link, pages=result.pdf_pages)
            # zh: 已保存{path}（共{pages}页）。
        else:
            text = self.tr("Saved {path}.").format(path=link)  # zh: 已保存{path}。
        warnings = "".join(f"<br>{escape(w)}" for w in result.warnings)
        self._say(text + warnings, rich=True, error=bool(result.warnings))

    def _checked_request(self) -> ReportRequest | None:
        try:
            return self.request()
        except IpdeskError as exc:
            self._say(exc.message, error=True)
            return None

    def _run(self, work: Any, label: str, on_success: Any, *, cancellable: bool = False) -> None:
        self._set_busy(True)

        def succeeded(result: Any) -> None:
            self._set_busy(False)
            on_success(result)

        def failed(error: BaseException) -> bool:
            self._set_busy(False)
            if isinstance(error, Cancelled):
                self._say(error.message)  # stopped by the clerk; no file was left behind
                return True
            if isinstance(error, IpdeskError):
                self._say(error.message, error=True)  # a clerk's mistake: said next to the buttons
                return True
            return False  # a bug: the error presenter shows it with its details

        operation = self.ctx.operations.run(
            work, parent=self, label=label, on_success=succeeded, on_failure=failed, cancellable=cancellable
        )
        operation.finished.connect(self._operation_finished)  # also after Cancel

    def _operation_finished(self) -> None:
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.preview_button, self.pdf_button, self.xlsx_button):
            button.setEnabled(not busy)

    def _say(self, text: str, *, rich: bool = False, error: bool = False) -> None:
        self.message.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))  # no empty band under the buttons while there is nothing to say


def _generate(services: Services, request: ReportRequest, context: OperationContext, **files: Path) -> GeneratedReport:
    """The background work: write the files, reporting progress; Cancel stops between pages."""
    return generate(  # a Cancelled from the layout ends the operation quietly
        services,
        request,
        progress=context.progress,
        cancelled=lambda: context.cancelled,
        **files,  # type: ignore[arg-type]
    )


class ReportDialog(QDialog):
    """The report panel in a window of its own (non-modal, so the clerk can keep working)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, kind: ReportKind | None = None) -> None:
        super().__init__(parent)
        self.panel = ReportPanel(ctx, self, kind=kind)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Print summary sheets"))  # zh: 打印汇总报表

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def open_report_dialog(ctx: AppContext, parent: QWidget | None = None, kind: ReportKind | None = None) -> ReportDialog:
    """Show the report window (the 汇总报表 page's "Print…" action calls this)."""
    dialog = ReportDialog(ctx, parent, kind=kind)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


__all__ = [
    "ReportDialog",
    "ReportPanel",
    "make_printer",
    "open_report_dialog",
    "show_print_preview",
]
