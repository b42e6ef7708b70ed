"""Tree-model plumbing over plain node objects, shared by the plan tree and the intake draft tree.

A node has ``parent``, ``children`` and ``row`` (its position among its parent's children); the model's
invisible root is ``self._root``. Subclasses say how many columns there are and what each cell shows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex
NO_INDEX = QModelIndex()


class NodeTreeModel(QAbstractItemModel):
    _root: Any

    def node(self, index: Index) -> Any:
        """The node behind ``index``; the root for an invalid index."""
        if index.isValid():
            node = index.internalPointer()
            assert node is not None
            return node
        return self._root

    def index(self, row: int, column: int, parent: Index = NO_INDEX) -> QModelIndex:
        if row < 0 or not 0 <= column < self.columnCount() or (parent.isValid() and parent.column() != 0):
            return QModelIndex()
        holder = self.node(parent)
        if row >= len(holder.children):
            return QModelIndex()
        return self.createIndex(row, column, holder.children[row])

    def parent(self, index: Index = NO_INDEX) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        holder = self.node(index).parent
        if holder is None or holder is self._root:
            return QModelIndex()
        return self.createIndex(holder.row, 0, holder)

    def rowCount(self, parent: Index = NO_INDEX) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def hasChildren(self, parent: Index = NO_INDEX) -> bool:
        return self.rowCount(parent) > 0
