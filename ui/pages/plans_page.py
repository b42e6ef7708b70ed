"""规划与任务: the plans as a tree of sections and tasks, with the selected item's details beside it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QLineEdit, QSplitter, QTextBrowser, QTreeView, QVBoxLayout, QWidget

from ipdesk.services import Services
from ipdesk.services.plans import PlanInfo, SectionInfo
from ipdesk.services.tasks import TaskInfo
from ui.context import AppContext
from ui.models.plan_tree import NodeKind, PlanNode, PlanTreeModel, build_plan_tree
from ui.models.roles import SEARCH_ROLE
from ui.operations import OperationContext, Work
from ui.pages.base import Page
from ui.pages.plan_details import node_html


@dataclass(frozen=True)
class PlanData:
    plans: list[PlanInfo]
    sections: dict[int, list[SectionInfo]]
    tasks: dict[int, list[TaskInfo]]


def read_plans(services: Services, context: OperationContext) -> PlanData:
    plans = services.plans.list()
    sections: dict[int, list[SectionInfo]] = {}
    for done, plan in enumerate(plans):
        context.check_cancelled()
        sections[plan.id] = services.plans.sections(plan.id)
        context.progress(done + 1, len(plans) + 1)
    tasks: dict[int, list[TaskInfo]] = {}
    for task in services.tasks.list():
        tasks.setdefault(task.plan_id, []).append(task)
    return PlanData(plans, sections, tasks)


class PlansPage(Page):
    KEY = "plans"
    WATCHES = frozenset({"plans", "plan_sections", "tasks", "task_assignments", "departments"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = PlanTreeModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)

        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderHidden(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.tree)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setFocusProxy(self.tree)
        self.retranslate_ui()

    def nav_title(self) -> str:
        return self.tr("Plans and tasks")

    def retranslate_ui(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter by words in a task, or by a department…"))
        self.model.retranslate()
        self.show_details()

    # -- data -----------------------------------------------------------------------------------------

    def loader(self) -> Work[Any]:
        services = self.ctx.services
        return lambda context: read_plans(services, context)

    def show_data(self, data: PlanData) -> None:
        previous = self.current_node()
        key = (previous.kind, previous.id) if previous is not None and previous.id is not None else None
        self.model.set_root(build_plan_tree(data.plans, data.sections, data.tasks))
        self.tree.expandToDepth(0)
        if key is None or not self.select(*key):
            self.select_first_task()
        self.show_details()

    # -- selection ------------------------------------------------------------------------------------

    def current_node(self) -> PlanNode | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return self.model.node(self.proxy.mapToSource(index))

    def select(self, kind: NodeKind, record_id: int) -> bool:
        source = self.model.find(kind, record_id)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        self._select_index(index)
        return True

    def select_first_task(self) -> bool:
        """Select the first task in tree order (so the details show something useful at once)."""
        stack = [self.proxy.index(row, 0) for row in reversed(range(self.proxy.rowCount()))]
        while stack:
            index = stack.pop()
            node = self.model.node(self.proxy.mapToSource(index))
            if node.kind is NodeKind.TASK:
                self._select_index(index)
                return True
            stack.extend(self.proxy.index(row, 0, index) for row in reversed(range(self.proxy.rowCount(index))))
        return False

    def _select_index(self, index: QModelIndex) -> None:
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_details()

    def show_details(self) -> None:
        self.detail.setHtml(node_html(self.current_node()))

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()
        else:
            self.tree.collapseAll()
            self.tree.expandToDepth(0)
            current = self.tree.currentIndex()
            if current.isValid():
                self.tree.scrollTo(current)
