"""指标: every indicator with where it stands today (target, latest actual, completion, 序时进度, red / yellow /
green), filtered and sorted in the model; the selected one's details and trajectory chart below; targets,
values and responsible departments edited in a dialog."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ipdesk.analytics.charts import indicator_trajectory
from ipdesk.analytics.desk import indicator_standing
from ipdesk.analytics.rag import SETTINGS_KEY, Rag, RagThresholds
from ipdesk.domain.enums import Direction, PeriodKind
from ipdesk.domain.periods import Period
from ipdesk.reports.data import Scope, load_indicators
from ipdesk.services import Services
from ipdesk.services.plans import PlanInfo
from ui import formatting
from ui.app import APPLICATION, ORGANIZATION
from ui.charts.trajectory_chart import TrajectoryChart, TrajectoryInput
from ui.context import AppContext
from ui.models.indicator_table import IndicatorColumn, IndicatorLine, IndicatorTableModel
from ui.operations import OperationContext, Work
from ui.pages.base import Page
from ui.pages.indicator_dialog import IndicatorDialog, IndicatorEditData
from ui.widgets import fit_columns, make_table_view, splitter

ALL = -1
PLAN_KEY = "indicators/plan"
SPLITTER_KEY = "indicators/splitter"


@dataclass(frozen=True)
class IndicatorData:
    plans: list[PlanInfo]
    lines: list[IndicatorLine]
    today: date


def read_indicators(services: Services, context: OperationContext, today: date | None = None) -> IndicatorData:
    """Every indicator of every plan, assessed on ``today`` with the thresholds in settings."""
    today = today or date.today()
    plans = services.plans.list()
    thresholds = RagThresholds.from_setting(services.settings.get(SETTINGS_KEY))
    home = services.units.installation().unit_id
    period = Period(today.year, PeriodKind.YEAR)
    lines: list[IndicatorLine] = []
    for done, plan in enumerate(plans):
        context.check_cancelled()
        scope = Scope(period, period.default_due, today, (plan,), None, "", "", thresholds)
        for row in load_indicators(services, scope):
            standing = indicator_standing(row.spec, row.observations, today, thresholds)
            unit = plan.unit_id if plan.unit_id is not None else home
            lines.append(IndicatorLine(row.info, plan, row.observations, standing, unit))
        context.progress(done + 1, len(plans))
    return IndicatorData(plans, lines, today)


class IndicatorsPage(Page):
    KEY = "indicators"
    WATCHES = frozenset(
        {
            "indicators",
            "indicator_targets",
            "indicator_departments",
            "indicator_values",
            "plans",
            "departments",
            "installation",
            "settings",
        }
    )
    CANCELLABLE = True  # a province's data takes seconds

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._data = IndicatorData([], [], date.today())
        self.model = IndicatorTableModel(self)
        self.model.year = date.today().year
        settings = QSettings(ORGANIZATION, APPLICATION)
        self._wanted_plan = settings.value(PLAN_KEY)

        self.plan_label = QLabel(self)
        self.plan_combo = QComboBox(self)
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_combo.setMinimumContentsLength(20)
        self.plan_label.setBuddy(self.plan_combo)
        self.plan_combo.currentIndexChanged.connect(self.apply_filter)
        self.rag_label = QLabel(self)
        self.rag_combo = QComboBox(self)
        self.rag_label.setBuddy(self.rag_combo)
        self.rag_combo.currentIndexChanged.connect(self.apply_filter)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.count_label = QLabel(self)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_indicator)

        self.table = make_table_view(self.model, self)
        self.table.sortByColumn(IndicatorColumn.RAG, Qt.SortOrder.AscendingOrder)  # what lags comes first
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_indicator())
        self.detail = QTextBrowser(self)
        self.chart = TrajectoryChart(self)

        top = QHBoxLayout()
        top.addWidget(self.plan_label)
        top.addWidget(self.plan_combo, 2)
        top.addSpacing(8)
        top.addWidget(self.rag_label)
        top.addWidget(self.rag_combo)
        top.addSpacing(8)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.edit_button)

        bottom = splitter(Qt.Orientation.Horizontal, self, (self.detail, 2), (self.chart, 3))
        self.splitter = splitter(Qt.Orientation.Vertical, self, (self.table, 1), (bottom, 1), settings_key=SPLITTER_KEY)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.table)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.plan_label.setText(self.tr("&Plan:"))
        self.rag_label.setText(self.tr("&Standing:"))
        self.filter_edit.setPlaceholderText(self.tr("Words in a name or a department…"))
        self.edit_button.setText(self.tr("&Edit targets and values…"))
        self._fill_filters()
        self.model.retranslate()
        self._update_count()
        self._show_detail()

    # -- data -----------------------------------------------------------------------------------------

    def loader(self) -> Work[Any]:
        services = self.ctx.services
        return lambda context: read_indicators(services, context)

    def loading_label(self) -> str:
        return self.tr("Assessing the indicators…")

    def show_data(self, data: IndicatorData) -> None:
        previous = self.current_line()
        self._data = data
        self.model.year = data.today.year
        self.model.set_rows(data.lines)
        self._fill_filters()
        self.apply_filter()
        if previous is not None:
            self.select_indicator(previous.id)

    def _fill_filters(self) -> None:
        plan = self.plan_combo.currentData()
        if plan is None and self._wanted_plan not in (None, ""):
            plan = int(self._wanted_plan)
        rag = self.rag_combo.currentData()
        for combo in (self.plan_combo, self.rag_combo):
            combo.blockSignals(True)
            combo.clear()
        self.plan_combo.addItem(self.tr("All plans"), ALL)
        for item in self._data.plans:
            if item.indicator_count:
                self.plan_combo.addItem(f"{item.title}（{item.years}）" if item.years else item.title, item.id)
        self.rag_combo.addItem(self.tr("All"), ALL)
        for mark in (Rag.RED, Rag.YELLOW, Rag.GREEN, Rag.NONE):
            self.rag_combo.addItem(mark.label, mark.value)
        self.plan_combo.setCurrentIndex(max(self.plan_combo.findData(plan), 0))
        self.rag_combo.setCurrentIndex(max(self.rag_combo.findData(rag), 0))
        for combo in (self.plan_combo, self.rag_combo):
            combo.blockSignals(False)

    def selected_plan_id(self) -> int | None:
        value = self.plan_combo.currentData()
        return None if value in (None, ALL) else int(value)

    def apply_filter(self, *_args: object) -> None:
        plan_id = self.selected_plan_id()
        rag = self.rag_combo.currentData()
        words = self.filter_edit.text().strip().casefold().split()
        model = self.model

        def keep(line: IndicatorLine) -> bool:
            if plan_id is not None and line.plan.id != plan_id:
                return False
            if rag not in (None, ALL) and line.standing.rag.value != rag:
                return False
            text = model.search_text(line).casefold()
            return all(word in text for word in words)

        self.model.set_filter(keep if plan_id is not None or rag not in (None, ALL) or words else None)
        QSettings(ORGANIZATION, APPLICATION).setValue(PLAN_KEY, "" if plan_id is None else plan_id)
        fit_columns(self.table, stretch=(IndicatorColumn.DEPARTMENTS,))
        self._update_count()
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_detail()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n indicator(s)", "", self.model.visible_count()))

    # -- selection and detail ----------------------------------------------------------------------------

    def current_line(self) -> IndicatorLine | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def current_indicator(self) -> Any:
        line = self.current_line()
        return line.info if line else None

    def select_indicator(self, indicator_id: int) -> bool:
        row = self.model.row_of_id(indicator_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        line = self.current_line()
        self.edit_button.setEnabled(line is not None)
        if line is None:
            message = self.tr("Choose an indicator to see its definition, targets and trajectory.")
            self.detail.setHtml(f"<p>{escape(message)}</p>")
            self.chart.show_single(None, message)
            return
        info, assessment = line.info, line.standing.assessment
        direction = Direction.label_of(info.direction)
        targets = formatting.join(
            self.tr("{year}: {value}").format(year=year, value=info.target_texts.get(year) or formatting.number(value))
            for year, value in sorted(info.targets.items())
        )
        rows = [
            (self.tr("Plan"), line.plan.title),
            (self.tr("Unit"), info.unit),
            (self.tr("Direction"), direction),
            (self.tr("Targets"), targets),
            (self.tr("How it stands"), assessment.explanation),
            (self.tr("Responsible departments"), formatting.join(info.department_names)),
            (self.tr("Definition"), info.definition or ""),
            (self.tr("Note"), info.note or ""),
        ]
        self.detail.setHtml(f"<h3>{escape(info.name)}</h3>{formatting.facts_table(rows)}")
        today = self._data.today
        chart = indicator_trajectory(line.standing.spec, line.observations, today)
        self.chart.show_single(
            TrajectoryInput(info.id, info.name, chart, today, line.standing.expected_today, line.standing.rag.label),
            self.tr("No targets or values to draw for this indicator."),
        )

    # -- editing --------------------------------------------------------------------------------------

    def edit_indicator(self) -> None:
        line = self.current_line()
        if line is None:
            return
        services = self.ctx.services

        def read(_context: OperationContext) -> IndicatorEditData:
            return IndicatorEditData(
                services.periods.list(), services.values.list(indicator_id=line.id), services.departments.list()
            )

        self.ctx.operations.run(
            read, parent=self, label=self.tr("Reading the indicator…"), on_success=lambda data: self._edit(line, data)
        )

    def _edit(self, line: IndicatorLine, data: IndicatorEditData) -> None:
        self.dialog = IndicatorDialog(self.ctx, line, data, self)
        self.dialog.open()
