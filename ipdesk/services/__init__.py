"""Services: the only way the GUI and the CLI read or change data.

Each public call is one unit of work and returns plain dataclasses; errors are
:class:`ipdesk.errors.IpdeskError` subclasses with messages for a clerk.
"""

from __future__ import annotations

from ipdesk.services.departments import DepartmentService
from ipdesk.services.entry import EntryService
from ipdesk.services.exchange import ExchangeService
from ipdesk.services.history import HistoryService
from ipdesk.services.indicators import IndicatorService
from ipdesk.services.maintenance import MaintenanceService
from ipdesk.services.periods import PeriodService
from ipdesk.services.plan_intake import PlanIntakeService
from ipdesk.services.plans import PlanService
from ipdesk.services.reports import ReportService
from ipdesk.services.settings import SettingsService
from ipdesk.services.tasks import TaskService
from ipdesk.services.units import UnitService
from ipdesk.services.values import ValueService
from ipdesk.storage.database import Database


class Services:
    """All services over one database."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.units = UnitService(database)
        self.departments = DepartmentService(database)
        self.plans = PlanService(database)
        self.tasks = TaskService(database)
        self.indicators = IndicatorService(database)
        self.periods = PeriodService(database)
        self.reports = ReportService(database)
        self.values = ValueService(database)
        self.history = HistoryService(database)
        self.settings = SettingsService(database)
        self.maintenance = MaintenanceService(database)
        self.exchange = ExchangeService(database)
        self.plan_intake = PlanIntakeService(database)
        self.entry = EntryService(database)
