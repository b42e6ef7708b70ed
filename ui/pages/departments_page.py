"""部门: the registry of departments with short names, aliases, unit and contact details."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ipdesk.services.departments import DepartmentInfo
from ui.context import AppContext
from ui.models.department_table import DepartmentColumn, DepartmentTableModel
from ui.operations import Work
from ui.pages.base import Page
from ui.widgets import fit_columns, make_table_view


def matches(department: DepartmentInfo, words: str) -> bool:
    """True when every word occurs in one of the department's names, its unit or its contact."""
    haystack = " ".join(
        (*department.names, department.unit_name or "", department.contact_person or "", department.phone or "")
    ).casefold()
    return all(word in haystack for word in words.casefold().split())


class DepartmentsPage(Page):
    KEY = "departments"
    WATCHES = frozenset({"departments", "department_aliases", "admin_units"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._all: list[DepartmentInfo] = []
        self.model = DepartmentTableModel(self)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.inactive_box = QCheckBox(self)
        self.inactive_box.toggled.connect(self._inactive_toggled)
        self.count_label = QLabel(self)
        self.table = make_table_view(self.model, self)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.inactive_box)
        top.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        self.retranslate_ui()

    def nav_title(self) -> str:
        return self.tr("Departments")

    def retranslate_ui(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Find a department by any of its names, its unit or contact…"))
        self.inactive_box.setText(self.tr("Show &merged and dissolved departments"))
        self.model.retranslate()
        self._update_count()

    def loader(self) -> Work[Any]:
        services = self.ctx.services
        include_inactive = self.inactive_box.isChecked()
        return lambda _context: services.departments.list(include_inactive=include_inactive)

    def show_data(self, data: list[DepartmentInfo]) -> None:
        self._all = data
        self._apply_filter()

    def _inactive_toggled(self, _checked: bool) -> None:
        self.reload()

    def _apply_filter(self) -> None:
        words = self.filter_edit.text().strip()
        self.model.set_rows(d for d in self._all if not words or matches(d, words))
        fit_columns(self.table, stretch=(DepartmentColumn.ALIASES,))
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n department(s)", "", self.model.rowCount()))
