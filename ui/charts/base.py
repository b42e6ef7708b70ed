"""What every dashboard chart shares: a plot with its legend below, exact values on hover, a click that
names what lies under the pointer, export to PNG, and a calm message when there is nothing to draw."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ipdesk.errors import IpdeskError
from ui.charts.setup import chart_font, configure, style_legend, style_title
from ui.widgets import hint_label


@dataclass(frozen=True)
class Hit:
    """What is under the pointer: a key the page understands (e.g. department and series) and its tooltip."""

    key: Any
    text: str


class ChartView(QWidget):
    """A titled chart; subclasses draw into :attr:`plot` and answer :meth:`hit` for points in view coordinates."""

    activated = Signal(object)  # Hit.key of a clicked item
    exported = Signal(str)  # the file written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        configure()
        self.controls = QHBoxLayout()
        self.controls.setContentsMargins(0, 0, 0, 0)
        self.export_button = QToolButton(self)
        self.export_button.clicked.connect(self.ask_export)
        self.canvas = pg.GraphicsLayoutWidget(self)
        self.canvas.setBackground("w")
        self.canvas.ci.setContentsMargins(4, 4, 8, 4)
        self.plot: pg.PlotItem = self.canvas.addPlot(row=0, col=0)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.showGrid(x=True, y=False, alpha=0.15)
        size = chart_font(0.95).pointSizeF()
        self.legend = pg.LegendItem(colCount=5, labelTextSize=f"{size:.1f}pt", frame=False)
        self.canvas.addItem(self.legend, row=1, col=0)
        self.empty_label = hint_label(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.canvas)
        self.stack.addWidget(self.empty_label)
        top = QHBoxLayout()
        top.addLayout(self.controls, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self._hover: Hit | None = None
        scene = self.canvas.scene()
        scene.sigMouseMoved.connect(self._moved)
        scene.sigMouseClicked.connect(self._clicked)
        self.retranslate_base()

    # -- what subclasses provide ----------------------------------------------------------------------

    def hit(self, point: QPointF) -> Hit | None:
        """The item at ``point`` (view coordinates), if any."""
        return None

    def title(self) -> str:
        return ""

    # -- shared ---------------------------------------------------------------------------------------

    def retranslate_base(self) -> None:
        self.export_button.setText(self.tr("Export PNG…"))
        self.export_button.setToolTip(self.tr("Save this chart as a picture"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_base()
        super().changeEvent(event)

    def show_empty(self, message: str) -> None:
        self.empty_label.setText(message)
        self.stack.setCurrentWidget(self.empty_label)
        self.export_button.setEnabled(False)

    def show_chart(self, title: str) -> None:
        style_title(self.plot, title)
        style_legend(self.legend)
        self.stack.setCurrentWidget(self.canvas)
        self.export_button.setEnabled(True)

    def reset(self) -> None:
        self.plot.clear()
        self.legend.clear()
        self._hover = None

    def has_chart(self) -> bool:
        return self.stack.currentWidget() is self.canvas

    def view_point(self, scene_pos: QPointF) -> QPointF:
        return self.plot.vb.mapSceneToView(scene_pos)

    def scene_point(self, view_point: QPointF) -> QPointF:
        return self.plot.vb.mapViewToScene(view_point)

    def tooltip_at(self, point: QPointF) -> str:
        found = self.hit(point)
        return found.text if found else ""

    def _inside(self, scene_pos: QPointF) -> bool:
        return self.plot.vb.sceneBoundingRect().contains(scene_pos)

    def _moved(self, scene_pos: QPointF) -> None:
        found = self.hit(self.view_point(scene_pos)) if self._inside(scene_pos) else None
        if found == self._hover:
            return
        self._hover = found
        if found is None:
            QToolTip.hideText()
            self.canvas.setCursor(Qt.CursorShape.ArrowCursor)
        else:
            QToolTip.showText(QCursor.pos(), found.text, self.canvas)
            self.canvas.setCursor(Qt.CursorShape.PointingHandCursor)

    def _clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._inside(event.scenePos()):
            return
        found = self.hit(self.view_point(event.scenePos()))
        if found is not None:
            self.activated.emit(found.key)

    def click_at(self, point: QPointF) -> Hit | None:
        """Act as if the clerk clicked ``point`` (view coordinates); tests drive charts through this."""
        found = self.hit(point)
        if found is not None:
            self.activated.emit(found.key)
        return found

    def export_png(self, path: str | Path) -> Path:
        """Write the chart (title, plot and legend) as a PNG; raises IpdeskError when it cannot be written."""
        target = Path(path)
        if target.suffix.lower() != ".png":
            target = target.with_suffix(".png")
        if not self.canvas.grab().save(str(target), "PNG"):
            raise IpdeskError(self.tr("The picture could not be written to {path}.").format(path=target))
        self.exported.emit(str(target))
        return target

    def ask_export(self) -> None:
        name = (self.title() or "chart").replace("/", "-")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), f"{name}.png", self.tr("PNG pictures (*.png)")
        )
        if path:
            try:
                self.export_png(path)
            except IpdeskError as error:
                QMessageBox.warning(self, self.tr("Export chart"), error.message)


def value_font_label(text: str) -> pg.TextItem:
    """A small value label placed at the end of a bar."""
    item = pg.TextItem(text, color="#2b2f36", anchor=(0, 0.5))
    item.setFont(chart_font(0.9))
    return item
