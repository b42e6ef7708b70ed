"""A clerk's whole quarter through the real window, on a new, empty database: the 旗 is named in 设置, the plan
comes in through the intake wizard (its indicator given to 旗科技局 there), the 2024Q2 forms go out through the
export dialog, come back (clean, wrong, retyped, .xls, late, never) and are dropped on the import page, again,
and corrected; one department's report is typed into the entry grid — the numbers checked against the services
and on the dashboard after every step."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ipdesk.analytics.charts import status_distribution
from ipdesk.analytics.desk import completeness_by_department
from ipdesk.excel import formspec as spec
from ipdesk.reports.kinds import ReportKind
from ipdesk.services import Services
from ipdesk.services.exchange import FileState, RowState
from ipdesk.storage.database import Database
from ipdesk.storage.location import sqlite_url
from ipdesk.storage.restore import restore_database
from tests.quarter_story import (
    DEPARTMENTS,
    INDICATOR,
    INDICATOR_COMPLETION,
    INDICATOR_DEPARTMENT,
    INDICATOR_EXPECTED,
    INDICATOR_SCHEDULE,
    INDICATOR_VALUE,
    JUSTICE,
    OFFICE,
    PERIOD,
    PLAN,
    UNITS,
    fill,
    register_departments,
    retype,
    save_as_xls,
)
from tests.ui.conftest import wait_idle
from tests.ui.helpers import focused, go_to, open_page, type_in
from tests.ui.test_exchange_page import drop, file_mime, wait_preview
from tests.ui.test_intake_wizard import press_next, save
from ui.context import AppContext
from ui.dialogs.unit_dialog import UnitDialog
from ui.intake import IntakeWizard
from ui.intake.dialogs import DepartmentPicker
from ui.main_window import MainWindow
from ui.models.import_problems import ProblemColumn
from ui.models.report_grid import ReportGridColumn as C
from ui.pages.dashboard_page import DashboardPage
from ui.pages.entry_page import EntryPage
from ui.pages.exchange_page import ExchangePage
from ui.pages.reports_page import ReportsPage
from ui.pages.settings_page import SettingsPage
from ui.pages.unsaved import UnsavedChoice

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def quarter_window(qtbot: QtBot, empty_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    """The main window over a new, empty database (no unit, no department, no plan)."""
    monkeypatch.setattr(ExchangePage, "ask_confirmation", lambda self, title, text: True)
    main = MainWindow(empty_ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    wait_idle(qtbot, empty_ctx)
    yield main


def add_unit(qtbot: QtBot, page: SettingsPage, monkeypatch: pytest.MonkeyPatch, name: str, level: str) -> None:
    """新建行政区划…: the dialog filled in as a clerk does (Chinese arrives from the input method in one piece)."""

    def fill_in(dialog: UnitDialog) -> int:
        dialog.show()
        dialog.name_edit.setText(name)
        dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(level))
        assert dialog.parent_combo.currentIndex() == dialog.parent_combo.count() - 1  # the unit added last
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), LEFT)
        return int(dialog.result())

    monkeypatch.setattr(UnitDialog, "exec", fill_in)
    qtbot.mouseClick(page.new_unit_button, LEFT)


def test_a_quarter_through_the_window(
    qtbot: QtBot, quarter_window: MainWindow, empty_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, ctx, services = quarter_window, empty_ctx, empty_ctx.services

    # 1. 设置: the region, the city and the 旗 added through 新建行政区划…, the 旗 chosen and saved with the office.
    settings = open_page(qtbot, window, ctx, "settings")
    assert isinstance(settings, SettingsPage)
    assert settings.unit_combo.count() == 1  # only "(not chosen yet)"
    for name, level in UNITS:
        add_unit(qtbot, settings, monkeypatch, name, level)
    wait_idle(qtbot, ctx)
    units = {u.name: u for u in services.units.list()}
    assert [(u.name, u.parent_id) for u in services.units.list()] == [
        ("内蒙古自治区", None),
        ("鄂尔多斯市", units["内蒙古自治区"].id),
        ("伊金霍洛旗", units["鄂尔多斯市"].id),
    ]
    county_id = units["伊金霍洛旗"].id
    assert settings.unit_combo.currentData() == county_id  # the unit just added is selected
    settings.office_edit.setText(OFFICE)
    qtbot.mouseClick(settings.save_unit_button, LEFT)
    wait_idle(qtbot, ctx)
    assert services.units.installation().unit_name == "伊金霍洛旗"
    assert "伊金霍洛旗" in settings.unit_status.text()
    register_departments(services, county_id)  # the 旗's departments, already in the registry
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
    # The indicator has a baseline and a target but nobody responsible: the clerk names 旗科技局 for it.
    review = wizard.review_step
    (indicator,) = wizard.state.draft.indicators
    assert (indicator.name, indicator.departments) == (INDICATOR, [])
    review.tabs.setCurrentWidget(review.table)
    assert review.indicator_model is not None
    review.table.setCurrentIndex(review.indicator_model.index(0, 0))

    def pick(dialog: DepartmentPicker) -> int:
        dialog.show()
        dialog.combo.setCurrentIndex(dialog.combo.findData(ids[INDICATOR_DEPARTMENT]))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
        return int(dialog.result())

    monkeypatch.setattr(DepartmentPicker, "exec", pick)
    review.add_department_action.trigger()
    assert [d.department_id for d in indicator.departments] == [ids[INDICATOR_DEPARTMENT]]
    column = review.indicator_model.departments_column
    assert INDICATOR_DEPARTMENT in review.indicator_model.index(0, column).data()
    assert review.table.columnWidth(column) >= review.table.sizeHintForColumn(column)  # shown whole, not "旗科…"
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
    assert (plan.task_count, plan.indicator_count, plan.unit_id) == (4, 1, county_id)
    (stored,) = services.indicators.list(plan_id=plan.id)
    assert stored.department_names == [INDICATOR_DEPARTMENT]
    tasks = services.tasks.list(plan_id=plan.id)
    assert [[(a.department_name, a.role) for a in t.assignments] for t in tasks] == [
        [(DEPARTMENTS["旗科技局"], "lead"), (DEPARTMENTS["旗财政局"], "support"), (DEPARTMENTS["旗工信局"], "support")],
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
        ("旗科技局", "旗财政局、旗工信局"),
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
    assert len(list(outbox.glob("*.xlsx"))) == 7
    assert spec.INDICATOR_SHEET in openpyxl.load_workbook(form["旗科技局"]).sheetnames

    # 5. The returns, as in the command-line quarter: 旗科技局's clean form with the indicator's value, 旗公安局's
    #    retyped into a new workbook, 旗商务局's saved as .xls, 旗财政局's late, 旗市场监管局's with errors (a status
    #    not on the list, 120 %, a row without its status); 旗工信局 reports by telephone (typed in below) and
    #    旗司法局 never answers.
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    science = inbox / form["旗科技局"].name
    fill(form["旗科技局"], {"1": ("推进中", 60)}, date(2024, 7, 5), science, {INDICATOR: INDICATOR_VALUE})
    fill(form["旗公安局"], {"3": ("推进中", 50)}, date(2024, 7, 9), tmp_path / "公安局填好的.xlsx")
    retyped = inbox / "公安局进展情况（重新录入）.xlsx"
    retype(tmp_path / "公安局填好的.xlsx", retyped)
    fill(form["旗商务局"], {"2": ("已完成", 100)}, date(2024, 7, 8), tmp_path / form["旗商务局"].name)
    old_format = save_as_xls(tmp_path / form["旗商务局"].name, inbox, tmp_path / "libreoffice")
    fill(form["旗财政局"], {"1": ("推进中", 40)}, date(2024, 7, 15), inbox / form["旗财政局"].name)
    bad = inbox / form["旗市场监管局"].name
    fill(form["旗市场监管局"], {"2": ("差不多了", 80), "3": (None, 120)}, date(2024, 7, 6), bad)

    # 6. The folder is dropped on the page: previewed, the bad file's problems listed and exported, then confirmed.
    assert drop(page.drop_zone, file_mime(inbox))
    wait_preview(qtbot, page, ctx)
    preview = page.preview_panel
    previewed = {f.name: f for f in preview.files_model.rows()}
    assert {name: f.state for name, f in previewed.items()} == {
        p.name: FileState.REFUSED if p == bad else FileState.READY for p in inbox.iterdir()
    }
    assert {name: (f.count(RowState.NEW), f.count(RowState.INVALID)) for name, f in previewed.items()} == {
        science.name: (2, 0),  # its task and its indicator's value
        retyped.name: (1, 0),
        old_format.name: (1, 0),
        form["旗财政局"].name: (1, 0),
        bad.name: (0, 2),
    }
    assert {name: f.department_name for name, f in previewed.items()} == {
        science.name: DEPARTMENTS["旗科技局"],
        retyped.name: DEPARTMENTS["旗公安局"],
        old_format.name: DEPARTMENTS["旗商务局"],
        form["旗财政局"].name: DEPARTMENTS["旗财政局"],
        bad.name: DEPARTMENTS["旗市场监管局"],
    }
    assert "表头" in (previewed[retyped.name].identified_by or "")  # no identity sheet: known by its header block
    row = next(r for r, f in enumerate(preview.files_model.rows()) if f.name == bad.name)
    preview.files_view.selectRow(row)
    values = {
        preview.problems_model.index(r, ProblemColumn.VALUE).data() for r in range(preview.problems_model.rowCount())
    }
    assert {"差不多了", "120"} <= values
    assert preview.problems_model.rowCount() == 3  # the status, the percentage, the missing status
    problems = tmp_path / "back" / "问题清单.xlsx"
    problems.parent.mkdir()
    page.ask_problem_path = lambda file: problems  # type: ignore[method-assign]
    preview.export_button.click()
    wait_idle(qtbot, ctx)
    listed = openpyxl.load_workbook(problems)
    assert listed.sheetnames[0] == "问题清单" and listed.active.max_row >= 1 + 3
    preview.confirm_button.click()
    wait_idle(qtbot, ctx)
    result = page.result_panel.text.text()
    assert "已导入 4 个文件" in result, result

    def reported(short: str) -> list[tuple[str | None, int | None]]:
        return [(r.status, r.percent) for r in services.reports.rows(PERIOD, department_id=ids[short])]

    batches = len(services.history.batches())
    assert batches == 1 + 4  # the plan intake, then one import per applied file
    assert reported("旗科技局") == [("in_progress", 60)]
    assert reported("旗公安局") == [("in_progress", 50)]
    assert reported("旗商务局") == [("done", 100)]
    assert reported("旗财政局") == [("in_progress", 40)]
    assert reported("旗市场监管局") == [(None, None), (None, None)]  # both rows refused

    # … dropped again: recognised, nothing applied twice (the refused file is refused again).
    assert drop(page.drop_zone, file_mime(inbox))
    wait_preview(qtbot, page, ctx)
    assert {f.name: f.state for f in preview.files_model.rows()} == {
        p.name: FileState.REFUSED if p == bad else FileState.DUPLICATE for p in inbox.iterdir()
    }
    assert not preview.confirm_button.isEnabled()
    preview.cancel_button.click()
    assert len(services.history.batches()) == batches

    # 6b. 旗市场监管局 corrects its form from the problem list and sends it again: dropped alone, it goes in.
    fill(form["旗市场监管局"], {"2": ("推进中", 80), "3": ("已完成", 100)}, date(2024, 7, 6), bad)
    assert drop(page.drop_zone, file_mime(bad))
    wait_preview(qtbot, page, ctx)
    (corrected,) = preview.files_model.rows()
    assert (corrected.state, corrected.count(RowState.NEW), corrected.problems) == (FileState.READY, 2, ())
    preview.confirm_button.click()
    wait_idle(qtbot, ctx)
    assert "已导入 1 个文件" in page.result_panel.text.text()
    assert reported("旗市场监管局") == [("in_progress", 80), ("done", 100)]
    assert len(services.history.batches()) == batches + 1

    # 7. 旗工信局's report, given by telephone, typed into the entry grid and saved.
    entry = open_page(qtbot, window, ctx, "entry")
    assert isinstance(entry, EntryPage)
    entry.ask_unsaved = lambda: UnsavedChoice.DISCARD
    window.activateWindow()
    assert entry.select_period(PERIOD)
    wait_idle(qtbot, ctx)
    assert entry.select_department(ids["旗工信局"])
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
    assert reported("旗工信局") == [("in_progress", 50)]

    # 8. Who reported: every department but the one that never answered.
    loads = {d.id: (d.reported, d.assignments) for d in services.entry.departments(PERIOD)}
    assert loads == {i: (0, 1) if short == "旗司法局" else (len(reported(short)),) * 2 for short, i in ids.items()}

    # 8. The dashboard: the period's 已报/逾期/未报 per department, and the chart drawn from exactly those numbers.
    dashboard = open_page(qtbot, window, ctx, "dashboard")
    assert isinstance(dashboard, DashboardPage)
    data = dashboard._data
    assert data is not None and data.period is not None and data.period.code == PERIOD
    by_department = {s.department_id: (s.expected, s.on_time, s.late, s.missing) for s in data.submissions}
    assert by_department == {
        ids["旗科技局"]: (1, 1, 0, 0),
        ids["旗公安局"]: (1, 1, 0, 0),  # the retyped workbook, dated before the due date
        ids["旗商务局"]: (1, 1, 0, 0),  # the .xls
        ids["旗财政局"]: (1, 0, 1, 0),  # its form is dated after the due date
        ids["旗市场监管局"]: (2, 2, 0, 0),  # the corrected form, dated before the due date
        ids["旗工信局"]: (1, 0, 1, 0),  # entered today, long after the due date
        ids["旗司法局"]: (1, 0, 0, 1),
    }
    chart = dashboard.completeness.chart
    expected = completeness_by_department([s for s in data.submissions if s.expected], data.period.label)
    assert chart is not None and chart.categories == expected.categories
    assert [s.values for s in chart.series] == [s.values for s in expected.series]
    assert data.tasks is not None and len(data.tasks.by_task) == 4  # one per task, on its lead's report
    pie = status_distribution(data.tasks.by_task)
    assert dashboard.status.chart is not None
    assert dashboard.status.chart.series[0].values == tuple(float(s.value) for s in pie.slices)

    # … and the lagging indicator: 旗科技局's 210 against 224.86 due by the end of June — behind (滞后).
    (row,) = data.indicators
    assessment = row.assessment
    assert (row.info.name, [o.value for o in row.observations]) == (INDICATOR, [INDICATOR_VALUE])
    assert assessment.rag.value == "red" and assessment.rag.label == "滞后"
    assert assessment.completion == pytest.approx(INDICATOR_COMPLETION)
    assert assessment.expected_value == pytest.approx(INDICATOR_EXPECTED, abs=1e-4)
    assert assessment.schedule_ratio == pytest.approx(INDICATOR_SCHEDULE, abs=5e-4)
    (line,) = data.trajectories
    assert (line.name, line.rag_label) == (INDICATOR, "滞后")

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
