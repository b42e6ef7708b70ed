"""Drawing the chart data of :mod:`ipdesk.analytics.charts` with QPainter, for paper.

The dashboard plots the same data with pyqtgraph; here the look is plain and print-friendly: thin axes,
light grid lines, muted colours that still differ when photocopied, values written on the bars.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from ipdesk.analytics.charts import BarChart, Chart, LineChart, PieChart, decimal_year
from ipdesk.analytics.numbers import fmt_number
from ipdesk.i18n import translate
from ipdesk.reports.fonts import FontChoice, make_font

PALETTE = {
    "green": QColor("#5a9e4b"),
    "yellow": QColor("#e3b23c"),
    "red": QColor("#c4473d"),
    "grey": QColor("#a6a6a6"),
    "blue": QColor("#3d6fb0"),
    "teal": QColor("#2e9a93"),
    "orange": QColor("#e07b24"),
}
AXIS = QColor("#555555")
GRID = QColor("#dddddd")


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering [low, high] (0 included when the data are all positive)."""
    if high <= low:
        high = low + 1
    raw = (high - low) / max(count, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = math.floor(low / step) * step
    ticks = []
    value = start
    while value < high + step * 0.999:
        ticks.append(round(value, 10))
        value += step
    return ticks


class ChartPainter:
    """Draws one chart into a rectangle; sizes are given in points and scaled to the device."""

    def __init__(self, painter: QPainter, dpi: float, fonts: FontChoice, record: list[str] | None = None) -> None:
        self.p = painter
        self.record = record
        self.scale = dpi / 72
        self.text_font = make_font(fonts.table, 7.5)
        self.title_font = make_font(fonts.heading, 9.5, bold=True)
        device = painter.device()
        self.text_metrics = QFontMetricsF(self.text_font, device)
        self.title_metrics = QFontMetricsF(self.title_font, device)

    def pt(self, points: float) -> float:
        return points * self.scale

    def draw(self, chart: Chart, rect: QRectF) -> None:
        self.p.save()
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.p.setPen(QPen(QColor("#bbbbbb"), self.pt(0.5)))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawRect(rect)
        inner = rect.adjusted(self.pt(6), self.pt(5), -self.pt(6), -self.pt(5))
        title_h = self._title(chart.title, inner)
        body = inner.adjusted(0, title_h + self.pt(3), 0, 0)
        if isinstance(chart, BarChart):
            self._bar(chart, body)
        elif isinstance(chart, LineChart):
            self._line(chart, body)
        elif isinstance(chart, PieChart):
            self._pie(chart, body)
        self.p.restore()

    # -- pieces ------------------------------------------------------------------------------------------

    def _title(self, text: str, rect: QRectF) -> float:
        self.p.setFont(self.title_font)
        self.p.setPen(QColor("#000000"))
        flags = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)
        height = self.title_metrics.boundingRect(QRectF(0, 0, rect.width(), 1e9), flags, text).height()
        self.p.drawText(QRectF(rect.left(), rect.top(), rect.width(), height), flags, text)
        self._record(text)
        return height

    def _record(self, text: str) -> None:
        if self.record is not None:
            self.record.append(text)

    def _text(self, rect: QRectF, flags: int, text: str, color: QColor | None = None) -> None:
        self.p.setFont(self.text_font)
        self.p.setPen(color or AXIS)
        self.p.drawText(rect, flags, text)
        self._record(text)

    def _legend(self, entries: list[tuple[str, QColor, str]], rect: QRectF) -> float:
        """Swatches and names along the bottom of ``rect``; returns the height used."""
        if not entries:
            return 0.0
        line_h = self.text_metrics.height()
        swatch = self.pt(7)
        gap = self.pt(8)
        widths = [swatch + self.pt(3) + self.text_metrics.horizontalAdvance(name) for name, _c, _s in entries]
        rows: list[list[int]] = [[]]
        used = 0.0
        for index, w in enumerate(widths):
            if rows[-1] and used + gap + w > rect.width():
                rows.append([])
                used = 0.0
            rows[-1].append(index)
            used += (gap if used else 0) + w
        height = len(rows) * (line_h + self.pt(2))
        y = rect.bottom() - height
        for row in rows:
            total = sum(widths[i] for i in row) + gap * (len(row) - 1)
            x = rect.left() + (rect.width() - total) / 2
            for i in row:
                name, color, style = entries[i]
                mid = y + line_h / 2
                if style == "line":
                    self.p.setPen(QPen(color, self.pt(1.2)))
                    self.p.drawLine(QPointF(x, mid), QPointF(x + swatch, mid))
                elif style == "dashed":
                    pen = QPen(color, self.pt(1.2))
                    pen.setStyle(Qt.PenStyle.DashLine)
                    self.p.setPen(pen)
                    self.p.drawLine(QPointF(x, mid), QPointF(x + swatch, mid))
                elif style == "marker":
                    self._marker(QPointF(x + swatch / 2, mid), color, diamond=True)
                else:
                    self.p.setPen(Qt.PenStyle.NoPen)
                    self.p.setBrush(QBrush(color))
                    self.p.drawRect(QRectF(x, mid - swatch / 2, swatch, swatch))
                label = QRectF(x + swatch + self.pt(3), y, widths[i] - swatch - self.pt(3), line_h)
                self._text(label, int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignVCenter), name)
                x += widths[i] + gap
            y += line_h + self.pt(2)
        return height + self.pt(3)

    def _marker(self, at: QPointF, color: QColor, diamond: bool = False) -> None:
        r = self.pt(2.2)
        self.p.setPen(QPen(QColor("#ffffff"), self.pt(0.4)))
        self.p.setBrush(QBrush(color))
        if diamond:
            path = QPainterPath()
            path.moveTo(at.x(), at.y() - r * 1.3)
            path.lineTo(at.x() + r * 1.3, at.y())
            path.lineTo(at.x(), at.y() + r * 1.3)
            path.lineTo(at.x() - r * 1.3, at.y())
            path.closeSubpath()
            self.p.drawPath(path)
        else:
            self.p.drawEllipse(at, r, r)

    def _empty(self, rect: QRectF) -> None:
        self._text(rect, int(Qt.AlignmentFlag.AlignCenter), translate("Reports", "No data"))  # zh: 暂无数据

    def _value_axis(self, ticks: list[float], plot: QRectF, horizontal: bool, unit: str) -> None:
        low, high = ticks[0], ticks[-1]
        self.p.setPen(QPen(GRID, self.pt(0.4)))
        for tick in ticks:
            share = (tick - low) / (high - low)
            label = fmt_number(tick, 2)
            if horizontal:
                x = plot.left() + share * plot.width()
                self.p.setPen(QPen(GRID, self.pt(0.4)))
                self.p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
                rect = QRectF(x - self.pt(20), plot.bottom() + self.pt(1), self.pt(40), self.text_metrics.height())
                self._text(rect, int(Qt.AlignmentFlag.AlignHCenter), label)
            else:
                y = plot.bottom() - share * plot.height()
                self.p.setPen(QPen(GRID, self.pt(0.4)))
                self.p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
                h = self.text_metrics.height()
                rect = QRectF(plot.left() - self.pt(42), y - h / 2, self.pt(39), h)
                self._text(rect, int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignVCenter), label)
        if unit and not horizontal:
            h = self.text_metrics.height()
            rect = QRectF(plot.left() - self.pt(42), plot.top() - h - self.pt(2), self.pt(80), h)
            self._text(rect, int(Qt.AlignmentFlag.AlignLeft), unit)
        self.p.setPen(QPen(AXIS, self.pt(0.6)))
        self.p.drawLine(plot.bottomLeft(), plot.bottomRight())
        self.p.drawLine(plot.bottomLeft(), plot.topLeft())

    # -- bar charts --------------------------------------------------------------------------------------

    def _bar(self, chart: BarChart, rect: QRectF) -> None:
        if not chart.categories or not chart.series:
            self._empty(rect)
            return
        legend = [(s.name, PALETTE.get(s.tone, PALETTE["grey"]), "box") for s in chart.series]
        body = rect.adjusted(0, 0, 0, -self._legend(legend, rect))
        count = len(chart.categories)
        if chart.stacked:
            totals = [sum(s.values[i] for s in chart.series) for i in range(count)]
        else:
            totals = [max(s.values[i] for s in chart.series) for i in range(count)]
        ticks = nice_ticks(0.0, max(max(totals), 1.0))
        if chart.horizontal:
            self._horizontal_bars(chart, body, ticks, totals)
        else:
            self._vertical_bars(chart, body, ticks, totals)

    def _vertical_bars(self, chart: BarChart, body: QRectF, ticks: list[float], totals: list[float]) -> None:
        line_h = self.text_metrics.height()
        plot = body.adjusted(self.pt(44), line_h + self.pt(2), -self.pt(2), -(line_h * 2 + self.pt(4)))
        self._value_axis(ticks, plot, False, chart.unit)
        count = len(chart.categories)
        slot = plot.width() / count
        groups = 1 if chart.stacked else len(chart.series)
        bar_w = min(slot * 0.7 / groups, self.pt(28))
        top = ticks[-1]
        for i, category in enumerate(chart.categories):
            center = plot.left() + slot * (i + 0.5)
            base = 0.0
            for j, series in enumerate(chart.series):
                value = series.values[i]
                if value <= 0:
                    continue
                x = center - bar_w * groups / 2 + (0 if chart.stacked else j * bar_w)
                y0 = plot.bottom() - (base / top) * plot.height()
                y1 = plot.bottom() - ((base + value) / top) * plot.height()
                self.p.setPen(Qt.PenStyle.NoPen)
                self.p.setBrush(QBrush(PALETTE.get(series.tone, PALETTE["grey"])))
                self.p.drawRect(QRectF(x, y1, bar_w, y0 - y1))
                if y0 - y1 >= line_h:
                    self._text(
                        QRectF(x, y1, bar_w, y0 - y1),
                        int(Qt.AlignmentFlag.AlignCenter),
                        fmt_number(value),
                        QColor("#ffffff"),
                    )
                if chart.stacked:
                    base += value
            total_rect = QRectF(
                center - slot / 2, plot.bottom() - totals[i] / top * plot.height() - line_h, slot, line_h
            )
            self._text(
                total_rect,
                int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.AlignmentFlag.AlignBottom),
                fmt_number(totals[i]),
            )
            label_rect = QRectF(center - slot / 2, plot.bottom() + self.pt(2), slot, line_h * 2)
            flags = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
            self._text(label_rect, flags, category)

    def _horizontal_bars(self, chart: BarChart, body: QRectF, ticks: list[float], totals: list[float]) -> None:
        line_h = self.text_metrics.height()
        label_w = min(
            max(self.text_metrics.horizontalAdvance(c) for c in chart.categories) + self.pt(4), body.width() * 0.3
        )
        plot = body.adjusted(label_w, 0, -self.pt(16), -(line_h + self.pt(3)))
        self._value_axis(ticks, plot, True, chart.unit)
        count = len(chart.categories)
        slot = plot.height() / count
        bar_h = min(slot * 0.72, self.pt(14))
        top = ticks[-1]
        for i, category in enumerate(chart.categories):
            center = plot.top() + slot * (i + 0.5)
            name_rect = QRectF(body.left(), center - slot / 2, label_w - self.pt(4), slot)
            flags = int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignVCenter)
            self._text(
                name_rect, flags, self.text_metrics.elidedText(category, Qt.TextElideMode.ElideRight, name_rect.width())
            )
            base = 0.0
            for series in chart.series:
                value = series.values[i]
                if value <= 0:
                    continue
                x0 = plot.left() + base / top * plot.width()
                x1 = plot.left() + (base + value) / top * plot.width()
                self.p.setPen(Qt.PenStyle.NoPen)
                self.p.setBrush(QBrush(PALETTE.get(series.tone, PALETTE["grey"])))
                self.p.drawRect(QRectF(x0, center - bar_h / 2, x1 - x0, bar_h))
                label = fmt_number(value)
                if x1 - x0 >= self.text_metrics.horizontalAdvance(label) + self.pt(2) and bar_h >= line_h * 0.8:
                    self._text(
                        QRectF(x0, center - bar_h / 2, x1 - x0, bar_h),
                        int(Qt.AlignmentFlag.AlignCenter),
                        label,
                        QColor("#ffffff"),
                    )
                base += value if chart.stacked else 0
            end = plot.left() + totals[i] / top * plot.width()
            self._text(
                QRectF(end + self.pt(2), center - line_h / 2, self.pt(30), line_h),
                int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignVCenter),
                fmt_number(totals[i]),
            )

    # -- line charts -------------------------------------------------------------------------------------

    def _line(self, chart: LineChart, rect: QRectF) -> None:
        points = [pt for s in chart.series for pt in s.points]
        if not points:
            self._empty(rect)
            return
        styles = {True: "dashed", False: "line"}
        legend = [
            (s.name, PALETTE.get(s.tone, PALETTE["grey"]), styles[s.dashed] if s.line else "marker")
            for s in chart.series
            if s.points
        ]
        body = rect.adjusted(0, 0, 0, -self._legend(legend, rect))
        line_h = self.text_metrics.height()
        plot = body.adjusted(self.pt(44), line_h + self.pt(2), -self.pt(8), -(line_h + self.pt(4)))
        values = [v for _d, v in points]
        low, high = min(values), max(values)
        if low > 0 and low > (high - low):
            low = low - (high - low) * 0.5  # zoom in on a slowly moving level, keep 0 out of the way
        ticks = nice_ticks(min(low, 0.0) if low <= 0 else low, high if high > low else low + 1)
        self._value_axis(ticks, plot, False, chart.unit)
        first_year = min(d.year for d, _v in points)
        last_year = max(d.year for d, _v in points)
        positions = [decimal_year(d) for d, _v in points]
        x_low, x_high = min(positions) - 0.3, max(positions) + 0.3

        def to_point(day: date, value: float) -> QPointF:
            x = plot.left() + (decimal_year(day) - x_low) / (x_high - x_low) * plot.width()
            y = plot.bottom() - (value - ticks[0]) / (ticks[-1] - ticks[0]) * plot.height()
            return QPointF(x, y)

        years = range(first_year, last_year + 1)
        step = max(1, math.ceil(len(years) / 8))
        for year in years[::step]:
            x = to_point(date(year, 12, 31), ticks[0]).x()
            self.p.setPen(QPen(AXIS, self.pt(0.5)))
            self.p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + self.pt(2)))
            label = QRectF(x - self.pt(20), plot.bottom() + self.pt(2), self.pt(40), line_h)
            self._text(label, int(Qt.AlignmentFlag.AlignHCenter), str(year))
        for series in chart.series:
            if not series.points:
                continue
            color = PALETTE.get(series.tone, PALETTE["grey"])
            mapped = [to_point(d, v) for d, v in series.points]
            if series.line and len(mapped) > 1:
                pen = QPen(color, self.pt(1.3))
                if series.dashed:
                    pen.setStyle(Qt.PenStyle.DashLine)
                self.p.setPen(pen)
                self.p.setBrush(Qt.BrushStyle.NoBrush)
                path = QPainterPath(mapped[0])
                for point in mapped[1:]:
                    path.lineTo(point)
                self.p.drawPath(path)
            if series.markers:
                for point in mapped:
                    self._marker(point, color, diamond=not series.line)

    # -- pie charts --------------------------------------------------------------------------------------

    def _pie(self, chart: PieChart, rect: QRectF) -> None:
        total = sum(s.value for s in chart.slices)
        if total <= 0:
            self._empty(rect)
            return
        entries = [
            (
                f"{s.label} {fmt_number(s.value)}（{s.value / total * 100:.0f}%）",
                PALETTE.get(s.tone, PALETTE["grey"]),
                "box",
            )
            for s in chart.slices
        ]
        body = rect.adjusted(0, 0, 0, -self._legend(entries, rect))
        size = min(body.width(), body.height()) * 0.92
        circle = QRectF(body.center().x() - size / 2, body.center().y() - size / 2, size, size)
        start = 90 * 16
        self.p.setPen(QPen(QColor("#ffffff"), self.pt(0.8)))
        for piece in chart.slices:
            span = -round(piece.value / total * 360 * 16)
            self.p.setBrush(QBrush(PALETTE.get(piece.tone, PALETTE["grey"])))
            self.p.drawPie(circle, start, span)
            start += span
        hole = size * 0.5
        self.p.setBrush(QBrush(QColor("#ffffff")))
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.drawEllipse(circle.center(), hole / 2, hole / 2)
        self.p.setFont(self.title_font)
        self.p.setPen(QColor("#000000"))
        label = QRectF(circle.center().x() - hole / 2, circle.center().y() - hole / 2, hole, hole)
        self.p.drawText(label, int(Qt.AlignmentFlag.AlignCenter), fmt_number(total))
        self._record(fmt_number(total))
