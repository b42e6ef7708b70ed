"""At start-up the window is shown first and its database opens behind it (``Shell.start``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipdesk.errors import StorageError
from ipdesk.storage.backup import backup_sqlite
from ipdesk.storage.location import demo_database_path
from ui.errors import ErrorPresenter
from ui.main_window import MainWindow
from ui.operations import OperationRunner
from ui.shell import Shell
from ui.startup import choose_database, file_choice

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shell(qtbot: QtBot) -> Iterator[Shell]:
    errors = ErrorPresenter()
    shell = Shell(errors, OperationRunner(errors), start_page="dashboard")
    yield shell
    shell.close()


@pytest.fixture
def city_file(tmp_path: Path, demo_template: Path) -> Path:
    target = tmp_path / "city.sqlite3"
    backup_sqlite(demo_template, target)
    return target


def opened(qtbot: QtBot, shell: Shell, window: MainWindow) -> None:
    with qtbot.waitSignal(shell.opened, timeout=20_000):
        pass
    qtbot.waitUntil(window.ctx.operations.is_idle, timeout=20_000)


def test_the_window_comes_before_the_database(qtbot: QtBot, shell: Shell, city_file: Path) -> None:
    window = shell.start(file_choice(city_file))
    qtbot.addWidget(window)
    window.show()
    # What the clerk sees at once: the navigation and menus, and where the page will be, a word on what is happening.
    assert not window.is_ready
    assert window.built_pages() == []
    assert window.opening_label is not None and window.opening_label.isVisible()
    assert window.opening_label.text() == "正在打开数据库…\n打开后将显示“总览”。"
    assert window.database_label.text() == f"正在打开 {city_file}…"
    assert city_file.name in window.windowTitle()
    assert not window.open_action.isEnabled() and not window.import_plan_action.isEnabled()
    with pytest.raises(RuntimeError):
        window.ctx  # noqa: B018 - the pages' context does not exist yet

    opened(qtbot, shell, window)
    assert window.is_ready and window.opening_label is None
    assert [page.KEY for page in window.built_pages()] == ["dashboard"]
    assert window.current_page().isVisible() and not window.current_page().is_stale()
    assert window.open_action.isEnabled() and window.import_plan_action.isEnabled()
    assert window.database_label.text() == f"示例数据 · 数据库：{city_file}"  # a copy of the demo: still demo data
    assert window.banner is not None and window.banner.isVisible()
    assert shell.database is not None and window.ctx.services.plans.list()


def test_a_page_chosen_while_opening_is_the_one_shown(qtbot: QtBot, shell: Shell, city_file: Path) -> None:
    window = shell.start(file_choice(city_file))
    qtbot.addWidget(window)
    window.show()
    row = window.page_keys.index("departments")
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.built_pages() == []  # nothing to build it with yet
    assert window.opening_label is not None and window.opening_label.text().endswith("打开后将显示“部门”。")
    opened(qtbot, shell, window)
    assert [page.KEY for page in window.built_pages()] == ["departments"]
    assert window.current_page().KEY == "departments"


def test_first_start_builds_the_demo_behind_the_window(qtbot: QtBot, shell: Shell) -> None:
    choice = choose_database()
    assert choice.build_demo
    window = shell.start(choice)
    qtbot.addWidget(window)
    window.show()
    assert window.banner is None and not window.is_ready
    with qtbot.waitSignal(shell.opened, timeout=120_000):
        pass
    assert demo_database_path().exists()
    assert window.banner is not None and window.banner.isVisible()
    assert window.database_label.text().startswith("示例数据")


def test_a_database_that_cannot_be_opened_is_reported_and_nothing_is_built(
    qtbot: QtBot, shell: Shell, tmp_path: Path
) -> None:
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("这不是数据库", encoding="utf-8")
    window = shell.start(file_choice(bogus))
    qtbot.addWidget(window)
    with qtbot.waitSignal(shell.failed, timeout=20_000) as failure:
        pass
    assert isinstance(failure.args[0], StorageError)
    assert failure.args[0].message == f"{bogus} 不是 ipdesk 数据库（或已损坏）。请选择其他文件，或从备份恢复。"
    assert not window.is_ready and window.built_pages() == []
    assert window.opening_label is not None
    said = window.opening_label.text()
    assert said.startswith("无法打开数据库。\n") and "不是 ipdesk 数据库" in said
    assert shell.database is None
    assert bogus.read_text(encoding="utf-8") == "这不是数据库"  # the clerk's file is left as it was


def test_closing_while_opening_disposes_of_the_database(
    qtbot: QtBot, shell: Shell, city_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ipdesk.storage.database import Database

    disposed: list[str] = []
    dispose = Database.dispose

    def counting(self: Database) -> None:
        disposed.append(self.url)
        dispose(self)

    monkeypatch.setattr(Database, "dispose", counting)
    shell.start(file_choice(city_file))
    # As main.py does when the clerk closes the window at once: the event loop has ended, close() runs once.
    shell.close()
    assert shell.window is None and shell.database is None
    assert len(disposed) == 1 and disposed[0].endswith("city.sqlite3")  # closed by close(), not left open
    del qtbot


def run_python(code: str, tmp_path: Path) -> object:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "IPDESK_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_window_is_shown_before_sqlalchemy_loads(tmp_path: Path) -> None:
    """The modules the window needs load no SQLAlchemy, no services and no charts: those come on the worker."""
    code = f"""
import json, sys
from ui.app import create_application
from ui.errors import ErrorPresenter
from ui.main_window import MainWindow, Opening
from ui.startup import file_choice
app = create_application(["t"])
choice = file_choice({str(tmp_path / "s.sqlite3")!r})
window = MainWindow(Opening(ErrorPresenter(app), choice.path, choice.url))
window.show()
app.processEvents()
print(json.dumps(sorted(m for m in ("sqlalchemy", "ipdesk.services", "pyqtgraph", "numpy") if m in sys.modules)))
"""
    assert run_python(code, tmp_path) == []


def smoke_test(database: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "IPDESK_DATA_DIR": str(tmp_path / "data")}
    command = [sys.executable, str(ROOT / "main.py"), "--db", str(database), "--smoke-test"]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)


def test_smoke_test_reports_when_each_part_of_start_up_was_ready(tmp_path: Path, city_file: Path) -> None:
    result = smoke_test(city_file, tmp_path)
    assert result.returncode == 0, result.stderr
    moments = dict(line.split() for line in result.stdout.splitlines() if line.startswith("startup_"))
    assert list(moments) == ["startup_window_at", "startup_database_at", "startup_first_page_at"]
    window, database, first_page = (float(value) for value in moments.values())
    assert window <= database <= first_page


def test_smoke_test_fails_when_the_database_cannot_be_opened(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("这不是数据库", encoding="utf-8")
    result = smoke_test(bogus, tmp_path)
    assert result.returncode == 3  # StorageError's exit code
    assert "startup_first_page_at" not in result.stdout
    assert "不是 ipdesk 数据库" in result.stderr or "not an ipdesk database" in result.stderr


def test_every_page_can_be_loaded_off_the_gui_thread(tmp_path: Path) -> None:
    """Any page may be the first, so its modules (and the overview's charts) load on the start-up worker: none may
    make a pixmap, font or widget at import, which Qt refuses off the GUI thread."""
    code = """
import json, sys, threading
from PySide6.QtCore import qInstallMessageHandler
from ui.app import create_application
messages = []
qInstallMessageHandler(lambda _kind, _context, text: messages.append(text))
app = create_application(["t"])
from ui.pages import PAGES
failures = []
def load():
    for spec in PAGES:
        try:
            spec.import_modules()
        except Exception as exc:
            failures.append(f"{spec.key}: {exc!r}")
worker = threading.Thread(target=load)
worker.start()
worker.join()
print(json.dumps({"failures": failures, "messages": [m for m in messages if "propagateSizeHints" not in m],
                  "charts": "pyqtgraph" in sys.modules}))
"""
    assert run_python(code, tmp_path) == {"failures": [], "messages": [], "charts": True}
