"""A task's report history (every period, every department), loaded in the background when the task changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from ipdesk.services.reports import ReportRow
from ui.context import AppContext
from ui.models.report_history import HistoryColumn, ReportHistoryModel
from ui.widgets import fit_columns, hint_label, make_table_view

DEBOUNCE_MS = 150  # walking down a grid with the arrow keys loads only where the clerk stops


class ReportHistoryPanel(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._task_id: int | None = None
        self._heading = ""
        self.model = ReportHistoryModel(self)
        self.heading_label = QLabel(self)
        self.heading_label.setWordWrap(True)
        self.heading_label.setTextFormat(Qt.TextFormat.PlainText)
        self.table = make_table_view(self.model, self)
        self.empty_label = hint_label(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.stack, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._load)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.model.retranslate()
        self._show_heading()
        if self._task_id is None:
            self.empty_label.setText(self.tr("Choose a task to see every report filed on it."))
        elif not self.model.rowCount():
            self.empty_label.setText(self.tr("No department has reported on this task yet."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def task_id(self) -> int | None:
        return self._task_id

    def show_task(self, task_id: int | None, heading: str = "", *, at_once: bool = False) -> None:
        """Show ``task_id``'s history (None: nothing); loads after a short pause unless ``at_once``."""
        if task_id == self._task_id and not at_once:
            return
        self._task_id, self._heading = task_id, heading
        self._show_heading()
        if task_id is None:
            self.model.set_rows([])
            self.retranslate_ui()
            self.stack.setCurrentWidget(self.empty_label)
            return
        if at_once:
            self._load()
        else:
            self._timer.start()

    def refresh(self) -> None:
        if self._task_id is not None:
            self._load()

    def _show_heading(self) -> None:
        if self._task_id is None:
            self.heading_label.setText(self.tr("Report history"))
        else:
            self.heading_label.setText(self.tr("Report history of {task}").format(task=self._heading))

    def _load(self) -> None:
        task_id = self._task_id
        if task_id is None:
            return
        reports = self.ctx.services.reports
        self.ctx.operations.run(
            lambda _context: (task_id, reports.task_history(task_id)),
            parent=self,
            label=self.tr("Reading the report history…"),
            on_success=self._show,
        )

    def _show(self, result: tuple[int, list[ReportRow]]) -> None:
        task_id, rows = result
        if task_id != self._task_id:
            return  # the clerk has moved on
        self.model.set_rows(reversed(rows))  # newest first
        fit_columns(self.table, stretch=(HistoryColumn.PROGRESS,))
        self.retranslate_ui()
        self.stack.setCurrentWidget(self.table if rows else self.empty_label)
        self.loaded.emit()
