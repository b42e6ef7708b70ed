"""The rows of one previewed file: state (coloured), place, item, the changes old → new, and the 覆盖 choice."""

from __future__ import annotations

from enum import IntEnum
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from ipdesk.i18n import QT_TRANSLATE_NOOP
from ipdesk.services.exchange import FieldChange, RowPreview, RowState
from ui.models.import_states import ROW_COLOURS, row_label
from ui.models.import_table import ImportTableModel

_STATE_ORDER = {state: number for number, state in enumerate(RowState)}


class RowColumn(IntEnum):
    OVERWRITE = 0
    STATE = 1
    PLACE = 2
    ITEM = 3
    CHANGES = 4
    MESSAGE = 5


HEADERS = {
    RowColumn.OVERWRITE: QT_TRANSLATE_NOOP("ImportRowModel", "Overwrite"),
    RowColumn.STATE: QT_TRANSLATE_NOOP("ImportRowModel", "State"),
    RowColumn.PLACE: QT_TRANSLATE_NOOP("ImportRowModel", "Sheet / row"),
    RowColumn.ITEM: QT_TRANSLATE_NOOP("ImportRowModel", "Task or indicator"),
    RowColumn.CHANGES: QT_TRANSLATE_NOOP("ImportRowModel", "Changes (on file → form)"),
    RowColumn.MESSAGE: QT_TRANSLATE_NOOP("ImportRowModel", "Note"),
}


def blank() -> str:
    """How a missing value reads in a change: an em dash."""
    return QCoreApplication.translate("ImportRowModel", "—")


def change_text(change: FieldChange) -> str:
    return QCoreApplication.translate("ImportRowModel", "{field}: {old} → {new}").format(
        field=change.label, old=change.old or blank(), new=change.new or blank()
    )


def changes_tooltip(changes: tuple[FieldChange, ...]) -> str | None:
    if not changes:
        return None
    rows = "".join(
        f"<tr><td><b>{escape(c.label)}</b></td><td>{escape(c.old or blank())}</td><td>→</td>"
        f"<td>{escape(c.new or blank())}</td></tr>"
        for c in changes
    )
    return f"<table cellspacing='4'>{rows}</table>"


class ImportRowModel(ImportTableModel[RowPreview]):
    """``overwrite`` holds the keys of conflict rows the clerk chose to overwrite (``checks_changed``)."""

    COLUMNS = RowColumn
    HEADERS = HEADERS
    CHECK_COLUMN = RowColumn.OVERWRITE
    COLOUR_COLUMN = RowColumn.STATE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.overwrite: set[str] = set()

    def display(self, record: RowPreview, column: int) -> str | None:
        if column == RowColumn.STATE:
            return row_label(record.state)
        if column == RowColumn.PLACE:
            return f"{record.sheet} · {record.row}"
        if column == RowColumn.ITEM:
            return record.label
        if column == RowColumn.CHANGES:
            return QCoreApplication.translate("ImportRowModel", "; ").join(change_text(c) for c in record.changes)
        if column == RowColumn.MESSAGE:
            return record.message or ""
        return None

    def sort_key(self, record: RowPreview, column: int) -> Any:
        if column == RowColumn.STATE:
            return _STATE_ORDER[record.state]
        if column == RowColumn.PLACE:
            return (record.sheet, record.row)
        if column == RowColumn.OVERWRITE:
            return int(record.key in self.overwrite) if record.state == RowState.CONFLICT else None
        return self.display(record, column)

    def tooltip(self, record: RowPreview, column: int) -> str | None:
        if column == RowColumn.CHANGES:
            return changes_tooltip(record.changes)
        if column == RowColumn.ITEM:
            return record.label
        if column == RowColumn.MESSAGE:
            return record.message
        if column == RowColumn.OVERWRITE and record.state == RowState.CONFLICT:
            return QCoreApplication.translate(
                "ImportRowModel", "Tick to replace what is on file with the form's version."
            )
        return None

    def checkable(self, record: RowPreview) -> bool:
        return record.state == RowState.CONFLICT

    def is_checked(self, record: RowPreview) -> bool:
        return record.key in self.overwrite

    def set_checked(self, record: RowPreview, checked: bool) -> None:
        if checked:
            self.overwrite.add(record.key)
        else:
            self.overwrite.discard(record.key)

    def colour(self, record: RowPreview) -> QColor | None:
        return ROW_COLOURS.get(record.state)
