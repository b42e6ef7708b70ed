"""The department registry: names, aliases, unit and contact."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from ipdesk.domain.enums import DepartmentKind
from ipdesk.i18n import QT_TRANSLATE_NOOP
from ipdesk.services.departments import DepartmentInfo
from ui import formatting
from ui.models.table import RecordTableModel


class DepartmentColumn(IntEnum):
    NAME = 0
    SHORT_NAME = 1
    ALIASES = 2
    UNIT = 3
    KIND = 4
    CONTACT = 5
    PHONE = 6


HEADERS = {
    DepartmentColumn.NAME: QT_TRANSLATE_NOOP("DepartmentTableModel", "Full name"),
    DepartmentColumn.SHORT_NAME: QT_TRANSLATE_NOOP("DepartmentTableModel", "Short name"),
    DepartmentColumn.ALIASES: QT_TRANSLATE_NOOP("DepartmentTableModel", "Also known as"),
    DepartmentColumn.UNIT: QT_TRANSLATE_NOOP("DepartmentTableModel", "Administrative unit"),
    DepartmentColumn.KIND: QT_TRANSLATE_NOOP("DepartmentTableModel", "Kind"),
    DepartmentColumn.CONTACT: QT_TRANSLATE_NOOP("DepartmentTableModel", "Contact person"),
    DepartmentColumn.PHONE: QT_TRANSLATE_NOOP("DepartmentTableModel", "Phone"),
}


class DepartmentTableModel(RecordTableModel[DepartmentInfo]):
    COLUMNS = DepartmentColumn
    HEADERS = HEADERS

    def display(self, record: DepartmentInfo, column: int) -> str | None:
        if column == DepartmentColumn.NAME:
            if record.active:
                return record.name
            return QCoreApplication.translate("DepartmentTableModel", "{name} (merged or dissolved)").format(
                name=record.name
            )
        if column == DepartmentColumn.SHORT_NAME:
            return record.short_name or ""
        if column == DepartmentColumn.ALIASES:
            return formatting.join(record.aliases)
        if column == DepartmentColumn.UNIT:
            return record.unit_name or ""
        if column == DepartmentColumn.KIND:
            return DepartmentKind.label_of(record.kind)
        if column == DepartmentColumn.CONTACT:
            return record.contact_person or ""
        if column == DepartmentColumn.PHONE:
            return record.phone or ""
        return None

    def tooltip(self, record: DepartmentInfo, column: int) -> str | None:
        if column == DepartmentColumn.ALIASES and record.aliases:
            return "\n".join(record.aliases)
        if column == DepartmentColumn.NAME and record.note:
            return record.note
        return None

    def sort_key(self, record: DepartmentInfo, column: int) -> Any:
        if column == DepartmentColumn.NAME:
            return record.id  # registry order: units, then the order the departments were entered
        return self.display(record, column)
