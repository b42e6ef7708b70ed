"""导出填报表: one report form per department for a period, into a folder, to send out by mail or USB stick.

The period is chosen from those on file or typed (``2024Q2``, ``2024年第二季度`` …); the departments
are those with tasks or indicators, all ticked at first.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipdesk.domain.enums import PeriodKind
from ipdesk.domain.periods import Period
from ipdesk.errors import IpdeskError
from ipdesk.services.exchange import ExportResult, FormTarget
from ipdesk.services.periods import PeriodInfo
from ui.context import AppContext
from ui.dialogs.export_common import ExportDialog, PathField, documents_dir
from ui.operations import OperationContext

ID_ROLE = int(Qt.ItemDataRole.UserRole)


def period_choices(periods: list[PeriodInfo], today: date) -> list[Period]:
    """The periods on file and this quarter and the next, newest first."""
    quarter = Period.containing(today, PeriodKind.QUARTER)
    chosen = {p.period for p in periods} | {quarter, quarter.next()}
    return sorted(chosen, key=lambda p: (p.end, -p.start.toordinal()), reverse=True)


class ExportFormsDialog(ExportDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.period = QComboBox(self)
        self.period.setEditable(True)  # a period not on file yet can be typed: 2027Q1
        self.period.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.all_departments = QCheckBox(self)
        self.all_departments.setTristate(False)
        self.departments = QListWidget(self)
        self.departments.setMinimumHeight(220)
        self.folder_field = PathField(self.ask_folder, self)
        self.folder_field.set_path(documents_dir() / "ipdesk-forms")
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.all_departments)
        column.addWidget(self.departments, 1)
        self.labels = [QLabel(self) for _ in range(3)]
        for label, field in zip(self.labels, (self.period, box, self.folder_field), strict=True):
            self.form.addRow(label, field)
        self.all_departments.clicked.connect(self._tick_all)
        self.departments.itemChanged.connect(self._ticks_changed)
        self.retranslate_ui()
        services = ctx.services
        today = date.today()

        def work(_context: OperationContext) -> tuple[list[Period], list[FormTarget]]:
            choices = period_choices(services.periods.list(), today)
            return choices, services.exchange.form_targets(Period.containing(today, PeriodKind.QUARTER).code)

        self.load(work, self._fill)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Export report forms"))
        texts = (self.tr("Period"), self.tr("Departments"), self.tr("Save into folder"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.period.lineEdit().setPlaceholderText(self.tr("e.g. 2024Q2"))
        self.folder_field.browse_button.setText(self.tr("Browse…"))
        self._ticks_changed()

    def _fill(self, data: tuple[list[Period], list[FormTarget]]) -> None:
        periods, targets = data
        self.period.clear()
        for period in periods:
            self.period.addItem(self.tr("{label} ({code})").format(label=period.label, code=period.code), period.code)
        quarter = Period.containing(date.today(), PeriodKind.QUARTER).code
        self.period.setCurrentIndex(max(0, self.period.findData(quarter)))
        self.departments.blockSignals(True)
        self.departments.clear()
        for target in targets:
            item = QListWidgetItem(
                self.tr("{name} — tasks: {tasks}, indicators: {indicators}").format(
                    name=target.name, tasks=target.tasks, indicators=target.indicators
                ),
                self.departments,
            )
            item.setData(ID_ROLE, target.department_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.departments.blockSignals(False)
        self._ticks_changed()

    def period_code(self) -> str:
        """The chosen period's code; a typed one is checked (raises a clerk-readable error)."""
        text = self.period.currentText().strip()
        index = self.period.findText(text)
        if index >= 0:
            return str(self.period.itemData(index))
        return Period.parse(text).code

    def chosen_departments(self) -> list[int]:
        items = (self.departments.item(row) for row in range(self.departments.count()))
        return [int(item.data(ID_ROLE)) for item in items if item.checkState() == Qt.CheckState.Checked]

    def _tick_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.departments.blockSignals(True)
        for row in range(self.departments.count()):
            self.departments.item(row).setCheckState(state)
        self.departments.blockSignals(False)
        self._ticks_changed()

    def _ticks_changed(self, *_args: Any) -> None:
        count, total = len(self.chosen_departments()), self.departments.count()
        self.all_departments.setText(self.tr("All ({count} of {total} chosen)").format(count=count, total=total))
        self.all_departments.setChecked(total > 0 and count == total)

    def ask_folder(self) -> Path | None:
        """The folder to write into, from a folder dialog (tests replace this)."""
        start = self.folder_field.path() or documents_dir()
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose where to save the forms"), str(start))
        return Path(path) if path else None

    def export(self) -> None:
        try:
            period = self.period_code()
        except IpdeskError as exc:
            self.say(exc.message, error=True)
            return
        departments = self.chosen_departments()
        folder = self.folder_field.path()
        if not departments:
            self.say(self.tr("Tick at least one department."), error=True)
            return
        if folder is None:
            self.say(self.tr("Choose a folder to save the forms into."), error=True)
            return
        exchange = self.ctx.services.exchange

        def work(context: OperationContext) -> list[ExportResult]:
            return exchange.export_forms(period, folder, department_ids=departments, progress=context.as_progress())

        label = self.tr("Writing {count} report forms…").format(count=len(departments))
        self.run(work, label, lambda results: self._exported(results, folder, period))

    def _exported(self, results: list[ExportResult], folder: Path, period: str) -> None:
        self.show_result(
            self.tr("Saved {count} report forms for {period} in {folder}.").format(
                count=len(results), period=Period.parse(period).label, folder=folder
            ),
            folder,
        )

    def cancelled_text(self) -> str:
        return self.tr("Export cancelled; forms written before you cancelled stay in the folder.")
