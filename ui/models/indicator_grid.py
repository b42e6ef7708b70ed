"""The data-entry grid of a department's indicators for one period: the year's target and the period's value.

Numbers are read like the Excel import reads them (1,234 / １２３４ / 12.5万 / 30% for a % indicator) and then
checked with the value service's rule; qualitative indicators take text.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from ipdesk.i18n import QT_TRANSLATE_NOOP
from ipdesk.services.entry import IndicatorEntry
from ipdesk.services.values import ValueInput
from ui import formatting
from ui.models.editable_grid import CellKind, CellRefused, EditableGridModel, GridColumn
from ui.models.indicator_edit_grids import parse_amount


class IndicatorGridColumn(IntEnum):
    NAME = 0
    UNIT = 1
    TARGET = 2
    VALUE = 3


_COLUMNS = {
    IndicatorGridColumn.NAME: GridColumn(QT_TRANSLATE_NOOP("IndicatorGridModel", "Indicator"), CellKind.READ_ONLY, 18),
    IndicatorGridColumn.UNIT: GridColumn(QT_TRANSLATE_NOOP("IndicatorGridModel", "Unit"), CellKind.READ_ONLY, 4),
    IndicatorGridColumn.TARGET: GridColumn(
        QT_TRANSLATE_NOOP("IndicatorGridModel", "Target this year"), CellKind.READ_ONLY, 8
    ),
    IndicatorGridColumn.VALUE: GridColumn(QT_TRANSLATE_NOOP("IndicatorGridModel", "Actual"), CellKind.NUMBER, 8),
}


class IndicatorGridModel(EditableGridModel[IndicatorEntry]):
    COLUMNS = tuple(_COLUMNS[c] for c in IndicatorGridColumn)
    department_id: int | None = None

    def record_id(self, record: IndicatorEntry) -> int | None:
        return record.indicator_id

    def saved_value(self, record: IndicatorEntry, column: int) -> Any:
        if column == IndicatorGridColumn.NAME:
            return record.name
        if column == IndicatorGridColumn.UNIT:
            return record.unit
        if column == IndicatorGridColumn.TARGET:
            return record.target_text or (None if record.target is None else formatting.number(record.target))
        if column == IndicatorGridColumn.VALUE:
            return record.value_text if record.is_text else record.value
        return None

    def text(self, record: IndicatorEntry, column: int, value: Any) -> str:
        if column == IndicatorGridColumn.VALUE and isinstance(value, float):
            return formatting.number(value)
        return "" if value is None else str(value)

    def row_lock(self, record: IndicatorEntry) -> str | None:
        if record.unit_id is None:
            return QCoreApplication.translate(
                "IndicatorGridModel",
                "Set this installation's administrative unit in Settings before entering indicator values.",
            )
        return None

    def parse(self, record: IndicatorEntry, column: int, raw: Any) -> Any:
        if column != IndicatorGridColumn.VALUE:
            raise CellRefused(QCoreApplication.translate("IndicatorGridModel", "This column cannot be changed here."))
        label = QCoreApplication.translate("IndicatorGridModel", "Actual") if record.is_text else record.name
        return parse_amount(raw, record.unit, text_allowed=record.is_text, label=label)

    def value_inputs(self) -> list[ValueInput]:
        """The edited values as the service takes them (call when :meth:`problems` is empty)."""
        return [
            ValueInput(
                self.record(row).indicator_id,
                self.value(row, IndicatorGridColumn.VALUE),
                self.record(row).unit_id,
                self.department_id,
            )
            for row in self.dirty_rows()
        ]
