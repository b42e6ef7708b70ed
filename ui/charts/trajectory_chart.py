"""(a) An indicator's trajectory: baseline → yearly targets (the expected path) against the reported values,
with today's expected point marked. The x axis counts year ends (2025 = 31 December 2025)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from ipdesk.analytics.charts import LineChart, decimal_year
from ipdesk.analytics.numbers import fmt_date, fmt_number
from ipdesk.analytics.trajectory import year_end
from ui.charts.base import ChartView, Hit
from ui.charts.setup import style_axis
from ui.tones import TONES, tone

HIT_PIXELS = 10


class Trajectory(Protocol):
    """What the chart needs of one indicator (the overview passes :class:`IndicatorTrajectory`, drawn lazily)."""

    @property
    def indicator_id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def chart(self) -> LineChart: ...
    @property
    def today(self) -> date: ...
    @property
    def expected_today(self) -> float | None: ...
    @property
    def rag_label(self) -> str: ...


@dataclass(frozen=True)
class TrajectoryInput:
    """One indicator's chart data and where it should be today."""

    indicator_id: int
    name: str
    chart: LineChart
    today: date
    expected_today: float | None
    rag_label: str = ""


@dataclass(frozen=True)
class TrajectoryPoint:
    indicator_id: int
    series: str
    day: date
    value: float


class TrajectoryChart(ChartView):
    indicator_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicator_label = QLabel(self)
        self.indicator_combo = QComboBox(self)
        self.indicator_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.indicator_combo.setMinimumContentsLength(16)
        self.indicator_label.setBuddy(self.indicator_combo)
        self.indicator_combo.currentIndexChanged.connect(self._chosen)
        self.controls.addWidget(self.indicator_label)
        self.controls.addWidget(self.indicator_combo, 1)
        self._inputs: list[Trajectory] = []
        self._points: list[tuple[TrajectoryPoint, str]] = []  # with the tooltip text
        self.current: Trajectory | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.indicator_label.setText(self.tr("&Indicator:"))

    def title(self) -> str:
        return self.current.name if self.current else ""

    def set_inputs(self, inputs: Sequence[Trajectory], chosen: int | None = None) -> None:
        """The indicators to choose from; ``chosen`` (an indicator id) is shown if present."""
        self._inputs = list(inputs)
        keep = chosen if chosen is not None else self.selected_indicator_id()
        self.indicator_combo.blockSignals(True)
        self.indicator_combo.clear()
        for item in self._inputs:
            text = (
                self.tr("{name} ({standing})").format(name=item.name, standing=item.rag_label)
                if item.rag_label
                else item.name
            )
            self.indicator_combo.addItem(text, item.indicator_id)
        self.indicator_combo.setCurrentIndex(max(self.indicator_combo.findData(keep), 0))
        self.indicator_combo.blockSignals(False)
        self._draw()

    def selected_indicator_id(self) -> int | None:
        value = self.indicator_combo.currentData()
        return None if value is None else int(value)

    def select_indicator(self, indicator_id: int) -> bool:
        index = self.indicator_combo.findData(indicator_id)
        if index >= 0:
            self.indicator_combo.setCurrentIndex(index)
        return index >= 0

    def _chosen(self, _index: int) -> None:
        self._draw()
        value = self.selected_indicator_id()
        if value is not None:
            self.indicator_changed.emit(value)

    def show_single(self, item: Trajectory | None, empty_message: str) -> None:
        """Without the indicator list (the Indicators page picks the indicator itself)."""
        self.indicator_label.hide()
        self.indicator_combo.hide()
        self._inputs = [item] if item else []
        self._draw(empty_message)

    def _draw(self, empty_message: str | None = None) -> None:
        self.reset()
        self._points = []
        chosen = self.selected_indicator_id()
        item = next((i for i in self._inputs if i.indicator_id == chosen), self._inputs[0] if self._inputs else None)
        self.current = item
        message = empty_message or self.tr("No indicator with targets in this choice.")
        if item is None or not any(s.points for s in item.chart.series):
            self.show_empty(
                message if item is None else self.tr("{name}: no targets or values to draw.").format(name=item.name)
            )
            return
        chart = item.chart
        unit = f" {chart.unit}" if chart.unit else ""
        years: set[int] = set()
        for series in chart.series:
            if not series.points:
                continue
            xs = [decimal_year(d) for d, _v in series.points]
            ys = [v for _d, v in series.points]
            years.update(d.year for d, _v in series.points)
            colour = tone(series.tone)
            pen = pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine if series.dashed else Qt.PenStyle.SolidLine)
            curve = self.plot.plot(
                xs,
                ys,
                pen=pen if series.line else None,
                symbol="o" if series.markers else None,
                symbolSize=8,
                symbolBrush=colour,
                symbolPen=pg.mkPen("w"),
                name=series.name,
            )
            self.legend.addItem(curve, series.name)
            for d, v in series.points:
                text = f"{series.name}\n{fmt_date(d)}: {fmt_number(v, 4)}{unit}"
                self._points.append((TrajectoryPoint(item.indicator_id, series.name, d, v), text))
        if item.expected_today is not None:
            x = decimal_year(item.today)
            line = pg.InfiniteLine(pos=x, angle=90, pen=pg.mkPen(TONES["teal"], width=1, style=Qt.PenStyle.DotLine))
            self.plot.addItem(line)
            name = self.tr("Expected today")
            marker = self.plot.plot(
                [x],
                [item.expected_today],
                pen=None,
                symbol="star",
                symbolSize=16,
                symbolBrush=TONES["teal"],
                symbolPen=pg.mkPen("w"),
                name=name,
            )
            self.legend.addItem(marker, name)
            text = f"{name}\n{fmt_date(item.today)}: {fmt_number(item.expected_today, 4)}{unit}"
            self._points.append((TrajectoryPoint(item.indicator_id, name, item.today, item.expected_today), text))
            years.add(item.today.year)
        first, last = min(years), max(years)
        # Values are dated at their period's end: a year's tick sits at its 31 December (as on the printed charts).
        ticks = [(decimal_year(year_end(y)), str(y)) for y in range(first - 1, last + 1)]
        axis = self.plot.getAxis("bottom")
        style_axis(axis, self.tr("Year end"))
        axis.setTicks([ticks])
        style_axis(self.plot.getAxis("left"))
        self.plot.setXRange(ticks[0][0] - 0.2, ticks[-1][0] + 0.25, padding=0)
        self.plot.enableAutoRange(axis="y")
        self.show_chart(
            self.tr("{name} ({unit})").format(name=chart.title, unit=chart.unit) if chart.unit else chart.title
        )

    def points(self) -> list[TrajectoryPoint]:
        return [p for p, _text in self._points]

    def hit(self, point: QPointF) -> Hit | None:
        if not self._points:
            return None
        target = self.scene_point(point)
        best: tuple[float, TrajectoryPoint, str] | None = None
        for found, text in self._points:
            scene = self.scene_point(QPointF(decimal_year(found.day), found.value))
            distance = math.hypot(scene.x() - target.x(), scene.y() - target.y())
            if distance <= HIT_PIXELS and (best is None or distance < best[0]):
                best = (distance, found, text)
        return Hit(best[1], best[2]) if best else None

    def point_position(self, found: TrajectoryPoint) -> QPointF:
        return QPointF(decimal_year(found.day), found.value)
