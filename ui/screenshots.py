"""Render every page of the main window to PNG files (``main.py --screenshots DIR``), for reviewing the UI.

Besides one shot per page and size, two shots show states a page only reaches through use: the lower half of
the overview (the department charts) and the entry grid with edits, one of them refused with its reason
beside the cell. The edits are dropped again; nothing is written to the database.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop

from ui.app import active_language
from ui.main_window import MainWindow
from ui.operations import OperationRunner
from ui.pages.base import Page
from ui.pages.dashboard_page import DashboardPage
from ui.pages.entry_page import EntryPage

SIZES: tuple[tuple[int, int], ...] = ((1366, 768), (1920, 1080))


def settle(runner: OperationRunner, timeout: float = 20.0) -> None:
    """Process events until no operation is running (and the results are on screen)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if runner.is_idle():
            break
        time.sleep(0.01)
    for _ in range(3):
        QCoreApplication.processEvents()
    time.sleep(0.2)  # debounced loads (a task's history) start after a short pause
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    while not runner.is_idle() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    QCoreApplication.processEvents()


def _dashboard_lower(page: Page) -> Callable[[], None] | None:
    if not isinstance(page, DashboardPage):
        return None
    bar = page.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    return lambda: bar.setValue(0)


def _entry_checks(page: Page) -> Callable[[], None] | None:
    """Edits as a clerk makes them: a pasted row (synonym and 0.8 read), one refused percentage."""
    if not isinstance(page, EntryPage) or page.report_model.rowCount() < 2 or page.report_model.read_only_reason:
        return None
    model, grid = page.report_model, page.task_grid
    paste = QCoreApplication.translate("GridView", "Paste")
    model.set_cells([(0, 2, "进度滞后"), (0, 3, "0.6"), (0, 6, "下季度完成验收")], paste)
    model.set_cells([(1, 3, "120")], paste)
    grid.setFocus()
    grid.setCurrentIndex(model.index(1, 3))
    return page.revert


STATES: tuple[tuple[str, str, Callable[[Page], Callable[[], None] | None]], ...] = (
    ("dashboard", "lower", _dashboard_lower),
    ("entry", "checks", _entry_checks),
)


def take_screenshots(window: MainWindow, folder: Path, sizes: tuple[tuple[int, int], ...] = SIZES) -> list[Path]:
    """One PNG per page and size, ``{language}-{width}x{height}-{nn}-{page}.png``, plus the extra states as
    ``…-{nn}-{page}-{state}.png``."""
    folder.mkdir(parents=True, exist_ok=True)
    runner = window.ctx.operations
    written: list[Path] = []
    window.show()

    def grab(name: str) -> None:
        path = folder / f"{name}.png"
        if not window.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)

    for width, height in sizes:
        window.resize(width, height)
        prefix = f"{active_language()}-{width}x{height}"
        for number, page_key in enumerate(window.page_keys, start=1):
            page = window.show_page(page_key)  # built on first use, like a clerk's first click
            settle(runner)
            grab(f"{prefix}-{number:02d}-{page_key}")
            for key, state, stage in STATES:
                if key != page_key:
                    continue
                undo = stage(page)
                if undo is None:
                    continue
                settle(runner)
                grab(f"{prefix}-{number:02d}-{page.KEY}-{state}")
                undo()
                settle(runner)
    return written
