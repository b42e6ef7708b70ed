"""Services: the only way the GUI and the CLI read or change data.

Each public call is one unit of work and returns plain dataclasses; errors are
:class:`ipdesk.errors.IpdeskError` subclasses with messages for a clerk.

:class:`Services` builds each service — and imports its module — the first time it is used: the GUI's first
page needs two or three of them, and the rest (the Excel exchange with its readers, the plan intake with its
parser) would cost a third of a second at every start.
"""

from __future__ import annotations

import importlib
import threading
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from ipdesk.storage.database import Database

if TYPE_CHECKING:
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

S = TypeVar("S")


class _Lazy(Generic[S]):
    """A service built over the container's database on first access, then kept in the instance.

    A non-data descriptor: once built, the instance attribute answers directly, and a test may assign its own.
    """

    def __init__(self, module: str, class_name: str) -> None:
        self.module = module
        self.class_name = class_name
        self.attribute = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.attribute = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> _Lazy[S]: ...

    @overload
    def __get__(self, instance: Services, owner: type | None = None) -> S: ...

    def __get__(self, instance: Services | None, owner: type | None = None) -> _Lazy[S] | S:
        if instance is None:
            return self
        service_type: Any = getattr(importlib.import_module(self.module), self.class_name)
        with instance._lock:  # the GUI and the worker thread may ask at once: build one, not two
            built: S | None = instance.__dict__.get(self.attribute)
            if built is None:
                built = service_type(instance.database)
                instance.__dict__[self.attribute] = built
        return built


class Services:
    """All services over one database (each built when first used)."""

    units: _Lazy[UnitService] = _Lazy("ipdesk.services.units", "UnitService")
    departments: _Lazy[DepartmentService] = _Lazy("ipdesk.services.departments", "DepartmentService")
    plans: _Lazy[PlanService] = _Lazy("ipdesk.services.plans", "PlanService")
    tasks: _Lazy[TaskService] = _Lazy("ipdesk.services.tasks", "TaskService")
    indicators: _Lazy[IndicatorService] = _Lazy("ipdesk.services.indicators", "IndicatorService")
    periods: _Lazy[PeriodService] = _Lazy("ipdesk.services.periods", "PeriodService")
    reports: _Lazy[ReportService] = _Lazy("ipdesk.services.reports", "ReportService")
    values: _Lazy[ValueService] = _Lazy("ipdesk.services.values", "ValueService")
    history: _Lazy[HistoryService] = _Lazy("ipdesk.services.history", "HistoryService")
    settings: _Lazy[SettingsService] = _Lazy("ipdesk.services.settings", "SettingsService")
    maintenance: _Lazy[MaintenanceService] = _Lazy("ipdesk.services.maintenance", "MaintenanceService")
    exchange: _Lazy[ExchangeService] = _Lazy("ipdesk.services.exchange", "ExchangeService")
    plan_intake: _Lazy[PlanIntakeService] = _Lazy("ipdesk.services.plan_intake", "PlanIntakeService")
    entry: _Lazy[EntryService] = _Lazy("ipdesk.services.entry", "EntryService")

    def __init__(self, database: Database) -> None:
        self.database = database
        self._lock = threading.Lock()
