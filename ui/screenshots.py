"""Render every page of the main window to PNG files (``main.py --screenshots DIR``), for reviewing the UI."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop

from ui.app import active_language
from ui.main_window import MainWindow
from ui.operations import OperationRunner

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


def take_screenshots(window: MainWindow, folder: Path, sizes: tuple[tuple[int, int], ...] = SIZES) -> list[Path]:
    """One PNG per page and size, named ``{language}-{width}x{height}-{nn}-{page}.png``."""
    folder.mkdir(parents=True, exist_ok=True)
    runner = window.ctx.operations
    written: list[Path] = []
    window.show()
    for width, height in sizes:
        window.resize(width, height)
        for number, page in enumerate(window.pages, start=1):
            window.show_page(page.KEY)
            settle(runner)
            path = folder / f"{active_language()}-{width}x{height}-{number:02d}-{page.KEY}.png"
            if not window.grab().save(str(path)):
                raise OSError(f"could not write {path}")
            written.append(path)
    return written
