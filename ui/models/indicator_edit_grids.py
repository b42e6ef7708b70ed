"""Editable grids of one indicator: its target for each year, and its value for each period.

They read cells like the Excel import does (1,234 / 12.5万 / 30% for a % indicator) and check them with the
services' rules; a qualitative indicator takes text. A locked period's value cannot be changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from ipdesk.errors import ValidationError
from ipdesk.excel import values as cell_values
from ipdesk.i18n import QT_TRANSLATE_NOOP
from ipdesk.services.base import clean_text
from ipdesk.services.indicators import check_number
from ui import formatting
from ui.models.editable_grid import CellKind, CellRefused, EditableGridModel, GridColumn


@dataclass(frozen=True)
class TargetRow:
    year: int
    value: float | None
    text: str | None


@dataclass(frozen=True)
class ValueRow:
    code: str
    label: str
    locked: bool
    value: float | None
    text: str | None


class TargetColumn(IntEnum):
    YEAR = 0
    TARGET = 1


class ValueColumn(IntEnum):
    PERIOD = 0
    VALUE = 1


def parse_amount(raw: Any, unit: str, *, text_allowed: bool, label: str) -> float | str | None:
    """A number as the Excel import reads it (text kept for qualitative indicators); blank is None."""
    try:
        if text_allowed:
            return clean_text(raw, label, max_length=200)
        number = raw if isinstance(raw, float) else cell_values.number(raw, unit=unit)
        return check_number(number, label)
    except cell_values.CellError as error:
        raise CellRefused(error.message) from error
    except ValidationError as error:
        raise CellRefused(error.message) from error


def amount_text(value: Any) -> str:
    if isinstance(value, float):
        return formatting.number(value)
    return "" if value is None else str(value)


class _AmountGrid(EditableGridModel[Any]):
    unit = ""
    is_text = False

    def configure(self, unit: str, is_text: bool) -> None:
        self.unit, self.is_text = unit, is_text

    def text(self, record: Any, column: int, value: Any) -> str:
        return amount_text(value)


class TargetGridModel(_AmountGrid):
    COLUMNS = (
        GridColumn(QT_TRANSLATE_NOOP("TargetGridModel", "Year"), CellKind.READ_ONLY, 5),
        GridColumn(QT_TRANSLATE_NOOP("TargetGridModel", "Target"), CellKind.NUMBER, 10),
    )

    def record_id(self, record: TargetRow) -> int | None:
        return record.year

    def saved_value(self, record: TargetRow, column: int) -> Any:
        if column == TargetColumn.YEAR:
            return str(record.year)
        return record.text if record.text is not None else record.value

    def parse(self, record: TargetRow, column: int, raw: Any) -> Any:
        label = QCoreApplication.translate("TargetGridModel", "Target")
        return parse_amount(raw, self.unit, text_allowed=self.is_text, label=label)

    def changes(self) -> dict[int, float | str | None]:
        return {self.record(row).year: self.value(row, TargetColumn.TARGET) for row in self.dirty_rows()}


class ValueGridModel(_AmountGrid):
    COLUMNS = (
        GridColumn(QT_TRANSLATE_NOOP("ValueGridModel", "Period"), CellKind.READ_ONLY, 8),
        GridColumn(QT_TRANSLATE_NOOP("ValueGridModel", "Actual"), CellKind.NUMBER, 10),
    )

    def record_id(self, record: ValueRow) -> int | None:
        return None

    def saved_value(self, record: ValueRow, column: int) -> Any:
        if column == ValueColumn.PERIOD:
            return record.label
        return record.text if record.text is not None else record.value

    def row_lock(self, record: ValueRow) -> str | None:
        if record.locked:
            return QCoreApplication.translate("ValueGridModel", "The period is locked; its values cannot be changed.")
        return None

    def parse(self, record: ValueRow, column: int, raw: Any) -> Any:
        label = QCoreApplication.translate("ValueGridModel", "Actual")
        return parse_amount(raw, self.unit, text_allowed=self.is_text, label=label)

    def changes(self) -> list[tuple[str, float | str | None]]:
        return [(self.record(row).code, self.value(row, ValueColumn.VALUE)) for row in self.dirty_rows()]
