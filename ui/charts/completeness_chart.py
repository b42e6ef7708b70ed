"""(d) Reporting completeness of one period: per department, items in on time, late, missing and not yet due."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ipdesk.analytics.desk import SUBMISSION_SEGMENTS, completeness_by_department
from ipdesk.analytics.submissions import SubmissionStats
from ui.charts.bars import HorizontalBarsView, Segment


class CompletenessChart(HorizontalBarsView):
    segment_clicked = Signal(int, str)  # department id, a Submission value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controls.addStretch(1)
        self._stats: list[SubmissionStats] = []
        self.activated.connect(self._activated)

    def set_stats(self, stats: Sequence[SubmissionStats], period_label: str) -> None:
        self._stats = [s for s in stats if s.expected]
        self.draw(completeness_by_department(self._stats, period_label), self.tr("Nothing is due in this period."))
        self.setMinimumHeight(self.preferred_height())

    def _activated(self, key: object) -> None:
        if isinstance(key, Segment) and key.category < len(self._stats):
            state = SUBMISSION_SEGMENTS[key.series]
            self.segment_clicked.emit(self._stats[key.category].department_id, state.value)
