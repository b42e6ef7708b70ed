"""Fixtures shared by every test: an isolated data directory and a fresh database per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # tests never need a display

from collections.abc import Iterator
from pathlib import Path

import pytest

from ipdesk.services import Services
from ipdesk.storage.database import Database
from ipdesk.storage.location import sqlite_url

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = REPO_ROOT.parent / "shared" / "seeds"


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test away from the user's real data directory, database URL and language."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("IPDESK_DATA_DIR", str(data))
    monkeypatch.delenv("IPDESK_DATABASE_URL", raising=False)
    monkeypatch.setenv("IPDESK_LANG", "en")
    return data


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    db = Database.open(sqlite_url(db_path))
    yield db
    db.dispose()


@pytest.fixture
def services(database: Database) -> Services:
    return Services(database)
