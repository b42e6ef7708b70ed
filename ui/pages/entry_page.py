"""数据填报, first version: for a period and a department, what it has reported on each of its tasks.

Read-only for now; entering and correcting reports comes with the data-entry issue.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ipdesk.domain.enums import TaskStatus
from ipdesk.services.periods import PeriodInfo
from ipdesk.services.reports import ReportRow
from ui import formatting
from ui.context import AppContext
from ui.models.report_table import ReportColumn, ReportTableModel
from ui.operations import Work
from ui.pages.base import Page
from ui.summaries import default_period, departments_in
from ui.widgets import fit_columns, hint_label, make_table_view


class EntryPage(Page):
    KEY = "entry"
    WATCHES = frozenset({"reporting_periods", "task_reports", "task_assignments", "tasks", "departments"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._periods: list[PeriodInfo] = []
        self._rows: list[ReportRow] = []
        self.model = ReportTableModel(self)

        self.hint = hint_label(self)
        self.period_label = QLabel(self)
        self.period_combo = QComboBox(self)
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_label.setBuddy(self.period_combo)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.department_label = QLabel(self)
        self.department_combo = QComboBox(self)
        self.department_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.department_label.setBuddy(self.department_combo)
        self.department_combo.currentIndexChanged.connect(self._apply_department)
        self.summary_label = QLabel(self)

        self.table = make_table_view(self.model, self)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail = QTextBrowser(self)

        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period_combo)
        top.addSpacing(12)
        top.addWidget(self.department_label)
        top.addWidget(self.department_combo)
        top.addSpacing(12)
        top.addWidget(self.summary_label, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.period_combo)
        self.retranslate_ui()

    def nav_title(self) -> str:
        return self.tr("Data entry")

    def retranslate_ui(self) -> None:
        self.hint.setText(
            self.tr(
                "What each department has reported on its tasks for a reporting period. This version shows the "
                "reports read-only; entering and correcting them here will follow."
            )
        )
        self.period_label.setText(self.tr("&Period:"))
        self.department_label.setText(self.tr("&Department:"))
        self._fill_periods()
        self._fill_departments()
        self.model.retranslate()
        self._update_summary()
        self._show_detail()

    # -- periods --------------------------------------------------------------------------------------

    def loader(self) -> Work[Any]:
        services = self.ctx.services
        return lambda _context: services.periods.list()

    def show_data(self, data: list[PeriodInfo]) -> None:
        self._periods = data
        self._fill_periods()
        self._period_changed()

    def _fill_periods(self) -> None:
        current = self.period_combo.currentData()
        if current is None:
            chosen = default_period(self._periods, date.today())
            current = chosen.code if chosen else None
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for period in sorted(self._periods, key=lambda p: (p.end_date, p.start_date), reverse=True):
            text = period.label
            if period.locked:
                text = self.tr("{period} (locked)").format(period=text)
            self.period_combo.addItem(text, period.code)
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(current), 0))
        self.period_combo.blockSignals(False)

    def selected_period(self) -> PeriodInfo | None:
        code = self.period_combo.currentData()
        return next((p for p in self._periods if p.code == code), None)

    def _period_changed(self) -> None:
        period = self.selected_period()
        if period is None:
            self._show_rows([])
            return
        services = self.ctx.services
        code = period.code
        self.ctx.operations.run(
            lambda _context: services.reports.rows(code),
            parent=self,
            label=self.tr("Reading the reports…"),
            on_success=self._show_rows,
        )

    # -- departments and rows -------------------------------------------------------------------------

    def _show_rows(self, rows: list[ReportRow]) -> None:
        self._rows = rows
        self._fill_departments()
        self._apply_department()

    def _fill_departments(self) -> None:
        departments = departments_in(self._rows)
        current = self.department_combo.currentData()
        if current is None and departments:  # start with the department that carries the most tasks
            current = max(departments, key=lambda entry: entry[2])[0]
        self.department_combo.blockSignals(True)
        self.department_combo.clear()
        for department_id, name, expected, reported in departments:
            label = self.tr("{name} ({reported}/{expected} reported)").format(
                name=name, reported=reported, expected=expected
            )
            self.department_combo.addItem(label, department_id)
        self.department_combo.setCurrentIndex(max(self.department_combo.findData(current), 0))
        self.department_combo.blockSignals(False)

    def selected_department_id(self) -> int | None:
        value = self.department_combo.currentData()
        return None if value is None else int(value)

    def select_department(self, department_id: int) -> bool:
        index = self.department_combo.findData(department_id)
        if index < 0:
            return False
        self.department_combo.setCurrentIndex(index)
        return True

    def _apply_department(self) -> None:
        department_id = self.selected_department_id()
        self.model.set_rows(r for r in self._rows if r.department_id == department_id)
        fit_columns(self.table, stretch=(ReportColumn.PROGRESS,))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_summary()
        self._show_detail()

    def _update_summary(self) -> None:
        rows = self.model.rows()
        if not rows:
            self.summary_label.setText(self.tr("No tasks are assigned for this choice."))
            return
        reported = sum(1 for r in rows if r.report_id is not None)
        lagging = sum(1 for r in rows if r.status == TaskStatus.LAGGING.value)
        text = self.tr("Reported on {reported} of {total} tasks; {lagging} lagging.").format(
            reported=reported, total=len(rows), lagging=lagging
        )
        period = self.selected_period()
        if period is not None:
            text += " " + self.tr("Due {date}.").format(date=formatting.day(period.due_date))
        self.summary_label.setText(text)

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.detail.clear()
            return
        row = self.model.record(index.row())
        heading = self.model.display(row, ReportColumn.TASK) or ""
        if row.report_id is None:
            message = self.tr("No report for this task in this period yet.")
            body = f"<p>{escape(message)}</p>"
        else:
            body = formatting.facts_table(
                [
                    (self.tr("Status"), self.model.display(row, ReportColumn.STATUS) or ""),
                    (self.tr("Done"), self.model.display(row, ReportColumn.PERCENT) or ""),
                    (self.tr("Progress"), row.progress or ""),
                    (self.tr("Problems"), row.problems or ""),
                    (self.tr("Next steps"), row.next_steps or ""),
                    (self.tr("Reported by"), row.reporter or ""),
                    (self.tr("Submitted on"), formatting.day(row.submitted_on)),
                ]
            )
        self.detail.setHtml(f"<h3>{escape(heading)}</h3>{body}")
