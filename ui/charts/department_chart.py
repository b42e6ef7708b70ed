"""(b) Task progress by department: stacked bars (done, on schedule, to watch, behind, not reported),
sortable so that the departments that lag can be brought to the top."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from ipdesk.analytics.charts import BarChart, completion_by_department
from ipdesk.analytics.desk import BEHIND, PROGRESS_SEGMENTS, UNREPORTED
from ipdesk.analytics.scorecards import DepartmentScorecard
from ipdesk.i18n import QT_TRANSLATE_NOOP
from ui.charts.bars import HorizontalBarsView, Segment

SORTS: tuple[tuple[str, str], ...] = (
    ("behind", QT_TRANSLATE_NOOP("DepartmentChart", "Most behind first")),
    ("schedule", QT_TRANSLATE_NOOP("DepartmentChart", "Lowest on-schedule rate first")),
    ("tasks", QT_TRANSLATE_NOOP("DepartmentChart", "Most tasks first")),
    ("name", QT_TRANSLATE_NOOP("DepartmentChart", "By name")),
)


def reorder(chart: BarChart, order: Sequence[int]) -> BarChart:
    """The same chart with its categories (and every series' values) in ``order``."""
    return replace(
        chart,
        categories=tuple(chart.categories[i] for i in order),
        series=tuple(replace(s, values=tuple(s.values[i] for i in order)) for s in chart.series),
    )


class DepartmentChart(HorizontalBarsView):
    segment_clicked = Signal(int, str)  # department id, one of PROGRESS_SEGMENTS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sort_label = QLabel(self)
        self.sort_combo = QComboBox(self)
        self.sort_label.setBuddy(self.sort_combo)
        self.controls.addWidget(self.sort_label)
        self.controls.addWidget(self.sort_combo)
        self.controls.addStretch(1)
        self.sort_combo.currentIndexChanged.connect(self._redraw)
        self._cards: list[DepartmentScorecard] = []
        self._shown: list[DepartmentScorecard] = []
        self.activated.connect(self._activated)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.sort_label.setText(self.tr("&Sort:"))
        current = self.sort_key()
        self.sort_combo.blockSignals(True)
        self.sort_combo.clear()
        for key, label in SORTS:
            self.sort_combo.addItem(self.tr(label), key)
        self.sort_combo.setCurrentIndex(max(self.sort_combo.findData(current), 0))
        self.sort_combo.blockSignals(False)

    def sort_key(self) -> str:
        return self.sort_combo.currentData() or SORTS[0][0]

    def set_sort(self, key: str) -> None:
        self.sort_combo.setCurrentIndex(max(self.sort_combo.findData(key), 0))

    def set_cards(self, cards: Sequence[DepartmentScorecard]) -> None:
        self._cards = [c for c in cards if c.tasks]
        self._redraw()

    def shown_cards(self) -> list[DepartmentScorecard]:
        return list(self._shown)

    def _redraw(self, *_args: object) -> None:
        chart = completion_by_department(self._cards)
        behind = chart.series[PROGRESS_SEGMENTS.index(BEHIND)].values
        missing = chart.series[PROGRESS_SEGMENTS.index(UNREPORTED)].values
        cards = self._cards
        rows = range(len(cards))
        key = self.sort_key()
        if key == "behind":
            order = sorted(rows, key=lambda i: (-behind[i], -missing[i], cards[i].department_name))
        elif key == "schedule":
            order = sorted(rows, key=lambda i: (cards[i].task_rate is None, cards[i].task_rate or 0.0, -cards[i].tasks))
        elif key == "tasks":
            order = sorted(rows, key=lambda i: (-cards[i].tasks, cards[i].department_name))
        else:
            order = sorted(rows, key=lambda i: cards[i].department_name)
        self._shown = [cards[i] for i in order]
        self.draw(reorder(chart, order), self.tr("No department has tasks in this choice."))
        self.setMinimumHeight(self.preferred_height())

    def _activated(self, key: object) -> None:
        if isinstance(key, Segment) and key.category < len(self._shown):
            self.segment_clicked.emit(self._shown[key.category].department_id, PROGRESS_SEGMENTS[key.series])
