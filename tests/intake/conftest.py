"""Fixtures of the intake tests: the sample plans and registry records built in the test."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

# The repository root is parents[2]; CI clones the repo with shared/ beside it.
SEEDS_DIR = (Path(__file__).resolve().parents[2] / "../shared/seeds").resolve()


@dataclass(frozen=True)
class RegistryRecord:
    """Stands in for ``services.departments.registry()`` items (the matcher's Protocol)."""

    id: int
    name: str
    short_name: str | None = None
    aliases: tuple[str, ...] = ()
    kind: str = "agency"


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"sample plans not found at {SEEDS_DIR} (the shared/ folder is checked out beside the repo)")
    return SEEDS_DIR


@pytest.fixture
def seed_file(seeds_dir: Path):
    """``seed_file("001_")`` -> the sample plan whose name starts with the prefix (skips when missing)."""

    def find(prefix: str) -> Path:
        matches = sorted(seeds_dir.glob(f"{prefix}*.txt"))
        if not matches:
            pytest.skip(f"sample plan {prefix}*.txt not found in {seeds_dir}")
        return matches[0]

    return find


@pytest.fixture
def record() -> type[RegistryRecord]:
    return RegistryRecord
