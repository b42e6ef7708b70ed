"""ORM models (SQLAlchemy 2, typed). Import from here: ``from ipdesk.storage.models import Task``."""

from ipdesk.storage.models.base import Base
from ipdesk.storage.models.history import AuditEntry, ImportBatch
from ipdesk.storage.models.indicators import Indicator, IndicatorDepartment, IndicatorTarget, IndicatorValue
from ipdesk.storage.models.organisation import AdminUnit, Department, DepartmentAlias, Installation
from ipdesk.storage.models.plans import Plan, PlanSection, Task, TaskAssignment
from ipdesk.storage.models.reporting import ReportingPeriod, TaskReport
from ipdesk.storage.models.settings import Setting

__all__ = [
    "AdminUnit",
    "AuditEntry",
    "Base",
    "Department",
    "DepartmentAlias",
    "ImportBatch",
    "Indicator",
    "IndicatorDepartment",
    "IndicatorTarget",
    "IndicatorValue",
    "Installation",
    "Plan",
    "PlanSection",
    "ReportingPeriod",
    "Setting",
    "Task",
    "TaskAssignment",
    "TaskReport",
]
