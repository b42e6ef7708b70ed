"""The plans → sections → tasks tree.

:func:`build_plan_tree` turns the services' plain data into nodes (no Qt); :class:`PlanTreeModel` is
a thin adapter over those nodes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum, IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

from ipdesk.i18n import QT_TRANSLATE_NOOP
from ipdesk.services.plans import PlanInfo, SectionInfo
from ipdesk.services.tasks import TaskInfo
from ui import formatting
from ui.models.roles import DECORATION, DISPLAY, ID_ROLE, KIND_ROLE, RECORD_ROLE, SEARCH_ROLE, TOOLTIP
from ui.models.tree import NodeTreeModel

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


class NodeKind(Enum):
    PLAN = "plan"
    SECTION = "section"
    TASK = "task"


class PlanTreeColumn(IntEnum):
    TITLE = 0


HEADERS = {PlanTreeColumn.TITLE: QT_TRANSLATE_NOOP("PlanTreeModel", "Plans, sections and tasks")}


@dataclass(eq=False)
class PlanNode:
    kind: NodeKind
    record: PlanInfo | SectionInfo | TaskInfo | None
    text: str
    parent: PlanNode | None = None
    children: list[PlanNode] = field(default_factory=list)
    row: int = 0  # position among the parent's children
    search: str = ""  # what a filter matches against
    tone: str | None = None  # tasks: the colour of their standing (see ui.tones.TONES)

    @property
    def id(self) -> int | None:
        return self.record.id if self.record is not None else None

    def add(self, child: PlanNode) -> PlanNode:
        child.parent = self
        child.row = len(self.children)
        self.children.append(child)
        return child


def section_heading(section: SectionInfo) -> str:
    return section.heading


def task_heading(task: TaskInfo) -> str:
    return formatting.numbered(task.number, task.title)


def build_plan_tree(
    plans: Iterable[PlanInfo],
    sections: Mapping[int, list[SectionInfo]],
    tasks: Mapping[int, list[TaskInfo]],
    keep: Callable[[TaskInfo], bool] | None = None,
    tones: Mapping[int, str] | None = None,
) -> PlanNode:
    """A root whose children are the plans; sections nest by parent; tasks hang under their section.

    Tasks without a section (or whose section is unknown) come directly under their plan, after its sections.
    With ``keep`` only the tasks it accepts are kept, and sections and plans left without tasks are dropped:
    filtering happens here, in plain Python, instead of in a proxy model. ``tones`` colours tasks by id.
    """
    root = PlanNode(NodeKind.PLAN, None, "")
    tones = tones or {}
    for plan in plans:
        plan_node = PlanNode(NodeKind.PLAN, plan, plan.title, search=plan.title)
        by_id: dict[int, PlanNode] = {}
        for section in sections.get(plan.id, []):
            heading = section_heading(section)
            by_id[section.id] = PlanNode(NodeKind.SECTION, section, heading, search=heading)
        for section in sections.get(plan.id, []):
            parent = by_id.get(section.parent_id) if section.parent_id is not None else None
            (parent or plan_node).add(by_id[section.id])
        kept = 0
        for task in tasks.get(plan.id, []):
            if keep is not None and not keep(task):
                continue
            kept += 1
            holder = by_id.get(task.section_id) if task.section_id is not None else None
            search = " ".join(
                (task_heading(task), task.text, *(a.department_name for a in task.assignments), *task.departments())
            )
            node = PlanNode(NodeKind.TASK, task, task_heading(task), search=search, tone=tones.get(task.id))
            (holder or plan_node).add(node)
        if keep is not None:
            if not kept:
                continue
            _prune(plan_node)
        root.add(plan_node)
    return root


def _prune(node: PlanNode) -> bool:
    """Drop sections without tasks below ``node``; True when ``node`` still holds a task."""
    node.children = [c for c in node.children if c.kind is NodeKind.TASK or _prune(c)]
    for row, child in enumerate(node.children):
        child.row = row
    return bool(node.children)


def count_tasks(node: PlanNode) -> int:
    return sum(1 if child.kind is NodeKind.TASK else count_tasks(child) for child in node.children)


_ICONS: dict[str, QIcon] = {}


def tone_icon(tone: str) -> QIcon:
    """A small filled circle in the tone's colour (made once per tone)."""
    if tone not in _ICONS:
        from ui.tones import tone as tone_colour

        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(tone_colour(tone))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _ICONS[tone] = QIcon(pixmap)
    return _ICONS[tone]


class PlanTreeModel(NodeTreeModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = PlanNode(NodeKind.PLAN, None, "")

    def set_root(self, root: PlanNode) -> None:
        self.beginResetModel()
        self._root = root
        self.endResetModel()

    def node(self, index: Index) -> PlanNode:
        return super().node(index)

    def find(self, kind: NodeKind, record_id: int) -> QModelIndex:
        """The index of the node of ``kind`` with ``record_id`` (invalid if there is none)."""
        stack = [(self._root, _NO_INDEX)]
        while stack:
            node, index = stack.pop()
            for row, child in enumerate(node.children):
                child_index = self.index(row, 0, index)
                if child.kind is kind and child.id == record_id:
                    return child_index
                stack.append((child, child_index))
        return QModelIndex()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)

    # -- QAbstractItemModel ---------------------------------------------------------------------------

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return len(PlanTreeColumn)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        if role == DISPLAY:
            return node.text
        if role == TOOLTIP:
            return node.text
        if role == DECORATION:
            return tone_icon(node.tone) if node.tone else None
        if role == ID_ROLE:
            return node.id
        if role == KIND_ROLE:
            return node.kind.value
        if role == RECORD_ROLE:
            return node.record
        if role == SEARCH_ROLE:
            return node.search
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and section == PlanTreeColumn.TITLE:
            return QCoreApplication.translate("PlanTreeModel", HEADERS[PlanTreeColumn.TITLE])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.node(index).children:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags
