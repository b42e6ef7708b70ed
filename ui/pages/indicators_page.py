"""指标: every indicator with unit, category, kind, baseline, yearly targets and responsible departments."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from ipdesk.domain.enums import Direction
from ipdesk.services.indicators import IndicatorInfo
from ipdesk.services.plans import PlanInfo
from ui import formatting
from ui.context import AppContext
from ui.models.indicator_table import IndicatorTableModel
from ui.operations import Work
from ui.pages.base import Page
from ui.widgets import fit_columns, make_table_view

ALL_PLANS = -1


@dataclass(frozen=True)
class IndicatorData:
    plans: list[PlanInfo]
    indicators: list[IndicatorInfo]


class IndicatorsPage(Page):
    KEY = "indicators"
    WATCHES = frozenset({"indicators", "indicator_targets", "indicator_departments", "plans", "departments"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._data = IndicatorData([], [])
        self.model = IndicatorTableModel(self)

        self.plan_label = QLabel(self)
        self.plan_combo = QComboBox(self)
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_combo.setMinimumContentsLength(24)
        self.plan_label.setBuddy(self.plan_combo)
        self.plan_combo.currentIndexChanged.connect(self._apply_filter)
        self.count_label = QLabel(self)

        self.table = make_table_view(self.model, self)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail = QTextBrowser(self)

        top = QHBoxLayout()
        top.addWidget(self.plan_label)
        top.addWidget(self.plan_combo, 1)
        top.addStretch(0)
        top.addWidget(self.count_label)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.table)
        self.retranslate_ui()

    def nav_title(self) -> str:
        return self.tr("Indicators")

    def retranslate_ui(self) -> None:
        self.plan_label.setText(self.tr("&Plan:"))
        self._fill_plans()
        self.model.retranslate()
        self._update_count()
        self._show_detail()

    # -- data -----------------------------------------------------------------------------------------

    def loader(self) -> Work[Any]:
        services = self.ctx.services
        return lambda _context: IndicatorData(services.plans.list(), services.indicators.list())

    def show_data(self, data: IndicatorData) -> None:
        self._data = data
        self._fill_plans()
        self._apply_filter()

    def _fill_plans(self) -> None:
        current = self.plan_combo.currentData()
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        self.plan_combo.addItem(self.tr("All plans"), ALL_PLANS)
        for plan in self._data.plans:
            if plan.indicator_count:
                self.plan_combo.addItem(f"{plan.title}（{plan.years}）" if plan.years else plan.title, plan.id)
        index = self.plan_combo.findData(current) if current is not None else 0
        self.plan_combo.setCurrentIndex(max(index, 0))
        self.plan_combo.blockSignals(False)

    def selected_plan_id(self) -> int | None:
        value = self.plan_combo.currentData()
        return None if value in (None, ALL_PLANS) else int(value)

    def _apply_filter(self) -> None:
        plan_id = self.selected_plan_id()
        rows = [i for i in self._data.indicators if plan_id is None or i.plan_id == plan_id]
        self.model.set_rows(rows)
        fit_columns(self.table, stretch=())
        self._update_count()
        if rows:
            self.table.selectRow(0)
        self._show_detail()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n indicator(s)", "", self.model.rowCount()))

    # -- detail ---------------------------------------------------------------------------------------

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail()

    def current_indicator(self) -> IndicatorInfo | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _show_detail(self) -> None:
        indicator = self.current_indicator()
        if indicator is None:
            message = self.tr("Choose an indicator to see its definition and notes.")
            self.detail.setHtml(f"<p>{escape(message)}</p>")
            return
        plan = next((p for p in self._data.plans if p.id == indicator.plan_id), None)
        try:
            direction = Direction(indicator.direction).label
        except ValueError:
            direction = indicator.direction
        targets = formatting.join(
            self.tr("{year}: {value}").format(
                year=year, value=indicator.target_texts.get(year) or formatting.number(value)
            )
            for year, value in sorted(indicator.targets.items())
        )
        rows = [
            (self.tr("Plan"), plan.title if plan else ""),
            (self.tr("Unit"), indicator.unit),
            (self.tr("Direction"), direction),
            (self.tr("Targets"), targets),
            (self.tr("Responsible departments"), formatting.join(indicator.department_names)),
            (self.tr("Definition"), indicator.definition or ""),
            (self.tr("Note"), indicator.note or ""),
        ]
        self.detail.setHtml(f"<h3>{escape(indicator.name)}</h3>{formatting.facts_table(rows)}")
