"""Item-data roles, bound once at import: comparing ints in ``data()`` is ~30× cheaper than enum lookups."""

from __future__ import annotations

from PySide6.QtCore import Qt

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
EDIT = int(Qt.ItemDataRole.EditRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
FONT = int(Qt.ItemDataRole.FontRole)

_USER = int(Qt.ItemDataRole.UserRole)
ID_ROLE = _USER + 1  # the database id of the row's record
SORT_ROLE = _USER + 2  # a value that sorts correctly (numbers as numbers, missing values last)
RECORD_ROLE = _USER + 3  # the dataclass behind the row or node
KIND_ROLE = _USER + 4  # tree models: what kind of node this is
SEARCH_ROLE = _USER + 5  # the text a filter matches against

ALIGN_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_TEXT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
DECORATION = int(Qt.ItemDataRole.DecorationRole)
ERROR_ROLE = _USER + 6  # editable grids: why the cell's value is refused ("" or None when it is fine)
DIRTY_ROLE = _USER + 7  # editable grids: the cell differs from what is saved
EDITOR_ROLE = _USER + 8  # editable grids: which editor the cell wants (a CellKind value)
