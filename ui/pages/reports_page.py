"""汇总报表, first version: per reporting period, how many task reports came in, on time or late.

The full summary reports (progress analysis, Word/Excel output) come with the reporting issue.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ipdesk.services import Services
from ui.context import AppContext
from ui.models.submission_table import SubmissionColumn, SubmissionTableModel
from ui.operations import OperationContext, Work
from ui.pages.base import Page
from ui.summaries import SubmissionCount, count_submissions
from ui.widgets import fit_columns, hint_label, make_table_view, title_label


def read_submission_counts(services: Services, context: OperationContext) -> list[SubmissionCount]:
    periods = services.periods.list()
    counts = []
    for done, period in enumerate(periods):
        context.check_cancelled()
        counts.append(count_submissions(period, services.reports.rows(period.code)))
        context.progress(done + 1, len(periods))
    return counts


class ReportsPage(Page):
    KEY = "reports"
    WATCHES = frozenset({"reporting_periods", "task_reports", "task_assignments"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = SubmissionTableModel(self)
        self.title = title_label(self)
        self.hint = hint_label(self)
        self.table = make_table_view(self.model, self)
        self.table.sortByColumn(SubmissionColumn.PERIOD, Qt.SortOrder.DescendingOrder)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        self.retranslate_ui()

    def nav_title(self) -> str:
        return self.tr("Summary reports")

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Report submissions by period"))
        self.hint.setText(
            self.tr(
                "For each reporting period: how many department-task reports were expected, how many came in, "
                "how many of them on time (by the due date) or late, and how many departments sent nothing."
            )
        )
        self.model.retranslate()

    def loader(self) -> Work[Any]:
        services = self.ctx.services
        return lambda context: read_submission_counts(services, context)

    def show_data(self, data: list[SubmissionCount]) -> None:
        self.model.set_rows(data)
        fit_columns(self.table)
