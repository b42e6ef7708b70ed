"""Indicators with where they stand today: baseline, this year's target, latest actual, completion, the value
expected today (序时进度) and the red / yellow / green mark — every figure from :mod:`ipdesk.analytics`."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex

from ipdesk.analytics.charts import RAG_TONES
from ipdesk.analytics.desk import IndicatorStanding
from ipdesk.analytics.inputs import Observation
from ipdesk.analytics.numbers import fmt_number, fmt_percent
from ipdesk.i18n import QT_TRANSLATE_NOOP
from ipdesk.services.indicators import IndicatorInfo
from ipdesk.services.plans import PlanInfo
from ui import formatting
from ui.models.editable_grid import MUTED_BRUSH
from ui.models.plan_tree import tone_icon
from ui.models.roles import DECORATION, FOREGROUND
from ui.models.table import RecordTableModel

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class IndicatorLine:
    """One indicator with its plan, its reported values and its standing today."""

    info: IndicatorInfo
    plan: PlanInfo
    observations: tuple[Observation, ...]
    standing: IndicatorStanding
    value_unit_id: int | None  # the administrative unit its values are kept for

    @property
    def id(self) -> int:
        return self.info.id


class IndicatorColumn(IntEnum):
    NAME = 0
    UNIT = 1
    BASELINE = 2
    YEAR_TARGET = 3
    LATEST = 4
    COMPLETION = 5
    EXPECTED = 6
    RAG = 7
    DEPARTMENTS = 8


HEADERS = {
    IndicatorColumn.NAME: QT_TRANSLATE_NOOP("IndicatorTableModel", "Indicator"),
    IndicatorColumn.UNIT: QT_TRANSLATE_NOOP("IndicatorTableModel", "Unit"),
    IndicatorColumn.BASELINE: QT_TRANSLATE_NOOP("IndicatorTableModel", "Baseline"),
    IndicatorColumn.YEAR_TARGET: QT_TRANSLATE_NOOP("IndicatorTableModel", "Target {year}"),
    IndicatorColumn.LATEST: QT_TRANSLATE_NOOP("IndicatorTableModel", "Latest actual"),
    IndicatorColumn.COMPLETION: QT_TRANSLATE_NOOP("IndicatorTableModel", "Completion"),
    IndicatorColumn.EXPECTED: QT_TRANSLATE_NOOP("IndicatorTableModel", "Expected today"),
    IndicatorColumn.RAG: QT_TRANSLATE_NOOP("IndicatorTableModel", "Standing"),
    IndicatorColumn.DEPARTMENTS: QT_TRANSLATE_NOOP("IndicatorTableModel", "Responsible departments"),
}
_NUMERIC = frozenset(
    {
        IndicatorColumn.BASELINE,
        IndicatorColumn.YEAR_TARGET,
        IndicatorColumn.LATEST,
        IndicatorColumn.COMPLETION,
        IndicatorColumn.EXPECTED,
    }
)


def period_label(line: IndicatorLine) -> str:
    period = line.standing.assessment.actual_period
    return period.label if period else ""


class IndicatorTableModel(RecordTableModel[IndicatorLine]):
    COLUMNS = IndicatorColumn
    HEADERS = HEADERS
    NUMERIC = _NUMERIC

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.year: int | None = None

    def header(self, column: int) -> str:
        text = super().header(column)
        return text.format(year=self.year or "") if column == IndicatorColumn.YEAR_TARGET else text

    def display(self, record: IndicatorLine, column: int) -> str | None:
        info, standing = record.info, record.standing
        assessment = standing.assessment
        if column == IndicatorColumn.NAME:
            return info.name
        if column == IndicatorColumn.UNIT:
            return info.unit
        if column == IndicatorColumn.BASELINE:
            if info.baseline_value is None:
                return ""
            return QCoreApplication.translate("IndicatorTableModel", "{value} ({year})").format(
                value=formatting.number(info.baseline_value), year=info.baseline_year
            )
        if column == IndicatorColumn.YEAR_TARGET:
            return standing.year_target_text or fmt_number(standing.year_target, 4)
        if column == IndicatorColumn.LATEST:
            value = assessment.actual_text or fmt_number(assessment.actual_value, 4)
            if not value:
                return ""
            return QCoreApplication.translate("IndicatorTableModel", "{value} ({period})").format(
                value=value, period=period_label(record)
            )
        if column == IndicatorColumn.COMPLETION:
            return fmt_percent(assessment.completion)
        if column == IndicatorColumn.EXPECTED:
            return fmt_number(standing.expected_today, 4)
        if column == IndicatorColumn.RAG:
            return standing.rag.label
        if column == IndicatorColumn.DEPARTMENTS:
            return formatting.join(info.department_names)
        return None

    def sort_key(self, record: IndicatorLine, column: int) -> Any:
        assessment = record.standing.assessment
        if column == IndicatorColumn.NAME:
            return (record.plan.id, record.info.position)
        if column == IndicatorColumn.BASELINE:
            return record.info.baseline_value
        if column == IndicatorColumn.YEAR_TARGET:
            return record.standing.year_target
        if column == IndicatorColumn.LATEST:
            return assessment.actual_value
        if column == IndicatorColumn.COMPLETION:
            return assessment.completion
        if column == IndicatorColumn.EXPECTED:
            return record.standing.expected_today
        if column == IndicatorColumn.RAG:
            return (record.standing.rag.rank, -(assessment.schedule_ratio or 0.0))
        return self.display(record, column)

    def tooltip(self, record: IndicatorLine, column: int) -> str | None:
        if column in (IndicatorColumn.COMPLETION, IndicatorColumn.RAG, IndicatorColumn.LATEST):
            return record.standing.assessment.explanation or None  # written when asked
        if column == IndicatorColumn.YEAR_TARGET and record.standing.year_target_derived:
            return QCoreApplication.translate(
                "IndicatorTableModel", "Not written in the plan for this year: read off the path between its targets."
            )
        if column == IndicatorColumn.EXPECTED:
            return QCoreApplication.translate(
                "IndicatorTableModel",
                "Where the indicator should be today on the path from the baseline to its targets.",
            )
        if column == IndicatorColumn.NAME:
            return record.info.definition or record.info.note or record.info.name
        return None

    def search_text(self, record: IndicatorLine) -> str:
        return " ".join((record.info.name, record.info.unit, *record.info.department_names, record.plan.title))

    def data(self, index: Index, role: int = 0) -> Any:
        if index.isValid():
            column = index.column()
            if role == DECORATION and column == IndicatorColumn.RAG:
                return tone_icon(RAG_TONES[self.record(index.row()).standing.rag])
            if role == FOREGROUND and column == IndicatorColumn.YEAR_TARGET:
                return MUTED_BRUSH if self.record(index.row()).standing.year_target_derived else None
        return super().data(index, role)
