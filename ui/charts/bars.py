"""Horizontal bars, stacked by series, for the analytics' :class:`~ipdesk.analytics.charts.BarChart`.

Categories run top to bottom in the order given (the page sorts them); each bar ends with its total, and
hovering a segment gives its exact value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QWidget

from ipdesk.analytics.charts import BarChart
from ipdesk.analytics.numbers import fmt_number
from ui.charts.base import ChartView, Hit, value_font_label
from ui.charts.setup import style_axis
from ui.tones import tone

BAR_HEIGHT = 0.62


def count_step(largest: float, ticks: int = 8) -> float:
    """A whole-number tick step (1, 2, 5, 10, 20 …) giving at most ``ticks`` ticks up to ``largest``."""
    step = 1.0
    while largest / step > ticks:
        for factor in (2, 2.5, 2):
            step *= factor
            if largest / step <= ticks:
                break
    return step


@dataclass(frozen=True)
class Segment:
    category: int
    series: int


class HorizontalBarsView(ChartView):
    """Draws one :class:`BarChart`; a click emits :class:`Segment` (category index, series index)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot.invertY(True)
        self.plot.showGrid(x=True, y=False, alpha=0.15)
        self.chart: BarChart | None = None
        self._totals: np.ndarray = np.zeros(0)

    def title(self) -> str:
        return self.chart.title if self.chart else ""

    def draw(self, chart: BarChart, empty_message: str, bar_tones: Sequence[str] | None = None) -> None:
        """Draw ``chart``; ``bar_tones`` colours each bar of a one-series chart on its own."""
        self.reset()
        self.chart = chart
        if not chart.categories or not any(any(s.values) for s in chart.series):
            self._totals = np.zeros(0)
            self.show_empty(empty_message)
            return
        count = len(chart.categories)
        positions = np.arange(count, dtype=float)
        left = np.zeros(count)
        for index, series in enumerate(chart.series):
            widths = np.asarray(series.values, dtype=float)
            if bar_tones is not None and index == 0:
                brushes = [pg.mkBrush(tone(name)) for name in bar_tones]
                item = pg.BarGraphItem(x0=left, y=positions, width=widths, height=BAR_HEIGHT, brushes=brushes, pen=None)
            else:
                item = pg.BarGraphItem(
                    x0=left, y=positions, width=widths, height=BAR_HEIGHT, brush=tone(series.tone), pen=None
                )
            self.plot.addItem(item)
            if bar_tones is None:
                self.legend.addItem(item, series.name)
            left = left + widths
        self._totals = left
        longest = float(left.max()) if count else 1.0
        for row, total in enumerate(left):
            label = value_font_label(fmt_number(total))
            label.setPos(total + longest * 0.01, row)
            self.plot.addItem(label)
        style_axis(self.plot.getAxis("left"))
        self.plot.getAxis("left").setTicks([[(i, name) for i, name in enumerate(chart.categories)]])
        bottom = self.plot.getAxis("bottom")
        style_axis(bottom, chart.unit)
        step = count_step(longest)
        bottom.setTickSpacing(step, step)
        self.plot.setXRange(0, max(longest * 1.12, 1.0), padding=0)
        self.plot.setYRange(-0.6, count - 0.4, padding=0)
        self.legend.setVisible(bar_tones is None)
        self.show_chart(chart.title)

    def preferred_height(self) -> int:
        """Tall enough for every category to have a readable row (the dashboard scrolls)."""
        count = len(self.chart.categories) if self.chart else 0
        line = self.fontMetrics().lineSpacing()
        return max(line * 16, int(count * line * 1.9) + line * 8)

    def hit(self, point: QPointF) -> Hit | None:
        chart = self.chart
        if chart is None or not len(self._totals):
            return None
        row = round(point.y())
        if not 0 <= row < len(chart.categories) or abs(point.y() - row) > BAR_HEIGHT / 2:
            return None
        start = 0.0
        for index, series in enumerate(chart.series):
            width = series.values[row]
            if width and start <= point.x() <= start + width:
                return Hit(Segment(row, index), self.describe(row, index))
            start += width
        return None

    def describe(self, row: int, series: int) -> str:
        chart = self.chart
        assert chart is not None
        name = chart.series[series].name
        value = fmt_number(chart.series[series].values[row])
        unit = f" {chart.unit}" if chart.unit else ""
        lines = [chart.categories[row], f"{name}: {value}{unit}"]
        if len(chart.series) > 1:
            lines.append(self.tr("Total: {total}{unit}").format(total=fmt_number(self._totals[row]), unit=unit))
        return "\n".join(lines)

    def point_of(self, row: int, series: int) -> QPointF:
        """The middle of a segment in view coordinates (for tests and keyboard use)."""
        assert self.chart is not None
        start = sum(self.chart.series[i].values[row] for i in range(series))
        return QPointF(start + self.chart.series[series].values[row] / 2, row)
