"""The problems of one previewed file: sheet, row, column, heading, value and reason, as the department sees them."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtGui import QColor

from ipdesk.excel.tables import ERROR, CellProblem
from ipdesk.i18n import QT_TRANSLATE_NOOP
from ui.models.import_states import PINK, YELLOW
from ui.models.import_table import ImportTableModel


class ProblemColumn(IntEnum):
    SHEET = 0
    ROW = 1
    COLUMN = 2
    HEADING = 3
    VALUE = 4
    REASON = 5


HEADERS = {
    ProblemColumn.SHEET: QT_TRANSLATE_NOOP("ImportProblemModel", "Sheet"),
    ProblemColumn.ROW: QT_TRANSLATE_NOOP("ImportProblemModel", "Row"),
    ProblemColumn.COLUMN: QT_TRANSLATE_NOOP("ImportProblemModel", "Column"),
    ProblemColumn.HEADING: QT_TRANSLATE_NOOP("ImportProblemModel", "Heading"),
    ProblemColumn.VALUE: QT_TRANSLATE_NOOP("ImportProblemModel", "Value"),
    ProblemColumn.REASON: QT_TRANSLATE_NOOP("ImportProblemModel", "Reason"),
}


class ImportProblemModel(ImportTableModel[CellProblem]):
    COLUMNS = ProblemColumn
    HEADERS = HEADERS
    NUMERIC = frozenset({ProblemColumn.ROW})
    COLOUR_COLUMN = ProblemColumn.REASON

    def display(self, record: CellProblem, column: int) -> str | None:
        if column == ProblemColumn.SHEET:
            return record.sheet
        if column == ProblemColumn.ROW:
            return str(record.row) if record.row else ""
        if column == ProblemColumn.COLUMN:
            return record.column
        if column == ProblemColumn.HEADING:
            return record.heading
        if column == ProblemColumn.VALUE:
            return record.value
        if column == ProblemColumn.REASON:
            return record.message
        return None

    def sort_key(self, record: CellProblem, column: int) -> Any:
        if column == ProblemColumn.ROW:
            return record.row
        return self.display(record, column)

    def tooltip(self, record: CellProblem, column: int) -> str | None:
        if column in (ProblemColumn.VALUE, ProblemColumn.REASON):
            return self.display(record, column)
        return None

    def colour(self, record: CellProblem) -> QColor:
        return PINK if record.severity == ERROR else YELLOW
