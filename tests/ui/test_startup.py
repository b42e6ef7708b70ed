"""Which database opens, the demo on first start, and switching to another database file."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ipdesk.storage.database import Database
from ipdesk.storage.location import default_database_path, demo_database_path, sqlite_url
from tests.ui.conftest import wait_idle
from ui.errors import ErrorPresenter
from ui.operations import OperationRunner
from ui.shell import Shell
from ui.startup import DatabaseChoice, choose_database


def test_choice_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = tmp_path / "mine.sqlite3"
    assert choose_database(str(mine)) == DatabaseChoice(sqlite_url(mine))
    first = choose_database()  # nothing exists yet: first start shows the demo, built now
    assert first.is_demo and first.build_demo and first.path == demo_database_path()
    assert choose_database(demo=True) == first
    Database.open(sqlite_url(default_database_path())).dispose()
    assert choose_database() == DatabaseChoice(sqlite_url(default_database_path()))
    monkeypatch.setenv("IPDESK_DATABASE_URL", sqlite_url(mine))
    assert choose_database() == DatabaseChoice(sqlite_url(mine))


@pytest.fixture
def shell(qtbot: QtBot) -> Shell:
    errors = ErrorPresenter()
    shell = Shell(errors, OperationRunner(errors))
    yield shell  # type: ignore[misc]
    shell.close()
    box = errors.current_box()
    if box is not None:
        box.done(0)


def test_first_start_builds_the_demo_and_says_so(qtbot: QtBot, shell: Shell) -> None:
    window = shell.open(choose_database())
    window.show()
    wait_idle(qtbot, window.ctx)
    assert demo_database_path().exists()
    assert window.banner is not None
    assert window.ctx.services.plans.list()
    page = window.show_page("plans")
    wait_idle(qtbot, window.ctx)
    assert page.model.rowCount() == len(window.ctx.services.plans.list())  # type: ignore[attr-defined]


def test_new_database_replaces_the_window(qtbot: QtBot, shell: Shell, tmp_path: Path) -> None:
    demo = shell.open(choose_database(demo=True))
    demo.show()
    wait_idle(qtbot, demo.ctx)
    target = tmp_path / "real" / "ipdesk.sqlite3"
    demo.database_requested.emit(str(target), True)  # what File → New database… does after the dialog
    assert target.exists()
    window = shell.window
    assert window is not None and window is not demo
    assert window.isVisible()
    assert window.banner is None
    assert window.ctx.database_path == target
    assert window.ctx.services.plans.list() == []
    wait_idle(qtbot, window.ctx)


def test_a_file_that_is_not_a_database_is_refused_and_the_window_stays(
    qtbot: QtBot, shell: Shell, tmp_path: Path
) -> None:
    first = shell.open(choose_database(demo=True))
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("这不是数据库", encoding="utf-8")
    with qtbot.waitSignal(shell.errors.presented, timeout=10_000):
        assert shell.switch(str(bogus), False) is False
    assert shell.window is first
