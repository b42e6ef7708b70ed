"""Fixtures shared by every test: an isolated data directory and a fresh database per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # tests never need a display

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from ipdesk.services import Services
from ipdesk.storage.database import Database
from ipdesk.storage.location import sqlite_url

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = REPO_ROOT.parent / "shared" / "seeds"

# With a PostgreSQL server at hand (CI starts one), database-level tests run on both backends.
POSTGRES_URL = os.environ.get("IPDESK_TEST_POSTGRES_URL")
BACKENDS = ["sqlite", *(["postgresql"] if POSTGRES_URL else [])]


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


def _fresh_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    """A fresh, migrated database: SQLite always, PostgreSQL too when IPDESK_TEST_POSTGRES_URL is set."""
    if request.param == "postgresql":
        assert POSTGRES_URL
        _fresh_postgres(POSTGRES_URL)
        db = Database.open(POSTGRES_URL)
    else:
        db = Database.open(sqlite_url(db_path))
    yield db
    db.dispose()


@pytest.fixture
def sqlite_database(db_path: Path) -> Iterator[Database]:
    db = Database.open(sqlite_url(db_path))
    yield db
    db.dispose()


@pytest.fixture
def sqlite_services(sqlite_database: Database) -> Services:
    return Services(sqlite_database)


@pytest.fixture
def services(database: Database) -> Services:
    return Services(database)
