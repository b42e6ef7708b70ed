"""数据填报: one department's task reports and indicator values for one period, entered like a spreadsheet.

The grids hold the clerk's edits beside the saved data (see :mod:`ui.models.editable_grid`); Save sends them
in one service call (one transaction), Revert drops them, and every change can be undone until it is saved.
Leaving the page, the period or the department with unsaved edits asks first. A locked period is read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ipdesk.analytics.desk import default_period
from ipdesk.services import Services
from ipdesk.services.entry import DepartmentLoad, EntrySaveResult, IndicatorEntry
from ipdesk.services.periods import PeriodInfo
from ipdesk.services.reports import ReportRow
from ui import formatting
from ui.context import AppContext
from ui.models.indicator_grid import IndicatorGridColumn, IndicatorGridModel
from ui.models.report_grid import ReportGridColumn, ReportGridModel
from ui.operations import Work
from ui.pages.base import Page
from ui.pages.entry_grid import GridView
from ui.pages.period_dialog import PeriodDialog
from ui.pages.report_history_panel import ReportHistoryPanel
from ui.pages.unsaved import UnsavedChoice, ask_unsaved
from ui.widgets import hint_label, splitter

PERIOD_KEY = "entry/period"
DEPARTMENT_KEY = "entry/department"
SPLITTER_KEY = "entry/splitter"


@dataclass(frozen=True)
class EntryData:
    token: int
    periods: list[PeriodInfo]
    period: PeriodInfo | None
    departments: list[DepartmentLoad]
    department_id: int | None
    rows: list[ReportRow]
    indicators: list[IndicatorEntry]


def choose_department(departments: list[DepartmentLoad], wanted: int | None) -> int | None:
    """The wanted department if it has tasks, else the one that reported most (then: has most tasks)."""
    if any(d.id == wanted for d in departments):
        return wanted
    if not departments:
        return None
    return max(departments, key=lambda d: (d.reported, d.assignments)).id


def read_entry(
    services: Services, token: int, period_code: str | None, department_id: int | None, today: date
) -> EntryData:
    periods = services.periods.list()
    period = next((p for p in periods if p.code == period_code), None) or default_period(periods, today)
    if period is None:
        return EntryData(token, periods, None, [], None, [], [])
    departments = services.entry.departments(period.code)
    department_id = choose_department(departments, department_id)
    if department_id is None:
        return EntryData(token, periods, period, departments, None, [], [])
    rows = services.reports.rows(period.code, department_id=department_id)
    indicators = services.entry.indicators(period.code, department_id)
    return EntryData(token, periods, period, departments, department_id, rows, indicators)


class EntryPage(Page):
    KEY = "entry"
    WATCHES = frozenset(
        {
            "reporting_periods",
            "task_reports",
            "task_assignments",
            "tasks",
            "departments",
            "indicators",
            "indicator_targets",
            "indicator_values",
            "indicator_departments",
            "installation",
        }
    )
    saved = Signal(object)  # EntrySaveResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        wanted_department = ctx.recall(DEPARTMENT_KEY)
        self._wanted: tuple[str | None, int | None] = (
            ctx.recall(PERIOD_KEY),
            int(wanted_department) if wanted_department is not None else None,
        )
        self._token = 0
        self._data = EntryData(0, [], None, [], None, [], [])
        self._saving = False
        self._after_save: Callable[[], None] | None = None
        self.ask_unsaved: Callable[[], UnsavedChoice] = lambda: ask_unsaved(
            self, self.tr("The reports on this page have changes that are not saved.")
        )

        self.undo_stack = QUndoStack(self)
        self.report_model = ReportGridModel(self.undo_stack, self)
        self.indicator_model = IndicatorGridModel(self.undo_stack, self)

        self.hint = hint_label(self)
        self.period_label = QLabel(self)
        self.period_combo = QComboBox(self)
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_label.setBuddy(self.period_combo)
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        self.open_period_button = QPushButton(self)
        self.open_period_button.clicked.connect(self.open_period)
        self.department_label = QLabel(self)
        self.department_combo = QComboBox(self)
        self.department_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.department_combo.setMinimumContentsLength(18)
        self.department_label.setBuddy(self.department_combo)
        self.department_combo.currentIndexChanged.connect(self._department_chosen)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.lock_banner = QLabel(self)
        self.lock_banner.setObjectName("lockBanner")
        self.lock_banner.setWordWrap(True)
        self.lock_banner.setStyleSheet(
            "#lockBanner { background: #eef2f7; border: 1px solid #9fb3c8; border-radius: 3px; padding: 4px 8px; }"
        )
        self.lock_banner.hide()

        self.task_grid = GridView(self.report_model, self)
        self.indicator_grid = GridView(self.indicator_model, self)
        self._active_grid = self.task_grid
        for grid in (self.task_grid, self.indicator_grid):
            grid.message.connect(self._show_message)
            grid.installEventFilter(self)
        self.task_grid.selectionModel().currentRowChanged.connect(self._task_row_changed)

        self.history = ReportHistoryPanel(ctx, self)
        self.no_indicators = hint_label(self)
        self.no_indicators.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.indicator_stack = QStackedWidget(self)
        self.indicator_stack.addWidget(self.no_indicators)
        self.indicator_stack.addWidget(self.indicator_grid)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.history, "")
        self.tabs.addTab(self.indicator_stack, "")

        self._create_actions()
        self.changes_label = QLabel(self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period_combo)
        top.addWidget(self.open_period_button)
        top.addSpacing(12)
        top.addWidget(self.department_label)
        top.addWidget(self.department_combo, 3)
        top.addSpacing(12)
        top.addWidget(self.summary_label, 2)

        bar = QHBoxLayout()
        bar.addWidget(self.toolbar)
        bar.addWidget(self.message_label, 1)
        bar.addWidget(self.changes_label)

        self.splitter = splitter(
            Qt.Orientation.Vertical, self, (self.task_grid, 3), (self.tabs, 2), settings_key=SPLITTER_KEY
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(top)
        layout.addWidget(self.lock_banner)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.task_grid)

        self.report_model.edits_changed.connect(self._edits_changed)
        self.indicator_model.edits_changed.connect(self._edits_changed)
        self.retranslate_ui()
        self._edits_changed()

    def _create_actions(self) -> None:
        def action(slot: Callable[[], object], shortcut: QKeySequence | None = None) -> QAction:
            item = QAction(self)
            item.triggered.connect(lambda _checked=False: slot())
            if shortcut is not None:
                item.setShortcut(shortcut)
                item.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(item)
            return item

        self.save_action = action(self.save, QKeySequence(QKeySequence.StandardKey.Save))
        self.revert_action = action(self.revert)
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        for item in (self.undo_action, self.redo_action):
            item.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(item)
        self.copy_action = action(lambda: self._active_grid.copy_selection())
        self.paste_action = action(lambda: self._active_grid.paste())
        self.fill_action = action(lambda: self._active_grid.fill_down())
        self.clear_action = action(lambda: self._active_grid.clear_selection())
        self.history_action = action(self.show_history, QKeySequence("Ctrl+H"))
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for item in (self.save_action, self.revert_action):
            self.toolbar.addAction(item)
        self.toolbar.addSeparator()
        for item in (self.undo_action, self.redo_action):
            self.toolbar.addAction(item)
        self.toolbar.addSeparator()
        for item in (self.copy_action, self.paste_action, self.fill_action, self.clear_action):
            self.toolbar.addAction(item)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.history_action)

    def retranslate_ui(self) -> None:
        self.hint.setText(
            self.tr(
                "Type, paste from Excel or WPS, or pick from the list; Enter and Tab move on, Alt+Enter starts a new "
                "line, Ctrl+D fills down. Changed cells are yellow until saved; a red cell says next to it what is "
                "wrong."
            )
        )
        self.period_label.setText(self.tr("&Period:"))
        self.open_period_button.setText(self.tr("New period…"))
        self.department_label.setText(self.tr("&Department:"))
        self.save_action.setText(self.tr("&Save"))
        self.save_action.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.revert_action.setText(self.tr("Revert"))
        self.revert_action.setToolTip(self.tr("Drop every unsaved change on this page"))
        self.undo_action.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.redo_action.setToolTip(self.tr("Redo (Ctrl+Y)"))
        self.copy_action.setText(self.tr("Copy"))
        self.copy_action.setToolTip(self.tr("Copy the selected cells for Excel or WPS (Ctrl+C)"))
        self.paste_action.setText(self.tr("Paste"))
        self.paste_action.setToolTip(self.tr("Paste cells copied in Excel or WPS (Ctrl+V)"))
        self.fill_action.setText(self.tr("Fill down"))
        self.fill_action.setToolTip(self.tr("Copy the top cell into the selected cells below it (Ctrl+D)"))
        self.clear_action.setText(self.tr("Clear"))
        self.clear_action.setToolTip(self.tr("Empty the selected cells (Delete)"))
        self.history_action.setText(self.tr("History"))
        self.history_action.setToolTip(self.tr("Every report filed on the selected task (Ctrl+H)"))
        self.no_indicators.setText(
            self.tr(
                "No indicators are assigned to this department. Responsible departments are set on the Indicators "
                "page; their values can also be entered there."
            )
        )
        self.report_model.retranslate()
        self.indicator_model.retranslate()
        self._fill_periods()
        self._fill_departments()
        self._update_summary()
        self._update_tabs()
        self._edits_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, GridView):
            self._active_grid = watched
        return super().eventFilter(watched, event)

    # -- loading --------------------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return bool(self.report_model.dirty_rows() or self.indicator_model.dirty_rows())

    def reload(self) -> None:
        if self.has_unsaved_changes() or self._saving:
            self._stale = True  # reloaded once the edits are saved or dropped
            self._show_message(self.tr("Data changed elsewhere; this page refreshes after you save or revert."))
            return
        super().reload()

    def loader(self) -> Work[Any]:
        services = self.ctx.services
        self._token += 1
        token = self._token
        period_code, department_id = self._wanted
        today = date.today()
        return lambda _context: read_entry(services, token, period_code, department_id, today)

    def show_data(self, data: EntryData) -> None:
        if data.token != self._token:
            return  # a newer choice is on its way
        self._data = data
        self._wanted = (data.period.code if data.period else None, data.department_id)
        self._remember()
        self._fill_periods()
        self._fill_departments()
        locked = data.period is not None and data.period.locked
        reason = self.tr("The period is locked; its reports can no longer be changed.") if locked else None
        self.undo_stack.clear()
        self.report_model.set_records(data.rows, reason)
        self.indicator_model.department_id = data.department_id
        self.indicator_model.set_records(data.indicators, reason)
        self.task_grid.fit_columns(stretch=ReportGridColumn.PROGRESS)
        self.indicator_grid.fit_columns(stretch=IndicatorGridColumn.NAME)
        self.lock_banner.setVisible(locked)
        if locked and data.period is not None:
            self.lock_banner.setText(
                self.tr("{period} is locked: its reports are shown read-only.").format(period=data.period.label)
            )
        self.indicator_stack.setCurrentWidget(self.indicator_grid if data.indicators else self.no_indicators)
        self._update_summary()
        self._update_tabs()
        if self.report_model.rowCount():
            self.task_grid.setCurrentIndex(self.report_model.index(0, ReportGridColumn.STATUS))
        else:
            self.history.show_task(None)
        self._edits_changed()

    def _remember(self) -> None:
        period_code, department_id = self._wanted
        self.ctx.remember(PERIOD_KEY, period_code)
        self.ctx.remember(DEPARTMENT_KEY, department_id)

    # -- choosing period and department ----------------------------------------------------------------------

    def _fill_periods(self) -> None:
        chosen = self._data.period.code if self._data.period else None
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for period in sorted(self._data.periods, key=lambda p: (p.end_date, p.start_date), reverse=True):
            text = period.label
            if period.locked:
                text = self.tr("{period} (locked)").format(period=text)
            self.period_combo.addItem(text, period.code)
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(chosen), 0))
        self.period_combo.blockSignals(False)

    def _fill_departments(self) -> None:
        labels = formatting.department_labels(self._data.departments)
        self.department_combo.blockSignals(True)
        self.department_combo.clear()
        for department in self._data.departments:
            text = self.tr("{name} ({reported}/{expected} reported)").format(
                name=labels[department.id], reported=department.reported, expected=department.assignments
            )
            self.department_combo.addItem(text, department.id)
        self.department_combo.setCurrentIndex(max(self.department_combo.findData(self._data.department_id), 0))
        self.department_combo.blockSignals(False)

    def selected_period(self) -> PeriodInfo | None:
        return self._data.period

    def selected_department_id(self) -> int | None:
        return self._data.department_id

    def select_period(self, code: str) -> bool:
        index = self.period_combo.findData(code)
        if index < 0:
            return False
        self.period_combo.setCurrentIndex(index)
        return True

    def select_department(self, department_id: int) -> bool:
        index = self.department_combo.findData(department_id)
        if index < 0:
            return False
        self.department_combo.setCurrentIndex(index)
        return True

    def _period_chosen(self, _index: int) -> None:
        code = self.period_combo.currentData()
        if code == (self._data.period.code if self._data.period else None):
            return
        if not self.confirm_leave(then=lambda: self._choose(code, self._data.department_id)):
            self._fill_periods()  # stay where the edits are
            return
        self._choose(code, self._data.department_id)

    def _department_chosen(self, _index: int) -> None:
        department_id = self.department_combo.currentData()
        if department_id == self._data.department_id:
            return
        code = self._data.period.code if self._data.period else None
        if not self.confirm_leave(then=lambda: self._choose(code, department_id)):
            self._fill_departments()
            return
        self._choose(code, department_id)

    def _choose(self, period_code: str | None, department_id: int | None) -> None:
        self._wanted = (period_code, department_id)
        self.report_model.clear_edits()
        self.indicator_model.clear_edits()
        super().reload()

    def open_period(self) -> None:
        dialog = PeriodDialog(self.ctx, self, existing=self._data.periods)
        dialog.opened.connect(lambda period: self._choose(period.code, self._data.department_id))
        dialog.open()

    # -- summary and tabs -----------------------------------------------------------------------------

    def _update_summary(self) -> None:
        period = self._data.period
        if period is None:
            self.summary_label.setText(
                self.tr("No reporting period is open yet. Use “New period…” to open one.")
                if not self._data.periods
                else ""
            )
            return
        department = next((d for d in self._data.departments if d.id == self._data.department_id), None)
        if department is None:
            self.summary_label.setText(self.tr("No tasks are assigned to any department yet."))
            return
        text = self.tr("Reported on {reported} of {total} tasks; due {date}.").format(
            reported=department.reported, total=department.assignments, date=formatting.day(period.due_date)
        )
        if department.missing and date.today() > period.due_date:
            text += " " + self.tr("%n report(s) overdue.", "", department.missing)
        self.summary_label.setText(text)

    def _update_tabs(self) -> None:
        self.tabs.setTabText(0, self.tr("Report history"))
        self.tabs.setTabText(1, self.tr("Indicators ({count})").format(count=self.indicator_model.rowCount()))

    def _task_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.history.show_task(None)
            return
        row = self.report_model.record(current.row())
        heading = formatting.numbered(row.task_number, row.task_title)
        self.history.show_task(row.task_id, heading)

    def show_history(self) -> None:
        self.tabs.setCurrentWidget(self.history)
        self.history.refresh()

    # -- edits, saving, reverting --------------------------------------------------------------------------

    def _edits_changed(self) -> None:
        dirty = self.has_unsaved_changes()
        problems = len(self.report_model.problems()) + len(self.indicator_model.problems())
        changes = self.report_model.edit_count() + self.indicator_model.edit_count()
        writable = self.report_model.read_only_reason is None and self._data.department_id is not None
        self.save_action.setEnabled(dirty and not self._saving)
        self.revert_action.setEnabled(dirty and not self._saving)
        for item in (self.paste_action, self.fill_action, self.clear_action):
            item.setEnabled(writable and not self._saving)
        if not dirty:
            self.changes_label.setText(self.tr("No unsaved changes"))
            self.changes_label.setStyleSheet("")
            return
        text = self.tr("%n unsaved change(s)", "", changes)
        if problems:
            text += " · " + self.tr("%n cell(s) to correct", "", problems)
        self.changes_label.setText(text)
        self.changes_label.setStyleSheet("color: #a61b1b; font-weight: bold;" if problems else "font-weight: bold;")

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)

    def first_problem(self) -> tuple[GridView, QModelIndex] | None:
        for grid, model in ((self.task_grid, self.report_model), (self.indicator_grid, self.indicator_model)):
            problems = model.problems()
            if problems:
                row, column, _reason = problems[0]
                return grid, model.index(row, column)
        return None

    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Start saving; False when nothing can be saved now (no edits, a save running, cells to correct)."""
        for grid in (self.task_grid, self.indicator_grid):
            if grid.state() == GridView.State.EditingState:
                grid.setFocus()  # commits the open editor
        if self._saving or not self.has_unsaved_changes() or self._data.period is None:
            return False
        problem = self.first_problem()
        if problem is not None:
            grid, index = problem
            if grid is self.indicator_grid:
                self.tabs.setCurrentWidget(self.indicator_stack)
            grid.setCurrentIndex(index)
            grid.setFocus()
            self._show_message(self.tr("Correct the red cells before saving; each says what is wrong."))
            return False
        reports = self.report_model.report_inputs()
        values = self.indicator_model.value_inputs()
        code = self._data.period.code
        entry = self.ctx.services.entry
        self._saving = True
        self._after_save = then
        self._edits_changed()
        operation = self.ctx.operations.run(
            lambda _context: entry.save(code, reports, values),
            parent=self,
            label=self.tr("Saving the reports…"),
            on_success=self._saved,
        )
        operation.finished.connect(self._save_finished)
        return True

    def _saved(self, result: EntrySaveResult) -> None:
        self.report_model.clear_edits()
        self.indicator_model.clear_edits()
        self.undo_stack.clear()
        reports = result.reports.created + result.reports.changed
        values = result.values_written + result.values_removed
        self._show_message(
            self.tr("Saved: %n report(s)", "", reports) + self.tr(", %n indicator value(s).", "", values)
        )
        self.saved.emit(result)
        then, self._after_save = self._after_save, None
        if then is not None:
            then()

    def _save_finished(self) -> None:
        self._saving = False
        self._after_save = None
        self._edits_changed()
        if self._stale and not self.has_unsaved_changes() and self.isVisible():
            super().reload()

    def revert(self) -> None:
        self.report_model.clear_edits()
        self.indicator_model.clear_edits()
        self.undo_stack.clear()
        self._show_message(self.tr("Changes dropped."))
        if self._stale:
            super().reload()

    def confirm_leave(self, then: Callable[[], None] | None = None) -> bool:
        """True when the page can be left now; otherwise asks: save (``then`` runs after it), drop, or stay."""
        if not self.has_unsaved_changes():
            return True
        choice = self.ask_unsaved()
        if choice is UnsavedChoice.DISCARD:
            self.revert()
            return True
        if choice is UnsavedChoice.SAVE:
            self.save(then=then)
        return False
