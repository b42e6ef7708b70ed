"""Adding or editing a task: number, title, full text, section, deadline (with the date it is read as), year,
measures and note. The service checks the input; a refused field shows why right under it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ipdesk.domain.deadlines import parse_deadline
from ipdesk.errors import ValidationError
from ipdesk.i18n import translate
from ipdesk.services.plans import PlanInfo, SectionInfo
from ipdesk.services.tasks import TaskInfo
from ui import formatting
from ui.context import AppContext
from ui.widgets import error_label, hint_label

NO_YEAR = 0


class TaskDialog(QDialog):
    saved = Signal(object)  # TaskInfo

    def __init__(
        self,
        ctx: AppContext,
        plan: PlanInfo,
        sections: list[SectionInfo],
        task: TaskInfo | None = None,
        *,
        section_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan = plan
        self.task = task
        self.setWindowTitle(self.tr("Edit task") if task else self.tr("New task"))
        self.plan_label = QLabel(plan.title, self)
        self.plan_label.setWordWrap(True)
        self.section_combo = QComboBox(self)
        self.section_combo.addItem(self.tr("(no section)"), None)
        for section in sections:
            self.section_combo.addItem("  " * (section.level - 1) + section.heading, section.id)
        self.number_edit = QLineEdit(self)
        self.title_edit = QLineEdit(self)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.deadline_edit = QLineEdit(self)
        self.deadline_edit.setPlaceholderText(self.tr("as written, e.g. 2026年12月底前 or 持续推进"))
        self.deadline_edit.textChanged.connect(self._deadline_changed)
        self.deadline_meaning = hint_label(self)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(NO_YEAR, 2100)
        self.year_spin.setSpecialValueText(self.tr("(none)"))
        self.measures_edit = QPlainTextEdit(self)
        self.measures_edit.setTabChangesFocus(True)
        self.note_edit = QLineEdit(self)
        self.errors: dict[str, QLabel] = {}
        self.form_error = error_label(self)

        form = QFormLayout()
        form.addRow(self.tr("Plan:"), self.plan_label)
        self._row(form, self.tr("&Section:"), self.section_combo, "section")
        self._row(form, self.tr("&Number:"), self.number_edit, "number")
        self._row(form, self.tr("&Title:"), self.title_edit, "title")
        self._row(form, self.tr("Full te&xt:"), self.text_edit, "text")
        self._row(form, self.tr("&Deadline:"), self.deadline_edit, "deadline")
        form.addRow("", self.deadline_meaning)
        self._row(form, self.tr("&Year (annual tasks):"), self.year_spin, "year")
        self._row(form, self.tr("&Measures:"), self.measures_edit, "measures")
        self._row(form, self.tr("N&ote:"), self.note_edit, "note")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().horizontalAdvance("中")
        self.resize(em * 46, self.fontMetrics().lineSpacing() * 34)

        chosen = task.section_id if task else section_id
        self.section_combo.setCurrentIndex(max(self.section_combo.findData(chosen), 0))
        if task is not None:
            self.number_edit.setText(task.number)
            self.title_edit.setText(task.title)
            self.text_edit.setPlainText(task.text)
            self.deadline_edit.setText(task.deadline_text or "")
            self.year_spin.setValue(task.year or NO_YEAR)
            self.measures_edit.setPlainText(task.measures or "")
            self.note_edit.setText(task.note or "")
        self._deadline_changed(self.deadline_edit.text())

    def _row(self, form: QFormLayout, label: str, widget: QWidget, key: str) -> None:
        form.addRow(label, widget)
        error = error_label(self)
        form.addRow("", error)
        self.errors[key] = error

    def fields(self) -> dict[str, Any]:
        year = self.year_spin.value()
        return {
            "section_id": self.section_combo.currentData(),
            "number": self.number_edit.text(),
            "title": self.title_edit.text(),
            "text": self.text_edit.toPlainText(),
            "deadline_text": self.deadline_edit.text(),
            "year": None if year == NO_YEAR else year,
            "measures": self.measures_edit.toPlainText(),
            "note": self.note_edit.text(),
        }

    def _deadline_changed(self, text: str) -> None:
        if not text.strip():
            self.deadline_meaning.setText("")
            return
        day = parse_deadline(text)
        if day is None:
            self.deadline_meaning.setText(self.tr("Read as: no end date (a continuing task)."))
        else:
            self.deadline_meaning.setText(self.tr("Read as: by {date}.").format(date=formatting.day(day)))

    def _clear_errors(self) -> None:
        for label in (*self.errors.values(), self.form_error):
            label.hide()

    def show_error(self, error: ValidationError) -> None:
        """Put the service's message under the field it names (or under the form)."""
        by_label = {
            translate("Fields", "Task title"): "title",
            translate("Fields", "Task number"): "number",
            translate("Fields", "Task text"): "text",
            translate("Fields", "Deadline"): "deadline",
            translate("Fields", "Year"): "year",
            translate("Fields", "Measures"): "measures",
            translate("Fields", "Note"): "note",
            translate("Fields", "Section"): "section",
        }
        label = self.errors.get(by_label.get(error.field or "", ""), self.form_error)
        label.setText(error.message)
        label.show()

    def submit(self) -> None:
        self._clear_errors()
        fields = self.fields()
        if not fields["title"].strip():
            self.show_error(
                ValidationError(
                    self.tr("Give the task a title (a short name as in the plan)."),
                    field=translate("Fields", "Task title"),
                )
            )
            self.title_edit.setFocus()
            return
        tasks = self.ctx.services.tasks
        plan_id = self.plan.id
        task_id = self.task.id if self.task else None
        self.buttons.setEnabled(False)
        self.ctx.operations.run(
            (lambda _c: tasks.update(task_id, **fields))
            if task_id is not None
            else (lambda _c: tasks.create(plan_id, **fields)),
            parent=self,
            label=self.tr("Saving the task…"),
            on_success=self._saved,
            on_failure=self._failed,
        )

    def _saved(self, task: TaskInfo) -> None:
        self.saved.emit(task)
        self.accept()

    def _failed(self, error: BaseException) -> bool:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            self.show_error(error)
            return True
        return False
