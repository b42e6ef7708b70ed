"""Fixtures for the Qt shell: a fresh database per test, isolated settings, Qt warnings failing the test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QtMsgType
from pytestqt.qtbot import QtBot

from ipdesk.demo import build_demo
from ipdesk.i18n import SOURCE_LANGUAGE
from ipdesk.services import Services
from ipdesk.storage.backup import backup_sqlite
from ipdesk.storage.database import Database
from ipdesk.storage.location import sqlite_url
from ui.app import APPLICATION, ORGANIZATION, apply_cjk_font, set_language
from ui.changes import ChangeBridge
from ui.context import AppContext
from ui.errors import ErrorPresenter
from ui.main_window import MainWindow
from ui.operations import OperationRunner
from ui.pages.unsaved import UnsavedChoice

# Harmless platform chatter of the offscreen plugin; anything else at warning level fails the test.
IGNORED_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)
FAILING_TYPES = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "allow_qt_warnings: Qt warnings do not fail this test")


@pytest.fixture(autouse=True)
def qt_warnings_fail(request: pytest.FixtureRequest, qtlog: object) -> Iterator[None]:
    yield
    if request.node.get_closest_marker("allow_qt_warnings"):
        return
    bad = [
        record.message
        for record in qtlog.records  # type: ignore[attr-defined]
        if record.type in FAILING_TYPES and not any(text in record.message for text in IGNORED_QT_MESSAGES)
    ]
    if bad:
        pytest.fail("Qt warnings during the test:\n" + "\n".join(bad), pytrace=False)


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object) -> Iterator[Path]:
    """Data directory, QSettings and language of each test are its own; Chinese is the starting language."""
    monkeypatch.setenv("IPDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("IPDESK_DATABASE_URL", raising=False)
    monkeypatch.delenv("IPDESK_LANG", raising=False)
    settings_dir = tmp_path / "settings"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(settings_dir))
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    apply_cjk_font(qapp)  # type: ignore[arg-type]
    set_language("zh_CN", remember=False)
    yield tmp_path
    set_language(SOURCE_LANGUAGE, remember=False)  # core tests that run later expect the English source texts


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once per session into a self-contained file (copied for each test)."""
    folder = tmp_path_factory.mktemp("demo-template")
    built = folder / "built.sqlite3"
    database = Database.open(sqlite_url(built))
    try:
        build_demo(database)
    finally:
        database.dispose()
    return backup_sqlite(built, folder / "template.sqlite3")


@pytest.fixture
def demo_path(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "data" / "demo.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def empty_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "empty.sqlite3"


def _context(path: Path, *, is_demo: bool) -> Iterator[AppContext]:
    database = Database.open(sqlite_url(path))
    errors = ErrorPresenter()
    operations = OperationRunner(errors)
    changes = ChangeBridge(database)
    ctx = AppContext(Services(database), operations, errors, changes, path, is_demo)
    yield ctx
    operations.shutdown()
    box = errors.current_box()
    if box is not None:
        box.done(0)
    changes.close()
    database.dispose()


@pytest.fixture
def ctx(demo_path: Path) -> Iterator[AppContext]:
    """Services and the GUI plumbing over a fresh copy of the demo database."""
    yield from _context(demo_path, is_demo=True)


@pytest.fixture
def empty_ctx(empty_path: Path) -> Iterator[AppContext]:
    """The same over a new, empty database."""
    yield from _context(empty_path, is_demo=False)


def wait_idle(qtbot: QtBot, ctx: AppContext, timeout: int = 10_000) -> None:
    """Wait until every background operation has finished and delivered its result."""
    qtbot.waitUntil(ctx.operations.is_idle, timeout=timeout)


def discard_unsaved(main: MainWindow) -> None:
    """No modal question may block a test (tests that need one set their own): on every page, built now or
    later (pages are built when first shown)."""

    def stub(page: object) -> None:
        if hasattr(page, "ask_unsaved"):
            page.ask_unsaved = lambda: UnsavedChoice.DISCARD  # type: ignore[attr-defined]

    for page in main.built_pages():
        stub(page)
    main.page_built.connect(stub)


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    main = MainWindow(ctx)
    discard_unsaved(main)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    wait_idle(qtbot, ctx)
    return main
