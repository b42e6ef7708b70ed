"""What the import models share over :class:`RecordTableModel`: one tickable column and one coloured column.

The ticks are the clerk's choices (which files go in, which conflicts to overwrite); the model keeps
them and says when they change, the page turns them into :class:`Resolutions`.
"""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor

from ui.models.import_states import TEXT
from ui.models.roles import DISPLAY
from ui.models.table import Index, RecordTableModel

R = TypeVar("R")
CHECK = int(Qt.ItemDataRole.CheckStateRole)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_CHECKABLE = Qt.ItemFlag.ItemIsUserCheckable


class ImportTableModel(RecordTableModel[R]):
    CHECK_COLUMN: ClassVar[int | None] = None
    COLOUR_COLUMN: ClassVar[int | None] = None
    checks_changed = Signal()

    # -- what subclasses provide ----------------------------------------------------------------------

    def checkable(self, record: R) -> bool:
        return False

    def is_checked(self, record: R) -> bool:
        return False

    def set_checked(self, record: R, checked: bool) -> None:
        pass

    def colour(self, record: R) -> QColor | None:
        return None

    def record_id(self, record: R) -> int | None:
        return None

    # -- Qt ---------------------------------------------------------------------------------------------

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if index.isValid() and role in (CHECK, BACKGROUND, FOREGROUND):
            record = self.record(index.row())
            column = index.column()
            if role == CHECK:
                if column != self.CHECK_COLUMN or not self.checkable(record):
                    return None
                return Qt.CheckState.Checked if self.is_checked(record) else Qt.CheckState.Unchecked
            if column != self.COLOUR_COLUMN:
                return None
            colour = self.colour(record)
            return colour if role == BACKGROUND or colour is None else TEXT
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.CHECK_COLUMN and self.checkable(self.record(index.row())):
            flags |= _CHECKABLE
        return flags

    def setData(self, index: Index, value: Any, role: int = DISPLAY) -> bool:
        if not index.isValid() or role != CHECK or not self.flags(index) & _CHECKABLE:
            return False
        self.set_checked(self.record(index.row()), Qt.CheckState(value) == Qt.CheckState.Checked)
        self.dataChanged.emit(index, index, [CHECK])
        self.checks_changed.emit()
        return True
