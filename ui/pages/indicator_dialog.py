"""Editing one indicator: its yearly targets and its values per period (grids that take typing and pasting
like the data-entry page, undoable, saved together in one transaction), and its responsible departments."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ipdesk.domain.enums import IndicatorKind, Role
from ipdesk.domain.periods import Period
from ipdesk.services.departments import DepartmentInfo
from ipdesk.services.entry import IndicatorSaveResult
from ipdesk.services.indicators import IndicatorInfo
from ipdesk.services.periods import PeriodInfo
from ipdesk.services.values import ValueInfo, ValueInput
from ui.context import AppContext
from ui.models.indicator_edit_grids import TargetGridModel, TargetRow, ValueGridModel, ValueRow
from ui.models.indicator_table import IndicatorLine
from ui.pages.entry_grid import GridView
from ui.widgets import hint_label, title_label


@dataclass(frozen=True)
class IndicatorEditData:
    periods: list[PeriodInfo]
    values: list[ValueInfo]
    departments: list[DepartmentInfo]


def target_rows(info: IndicatorInfo, first_year: int | None, last_year: int | None) -> list[TargetRow]:
    years = set(info.targets) | set(info.target_texts)
    if first_year and last_year:
        years |= set(range(first_year, last_year + 1))
    return [TargetRow(y, info.targets.get(y), info.target_texts.get(y)) for y in sorted(years)]


def value_rows(line: IndicatorLine, data: IndicatorEditData, today: date) -> list[ValueRow]:
    """Opened periods, the plan's years up to now and every period already holding a value, oldest first."""
    opened = {p.code: p for p in data.periods}
    mine = {v.period_code: v for v in data.values if v.unit_id == line.value_unit_id}
    codes = set(opened) | set(mine)
    plan = line.plan
    if plan.start_year and plan.end_year:
        codes |= {str(y) for y in range(plan.start_year, min(plan.end_year, today.year) + 1)}
    periods = sorted((Period.parse(c) for c in codes), key=lambda p: (p.end, -p.start.toordinal()))
    rows = []
    for period in periods:
        value = mine.get(period.code)
        info = opened.get(period.code)
        rows.append(
            ValueRow(
                period.code,
                period.label,
                bool(info and info.locked),
                value.value if value else None,
                value.value_text if value else None,
            )
        )
    return rows


class IndicatorDialog(QDialog):
    def __init__(
        self, ctx: AppContext, line: IndicatorLine, data: IndicatorEditData, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.line = line
        self.info = line.info
        self.confirm_discard: Callable[[], bool] = self._ask_discard
        self.setWindowTitle(self.tr("Edit indicator"))
        is_text = line.info.kind == IndicatorKind.TEXT.value
        self.undo_stack = QUndoStack(self)
        self.targets = TargetGridModel(self.undo_stack, self)
        self.targets.configure(line.info.unit, is_text)
        self.targets.set_records(target_rows(line.info, line.plan.start_year, line.plan.end_year))
        self.values = ValueGridModel(self.undo_stack, self)
        self.values.configure(line.info.unit, is_text)
        no_unit = (
            self.tr("Set this installation's administrative unit in Settings before entering indicator values.")
            if line.value_unit_id is None
            else None
        )
        self.values.set_records(value_rows(line, data, date.today()), no_unit)

        heading = title_label(self)
        heading.setText(f"{line.info.name}（{line.info.unit}）" if line.info.unit else line.info.name)
        plan = hint_label(self)
        plan.setText(line.plan.title)
        self.target_grid = GridView(self.targets, self)
        self.value_grid = GridView(self.values, self)
        for grid in (self.target_grid, self.value_grid):
            grid.fit_columns(stretch=1)
        self.department_list = QListWidget(self)
        self.department_combo = QComboBox(self)
        self.department_combo.setEditable(True)
        self.department_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.clicked.connect(self.add_department)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self.remove_department)
        departments = QWidget(self)
        row = QHBoxLayout()
        row.addWidget(self.department_combo, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        department_layout = QVBoxLayout(departments)
        department_layout.addWidget(self.department_list, 1)
        department_layout.addLayout(row)
        self._all_departments = data.departments
        self._show_departments(line.info)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.target_grid, self.tr("Targets"))
        self.tabs.addTab(self.value_grid, self.tr("Actual values"))
        self.tabs.addTab(departments, self.tr("Responsible departments"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        undo = self.undo_stack.createUndoAction(self)
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        redo = self.undo_stack.createRedoAction(self)
        redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.addActions([undo, redo])
        for grid in (self.target_grid, self.value_grid):
            grid.message.connect(self.message.setText)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(plan)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().horizontalAdvance("中")
        self.resize(em * 38, self.fontMetrics().lineSpacing() * 30)

    # -- departments (saved at once) --------------------------------------------------------------------

    def _show_departments(self, info: IndicatorInfo) -> None:
        self.info = info
        self.department_list.clear()
        for department_id, name, role in info.departments:
            item = QListWidgetItem(f"{name}（{Role.label_of(role)}）", self.department_list)
            item.setData(Qt.ItemDataRole.UserRole, department_id)
        taken = {d for d, _n, _r in info.departments}
        self.department_combo.clear()
        for department in self._all_departments:
            if department.id not in taken:
                self.department_combo.addItem(department.display_name, department.id)
        self.department_combo.setCurrentIndex(-1)

    def add_department(self) -> None:
        index = self.department_combo.findText(self.department_combo.currentText().strip(), Qt.MatchFlag.MatchExactly)
        if index < 0:
            self.department_combo.setFocus()
            return
        department_id = int(self.department_combo.itemData(index))
        indicators, indicator_id = self.ctx.services.indicators, self.info.id
        self.ctx.operations.run(
            lambda _c: indicators.add_department(indicator_id, department_id),
            parent=self,
            label=self.tr("Adding the department…"),
            on_success=self._show_departments,
        )

    def remove_department(self) -> None:
        item = self.department_list.currentItem()
        if item is None:
            return
        department_id = int(item.data(Qt.ItemDataRole.UserRole))
        indicators, indicator_id = self.ctx.services.indicators, self.info.id
        self.ctx.operations.run(
            lambda _c: indicators.remove_department(indicator_id, department_id),
            parent=self,
            label=self.tr("Removing the department…"),
            on_success=self._show_departments,
        )

    # -- targets and values (saved together) -------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return bool(self.targets.dirty_rows() or self.values.dirty_rows())

    def save(self) -> None:
        for grid, model in ((self.target_grid, self.targets), (self.value_grid, self.values)):
            if grid.state() == GridView.State.EditingState:
                grid.setFocus()
            problems = model.problems()
            if problems:
                self.tabs.setCurrentWidget(grid)
                grid.setCurrentIndex(model.index(problems[0][0], problems[0][1]))
                self.message.setText(self.tr("Correct the red cells before saving; each says what is wrong."))
                return
        if not self.has_unsaved_changes():
            self.accept()
            return
        indicator_id, unit_id = self.info.id, self.line.value_unit_id
        targets = self.targets.changes()
        values = [(code, ValueInput(indicator_id, value, unit_id)) for code, value in self.values.changes()]
        entry = self.ctx.services.entry
        self.buttons.setEnabled(False)
        operation = self.ctx.operations.run(
            lambda _c: entry.save_indicator(indicator_id, targets, values),
            parent=self,
            label=self.tr("Saving the indicator…"),
            on_success=self._saved,
        )
        operation.finished.connect(lambda: self.buttons.setEnabled(True))

    def _saved(self, _result: IndicatorSaveResult) -> None:
        self.targets.clear_edits()
        self.values.clear_edits()
        self.accept()

    def reject(self) -> None:
        if self.has_unsaved_changes() and not self.confirm_discard():
            return
        super().reject()

    def _ask_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("Close without saving the changed targets and values?")
        )
        return answer == QMessageBox.StandardButton.Yes
