"""规划与任务: plans → sections → tasks, filtered by department, status, overdue, year and words; the selected
item's full text, its departments (editable) and its report history beside it; tasks added, edited, deleted.

Filtering rebuilds the tree from plain data (see :func:`ui.models.plan_tree.build_plan_tree`) rather than
going through a proxy model. A task's dot shows its standing in the latest period that has ended.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ipdesk.domain.enums import TaskStatus
from ipdesk.services.plans import PlanInfo, SectionInfo
from ipdesk.services.tasks import TaskInfo
from ui.context import AppContext
from ui.intake import ImportPlanButton
from ui.models.plan_tree import NodeKind, PlanNode, PlanTreeModel, build_plan_tree, count_tasks, task_heading
from ui.operations import Work
from ui.pages.assignments_editor import AssignmentsEditor
from ui.pages.base import Page
from ui.pages.plan_details import node_html, standing_text
from ui.pages.plans_data import UNREPORTED, PlanData, TaskFilter, read_plans
from ui.pages.report_history_panel import ReportHistoryPanel
from ui.pages.task_dialog import TaskDialog
from ui.widgets import splitter

ANY = -1
FILTER_DELAY_MS = 200
SPLITTER_KEY = "plans/splitter"

__all__ = ["PlanData", "PlansPage", "read_plans"]


class PlansPage(Page):
    KEY = "plans"
    WATCHES = frozenset(
        {"plans", "plan_sections", "tasks", "task_assignments", "task_reports", "departments", "reporting_periods"}
    )
    CANCELLABLE = True  # a province's data takes seconds

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._data = PlanData([], {}, {})
        self.confirm: Callable[[str], bool] = self._ask
        self.model = PlanTreeModel(self)

        self.department_label = QLabel(self)
        self.department_combo = QComboBox(self)
        self.department_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.department_combo.setMinimumContentsLength(9)
        self.status_label = QLabel(self)
        self.status_combo = QComboBox(self)
        self.year_label = QLabel(self)
        self.year_combo = QComboBox(self)
        self.overdue_box = QCheckBox(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        for label, combo in (
            (self.department_label, self.department_combo),
            (self.status_label, self.status_combo),
            (self.year_label, self.year_combo),
        ):
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(self.apply_filter)
        self.overdue_box.toggled.connect(self.apply_filter)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())

        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_task)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_task)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_task)
        self.reference_label = QLabel(self)

        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderHidden(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.doubleClicked.connect(lambda _index: self.edit_task())

        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.assignments = AssignmentsEditor(ctx, self)
        self.history = ReportHistoryPanel(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.assignments, "")
        self.tabs.addTab(self.history, "")

        filters = QHBoxLayout()
        for label, widget in (
            (self.department_label, self.department_combo),
            (self.status_label, self.status_combo),
            (self.year_label, self.year_combo),
        ):
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(6)
        filters.addWidget(self.overdue_box)
        filters.addSpacing(6)
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.count_label)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addWidget(ImportPlanButton(ctx, self))
        actions.addSpacing(12)
        actions.addWidget(self.reference_label, 1)

        right = splitter(Qt.Orientation.Vertical, self, (self.detail, 3), (self.tabs, 2))
        self.splitter = splitter(Qt.Orientation.Horizontal, self, (self.tree, 2), (right, 3), settings_key=SPLITTER_KEY)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.tree)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.department_label.setText(self.tr("&Department:"))
        self.status_label.setText(self.tr("&Status:"))
        self.year_label.setText(self.tr("&Year:"))
        self.overdue_box.setText(self.tr("&Overdue only"))
        self.filter_edit.setPlaceholderText(self.tr("Words in a task or a department…"))
        self.add_button.setText(self.tr("&New task…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.tabs.setTabText(0, self.tr("Departments"))
        self.tabs.setTabText(1, self.tr("Report history"))
        self.model.retranslate()
        self._fill_filters()
        self._update_reference()
        self.show_details()

    # -- data -----------------------------------------------------------------------------------------

    def loader(self) -> Work[Any]:
        services = self.ctx.services
        return lambda context: read_plans(services, context)

    def loading_label(self) -> str:
        return self.tr("Reading the plans and tasks…")

    def show_data(self, data: PlanData) -> None:
        self._data = data
        self._fill_filters()
        self._update_reference()
        self.apply_filter()

    def _fill_filters(self) -> None:
        combos = (self.department_combo, self.status_combo, self.year_combo)
        kept = [combo.currentData() for combo in combos]
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
        self.department_combo.addItem(self.tr("All"), ANY)
        used = {a.department_id for t in self._data.all_tasks() for a in t.assignments}
        for department in self._data.departments:
            if department.id in used:
                self.department_combo.addItem(department.display_name, department.id)
        self.status_combo.addItem(self.tr("All"), ANY)
        for status in TaskStatus:
            self.status_combo.addItem(status.label, status.value)
        self.status_combo.addItem(self.tr("Not reported"), UNREPORTED)
        self.year_combo.addItem(self.tr("All"), ANY)
        for year in self._data.years():
            self.year_combo.addItem(str(year), year)
        for combo, value in zip(combos, kept, strict=True):
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)

    def _update_reference(self) -> None:
        period = self._data.period
        self.reference_label.setText(
            self.tr("Status and dots: reports for {period}.").format(period=period.label) if period else ""
        )

    def task_filter(self) -> TaskFilter:
        def chosen(combo: QComboBox) -> Any:
            value = combo.currentData()
            return None if value in (None, ANY) else value

        return TaskFilter(
            chosen(self.department_combo),
            chosen(self.status_combo),
            self.overdue_box.isChecked(),
            chosen(self.year_combo),
            self.filter_edit.text(),
        )

    def apply_filter(self, *_args: object) -> None:
        self._filter_timer.stop()
        previous = self.current_node()
        key = (previous.kind, previous.id) if previous is not None and previous.id is not None else None
        task_filter = self.task_filter()
        data = self._data
        root = build_plan_tree(
            data.plans, data.sections, data.tasks, task_filter.predicate(data.standing), data.tones()
        )
        self.model.set_root(root)
        if task_filter.active:
            self.tree.expandAll()
        else:
            self.tree.expandToDepth(0)
        if key is None or not self.select(*key):
            self.select_first_task()
        self.count_label.setText(self.tr("%n task(s)", "", count_tasks(root)))
        self.show_details()

    # -- selection ------------------------------------------------------------------------------------

    def current_node(self) -> PlanNode | None:
        index = self.tree.currentIndex()
        return self.model.node(index) if index.isValid() else None

    def current_task(self) -> TaskInfo | None:
        node = self.current_node()
        return node.record if node is not None and isinstance(node.record, TaskInfo) else None

    def select(self, kind: NodeKind, record_id: int) -> bool:
        index = self.model.find(kind, record_id)
        if not index.isValid():
            return False
        self._select_index(index)
        return True

    def visible_task_ids(self) -> list[int]:
        found: list[int] = []
        stack = [self.model.index(row, 0) for row in reversed(range(self.model.rowCount()))]
        while stack:
            index = stack.pop()
            node = self.model.node(index)
            if node.kind is NodeKind.TASK and node.id is not None:
                found.append(node.id)
            stack.extend(self.model.index(row, 0, index) for row in reversed(range(self.model.rowCount(index))))
        return found

    def select_first_task(self) -> bool:
        """Select the first task in tree order (so the details show something useful at once)."""
        ids = self.visible_task_ids()
        return bool(ids) and self.select(NodeKind.TASK, ids[0])

    def _select_index(self, index: QModelIndex) -> None:
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_details()

    def show_details(self) -> None:
        node = self.current_node()
        task = self.current_task()
        standing = ""
        if task is not None and self._data.period is not None:
            standing = standing_text(self._data.standing.get(task.id), self._data.period.label)
        self.detail.setHtml(node_html(node, standing))
        self.assignments.set_task(task, self._data.departments)
        self.history.show_task(task.id if task else None, task_heading(task) if task else "")
        self.edit_button.setEnabled(task is not None)
        self.delete_button.setEnabled(task is not None)
        self.add_button.setEnabled(self._plan_of(node) is not None)

    # -- adding, editing, deleting ------------------------------------------------------------------------

    def _plan_of(self, node: PlanNode | None) -> PlanInfo | None:
        while node is not None:
            if isinstance(node.record, PlanInfo):
                return node.record
            node = node.parent
        return None

    def _section_of(self, node: PlanNode | None) -> int | None:
        while node is not None:
            if isinstance(node.record, SectionInfo):
                return node.record.id
            node = node.parent
        return None

    def task_dialog(self, task: TaskInfo | None) -> TaskDialog | None:
        node = self.current_node()
        plan = self._plan_of(node)
        if plan is None:
            return None
        dialog = TaskDialog(
            self.ctx, plan, self._data.sections.get(plan.id, []), task, section_id=self._section_of(node), parent=self
        )
        dialog.saved.connect(lambda saved: self._remember_selection(saved.id))
        return dialog

    def add_task(self) -> None:
        dialog = self.task_dialog(None)
        if dialog is not None:
            dialog.open()

    def edit_task(self) -> None:
        task = self.current_task()
        dialog = self.task_dialog(task) if task is not None else None
        if dialog is not None:
            dialog.open()

    def _remember_selection(self, task_id: int) -> None:
        self._pending_selection = task_id
        self.loaded.connect(self._select_pending, Qt.ConnectionType.SingleShotConnection)

    def _select_pending(self) -> None:
        task_id = getattr(self, "_pending_selection", None)
        if task_id is not None:
            self.select(NodeKind.TASK, task_id)

    def delete_task(self) -> None:
        task = self.current_task()
        if task is None:
            return
        question = self.tr(
            "Delete the task “{task}”? Its {count} department assignment(s) and all their reports are deleted too."
        ).format(task=task_heading(task), count=len(task.assignments))
        if not self.confirm(question):
            return
        tasks = self.ctx.services.tasks
        self.ctx.operations.run(
            lambda _context: tasks.delete(task.id), parent=self, label=self.tr("Deleting the task…")
        )

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Delete task"), question)
        return answer == QMessageBox.StandardButton.Yes
