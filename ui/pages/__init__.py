"""One module per page of the main window, and :data:`PAGES`, the list the window is built from.

The window shows the navigation from :data:`PAGES` alone and imports a page's module the first time the page
is shown: the overview needs its charts at start-up, the other seven pages need nothing until they are used.
Each title is translated in its page's context; ``Page.nav_title()`` reads it from here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from ui.pages.base import Page


@dataclass(frozen=True)
class PageSpec:
    """Where a page lives and what the navigation calls it, without importing it."""

    key: str  # Page.KEY; also the icon's name in resources/icons/
    module: str
    class_name: str  # also the translation context of ``title``
    title: str  # untranslated
    # Modules the page imports when it first loads (not at its own import): when the page is the first one,
    # the start-up worker imports them beside the database, so the GUI thread does not wait for them.
    preload: tuple[str, ...] = ()

    def import_modules(self) -> None:
        """Import the page's module and those it loads later (class definitions only: safe off the GUI thread)."""
        for module in (self.module, *self.preload):
            importlib.import_module(module)

    def nav_title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.title)

    def page_type(self) -> type[Page]:
        page_type: type[Page] = getattr(importlib.import_module(self.module), self.class_name)
        if self.key != page_type.KEY:
            raise LookupError(f"{self.module}.{self.class_name}.KEY is {page_type.KEY!r}, not {self.key!r}")
        return page_type


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "dashboard",
        "ui.pages.dashboard_page",
        "DashboardPage",
        QT_TRANSLATE_NOOP("DashboardPage", "Overview"),
        preload=tuple(
            f"ui.charts.{name}"
            for name in ("completeness_chart", "department_chart", "status_chart", "trajectory_chart")
        ),
    ),
    PageSpec("plans", "ui.pages.plans_page", "PlansPage", QT_TRANSLATE_NOOP("PlansPage", "Plans and tasks")),
    PageSpec(
        "indicators", "ui.pages.indicators_page", "IndicatorsPage", QT_TRANSLATE_NOOP("IndicatorsPage", "Indicators")
    ),
    PageSpec("entry", "ui.pages.entry_page", "EntryPage", QT_TRANSLATE_NOOP("EntryPage", "Data entry")),
    PageSpec(
        "exchange",
        "ui.pages.exchange_page",
        "ExchangePage",
        QT_TRANSLATE_NOOP("ExchangePage", "Import and export"),
    ),
    PageSpec("reports", "ui.pages.reports_page", "ReportsPage", QT_TRANSLATE_NOOP("ReportsPage", "Summary reports")),
    PageSpec(
        "departments",
        "ui.pages.departments_page",
        "DepartmentsPage",
        QT_TRANSLATE_NOOP("DepartmentsPage", "Departments"),
    ),
    PageSpec("settings", "ui.pages.settings_page", "SettingsPage", QT_TRANSLATE_NOOP("SettingsPage", "Settings")),
)
PAGE_KEYS: tuple[str, ...] = tuple(spec.key for spec in PAGES)
