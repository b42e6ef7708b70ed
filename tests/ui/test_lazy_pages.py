"""Start-up builds only what the first page needs: pages are built when first shown, services when first used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ipdesk.storage.database import Changes
from tests.ui.conftest import wait_idle
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages import PAGES

ROOT = Path(__file__).resolve().parents[2]


def built(window: MainWindow) -> list[str]:
    return [page.KEY for page in window.built_pages()]


def test_only_the_first_page_is_built_at_start(window: MainWindow) -> None:
    assert built(window) == ["dashboard"]
    assert window.stack.count() == 1
    assert [window.nav.item(row).text() for row in range(window.nav.count())] == [s.nav_title() for s in PAGES]
    assert [action.text() for action in window.page_actions] == [s.nav_title() for s in PAGES]


def test_registry_matches_the_pages(window: MainWindow) -> None:
    for spec in PAGES:
        page_type = spec.page_type()
        assert spec.key == page_type.KEY
        assert window.page(spec.key).nav_title() == spec.nav_title()  # same text, same translation


def test_navigating_builds_a_page_once(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    page = window.show_page("plans")
    wait_idle(qtbot, ctx)
    assert built(window) == ["dashboard", "plans"]
    assert page.isVisible() and not page.is_stale()
    window.page_actions[0].trigger()  # Ctrl+1: back to the overview
    assert window.show_page("plans") is page
    assert built(window) == ["dashboard", "plans"]


def test_a_change_does_not_build_unbuilt_pages(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    dashboard = window.current_page()
    loads: list[bool] = []
    dashboard.loaded.connect(lambda: loads.append(True))
    every_table = frozenset(table for spec in PAGES for table in spec.page_type().WATCHES)
    ctx.changes.changed.emit(Changes(every_table))
    wait_idle(qtbot, ctx)
    assert built(window) == ["dashboard"]
    assert loads  # the visible page did reload


def test_a_drop_on_the_window_builds_the_exchange_page(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    previewed: list[list[str]] = []
    window.page_built.connect(
        lambda page: setattr(page, "import_paths", previewed.append) if page.KEY == "exchange" else None
    )
    dropped = tmp_path / "表.xlsx"
    dropped.write_bytes(b"")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    target = window.centralWidget()
    centre = target.rect().center()
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target, QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime, buttons, modifiers))
    assert window.current_page().KEY == "exchange"
    assert previewed == [[str(dropped)]]
    wait_idle(qtbot, ctx)


def test_closing_asks_only_built_pages(window: MainWindow) -> None:
    assert window.may_close()
    assert built(window) == ["dashboard"]


def test_the_remembered_page_or_the_asked_one_is_the_only_one_built(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    window.show_page("departments")
    window.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert built(again) == ["departments"]
    first = MainWindow(ctx, start_page="dashboard")
    qtbot.addWidget(first)
    assert built(first) == ["dashboard"] and first.current_page().KEY == "dashboard"


def run_python(code: str, tmp_path: Path) -> dict[str, object]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "IPDESK_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_services_import_a_service_module_when_first_used(tmp_path: Path) -> None:
    code = f"""
import json, sys
from ipdesk.services import Services
from ipdesk.storage.database import Database
from ipdesk.storage.location import sqlite_url
services = Services(Database.open(sqlite_url({str(tmp_path / "s.sqlite3")!r})))
before = sorted(m for m in sys.modules if m.startswith("ipdesk.services.") and m != "ipdesk.services.base")
exchange = services.exchange
print(json.dumps({{
    "before": before,
    "after": "ipdesk.services.exchange" in sys.modules,
    "same": services.exchange is exchange,
    "type": type(exchange).__name__,
}}))
"""
    found = run_python(code, tmp_path)
    assert found == {"before": [], "after": True, "same": True, "type": "ExchangeService"}


def test_start_up_imports_only_the_first_page(tmp_path: Path) -> None:
    """The real start-up path (shell, window, first page) leaves the other pages and services unimported."""
    code = f"""
import json, sys
from ui.app import create_application
from ui.errors import ErrorPresenter
from ui.operations import OperationRunner
from ui.shell import Shell
from ui.startup import DatabaseChoice
from ipdesk.storage.location import sqlite_url
app = create_application(["t"])
errors = ErrorPresenter(app)
operations = OperationRunner(errors, app)
shell = Shell(errors, operations, app, start_page="dashboard")
window = shell.open(DatabaseChoice(sqlite_url({str(tmp_path / "s.sqlite3")!r})))
window.show()
while not operations.is_idle():
    app.processEvents()
loaded = [m for m in sys.modules if m.startswith(("ui.", "ipdesk.", "pyqtgraph"))]
shell.close()
print(json.dumps(sorted(loaded)))
"""
    loaded = set(run_python(code, tmp_path))  # type: ignore[arg-type]
    assert "ui.pages.dashboard_page" in loaded
    for spec in PAGES[1:]:
        assert spec.module not in loaded
    for absent in ("ipdesk.services.exchange", "ipdesk.services.plan_intake", "ui.intake", "ipdesk.excel.tables"):
        assert absent not in loaded  # the Excel readers, the document parser and the intake wizard wait their turn


def test_coloured_icons_do_not_load_pyqtgraph(tmp_path: Path) -> None:
    """The plan tree's and tables' coloured icons take their colours from ui.tones, not from the charts' module."""
    code = """
import json, sys
from ui.app import create_application
app = create_application(["t"])
from ui.models.plan_tree import tone_icon
icon = tone_icon("red")
print(json.dumps([icon.isNull(), "pyqtgraph" in sys.modules]))
"""
    assert run_python(code, tmp_path) == [False, False]
