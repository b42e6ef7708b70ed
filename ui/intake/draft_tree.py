"""The draft as a tree: sections → tasks → departments, a thin Qt adapter over the plain draft.

Edits made in the view (number, title, deadline, a department's role) become command objects on the
draft's :class:`UndoStack`; the model listens to the stack, repainting a row after a field edit and
rebuilding after a structural one (the view keeps what was expanded and selected, by uid).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum, IntEnum
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from ipdesk.domain.enums import Role
from ipdesk.errors import ValidationError
from ipdesk.i18n import QT_TRANSLATE_NOOP, translate
from ipdesk.services.plan_intake import (
    Command,
    DraftDepartment,
    DraftSection,
    DraftTask,
    EditField,
    PlanDraft,
    UndoStack,
)
from ipdesk.services.plan_intake.draft import AMBIGUOUS, RENAMED
from ui.models.roles import (
    BACKGROUND,
    DECORATION,
    DISPLAY,
    EDIT,
    FONT,
    FOREGROUND,
    ID_ROLE,
    KIND_ROLE,
    RECORD_ROLE,
    TOOLTIP,
)
from ui.models.tree import NodeTreeModel

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
CHOICES_ROLE = int(Qt.ItemDataRole.UserRole) + 20  # [(label, value)] a combo editor offers
WARNING_TINT = QBrush(QColor("#fff4d6"))
UNRESOLVED_TEXT = QBrush(QColor("#b54708"))


class NodeKind(Enum):
    ROOT = "root"
    SECTION = "section"
    TASK = "task"
    DEPARTMENT = "department"


class DraftColumn(IntEnum):
    NUMBER = 0
    TITLE = 1
    ROLE = 2
    DEADLINE = 3
    LINES = 4


HEADERS = {
    DraftColumn.NUMBER: QT_TRANSLATE_NOOP("DraftTreeModel", "No."),
    DraftColumn.TITLE: QT_TRANSLATE_NOOP("DraftTreeModel", "Section, task or department"),
    DraftColumn.ROLE: QT_TRANSLATE_NOOP("DraftTreeModel", "Role"),
    DraftColumn.DEADLINE: QT_TRANSLATE_NOOP("DraftTreeModel", "Deadline"),
    DraftColumn.LINES: QT_TRANSLATE_NOOP("DraftTreeModel", "Lines"),
}
# (kind, column) -> the draft field edited there
EDITABLE: dict[tuple[NodeKind, DraftColumn], str] = {
    (NodeKind.SECTION, DraftColumn.NUMBER): "label",
    (NodeKind.SECTION, DraftColumn.TITLE): "title",
    (NodeKind.TASK, DraftColumn.NUMBER): "number",
    (NodeKind.TASK, DraftColumn.TITLE): "title",
    (NodeKind.TASK, DraftColumn.DEADLINE): "deadline_text",
    (NodeKind.DEPARTMENT, DraftColumn.ROLE): "role",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DraftTreeModel", text)


@dataclass(eq=False)
class DraftNode:
    kind: NodeKind
    item: DraftSection | DraftTask | DraftDepartment | None
    parent: DraftNode | None = None
    children: list[DraftNode] = field(default_factory=list)
    row: int = 0

    @property
    def uid(self) -> int | None:
        return self.item.uid if self.item is not None else None

    def add(self, child: DraftNode) -> DraftNode:
        child.parent = self
        child.row = len(self.children)
        self.children.append(child)
        return child


def _line_key(node: DraftNode) -> int:
    item = node.item
    line = getattr(item, "line_first", None)
    return line if isinstance(line, int) else 10**9


def _merged(sections: list[DraftNode], tasks: list[DraftNode]) -> Iterable[DraftNode]:
    """Sub-sections and tasks in document order; each list keeps its own order (tasks may have been moved)."""
    i = j = 0
    while i < len(sections) or j < len(tasks):
        if j >= len(tasks) or (i < len(sections) and _line_key(sections[i]) <= _line_key(tasks[j])):
            yield sections[i]
            i += 1
        else:
            yield tasks[j]
            j += 1


def build_draft_tree(draft: PlanDraft) -> tuple[DraftNode, dict[int, DraftNode]]:
    """The root node and every node by uid."""
    root = DraftNode(NodeKind.ROOT, None)
    by_uid: dict[int, DraftNode] = {}
    subsections: dict[int | None, list[DraftNode]] = {}
    known = {s.uid for s in draft.sections}
    for section in draft.sections:
        node = DraftNode(NodeKind.SECTION, section)
        by_uid[section.uid] = node
        subsections.setdefault(section.parent if section.parent in known else None, []).append(node)
    tasks: dict[int | None, list[DraftNode]] = {}
    for task in draft.tasks:
        node = DraftNode(NodeKind.TASK, task)
        by_uid[task.uid] = node
        for dept in task.departments:
            by_uid[dept.uid] = node.add(DraftNode(NodeKind.DEPARTMENT, dept))
        tasks.setdefault(task.section if task.section in known else None, []).append(node)

    def fill(holder: DraftNode, key: int | None) -> None:
        for child in _merged(subsections.get(key, []), tasks.get(key, [])):
            holder.add(child)
            if child.kind is NodeKind.SECTION:
                fill(child, child.uid)

    fill(root, None)
    return root, by_uid


def _lines(first: int | None, last: int | None) -> str:
    if first is None:
        return ""
    return str(first) if last is None or last == first else f"{first}–{last}"


def rich_tooltip(lines: Iterable[str]) -> str | None:
    """Lines as a rich-text tooltip, which Qt wraps (a plain one runs off the screen)."""
    body = "<br>".join(escape(line) for line in lines if line)
    return f"<qt>{body}</qt>" if body else None


def role_choices() -> list[tuple[str, str]]:
    return [(role.label, role.value) for role in Role]


class DraftTreeModel(NodeTreeModel):
    """``refused`` carries the reason when an edit typed into the tree is not accepted."""

    refused = Signal(str)

    def __init__(self, stack: UndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = stack
        self._root, self._by_uid = build_draft_tree(stack.draft)
        self._warning_icon: QIcon | None = None
        self._question_icon: QIcon | None = None
        stack.subscribe(self._command_ran)

    @property
    def draft(self) -> PlanDraft:
        return self.stack.draft

    def detach(self) -> None:
        self.stack.unsubscribe(self._command_ran)

    def rebuild(self) -> None:
        self.beginResetModel()
        self._root, self._by_uid = build_draft_tree(self.draft)
        self.endResetModel()

    def _command_ran(self, command: Command) -> None:
        if command.structural:
            self.rebuild()
            return
        last = self.columnCount() - 1
        for uid in command.uids:
            index = self.index_of(uid)
            if index.isValid():
                self.dataChanged.emit(index, index.siblingAtColumn(last))

    # -- lookups --------------------------------------------------------------------------------------

    def node(self, index: Index) -> DraftNode:
        return super().node(index)

    def index_of(self, uid: int, column: int = 0) -> QModelIndex:
        node = self._by_uid.get(uid)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def item(self, index: Index) -> DraftSection | DraftTask | DraftDepartment | None:
        return self.node(index).item if index.isValid() else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount():
            self.rebuild()

    # -- QAbstractItemModel ---------------------------------------------------------------------------

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return len(DraftColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(DraftColumn):
            return _tr(HEADERS[DraftColumn(section)])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node = self.node(index)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if (node.kind, DraftColumn(index.column())) in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        if not node.children:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        column = index.column()
        item = node.item
        if role == DISPLAY:
            return self._display(node, column)
        if role == EDIT:
            name = EDITABLE.get((node.kind, DraftColumn(column)))
            return (getattr(item, name) or "") if name else None
        if role == TOOLTIP:
            return self._tooltip(node)
        if role == DECORATION and column == DraftColumn.TITLE:
            return self._icon(node)
        if role == BACKGROUND and getattr(item, "warnings", None):
            return WARNING_TINT
        if role == FOREGROUND and isinstance(item, DraftDepartment) and item.needs_resolution:
            return UNRESOLVED_TEXT
        if role == FONT and node.kind is NodeKind.SECTION:
            font = QFont()
            font.setBold(True)
            return font
        if role == CHOICES_ROLE and node.kind is NodeKind.DEPARTMENT and column == DraftColumn.ROLE:
            return role_choices()
        if role == ID_ROLE:
            return node.uid
        if role == KIND_ROLE:
            return node.kind.value
        if role == RECORD_ROLE:
            return item
        return None

    def _display(self, node: DraftNode, column: int) -> str:
        item = node.item
        if isinstance(item, DraftSection):
            return {
                DraftColumn.NUMBER: item.label,
                DraftColumn.TITLE: item.title,
                DraftColumn.LINES: _lines(item.line_first, item.line_first),
            }.get(DraftColumn(column), "")
        if isinstance(item, DraftTask):
            return {
                DraftColumn.NUMBER: item.number,
                DraftColumn.TITLE: item.title,
                DraftColumn.DEADLINE: item.deadline_text or "",
                DraftColumn.LINES: _lines(item.line_first, item.line_last),
            }.get(DraftColumn(column), "")
        if isinstance(item, DraftDepartment):
            if column == DraftColumn.TITLE:
                return item.name
            if column == DraftColumn.ROLE:
                return Role(item.role).label if item.role in Role.values() else item.role
            if column == DraftColumn.LINES:
                return _lines(item.line, item.line)
        return ""

    def _tooltip(self, node: DraftNode) -> str | None:
        item = node.item
        lines = [w.message for w in getattr(item, "warnings", ())]
        if isinstance(item, DraftTask) and item.text:
            lines.insert(0, item.text if len(item.text) <= 300 else item.text[:300] + "…")
        if isinstance(item, DraftDepartment):
            if not item.needs_resolution:
                lines.append(
                    translate("DraftTreeModel", "In the department registry as {name}.").format(
                        name=item.department_name or item.name
                    )
                )
            elif item.status == AMBIGUOUS:
                lines.append(
                    translate(
                        "DraftTreeModel",
                        "Several registered departments answer to this name; choose one in the next step.",
                    )
                )
            elif item.status == RENAMED:
                lines.append(
                    translate(
                        "DraftTreeModel", "Found under its new name {name} (机构改革); confirm it in the next step."
                    ).format(name=item.department_name or "")
                )
            else:
                lines.append(
                    translate("DraftTreeModel", "Not in the department registry; map it or create it in the next step.")
                )
        return rich_tooltip(lines)

    def _icon(self, node: DraftNode) -> QIcon | None:
        item = node.item
        style = QApplication.style()
        if getattr(item, "warnings", None):
            if self._warning_icon is None:
                self._warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self._warning_icon
        if isinstance(item, DraftDepartment) and item.needs_resolution:
            if self._question_icon is None:
                self._question_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion)
            return self._question_icon
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT:
            return False
        node = self.node(index)
        name = EDITABLE.get((node.kind, DraftColumn(index.column())))
        if name is None or node.uid is None:
            return False
        value = value.strip() if isinstance(value, str) else value
        if name == "deadline_text" and not value:
            value = None
        if getattr(node.item, name) == value:
            return False
        try:
            self.stack.push(EditField(node.uid, name, value))
        except ValidationError as error:
            self.refused.emit(error.message)
            return False
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for cells that offer choices (``CHOICES_ROLE``); plain editing elsewhere."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for label, value in choices:
            combo.addItem(label, value)
        combo.activated.connect(lambda _row, editor=combo: self._chosen(editor))
        return combo

    def _chosen(self, editor: QComboBox) -> None:
        """A choice made in the popup is final: commit it and close the editor, as a cell combo does."""
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(EDIT)), 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), EDIT)
            return
        super().setModelData(editor, model, index)


class DraftTreeView(QTreeView):
    """Keeps what was expanded and which item was current across the model's rebuilds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setItemDelegate(ChoiceDelegate(self))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._expanded: set[int] = set()
        self._current: int | None = None
        self._selected: list[int] = []
        self.pending_current: int | None = None

    def setModel(self, model: QAbstractItemModel | None) -> None:  # type: ignore[override]
        super().setModel(model)
        if isinstance(model, DraftTreeModel):
            model.modelAboutToBeReset.connect(self._remember)
            model.modelReset.connect(self._restore)

    def draft_model(self) -> DraftTreeModel:
        model = self.model()
        assert isinstance(model, DraftTreeModel)
        return model

    def current_uid(self) -> int | None:
        index = self.currentIndex()
        return self.draft_model().node(index).uid if index.isValid() else None

    def selected_uids(self) -> list[int]:
        model = self.draft_model()
        rows = sorted(self.selectionModel().selectedRows(0), key=lambda i: self.visualRect(i).top())
        uids = [model.node(i).uid for i in rows]
        return [uid for uid in uids if uid is not None]

    def select_uid(self, uid: int) -> bool:
        index = self.draft_model().index_of(uid)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def _remember(self) -> None:
        model = self.draft_model()
        self._expanded = set()
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                if self.isExpanded(index) and model.node(index).uid is not None:
                    self._expanded.add(model.node(index).uid)  # type: ignore[arg-type]
                    stack.append(index)
        self._current = self.current_uid()
        self._selected = self.selected_uids()

    def _restore(self) -> None:
        model = self.draft_model()
        for uid in self._expanded:
            index = model.index_of(uid)
            if index.isValid():
                self.expand(index)
        target = self.pending_current if self.pending_current is not None else self._current
        self.pending_current = None
        if target is not None and not self.select_uid(target) and self._selected:
            for uid in self._selected:
                if self.select_uid(uid):
                    break
