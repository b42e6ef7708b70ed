"""The draft's indicators as a table: name, unit, kind, baseline, one column per target year, departments.

Edits become ``EditField``/``SetTarget`` commands on the draft's stack, like the tree's.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QApplication, QStyle

from ipdesk.domain.enums import IndicatorKind
from ipdesk.errors import ValidationError
from ipdesk.i18n import QT_TRANSLATE_NOOP
from ipdesk.services.plan_intake import Command, DraftIndicator, EditField, SetTarget, UndoStack
from ipdesk.services.plan_intake.diff import show
from ui import formatting
from ui.intake.draft_tree import CHOICES_ROLE, WARNING_TINT, rich_tooltip
from ui.models.roles import (
    ALIGN_NUMBER,
    ALIGNMENT,
    BACKGROUND,
    DECORATION,
    DISPLAY,
    EDIT,
    ID_ROLE,
    RECORD_ROLE,
    TOOLTIP,
)

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


class IndicatorColumn(IntEnum):
    NAME = 0
    UNIT = 1
    KIND = 2
    BASELINE = 3
    # then one column per target year, then DEPARTMENTS and LINES


HEADERS = {
    IndicatorColumn.NAME: QT_TRANSLATE_NOOP("DraftIndicatorModel", "Indicator"),
    IndicatorColumn.UNIT: QT_TRANSLATE_NOOP("DraftIndicatorModel", "Unit"),
    IndicatorColumn.KIND: QT_TRANSLATE_NOOP("DraftIndicatorModel", "Kind"),
    IndicatorColumn.BASELINE: QT_TRANSLATE_NOOP("DraftIndicatorModel", "Baseline"),
}
DEPARTMENTS_HEADER = QT_TRANSLATE_NOOP("DraftIndicatorModel", "Departments")
LINES_HEADER = QT_TRANSLATE_NOOP("DraftIndicatorModel", "Lines")
TARGET_HEADER = QT_TRANSLATE_NOOP("DraftIndicatorModel", "Target {year}")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DraftIndicatorModel", text)


def parse_value(text: str) -> float | str | None:
    """What the clerk typed in a number cell: a number, text for a qualitative target, or None when blank."""
    text = text.strip().replace("，", "").replace(",", "")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return text


class DraftIndicatorModel(QAbstractTableModel):
    refused = Signal(str)

    def __init__(self, stack: UndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = stack
        self._years = self._target_years()
        stack.subscribe(self._command_ran)

    def detach(self) -> None:
        self.stack.unsubscribe(self._command_ran)

    @property
    def indicators(self) -> list[DraftIndicator]:
        return self.stack.draft.indicators

    def _target_years(self) -> list[int]:
        return sorted({year for i in self.stack.draft.indicators for year in i.targets})

    def _command_ran(self, command: Command) -> None:
        years = self._target_years()
        if command.structural or years != self._years:
            self.beginResetModel()
            self._years = years
            self.endResetModel()
            return
        for uid in command.uids:
            row = self.row_of(uid)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def row_of(self, uid: int) -> int | None:
        return next((row for row, i in enumerate(self.indicators) if i.uid == uid), None)

    def indicator(self, row: int) -> DraftIndicator:
        return self.indicators[row]

    def year_of(self, column: int) -> int | None:
        offset = column - len(IndicatorColumn)
        return self._years[offset] if 0 <= offset < len(self._years) else None

    @property
    def departments_column(self) -> int:
        return len(IndicatorColumn) + len(self._years)

    @property
    def lines_column(self) -> int:
        return self.departments_column + 1

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    # -- QAbstractTableModel --------------------------------------------------------------------------

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.indicators)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(IndicatorColumn) + len(self._years) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        if section < len(IndicatorColumn):
            return _tr(HEADERS[IndicatorColumn(section)])
        year = self.year_of(section)
        if year is not None:
            return _tr(TARGET_HEADER).format(year=year)
        if section == self.departments_column:
            return _tr(DEPARTMENTS_HEADER)
        if section == self.lines_column:
            return _tr(LINES_HEADER)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() < len(IndicatorColumn) or self.year_of(index.column()) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.indicators):
            return None
        indicator = self.indicators[index.row()]
        column = index.column()
        year = self.year_of(column)
        if role in (DISPLAY, EDIT):
            return self._value(indicator, column, year, role == EDIT)
        if role == ALIGNMENT and (year is not None or column == IndicatorColumn.BASELINE):
            return ALIGN_NUMBER
        if role == BACKGROUND and indicator.warnings:
            return WARNING_TINT
        if role == TOOLTIP:
            return rich_tooltip([indicator.definition or "", *(w.message for w in indicator.warnings)])
        if role == DECORATION and column == IndicatorColumn.NAME and indicator.warnings:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == CHOICES_ROLE and column == IndicatorColumn.KIND:
            return [(kind.label, kind.value) for kind in IndicatorKind]
        if role == ID_ROLE:
            return indicator.uid
        if role == RECORD_ROLE:
            return indicator
        return None

    def _value(self, indicator: DraftIndicator, column: int, year: int | None, editing: bool) -> Any:
        if column == IndicatorColumn.NAME:
            return indicator.name
        if column == IndicatorColumn.UNIT:
            return indicator.unit
        if column == IndicatorColumn.KIND:
            if editing:
                return indicator.kind
            return IndicatorKind(indicator.kind).label if indicator.kind in IndicatorKind.values() else indicator.kind
        if column == IndicatorColumn.BASELINE:
            if editing:
                return show(indicator.baseline_value)
            if indicator.baseline_value is None:
                return ""
            return QCoreApplication.translate("DraftIndicatorModel", "{value} ({year})").format(
                value=formatting.number(indicator.baseline_value), year=indicator.baseline_year or "?"
            )
        if year is not None:
            value = indicator.targets.get(year)
            return show(value) if isinstance(value, float | int | str) else ""
        if column == self.departments_column:
            return formatting.join(d.name for d in indicator.departments)
        if column == self.lines_column:
            first, last = indicator.line_first, indicator.line_last
            return "" if first is None else (str(first) if last in (None, first) else f"{first}–{last}")
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT:
            return False
        indicator = self.indicators[index.row()]
        column = index.column()
        year = self.year_of(column)
        text = value.strip() if isinstance(value, str) else value
        try:
            if year is not None:
                new = parse_value(str(text or ""))
                if new == indicator.targets.get(year):
                    return False
                self.stack.push(SetTarget(indicator.uid, year, new))
            elif column == IndicatorColumn.BASELINE:
                number = parse_value(str(text or ""))
                if number is not None and not isinstance(number, float):
                    raise ValidationError(
                        QCoreApplication.translate("DraftIndicatorModel", "The baseline must be a number.")
                    )
                if number == indicator.baseline_value:
                    return False
                self.stack.push(EditField(indicator.uid, "baseline_value", number))
            else:
                name = {IndicatorColumn.NAME: "name", IndicatorColumn.UNIT: "unit", IndicatorColumn.KIND: "kind"}[
                    IndicatorColumn(column)
                ]
                if getattr(indicator, name) == text:
                    return False
                self.stack.push(EditField(indicator.uid, name, text))
        except ValidationError as error:
            self.refused.emit(error.message)
            return False
        return True
