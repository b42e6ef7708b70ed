"""A clerk's whole quarter through the real window, on a new database: the plan comes in through the intake
wizard, the 2024Q2 forms go out through the export dialog, come back (clean, wrong, late, never) and are
dropped on the import page twice, one department's report is typed into the entry grid — the numbers checked
against the services after every step."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from ipdesk.analytics.charts import status_distribution
from ipdesk.analytics.desk import completeness_by_department
from ipdesk.excel import formspec as spec
from ipdesk.reports.kinds import ReportKind
from ipdesk.services import Services
from ipdesk.services.exchange import FileState
from ipdesk.storage.database import Database
from ipdesk.storage.location import sqlite_url
from ipdesk.storage.restore import restore_database
from tests.quarter_story import DEPARTMENTS, JUSTICE, PERIOD, PLAN, fill, set_up_installation
from tests.ui.conftest import wait_idle
from tests.ui.helpers import focused, go_to, open_page, type_in
from tests.ui.test_exchange_page import drop, file_mime, wait_preview
from tests.ui.test_intake_wizard import press_next, save
from ui.context import AppContext
from ui.intake import IntakeWizard
from ui.main_window import MainWindow
from ui.models.import_problems import ProblemColumn
from ui.models.report_grid import ReportGridColumn as C
from ui.pages.dashboard_page import DashboardPage
from ui.pages.entry_page import EntryPage
from ui.pages.exchange_page import ExchangePage
from ui.pages.reports_page import ReportsPage
from ui.pages.unsaved import UnsavedChoice


@pytest.fixture
def quarter_window(qtbot: QtBot, empty_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    """The main window over a new database whose installation is 伊金霍洛旗 (鄂尔多斯市) with five departments."""
    services = empty_ctx.services
    set_up_installation(services)
    monkeypatch.setattr(ExchangePage, "ask_confirmation", lambda self, title, text: True)
    main = MainWindow(empty_ctx)
    for page in main.pages:
        if hasattr(page, "ask_unsaved"):
            page.ask_unsaved = lambda: UnsavedChoice.DISCARD  # type: ignore[attr-defined]
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    wait_idle(qtbot, empty_ctx)
    yield main


def test_a_quarter_through_the_window(
    qtbot: QtBot, quarter_window: MainWindow, empty_ctx: AppContext, tmp_path: Path
) -> None:
    window, ctx, services = quarter_window, empty_ctx, empty_ctx.services
    ids = {short: services.departments.find(short).id for short in DEPARTMENTS}  # type: ignore[union-attr]

    # 2. The plan comes in through the intake wizard: pasted text, reviewed, the unknown 旗司法局 created, saved.
    window.import_plan_action.trigger()
    wizard = window.findChild(IntakeWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.confirm = lambda _question: True
    wizard.open_step.paste.setPlainText(PLAN)
    qtbot.mouseClick(wizard.open_step.read_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: wizard.currentId() == IntakeWizard.REVIEW)
    assert wizard.review_step.meta.title.text() == "伊金霍洛旗知识产权强县建设工作方案"
    assert [t.title for t in wizard.state.draft.tasks] == [
        "提升专利质量",
        "培育商标品牌",
        "加强行政执法",
        "完善纠纷调解",
    ]
    press_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.DEPARTMENTS
    panel = wizard.departments_step.panel
    assert set(panel.rows) == {"旗司法局"}
    created = panel.rows["旗司法局"]
    created.full_name.setText(JUSTICE)
    created.short_name.setText("旗司法局")
    press_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.SAVE
    save(qtbot, ctx, wizard)
    qtbot.waitUntil(lambda: window.findChild(IntakeWizard) is None)
    (plan,) = services.plans.list()
    assert (plan.task_count, plan.indicator_count) == (4, 1)
    tasks = services.tasks.list(plan_id=plan.id)
    assert [[(a.department_name, a.role) for a in t.assignments] for t in tasks] == [
        [(DEPARTMENTS["旗科技局"], "lead"), (DEPARTMENTS["旗财政局"], "support")],
        [(DEPARTMENTS["旗市场监管局"], "lead"), (DEPARTMENTS["旗商务局"], "support")],
        [(DEPARTMENTS["旗市场监管局"], "lead"), (DEPARTMENTS["旗公安局"], "support")],
        [(JUSTICE, "lead")],
    ]
    ids["旗司法局"] = services.departments.find("旗司法局").id  # type: ignore[union-attr]

    # 3. The 任务分工表, exported from the import/export page, and printed (PDF) from the reports page.
    page = open_page(qtbot, window, ctx, "exchange")
    assert isinstance(page, ExchangePage)
    table_dialog = page.open_table_export()
    qtbot.addWidget(table_dialog)
    wait_idle(qtbot, ctx)
    table_dialog.plan.setCurrentIndex(table_dialog.plan.findData(plan.id))
    table = tmp_path / "任务分工表.xlsx"
    table_dialog.file.set_path(table)
    table_dialog.export_button.click()
    wait_idle(qtbot, ctx)
    assert table.exists(), table_dialog.message.text()
    ws = openpyxl.load_workbook(table)[spec.TABLE_SHEET]
    rows = range(spec.TABLE_HEADER_ROW + 1, ws.max_row + 1)
    assert [(ws.cell(r, 4).value, ws.cell(r, 5).value) for r in rows if ws.cell(r, 4).value] == [
        ("旗科技局", "旗财政局"),
        ("旗市场监管局", "旗商务局"),
        ("旗市场监管局", "旗公安局"),
        ("旗司法局", None),
    ]
    tasks_pdf = print_pdf(qtbot, window, ctx, ReportKind.TASKS, None, tmp_path / "tasks.pdf")
    assert "完善纠纷调解" in pdf_text(tasks_pdf)

    # 4. The period's forms go out through the export dialog, one per department.
    open_page(qtbot, window, ctx, "exchange")
    dialog = page.open_forms_export()
    qtbot.addWidget(dialog)
    wait_idle(qtbot, ctx)
    dialog.period.setEditText(PERIOD)
    assert sorted(dialog.chosen_departments()) == sorted(ids.values())
    outbox = tmp_path / "outbox"
    dialog.folder_field.set_path(outbox)
    dialog.export_button.click()
    wait_idle(qtbot, ctx)
    assert dialog.open_folder_button.isVisible(), dialog.message.text()
    form = {short: next(outbox.glob(f"{PERIOD}_{services.departments.get(i).name}_*.xlsx")) for short, i in ids.items()}
    assert len(list(outbox.glob("*.xlsx"))) == 6

    # 5. The returns: two clean, one late, one with a status not on the list and 120 %; 旗公安局 reports by
    #    telephone (entered by hand below), 旗司法局 never answers.
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    fill(form["旗科技局"], {"1": ("推进中", 60)}, date(2024, 7, 5), inbox / form["旗科技局"].name)
    fill(form["旗商务局"], {"2": ("已完成", 100)}, date(2024, 7, 8), inbox / form["旗商务局"].name)
    fill(form["旗财政局"], {"1": ("推进中", 40)}, date(2024, 7, 15), inbox / form["旗财政局"].name)
    bad = inbox / form["旗市场监管局"].name
    fill(form["旗市场监管局"], {"2": ("差不多了", 80), "3": ("推进中", 120)}, date(2024, 7, 6), bad)

    # 6. The folder is dropped on the page: previewed, the bad file's problems listed and exported, then confirmed.
    assert drop(page.drop_zone, file_mime(inbox))
    wait_preview(qtbot, page, ctx)
    preview = page.preview_panel
    assert {f.name: f.state for f in preview.files_model.rows()} == {p.name: FileState.READY for p in inbox.iterdir()}
    row = next(r for r, f in enumerate(preview.files_model.rows()) if f.name == bad.name)
    preview.files_view.selectRow(row)
    values = {
        preview.problems_model.index(r, ProblemColumn.VALUE).data() for r in range(preview.problems_model.rowCount())
    }
    assert {"差不多了", "120"} <= values
    problems = tmp_path / "back" / "问题清单.xlsx"
    problems.parent.mkdir()
    page.ask_problem_path = lambda file: problems  # type: ignore[method-assign]
    preview.export_button.click()
    wait_idle(qtbot, ctx)
    assert openpyxl.load_workbook(problems).sheetnames[0] == "问题清单"
    preview.confirm_button.click()
    wait_idle(qtbot, ctx)
    assert "已导入 4 个文件" in page.result_panel.text.text() and "拒收 2 行" in page.result_panel.text.text()

    def reported(short: str) -> list[tuple[str | None, int | None]]:
        return [(r.status, r.percent) for r in services.reports.rows(PERIOD, department_id=ids[short])]

    batches = len(services.history.batches())
    assert batches == 1 + 4  # the plan intake, then one import per file
    assert reported("旗科技局") == [("in_progress", 60)]
    assert reported("旗商务局") == [("done", 100)]
    assert reported("旗财政局") == [("in_progress", 40)]
    assert reported("旗市场监管局") == [(None, None), (None, None)]  # both rows refused

    # … dropped again: recognised, nothing applied twice.
    assert drop(page.drop_zone, file_mime(inbox))
    wait_preview(qtbot, page, ctx)
    assert {f.state for f in preview.files_model.rows()} == {FileState.DUPLICATE}
    assert not preview.confirm_button.isEnabled()
    preview.cancel_button.click()
    assert len(services.history.batches()) == batches

    # 7. 旗公安局's report, typed into the entry grid and saved.
    entry = open_page(qtbot, window, ctx, "entry")
    assert isinstance(entry, EntryPage)
    window.activateWindow()
    assert entry.select_period(PERIOD)
    wait_idle(qtbot, ctx)
    assert entry.select_department(ids["旗公安局"])
    wait_idle(qtbot, ctx)
    grid = entry.task_grid
    go_to(qtbot, grid, 0, C.STATUS)
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    combo = focused()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText("推进中"))
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: grid.currentIndex().column() == C.PERCENT)
    type_in(qtbot, grid, "50", then=Qt.Key.Key_Tab)
    type_in(qtbot, grid, "x")
    with qtbot.waitSignal(entry.saved, timeout=10_000):
        qtbot.keyClick(grid, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, ctx)
    assert reported("旗公安局") == [("in_progress", 50)]

    # 8. Who reported: every department but the one with refused rows and the one that never answered.
    loads = {d.id: (d.reported, d.assignments) for d in services.entry.departments(PERIOD)}
    assert loads == {
        ids["旗科技局"]: (1, 1),
        ids["旗财政局"]: (1, 1),
        ids["旗商务局"]: (1, 1),
        ids["旗公安局"]: (1, 1),
        ids["旗市场监管局"]: (0, 2),
        ids["旗司法局"]: (0, 1),
    }

    # 8. The dashboard: the period's 已报/逾期/未报 per department, and the chart drawn from exactly those numbers.
    dashboard = open_page(qtbot, window, ctx, "dashboard")
    assert isinstance(dashboard, DashboardPage)
    data = dashboard._data
    assert data is not None and data.period is not None and data.period.code == PERIOD
    by_department = {s.department_id: (s.expected, s.on_time, s.late, s.missing) for s in data.submissions}
    assert by_department[ids["旗科技局"]] == (1, 1, 0, 0)
    assert by_department[ids["旗商务局"]] == (1, 1, 0, 0)
    assert by_department[ids["旗财政局"]] == (1, 0, 1, 0)  # its form is dated after the due date
    assert by_department[ids["旗公安局"]] == (1, 0, 1, 0)  # entered today, long after the due date
    assert by_department[ids["旗市场监管局"]] == (2, 0, 0, 2)  # both rows were refused
    assert by_department[ids["旗司法局"]] == (1, 0, 0, 1)
    chart = dashboard.completeness.chart
    expected = completeness_by_department([s for s in data.submissions if s.expected], data.period.label)
    assert chart is not None and chart.categories == expected.categories
    assert [s.values for s in chart.series] == [s.values for s in expected.series]
    assert data.tasks is not None and len(data.tasks.by_task) == 4  # one per task, on its lead's report
    pie = status_distribution(data.tasks.by_task)
    assert dashboard.status.chart is not None
    assert dashboard.status.chart.series[0].values == tuple(float(s.value) for s in pie.slices)
    assert [(r.info.name, r.observations) for r in data.indicators] == [("有效发明专利拥有量", ())]  # nothing reported

    # 9. The 汇总表, the 催办通知单 for 旗司法局 and the assessment, saved as PDF from the reports page.
    written = {
        kind.value: print_pdf(qtbot, window, ctx, kind, department, tmp_path / f"{kind.value}.pdf")
        for kind, department in (
            (ReportKind.SUBMISSIONS, None),
            (ReportKind.REMINDERS, ids["旗司法局"]),
            (ReportKind.ASSESSMENT, None),
        )
    }
    reminder = pdf_text(written["reminders"])
    assert f"{JUSTICE}：" in reminder and "完善纠纷调解" in reminder
    assert not any(f"{name}：" in reminder for name in DEPARTMENTS.values())
    assert "旗司法局" in pdf_text(written["submissions"])

    # 10. Close; the file opened again holds everything; a backup restored into a new file holds the same.
    before = services.maintenance.info().counts
    rows_before = {short: reported(short) for short in ids}
    window.close()
    assert ctx.database_path is not None
    for path in (ctx.database_path, tmp_path / "restored.sqlite3"):
        if path != ctx.database_path:
            backup = services.maintenance.backup(tmp_path / "backup.sqlite3")
            restore_database(sqlite_url(path), backup)
        reopened = Database.open(sqlite_url(path))
        try:
            again = Services(reopened)
            assert again.maintenance.info().counts == before
            assert again.units.installation().unit_name == "伊金霍洛旗"
            assert {
                short: [(r.status, r.percent) for r in again.reports.rows(PERIOD, department_id=i)]
                for short, i in ids.items()
            } == rows_before
        finally:
            reopened.dispose()


def print_pdf(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, kind: ReportKind, department: int | None, target: Path
) -> Path:
    """Save one sheet of the period as PDF from the reports page (the save dialog answered with ``target``)."""
    page = open_page(qtbot, window, ctx, "reports")
    assert isinstance(page, ReportsPage)
    sheets = page.panel
    sheets.ask_save_path = lambda suffix, title: target  # type: ignore[method-assign]
    sheets.kind.setCurrentIndex(sheets.kind.findData(kind.value))
    index = sheets.period.findData(PERIOD)
    if index >= 0:
        sheets.period.setCurrentIndex(index)
    else:
        sheets.period.setEditText(PERIOD)  # not opened yet: typed
    sheets.department.setCurrentIndex(sheets.department.findData(department))
    sheets.pdf_button.click()
    wait_idle(qtbot, ctx, timeout=60_000)
    assert target.read_bytes().startswith(b"%PDF"), sheets.message.text()
    return target


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
