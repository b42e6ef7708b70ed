"""Indicators with their baseline, responsible departments and one column per target year."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from ipdesk.domain.enums import IndicatorCategory, IndicatorKind
from ipdesk.i18n import QT_TRANSLATE_NOOP
from ipdesk.services.indicators import IndicatorInfo
from ui import formatting
from ui.models.table import RecordTableModel


class IndicatorColumn(IntEnum):
    NAME = 0
    UNIT = 1
    CATEGORY = 2
    KIND = 3
    BASELINE = 4
    DEPARTMENTS = 5


HEADERS = {
    IndicatorColumn.NAME: QT_TRANSLATE_NOOP("IndicatorTableModel", "Indicator"),
    IndicatorColumn.UNIT: QT_TRANSLATE_NOOP("IndicatorTableModel", "Unit"),
    IndicatorColumn.CATEGORY: QT_TRANSLATE_NOOP("IndicatorTableModel", "Category"),
    IndicatorColumn.KIND: QT_TRANSLATE_NOOP("IndicatorTableModel", "Kind"),
    IndicatorColumn.BASELINE: QT_TRANSLATE_NOOP("IndicatorTableModel", "Baseline"),
    IndicatorColumn.DEPARTMENTS: QT_TRANSLATE_NOOP("IndicatorTableModel", "Responsible departments"),
}
_FIXED = len(IndicatorColumn)


def _label(enum: type[IndicatorCategory] | type[IndicatorKind], value: str) -> str:
    try:
        return enum(value).label
    except ValueError:
        return value


def target_text(indicator: IndicatorInfo, year: int) -> str:
    if year in indicator.target_texts:
        return indicator.target_texts[year]
    return formatting.number(indicator.targets.get(year))


class IndicatorTableModel(RecordTableModel[IndicatorInfo]):
    COLUMNS = IndicatorColumn
    HEADERS = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._years: list[int] = []

    def set_rows(self, rows: Any) -> None:
        rows = list(rows)
        self._years = sorted({year for indicator in rows for year in indicator.targets})
        super().set_rows(rows)

    def years(self) -> list[int]:
        return list(self._years)

    def year_of_column(self, column: int) -> int | None:
        offset = column - _FIXED
        return self._years[offset] if 0 <= offset < len(self._years) else None

    def columnCount(self, parent: Any = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return _FIXED + len(self._years)

    def header(self, column: int) -> str:
        year = self.year_of_column(column)
        if year is not None:
            return QCoreApplication.translate("IndicatorTableModel", "Target {year}").format(year=year)
        return super().header(column)

    def is_numeric(self, column: int) -> bool:
        return column >= _FIXED or column == IndicatorColumn.BASELINE

    def display(self, record: IndicatorInfo, column: int) -> str | None:
        year = self.year_of_column(column)
        if year is not None:
            return target_text(record, year)
        if column == IndicatorColumn.NAME:
            return record.name
        if column == IndicatorColumn.UNIT:
            return record.unit
        if column == IndicatorColumn.CATEGORY:
            return _label(IndicatorCategory, record.category)
        if column == IndicatorColumn.KIND:
            return _label(IndicatorKind, record.kind)
        if column == IndicatorColumn.BASELINE:
            if record.baseline_value is None:
                return ""
            return QCoreApplication.translate("IndicatorTableModel", "{value} ({year})").format(
                value=formatting.number(record.baseline_value), year=record.baseline_year
            )
        if column == IndicatorColumn.DEPARTMENTS:
            return formatting.join(record.department_names)
        return None

    def sort_key(self, record: IndicatorInfo, column: int) -> Any:
        year = self.year_of_column(column)
        if year is not None:
            return record.targets.get(year)
        if column == IndicatorColumn.BASELINE:
            return record.baseline_value
        if column == IndicatorColumn.NAME:
            return (record.plan_id, record.position)
        return self.display(record, column)

    def tooltip(self, record: IndicatorInfo, column: int) -> str | None:
        if column == IndicatorColumn.NAME:
            return record.definition or record.note or record.name
        return None
