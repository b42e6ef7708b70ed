"""How preview states read and look: translated labels and light background colours, shared by the import models.

Colours follow the problem report sent back to departments (pink for errors, yellow for warnings), so
the clerk sees on screen what the department will see in the file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ipdesk.i18n import QT_TRANSLATE_NOOP
from ipdesk.services.exchange import FileState, RowState

CONTEXT = "ImportStates"

ROW_LABELS = {
    RowState.NEW: QT_TRANSLATE_NOOP("ImportStates", "New"),
    RowState.CHANGED: QT_TRANSLATE_NOOP("ImportStates", "Changed"),
    RowState.UNCHANGED: QT_TRANSLATE_NOOP("ImportStates", "Unchanged"),
    RowState.CONFLICT: QT_TRANSLATE_NOOP("ImportStates", "Conflict"),
    RowState.INVALID: QT_TRANSLATE_NOOP("ImportStates", "Rejected"),
    RowState.BLANK: QT_TRANSLATE_NOOP("ImportStates", "Not filled in"),
}
FILE_LABELS = {
    FileState.READY: QT_TRANSLATE_NOOP("ImportStates", "Ready"),
    FileState.DUPLICATE: QT_TRANSLATE_NOOP("ImportStates", "Already imported"),
    FileState.UNREADABLE: QT_TRANSLATE_NOOP("ImportStates", "Cannot be read"),
    FileState.BLOCKED: QT_TRANSLATE_NOOP("ImportStates", "Cannot be imported"),
    FileState.NEEDS_RESOLUTION: QT_TRANSLATE_NOOP("ImportStates", "Department to confirm"),
    FileState.REFUSED: QT_TRANSLATE_NOOP("ImportStates", "Refused"),
}

GREEN = QColor("#dff3e3")
BLUE = QColor("#dde9f8")
ORANGE = QColor("#fde2c4")
PINK = QColor("#ffc7ce")  # the problem report's PROBLEM_FILL
YELLOW = QColor("#ffeb9c")  # its WARNING_FILL
GREY = QColor("#eeeeee")
TEXT = QColor("#1f1f1f")  # dark text on the light backgrounds, whatever the palette

ROW_COLOURS = {
    RowState.NEW: GREEN,
    RowState.CHANGED: BLUE,
    RowState.CONFLICT: ORANGE,
    RowState.INVALID: PINK,
}
FILE_COLOURS = {
    FileState.READY: GREEN,
    FileState.DUPLICATE: GREY,
    FileState.UNREADABLE: PINK,
    FileState.BLOCKED: PINK,
    FileState.NEEDS_RESOLUTION: YELLOW,
    FileState.REFUSED: PINK,
}


def row_label(state: RowState) -> str:
    return QCoreApplication.translate(CONTEXT, ROW_LABELS[state])


def file_label(state: FileState) -> str:
    return QCoreApplication.translate(CONTEXT, FILE_LABELS[state])
