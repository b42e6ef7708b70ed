"""Fixtures for the report tests: one demo database per session (reports only read), Qt's GUI application."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from ipdesk.demo import build_demo
from ipdesk.services import Services
from ipdesk.storage.database import Database
from ipdesk.storage.location import sqlite_url

TODAY = date(2026, 11, 21)
PERIOD = "2026Q3"


@pytest.fixture(autouse=True)
def gui(qapp: object) -> object:
    """PDF writing measures fonts, which needs a QGuiApplication (pytest-qt's QApplication is one)."""
    return qapp


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reports-demo") / "demo.sqlite3"
    database = Database.open(sqlite_url(path))
    try:
        build_demo(database, today=TODAY)
    finally:
        database.dispose()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Services]:
    """Services over a private copy of the demo database (built for 2026-11-21)."""
    copy = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, copy)
    database = Database.open(sqlite_url(copy))
    yield Services(database)
    database.dispose()


def _pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext"]  # reading order: a wrapped table cell comes out in one piece
    if first is not None:
        args += ["-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def _pdf_pages(path: Path) -> list[str]:
    """The text of each page (pdftotext ends every page with a form feed)."""
    pages = _pdf_text(path).split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


@pytest.fixture
def pdf_text() -> Callable[..., str]:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    return _pdf_text


@pytest.fixture
def pdf_pages() -> Callable[[Path], list[str]]:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    return _pdf_pages
