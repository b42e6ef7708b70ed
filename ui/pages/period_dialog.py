"""Opening a reporting period (2026Q4, 2026年第四季度 …) with its due date; mistakes are shown under the field.

A period already open is shown with its own due date, and OK changes that date: a default date never replaces
the one the clerk set.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ipdesk.domain.enums import PeriodKind
from ipdesk.domain.periods import Period
from ipdesk.errors import ValidationError
from ipdesk.services.periods import PeriodInfo
from ui.context import AppContext
from ui.widgets import error_label, hint_label


class PeriodDialog(QDialog):
    opened = Signal(object)  # PeriodInfo

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, existing: Sequence[PeriodInfo] = ()) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._existing = {p.code: p for p in existing}
        self.setWindowTitle(self.tr("New reporting period"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 30)  # room for a two-line message
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText(self.tr("e.g. 2026Q4, 2026H2, 2026 or 2026-11"))
        self.code_edit.textChanged.connect(self._code_changed)
        self.code_error = error_label(self)
        self.due_edit = QDateEdit(self)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_error = error_label(self)
        self.meaning = hint_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Period:"), self.code_edit)
        form.addRow("", self.code_error)
        form.addRow(self.tr("&Due date:"), self.due_edit)
        form.addRow("", self.due_error)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.meaning)
        layout.addWidget(self.buttons)
        today = date.today()
        self.code_edit.setText(Period.containing(today, PeriodKind.QUARTER).code)

    def _parsed(self) -> Period | None:
        try:
            return Period.parse(self.code_edit.text())
        except ValidationError:
            return None

    def _code_changed(self, _text: str) -> None:
        period = self._parsed()
        self.code_error.hide()
        if period is None:
            self.meaning.setText("")
            return
        known = self._existing.get(period.code)
        due = known.due_date if known is not None else period.default_due
        self.due_edit.setDate(QDate(due.year, due.month, due.day))
        meaning = self.tr("{label}: {start} to {end}.").format(
            label=period.label, start=period.start.isoformat(), end=period.end.isoformat()
        )
        if known is not None:
            meaning += self.tr(" It is already open; OK changes its due date to the one chosen here.")
        self.meaning.setText(meaning)

    def submit(self) -> None:
        try:
            period = Period.parse(self.code_edit.text())
        except ValidationError as error:
            self.code_error.setText(error.message)
            self.code_error.show()
            self.code_edit.setFocus()
            return
        due = self.due_edit.date().toPython()
        periods = self.ctx.services.periods
        self.buttons.setEnabled(False)
        self.ctx.operations.run(
            lambda _context: periods.open(period.code, due),
            parent=self,
            label=self.tr("Opening the period…"),
            on_success=self._opened,
            on_failure=self._failed,
        )

    def _opened(self, info: PeriodInfo) -> None:
        self.opened.emit(info)
        self.accept()

    def _failed(self, error: BaseException) -> bool:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            label = self.due_error if error.field == "due_date" else self.code_error
            label.setText(error.message)
            label.show()
            return True
        return False
