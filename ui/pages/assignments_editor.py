"""A task's departments and their roles (牵头 / 配合 / 责任): change a role, add a department, remove one.

Each change is one service call through the operation runner; the page refreshes from the change signal.
Removing a department also removes its reports on the task, so the clerk is asked first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ipdesk.domain.enums import Role
from ipdesk.services.departments import DepartmentInfo
from ipdesk.services.tasks import AssignmentInfo, TaskInfo
from ui.context import AppContext


def _roles(combo: QComboBox) -> None:
    for role in (Role.LEAD, Role.SUPPORT, Role.RESPONSIBLE):
        combo.addItem(role.label, role.value)


class AssignmentsEditor(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: TaskInfo | None = None
        self._departments: list[DepartmentInfo] = []
        self.confirm: Callable[[str], bool] = self._ask
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.table = QTableWidget(0, 3, self)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.department_combo = QComboBox(self)
        self.department_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.department_combo.setMinimumContentsLength(12)
        self.department_combo.setEditable(True)  # type to find among hundreds of departments
        self.department_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.role_combo = QComboBox(self)
        _roles(self.role_combo)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        add_row = QHBoxLayout()
        add_row.addWidget(self.department_combo, 1)
        add_row.addWidget(self.role_combo)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Responsible departments"))
        self.table.setHorizontalHeaderLabels([self.tr("Department"), self.tr("Role"), ""])
        self.add_button.setText(self.tr("&Assign"))
        self.department_combo.lineEdit().setPlaceholderText(self.tr("Department to add…"))
        self.set_task(self.task, self._departments)

    def set_task(self, task: TaskInfo | None, departments: list[DepartmentInfo]) -> None:
        self.task = task
        self._departments = departments
        self.setEnabled(task is not None)
        self.table.setRowCount(0)
        if task is None:
            return
        for row, assignment in enumerate(task.assignments):
            self.table.insertRow(row)
            name = QLabel(assignment.department_label, self.table)
            name.setToolTip(assignment.department_name)
            name.setContentsMargins(4, 0, 4, 0)
            self.table.setCellWidget(row, 0, name)
            role = QComboBox(self.table)
            _roles(role)
            role.setCurrentIndex(max(role.findData(assignment.role), 0))
            role.currentIndexChanged.connect(
                lambda _i, a=assignment, box=role: self.set_role(a, str(box.currentData()))
            )
            self.table.setCellWidget(row, 1, role)
            remove = QPushButton(self.tr("Remove"), self.table)
            remove.clicked.connect(lambda _checked=False, a=assignment: self.remove(a))
            self.table.setCellWidget(row, 2, remove)
            self.table.setColumnWidth(1, role.sizeHint().width() + 4)
            self.table.setColumnWidth(2, remove.sizeHint().width() + 4)
            self.table.verticalHeader().setDefaultSectionSize(
                max(role.sizeHint().height(), remove.sizeHint().height()) + 4
            )
        taken = {a.department_id for a in task.assignments}
        self.department_combo.clear()
        for department in departments:
            if department.id not in taken:
                self.department_combo.addItem(department.display_name, department.id)
        self.department_combo.setCurrentIndex(-1)
        self.department_combo.setEditText("")

    def role_box(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, 1)
        assert isinstance(widget, QComboBox)
        return widget

    def remove_button(self, row: int) -> QPushButton:
        widget = self.table.cellWidget(row, 2)
        assert isinstance(widget, QPushButton)
        return widget

    def _run(self, work: Callable[[], object], label: str) -> None:
        self.ctx.operations.run(lambda _context: work(), parent=self, label=label)

    def set_role(self, assignment: AssignmentInfo, role: str) -> None:
        if role == assignment.role:
            return
        tasks = self.ctx.services.tasks
        self._run(lambda: tasks.set_role(assignment.id, role), self.tr("Changing the role…"))

    def add(self) -> None:
        if self.task is None:
            return
        index = self.department_combo.findText(self.department_combo.currentText().strip(), Qt.MatchFlag.MatchExactly)
        department_id = self.department_combo.itemData(index) if index >= 0 else None
        if department_id is None:
            self.department_combo.setFocus()
            return
        tasks, task_id, role = self.ctx.services.tasks, self.task.id, str(self.role_combo.currentData())
        self._run(lambda: tasks.assign(task_id, int(department_id), role), self.tr("Assigning the department…"))

    def remove(self, assignment: AssignmentInfo) -> None:
        question = self.tr("Remove {department} from this task? Its reports on the task are removed as well.").format(
            department=assignment.department_label
        )
        if not self.confirm(question):
            return
        tasks = self.ctx.services.tasks
        self._run(lambda: tasks.unassign(assignment.id), self.tr("Removing the department…"))

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove department"), question)
        return answer == QMessageBox.StandardButton.Yes
