"""The report panel and dialog: choices filled from the database, PDF / xlsx saved off the GUI thread,
the print preview drawing the paginated document, mistakes said inline."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from ipdesk.reports.data import find_department
from ipdesk.reports.kinds import ReportKind
from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.dialogs import report_dialogs
from ui.dialogs.report_dialogs import ReportDialog, ReportPanel, open_report_dialog


@pytest.fixture
def panel(qtbot: QtBot, ctx: AppContext) -> ReportPanel:
    widget = ReportPanel(ctx)
    qtbot.addWidget(widget)
    widget.show()
    wait_idle(qtbot, ctx)
    return widget


def choose(panel: ReportPanel, kind: ReportKind, period: str = "2026Q3") -> None:
    panel.kind.setCurrentIndex(panel.kind.findData(kind.value))
    index = panel.period.findData(period)
    assert index >= 0, period
    panel.period.setCurrentIndex(index)


def test_choices_come_from_the_database(panel: ReportPanel, ctx: AppContext) -> None:
    assert panel.kind.count() == len(ReportKind)
    assert panel.period.count() == len(ctx.services.periods.list())
    assert panel.period.currentText()  # a default period is chosen
    assert panel.plan.count() == len(ctx.services.plans.list()) + 1 and panel.plan.currentData() is None
    assert panel.department.count() == len(ctx.services.departments.list()) + 1
    choose(panel, ReportKind.TASKS)
    assert panel.by_department.isEnabled()
    choose(panel, ReportKind.INDICATORS)
    assert not panel.by_department.isEnabled()


def test_save_pdf_in_the_background(
    panel: ReportPanel, ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "汇总表.pdf"
    monkeypatch.setattr(panel, "ask_save_path", lambda suffix, title: target)
    choose(panel, ReportKind.TASKS)
    panel.by_department.setChecked(True)
    assert panel.message.isHidden()  # no empty band under the buttons before there is anything to say
    panel.pdf_button.click()
    assert not panel.pdf_button.isEnabled()  # busy while the worker writes
    wait_idle(qtbot, ctx, timeout=60_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert panel.pdf_button.isEnabled()
    assert "汇总表.pdf" in panel.message.text() and not panel.message.isHidden()


def test_save_xlsx_for_one_department(
    panel: ReportPanel, ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "submissions"
    monkeypatch.setattr(panel, "ask_save_path", lambda suffix, title: target.with_suffix(f".{suffix}"))
    choose(panel, ReportKind.SUBMISSIONS)
    ours = find_department(ctx.services, "市科技局")  # every demo city has one; the office's own is meant
    assert ours is not None
    panel.department.setCurrentIndex(panel.department.findData(ours.id))
    assert panel.department.currentText() == "市科技局（赤峰市）"
    panel.xlsx_button.click()
    wait_idle(qtbot, ctx, timeout=60_000)
    book = load_workbook(target.with_suffix(".xlsx"))
    names = [row[1] for row in book.worksheets[0].iter_rows(values_only=True) if isinstance(row[0], int)]
    assert names == ["市科技局"]


def test_a_typed_period_is_checked_before_anything_runs(panel: ReportPanel, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(panel, "ask_save_path", lambda suffix, title: asked.append(suffix))
    panel.period.setEditText("2026Q9")
    panel.pdf_button.click()
    assert asked == [] and "2026Q9" in panel.message.text()
    panel.period.setEditText("2026年第三季度")  # the Chinese way of writing it works
    assert panel.period_code() == "2026Q3"


def test_cancelled_save_dialog_does_nothing(
    panel: ReportPanel, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(panel, "ask_save_path", lambda suffix, title: None)
    panel.xlsx_button.click()
    assert ctx.operations.is_idle() and panel.message.text() == ""


def test_print_preview_draws_the_document(
    panel: ReportPanel, ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QPrintPreviewDialog] = []
    printed = tmp_path / "preview.pdf"

    def fake_exec(dialog: QDialog) -> int:
        assert isinstance(dialog, QPrintPreviewDialog)
        shown.append(dialog)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setFullPage(True)
        dialog.paintRequested.emit(printer)  # what the preview (or its print button) asks for
        return 0

    monkeypatch.setattr(report_dialogs, "_exec", fake_exec)
    choose(panel, ReportKind.REMINDERS)
    panel.preview_button.click()
    wait_idle(qtbot, ctx, timeout=60_000)
    assert len(shown) == 1
    assert printed.read_bytes().startswith(b"%PDF") and printed.stat().st_size > 10_000


def test_the_dialog_opens_on_a_kind_and_closes(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_report_dialog(ctx, kind=ReportKind.ASSESSMENT)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ReportDialog) and dialog.isVisible()
    assert dialog.panel.kind.currentData() == ReportKind.ASSESSMENT.value
    assert dialog.windowTitle()
    wait_idle(qtbot, ctx)
    dialog.close()
