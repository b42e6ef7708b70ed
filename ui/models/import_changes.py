"""The cell-level diff of one previewed row: each field with what is on file and what the form says."""

from __future__ import annotations

from enum import IntEnum

from ipdesk.i18n import QT_TRANSLATE_NOOP
from ipdesk.services.exchange import FieldChange
from ui.models.import_rows import blank
from ui.models.import_table import ImportTableModel


class ChangeColumn(IntEnum):
    FIELD = 0
    OLD = 1
    NEW = 2


HEADERS = {
    ChangeColumn.FIELD: QT_TRANSLATE_NOOP("ImportChangeModel", "Field"),
    ChangeColumn.OLD: QT_TRANSLATE_NOOP("ImportChangeModel", "On file"),
    ChangeColumn.NEW: QT_TRANSLATE_NOOP("ImportChangeModel", "In the form"),
}


class ImportChangeModel(ImportTableModel[FieldChange]):
    COLUMNS = ChangeColumn
    HEADERS = HEADERS

    def display(self, record: FieldChange, column: int) -> str | None:
        if column == ChangeColumn.FIELD:
            return record.label
        if column == ChangeColumn.OLD:
            return record.old or blank()
        if column == ChangeColumn.NEW:
            return record.new or blank()
        return None

    def tooltip(self, record: FieldChange, column: int) -> str | None:
        return self.display(record, column) if column != ChangeColumn.FIELD else None
