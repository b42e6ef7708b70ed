"""(c) Tasks by reported status (未报送 counted on its own), one coloured bar per status."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ipdesk.analytics.charts import BarChart, PieChart, Series
from ipdesk.analytics.desk import status_of_label
from ui.charts.bars import HorizontalBarsView, Segment


class StatusChart(HorizontalBarsView):
    status_clicked = Signal(object)  # a TaskStatus value, or None for 未报送

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controls.addStretch(1)
        self._pie: PieChart | None = None
        self.activated.connect(self._activated)

    def set_distribution(self, pie: PieChart) -> None:
        self._pie = pie
        chart = BarChart(
            pie.title,
            tuple(s.label for s in pie.slices),
            (Series(self.tr("Tasks"), tuple(float(s.value) for s in pie.slices), "blue"),),
            unit=self.tr("tasks"),
        )
        self.draw(chart, self.tr("No tasks in this choice."), bar_tones=[s.tone for s in pie.slices])
        self.setMinimumHeight(self.preferred_height())

    def _activated(self, key: object) -> None:
        if isinstance(key, Segment) and self._pie is not None:
            self.status_clicked.emit(status_of_label(self._pie.slices[key.category].label))
