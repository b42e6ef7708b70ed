"""导出任务分工表: a plan's task assignment table — the whole plan, one year, or one department's share.

The table is written under a temporary name and moved into place only if the clerk did not cancel, so
Cancel leaves no half-written or unwanted file behind.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ipdesk.excel.progress import Cancelled
from ipdesk.services.departments import DepartmentInfo
from ipdesk.services.exchange import ExportResult
from ipdesk.services.plans import PlanInfo
from ui.context import AppContext
from ui.dialogs.export_common import ExportDialog, PathField, documents_dir
from ui.operations import OperationContext

WHOLE, YEAR, DEPARTMENT = 0, 1, 2


def _file_name(title: str, suffix: str = "") -> str:
    cleaned = "".join("_" if c in '\\/:*?"<>|' else c for c in title).strip("《》 ")[:80]
    return f"{cleaned}{suffix}任务分工表.xlsx"


class ExportTableDialog(ExportDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.plan = QComboBox(self)
        self.plan.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan.setMinimumContentsLength(30)
        self.whole = QRadioButton(self)
        self.by_year = QRadioButton(self)
        self.by_department = QRadioButton(self)
        self.scope = QButtonGroup(self)
        for number, button in enumerate((self.whole, self.by_year, self.by_department)):
            self.scope.addButton(button, number)
        self.whole.setChecked(True)
        self.year = QSpinBox(self)
        self.year.setRange(1990, 2100)
        self.department = QComboBox(self)
        self.department.setEditable(True)
        self.department.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.department.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.department.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.file = PathField(self.ask_save_path, self)
        scope = QWidget(self)
        row = QHBoxLayout(scope)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.whole)
        row.addSpacing(12)
        row.addWidget(self.by_year)
        row.addWidget(self.year)
        row.addSpacing(12)
        row.addWidget(self.by_department)
        row.addWidget(self.department, 1)
        self.labels = [QLabel(self) for _ in range(3)]
        for label, field in zip(self.labels, (self.plan, scope, self.file), strict=True):
            self.form.addRow(label, field)
        self.plan.currentIndexChanged.connect(self._plan_changed)
        self.scope.idToggled.connect(self._scope_changed)
        self.year.valueChanged.connect(self._suggest_name)
        self._plans: list[PlanInfo] = []
        self._suggested = ""
        self.retranslate_ui()
        self._scope_changed()
        services = ctx.services
        self.load(lambda _context: (services.plans.list(), services.departments.list()), self._fill)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Export task assignment table"))
        for label, text in zip(self.labels, (self.tr("Plan"), self.tr("Scope"), self.tr("Save as")), strict=True):
            label.setText(text)
        self.whole.setText(self.tr("Whole plan"))
        self.by_year.setText(self.tr("One year:"))
        self.by_department.setText(self.tr("One department:"))
        self.file.browse_button.setText(self.tr("Browse…"))
        self.department.lineEdit().setPlaceholderText(self.tr("Type to search"))

    def _fill(self, data: tuple[list[PlanInfo], list[DepartmentInfo]]) -> None:
        plans, departments = data
        self._plans = plans
        self.plan.clear()
        for plan in plans:
            label = (
                self.tr("{title} ({years})").format(title=plan.title, years=plan.years) if plan.years else plan.title
            )
            self.plan.addItem(label, plan.id)
        self.department.clear()
        for department in departments:
            if department.active:
                self.department.addItem(department.name, department.id)
        self.department.setCurrentIndex(-1)
        if not plans:
            self.say(self.tr("There is no plan in this database yet."), error=True)
        self._plan_changed()

    def _scope_changed(self, *_args: Any) -> None:
        self.year.setEnabled(self.by_year.isChecked())
        self.department.setEnabled(self.by_department.isChecked())
        self._suggest_name()

    def _plan_changed(self, *_args: Any) -> None:
        """The years offered are the plan's; this year if it falls within them."""
        plan = self._plan()
        if plan is not None:
            first = plan.start_year or plan.end_year or date.today().year
            last = plan.end_year or first
            self.year.setRange(min(first, last), max(first, last))
            self.year.setValue(date.today().year)  # clamped into the range
        self._suggest_name()

    def _suggest_name(self, *_args: Any) -> None:
        """Propose a file name from the plan and scope, unless the clerk typed one of their own."""
        plan = self._plan()
        if plan is None:
            return
        suffix = f"{self.year.value()}年度" if self.by_year.isChecked() else ""
        current = self.file.path()
        if current is None or current.name == self._suggested:
            folder = current.parent if current is not None else documents_dir()
            self._suggested = _file_name(plan.title, suffix)
            self.file.set_path(folder / self._suggested)

    def _plan(self) -> PlanInfo | None:
        plan_id = self.plan.currentData()
        return next((p for p in self._plans if p.id == plan_id), None)

    def ask_save_path(self) -> Path | None:
        """The file to write, from a save dialog (tests replace this)."""
        start = str(self.file.path() or documents_dir())
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the task assignment table"), start, self.tr("Excel workbooks (*.xlsx)")
        )
        if not path:
            return None
        target = Path(path)
        return target if target.suffix.lower() == ".xlsx" else target.with_suffix(".xlsx")

    def export(self) -> None:
        plan = self._plan()
        target = self.file.path()
        if plan is None:
            self.say(self.tr("Choose a plan."), error=True)
            return
        if target is None:
            self.say(self.tr("Choose where to save the table."), error=True)
            return
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        year = self.year.value() if self.by_year.isChecked() else None
        department_id = self.department.currentData() if self.by_department.isChecked() else None
        if self.by_department.isChecked() and (
            department_id is None or self.department.findText(self.department.currentText()) < 0
        ):
            self.say(self.tr("Choose a department from the list."), error=True)
            return
        exchange = self.ctx.services.exchange

        def work(context: OperationContext) -> ExportResult:
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f".~{target.stem}.xlsx")
            written = exchange.export_assignment_table(plan.id, partial, year=year, department_id=department_id)
            if context.cancelled:
                written.path.unlink(missing_ok=True)
                raise Cancelled()
            os.replace(written.path, target)
            return ExportResult(target, written.rows)

        self.run(work, self.tr("Writing {name}…").format(name=target.name), self._exported)

    def _exported(self, result: ExportResult) -> None:
        self.show_result(
            self.tr("Saved {path} ({count} tasks).").format(path=result.path, count=result.rows), result.path.parent
        )

    def cancelled_text(self) -> str:
        return self.tr("Export cancelled; no file was written.")


__all__ = ["ExportTableDialog"]
