"""Small dialogs of the review step: choose a department (with its role) and choose where to split a task."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ipdesk.domain.enums import Role
from ipdesk.services.departments import DepartmentInfo
from ipdesk.services.plan_intake import DraftTask, match_name
from ipdesk.services.plan_intake.draft import MATCHED
from ui.intake.departments_step import department_choices
from ui.widgets import error_label, hint_label

_SENTENCE_END = re.compile(r"[。；;！？]")


class DepartmentChoice:
    """What the department dialog returns: a name as the plan will show it and its registry match."""

    def __init__(
        self,
        name: str,
        department_id: int | None,
        department_name: str | None,
        status: str,
        candidates: tuple[int, ...],
        role: str,
    ) -> None:
        self.name = name
        self.department_id = department_id
        self.department_name = department_name
        self.status = status
        self.candidates = candidates
        self.role = role


class DepartmentPicker(QDialog):
    """Pick a registered department (type to search) or type a name the registry lacks, and the role."""

    def __init__(
        self,
        departments: Sequence[DepartmentInfo],
        *,
        name: str = "",
        role: str = Role.RESPONSIBLE.value,
        show_role: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._departments = list(departments)
        self._by_id = {d.id: d for d in self._departments}
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumContentsLength(28)
        for label, dept_id in department_choices(self._departments):
            self.combo.addItem(label, dept_id)
        completer = self.combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCurrentIndex(-1)
        self.combo.setEditText(name)
        self.role = QComboBox(self)
        for item in Role:
            self.role.addItem(item.label, item.value)
        self.role.setCurrentIndex(max(self.role.findData(role), 0))
        self.hint = hint_label(self)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Department:"), self.combo)
        if show_role:
            form.addRow(self.tr("&Role:"), self.role)
        else:
            self.role.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Department"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 30)
        self.hint.setText(
            self.tr(
                "Choose a registered department, or type the name as the document writes it; a name the registry "
                "lacks is decided in the next step."
            )
        )

    def choice(self) -> DepartmentChoice | None:
        text = self.combo.currentText().strip()
        if not text:
            return None
        role = self.role.currentData()
        index = self.combo.findText(text)
        dept_id = self.combo.itemData(index) if index >= 0 else None
        if isinstance(dept_id, int) and dept_id in self._by_id:
            dept = self._by_id[dept_id]
            return DepartmentChoice(dept.display_name, dept.id, dept.name, MATCHED, (dept.id,), role)
        found_id, found_name, status, candidates = match_name(text, self._departments)
        return DepartmentChoice(text, found_id, found_name, status, candidates, role)

    def accept(self) -> None:
        if self.choice() is None:
            self.error.setText(self.tr("Choose or type a department."))
            self.error.show()
            return
        super().accept()


def proposed_split(text: str) -> int:
    """Where a split most likely goes: after the task's first sentence (its title sentence)."""
    found = _SENTENCE_END.search(text)
    if found is None or found.end() >= len(text.strip()):
        return len(text) // 2
    return found.end()


class SplitDialog(QDialog):
    """Shows the task's text; the cursor marks where the new task begins."""

    def __init__(self, task: DraftTask, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit(self)
        self.text.setPlainText(task.text)
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        cursor = self.text.textCursor()
        cursor.setPosition(proposed_split(task.text))
        self.text.setTextCursor(cursor)
        self.hint = hint_label(self)
        self.hint.setText(
            self.tr(
                "Click where the new task begins, then press OK. The text before the cursor stays with “{task}”."
            ).format(task=task.title)
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Split task"))
        self.resize(560, 360)

    def position(self) -> int:
        return self.text.textCursor().position()

    def set_position(self, position: int) -> None:
        cursor = self.text.textCursor()
        cursor.setPosition(position, QTextCursor.MoveMode.MoveAnchor)
        self.text.setTextCursor(cursor)
