from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from ipdesk.demo import build_demo
from ipdesk.services import Services
from ipdesk.services.exchange import ExchangeService

TODAY = date(2026, 11, 21)
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def demo(services: Services) -> Services:
    build_demo(services.database, today=TODAY)
    return services


@pytest.fixture
def exchange(demo: Services) -> ExchangeService:
    return ExchangeService(demo.database)


@pytest.fixture
def market(demo: Services) -> int:
    """赤峰市市场监督管理局, the demo department that reports most of the indicators."""
    return next(d.id for d in demo.departments.list() if d.name == "赤峰市市场监督管理局")
