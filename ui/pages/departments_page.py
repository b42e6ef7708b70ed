"""部门: the registry of departments with short names, aliases, unit and contact; add and edit them, and merge
one into its successor after a 机构改革 (history kept). Filtering happens in the model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ipdesk.services.departments import DepartmentInfo
from ipdesk.services.units import UnitInfo
from ui.context import AppContext
from ui.models.department_table import DepartmentColumn, DepartmentTableModel
from ui.models.table import matches_words
from ui.operations import Work
from ui.pages.base import Page
from ui.pages.department_dialogs import DepartmentDialog, MergeDialog
from ui.widgets import fit_columns, make_table_view


def matches(department: DepartmentInfo, words: str) -> bool:
    """True when every word occurs in one of the department's names, its unit or its contact."""
    haystack = " ".join(
        (*department.names, department.unit_name or "", department.contact_person or "", department.phone or "")
    )
    return matches_words(haystack, words)


@dataclass(frozen=True)
class DepartmentData:
    departments: list[DepartmentInfo]
    units: list[UnitInfo]


class DepartmentsPage(Page):
    KEY = "departments"
    WATCHES = frozenset({"departments", "department_aliases", "admin_units"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._data = DepartmentData([], [])
        self.dialog: DepartmentDialog | MergeDialog | None = None
        self.model = DepartmentTableModel(self)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.inactive_box = QCheckBox(self)
        self.inactive_box.toggled.connect(self._apply_filter)
        self.count_label = QLabel(self)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_department)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_department)
        self.merge_button = QPushButton(self)
        self.merge_button.clicked.connect(self.merge_department)
        self.table = make_table_view(self.model, self)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_department())

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.inactive_box)
        top.addWidget(self.count_label)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.merge_button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Find a department by any of its names, its unit or contact…"))
        self.inactive_box.setText(self.tr("Show merged and &dissolved departments"))
        self.add_button.setText(self.tr("&New department…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.merge_button.setText(self.tr("&Merge into successor…"))
        self.model.retranslate()
        self._update_count()

    def loader(self) -> Work[Any]:
        services = self.ctx.services
        return lambda _context: DepartmentData(services.departments.list(include_inactive=True), services.units.list())

    def show_data(self, data: DepartmentData) -> None:
        current = self.current_department()
        self._data = data
        self.model.set_rows(data.departments)
        self._apply_filter()
        if current is not None:
            self.select_department(current.id)

    def _apply_filter(self, *_args: object) -> None:
        words = self.filter_edit.text().strip()
        inactive = self.inactive_box.isChecked()

        def keep(department: DepartmentInfo) -> bool:
            return (inactive or department.active) and (not words or matches(department, words))

        self.model.set_filter(keep)
        fit_columns(self.table, stretch=(DepartmentColumn.NAME, DepartmentColumn.ALIASES))  # long official names
        self._update_count()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self._current_changed()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n department(s)", "", self.model.visible_count()))

    def current_department(self) -> DepartmentInfo | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select_department(self, department_id: int) -> bool:
        row = self.model.row_of_id(department_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _current_changed(self, *_args: QModelIndex) -> None:
        department = self.current_department()
        self.edit_button.setEnabled(department is not None)
        self.merge_button.setEnabled(department is not None and department.active)

    def add_department(self) -> DepartmentDialog:
        self.dialog = DepartmentDialog(self.ctx, self._data.units, None, self)
        self.dialog.saved.connect(
            lambda info: self.loaded.connect(
                lambda: self.select_department(info.id), Qt.ConnectionType.SingleShotConnection
            )
        )
        self.dialog.open()
        return self.dialog

    def edit_department(self) -> DepartmentDialog | None:
        department = self.current_department()
        if department is None:
            return None
        self.dialog = DepartmentDialog(self.ctx, self._data.units, department, self)
        self.dialog.open()
        return self.dialog

    def merge_department(self) -> MergeDialog | None:
        department = self.current_department()
        if department is None or not department.active:
            return None
        self.dialog = MergeDialog(self.ctx, department, self._data.departments, self)
        self.dialog.open()
        return self.dialog
