"""汇总报表: print, preview and export the summary sheets; below, how each period's reports came in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from ipdesk.analytics.desk import SubmissionCount, count_submissions
from ipdesk.reports.data import home_plans
from ipdesk.services import Services
from ui.context import AppContext
from ui.dialogs.report_dialogs import ReportPanel
from ui.models.submission_table import SubmissionColumn, SubmissionTableModel
from ui.operations import OperationContext, Work
from ui.pages.base import Page
from ui.widgets import fit_columns, hint_label, make_table_view, title_label


def read_submission_counts(services: Services, context: OperationContext) -> list[SubmissionCount]:
    """Per period, the reports on this office's plans; periods of a kind nobody reports in (the yearly
    periods that only carry indicator values) are left out."""
    plan_ids = {plan.id for plan in home_plans(services)}
    periods = services.periods.list()
    per_period = []
    for done, period in enumerate(periods):
        context.check_cancelled()
        rows = [row for row in services.reports.rows(period.code) if row.plan_id in plan_ids]
        per_period.append((period, rows))
        context.progress(done + 1, len(periods))
    reported_kinds = {period.kind for period, rows in per_period if any(r.report_id for r in rows)} or {"quarter"}
    return [count_submissions(period, rows) for period, rows in per_period if period.kind in reported_kinds]


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
        self.sheets_box = QGroupBox(self)
        self.panel = ReportPanel(ctx, self.sheets_box)
        QVBoxLayout(self.sheets_box).addWidget(self.panel)
        self.submissions_box = QGroupBox(self)
        box_layout = QVBoxLayout(self.submissions_box)
        box_layout.addWidget(self.hint)
        box_layout.addWidget(self.table, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.sheets_box)
        layout.addWidget(self.submissions_box, 1)
        self.setFocusProxy(self.panel)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Summary reports"))
        self.sheets_box.setTitle(self.tr("Print and export summary sheets"))
        self.submissions_box.setTitle(self.tr("Report submissions by period"))
        self.panel.retranslate_ui()
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
        self.panel.reload_choices()
        fit_columns(self.table)
