"""The README's tour: a clerk's quarter (the one the end-to-end tests play, ``tests/quarter_story.py``) played
through the real window on a new database, with a screenshot at each step.

    python tools/quarter_tour.py docs/screenshots [--keep-db FILE] [--lang zh_CN]

Writes ``quarter-01-new-unit.png`` … ``quarter-10-reminder.png`` (the steps and their dialogs) and
``quarter-pages-*.png`` (the tour's pages once the quarter has happened, through ``ui.screenshots.take_screenshots``).
With ``--keep-db`` the finished quarter's database stays, so ``python3 main.py --db FILE --screenshots DIR``
shows it too. The user's own settings and data directory are never touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1366, 768)
PAGE_SHOTS = ("plans", "indicators", "exchange", "reports", "departments")  # the pages the README's tour shows
PRINTED_ON = date(2024, 7, 20)  # the tour prints its sheets ten days after the due date


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="where the PNG files go")
    parser.add_argument("--keep-db", type=Path, metavar="FILE", help="keep the quarter's database here")
    parser.add_argument("--lang", default="zh_CN", help="interface language (default: zh_CN)")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="ipdesk-tour-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["IPDESK_DATA_DIR"] = str(work / "data")  # the window's settings and logs stay in here
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    os.environ.pop("IPDESK_DATABASE_URL", None)
    sys.path.insert(0, str(ROOT))
    try:
        for path in play(args.folder, work, args.lang, args.keep_db):
            print(path)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def play(folder: Path, work: Path, language: str, keep_db: Path | None) -> list[Path]:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QSplitter, QWidget, QWizard

    from ipdesk.reports.kinds import ReportKind, ReportRequest, build_document
    from ipdesk.reports.pdf import render_to_device
    from ipdesk.storage.location import sqlite_url
    from tests.quarter_story import (
        DEPARTMENTS,
        INDICATOR,
        INDICATOR_DEPARTMENT,
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
    from ui.app import create_application, set_language
    from ui.dialogs.report_dialogs import make_printer
    from ui.dialogs.unit_dialog import UnitDialog
    from ui.errors import ErrorPresenter
    from ui.intake import IntakeWizard
    from ui.intake.dialogs import DepartmentChoice
    from ui.models.report_grid import ReportGridColumn as C
    from ui.operations import OperationRunner
    from ui.pages.dashboard_page import DashboardPage
    from ui.pages.entry_page import EntryPage
    from ui.pages.exchange_page import ExchangePage
    from ui.pages.settings_page import SettingsPage
    from ui.pages.unsaved import UnsavedChoice
    from ui.screenshots import settle, take_screenshots
    from ui.shell import Shell
    from ui.startup import DatabaseChoice

    folder.mkdir(parents=True, exist_ok=True)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):  # as the UI tests keep theirs
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(work / "settings"))
    app = create_application([sys.argv[0]])
    set_language(language, remember=False)
    errors = ErrorPresenter(app)
    operations = OperationRunner(errors, app)
    shell = Shell(errors, operations, app, start_page="settings")
    database = work / "quarter.sqlite3"
    window = shell.open(DatabaseChoice(sqlite_url(database)))
    services = window.ctx.services
    written: list[Path] = []

    def wait_until(condition: Callable[[], bool], what: str) -> None:
        for _ in range(200):
            settle(operations)
            if condition():
                return
        raise RuntimeError(f"the tour stopped waiting for {what}")

    def grab(widget: QWidget, name: str) -> None:
        settle(operations)
        path = folder / f"quarter-{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)

    window.resize(*SIZE)
    window.show()

    # 1. 设置: the region and the city, then the 旗 through 新建行政区划…; the 旗 chosen with its office.
    settings = window.show_page("settings")
    assert isinstance(settings, SettingsPage)
    region = services.units.create(UNITS[0][0], UNITS[0][1])
    services.units.create(UNITS[1][0], UNITS[1][1], parent_id=region.id)
    dialog = UnitDialog(services.units, services.units.list(), window)
    dialog.name_edit.setText(UNITS[2][0])
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(UNITS[2][1]))
    dialog.show()
    grab(dialog, "01-new-unit")
    dialog.accept()  # the dialog's own path: the unit service creates the 旗
    assert dialog.created is not None
    county = dialog.created
    services.units.set_installation(county.id, OFFICE)
    register_departments(services, county.id)
    window.show_page("plans")
    window.show_page("settings")  # shown again: the saved unit and office
    grab(window, "02-unit")

    # 2. The plan through the intake wizard: read, reviewed (the indicator given to 旗科技局), 旗司法局 created, saved.
    window.show_page("plans")
    window.import_plan_action.trigger()
    wizard = window.findChild(IntakeWizard)
    assert wizard is not None
    wizard.confirm = lambda _question: True
    wizard.resize(*SIZE)
    wizard.open_step.paste.setPlainText(PLAN)
    wizard.open_step.read_button.click()
    wait_until(lambda: wizard.currentId() == IntakeWizard.REVIEW, "the plan to be read")
    review = wizard.review_step
    science = services.departments.find(INDICATOR_DEPARTMENT)
    assert science is not None and review.indicator_model is not None
    review.pick_department = lambda *_args: DepartmentChoice(
        science.display_name, science.id, science.name, "matched", (science.id,), "responsible"
    )
    review.tabs.setCurrentWidget(review.table)
    review.table.setCurrentIndex(review.indicator_model.index(0, 0))
    review.add_department_action.trigger()
    grab(wizard, "04-intake-indicator")
    review.tabs.setCurrentIndex(0)
    review.tree.expandAll()
    review.select(wizard.state.draft.tasks[0].uid)
    grab(wizard, "03-intake-tasks")
    wizard.next()
    wait_until(lambda: wizard.currentId() == IntakeWizard.DEPARTMENTS, "the departments step")
    created = wizard.departments_step.panel.rows["旗司法局"]
    created.full_name.setText(JUSTICE)
    created.short_name.setText("旗司法局")
    grab(wizard, "05-intake-departments")
    wizard.next()
    wait_until(lambda: wizard.currentId() == IntakeWizard.SAVE, "the save step")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_until(lambda: window.findChild(IntakeWizard) is None and bool(services.plans.list()), "the plan saved")

    # 4–5. The period's forms go out; the departments send them back (as in the tests).
    outbox, inbox = work / "outbox", work / "inbox"
    inbox.mkdir()
    services.exchange.export_forms(PERIOD, outbox)
    form = {short: next(outbox.glob(f"{PERIOD}_{name}_*.xlsx")) for short, name in DEPARTMENTS.items()}
    fill(
        form["旗科技局"],
        {"1": ("推进中", 60)},
        date(2024, 7, 5),
        inbox / form["旗科技局"].name,
        {INDICATOR: INDICATOR_VALUE},
    )
    fill(form["旗公安局"], {"3": ("推进中", 50)}, date(2024, 7, 9), work / "公安局填好的.xlsx")
    retype(work / "公安局填好的.xlsx", inbox / "公安局进展情况（重新录入）.xlsx")
    fill(form["旗商务局"], {"2": ("已完成", 100)}, date(2024, 7, 8), work / form["旗商务局"].name)
    save_as_xls(work / form["旗商务局"].name, inbox, work / "libreoffice")
    fill(form["旗财政局"], {"1": ("推进中", 40)}, date(2024, 7, 15), inbox / form["旗财政局"].name)
    bad = inbox / form["旗市场监管局"].name
    fill(form["旗市场监管局"], {"2": ("差不多了", 80), "3": (None, 120)}, date(2024, 7, 6), bad)

    # 6. The folder dropped on 导入导出: the preview with the refused file's problems; confirmed; the corrected
    #    form dropped again.
    page = window.show_page("exchange")
    assert isinstance(page, ExchangePage)
    page.ask_confirmation = lambda _title, _text: True  # type: ignore[method-assign]
    page.import_paths([str(inbox)])
    wait_until(lambda: page.preview_panel.preview is not None, "the preview")
    rows = page.preview_panel.files_model.rows()
    page.preview_panel.files_view.selectRow(next(r for r, f in enumerate(rows) if f.name == bad.name))
    split = page.preview_panel.findChild(QSplitter)
    assert split is not None
    total = sum(split.sizes())
    split.setSizes([total * 2 // 5, total - total * 2 // 5])  # dragged down a little: all five files in view
    grab(window, "06-import-preview")
    page.confirm()
    wait_until(operations.is_idle, "the import")
    fill(form["旗市场监管局"], {"2": ("推进中", 80), "3": ("已完成", 100)}, date(2024, 7, 6), bad)
    page.import_paths([str(bad)])
    wait_until(lambda: page.preview_panel.preview is not None, "the corrected form's preview")
    page.confirm()
    wait_until(operations.is_idle, "the corrected form")

    # 7. 旗工信局 reports by telephone: typed into 数据填报.
    entry = window.show_page("entry")
    assert isinstance(entry, EntryPage)
    entry.ask_unsaved = lambda: UnsavedChoice.DISCARD
    settle(operations)
    entry.select_period(PERIOD)
    settle(operations)
    industry = services.departments.find("旗工信局")
    assert industry is not None
    entry.select_department(industry.id)
    settle(operations)
    paste = QCoreApplication.translate("GridView", "Paste")
    typed = [(0, C.STATUS, "推进中"), (0, C.PERCENT, "50"), (0, C.PROGRESS, "电话报送：已组织12家企业开展专利导航。")]
    entry.report_model.set_cells(typed, paste)
    entry.task_grid.setCurrentIndex(entry.report_model.index(0, C.PERCENT))
    grab(window, "07-entry")
    entry.save()
    wait_until(operations.is_idle, "the typed report")

    # 8. 总览 after the quarter: the lagging indicator, completion and 已报/未报/逾期.
    dashboard = window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    dashboard.select_filters(period=PERIOD)
    wait_until(operations.is_idle, "the overview")
    grab(window, "08-overview")
    bar = dashboard.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    grab(window, "09-overview-departments")
    bar.setValue(0)

    # 9. The 催办通知单 for 旗司法局, in its print preview.
    request = ReportRequest(ReportKind.REMINDERS, PERIOD, department="旗司法局", today=PRINTED_ON)
    document = build_document(services, request)
    printer = make_printer(document)  # the dialog only points at it: it must outlive the dialog
    preview = QPrintPreviewDialog(printer, window)
    preview.setWindowTitle(document.title)
    preview.paintRequested.connect(lambda device: render_to_device(document, device))
    preview.resize(*SIZE)
    preview.show()
    grab(preview, "10-reminder")
    preview.close()

    # Every page once the quarter has happened (the same machinery as ``main.py --screenshots``).
    pages = work / "pages"
    for path in take_screenshots(window, pages, sizes=(SIZE,)):
        page_key = path.stem.split("-", 3)[3]  # {language}-{size}-{nn}-{page}[-{state}]
        if page_key in PAGE_SHOTS:
            target = folder / f"quarter-pages-{page_key}.png"
            shutil.copyfile(path, target)
            written.append(target)
    if keep_db is not None:
        services.maintenance.backup(keep_db)
    shell.close()
    return written


if __name__ == "__main__":
    sys.exit(main())
