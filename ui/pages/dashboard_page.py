"""总览: at a glance, what lags and who is late — four charts over one plan (or the office's plans), one
period and optionally one department. Every figure comes from the analytics; a click on a bar or a point
lists the items behind it, and each chart exports to PNG."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ipdesk.analytics.charts import status_distribution_of
from ipdesk.analytics.desk import PROGRESS_SEGMENTS, SUBMISSION_SEGMENTS, progress_segment
from ipdesk.analytics.inputs import CHRONOLOGICAL
from ipdesk.analytics.numbers import fmt_date, fmt_number
from ipdesk.analytics.submissions import Submission, classify
from ipdesk.analytics.tasks import ProgressAssessment
from ipdesk.analytics.trajectory import expected_value
from ipdesk.domain.enums import Role
from ipdesk.reports.overview import OverviewData, OverviewRequest, read_overview
from ui import formatting
from ui.context import AppContext
from ui.models.report_history import period_label
from ui.operations import Work
from ui.pages.base import Page
from ui.pages.items_dialog import ItemsDialog

if TYPE_CHECKING:  # the chart modules (and pyqtgraph with them) load while the first overview is read
    from ui.charts.base import ChartView
    from ui.charts.completeness_chart import CompletenessChart
    from ui.charts.department_chart import DepartmentChart
    from ui.charts.status_chart import StatusChart
    from ui.charts.trajectory_chart import TrajectoryChart

HOME_PLANS = -1
ALL_DEPARTMENTS = -1
SETTINGS = "dashboard/"


def _percent(value: float | None) -> str:
    return "" if value is None else f"{fmt_number(value, 1)}%"


class DashboardPage(Page):
    KEY = "dashboard"
    WATCHES = frozenset(
        {
            "plans",
            "tasks",
            "task_assignments",
            "task_reports",
            "reporting_periods",
            "indicators",
            "indicator_targets",
            "indicator_values",
            "departments",
            "installation",
            "settings",
        }
    )
    CANCELLABLE = True  # a province's data takes seconds

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._wanted: dict[str, Any] = {
            key: ctx.recall(SETTINGS + key) for key in ("plan", "period", "department", "indicator", "sort")
        }
        self._token = 0
        self._data: OverviewData | None = None
        self.dialogs: list[ItemsDialog] = []

        self.plan_label = QLabel(self)
        self.plan_combo = QComboBox(self)
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_combo.setMinimumContentsLength(12)
        self.period_label = QLabel(self)
        self.period_combo = QComboBox(self)
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.department_label = QLabel(self)
        self.department_combo = QComboBox(self)
        self.department_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.department_combo.setMinimumContentsLength(10)
        for label, combo in (
            (self.plan_label, self.plan_combo),
            (self.period_label, self.period_combo),
            (self.department_label, self.department_combo),
        ):
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(self._filters_changed)
        self.as_of_label = QLabel(self)
        self.as_of_label.setWordWrap(True)

        self._charts_made = False
        self.trajectory: TrajectoryChart
        self.status: StatusChart
        self.departments: DepartmentChart
        self.completeness: CompletenessChart

        filters = QHBoxLayout()
        for label, combo, stretch in (
            (self.plan_label, self.plan_combo, 3),
            (self.period_label, self.period_combo, 0),
            (self.department_label, self.department_combo, 2),
        ):
            filters.addWidget(label)
            filters.addWidget(combo, stretch)
            filters.addSpacing(8)
        filters.addWidget(self.as_of_label, 2)

        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        self.frames = [self._framed(grid_host) for _ in range(4)]
        grid.addWidget(self.frames[0], 0, 0)
        grid.addWidget(self.frames[1], 0, 1)
        grid.addWidget(self.frames[2], 1, 0)
        grid.addWidget(self.frames[3], 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        line = self.fontMetrics().lineSpacing()
        for frame in self.frames[:2]:
            frame.setMinimumHeight(line * 19)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(grid_host)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.scroll, 1)
        self.setFocusProxy(self.plan_combo)
        self.retranslate_ui()

    def _make_charts(self) -> None:
        if self._charts_made:
            return
        self._charts_made = True
        from ui.charts.completeness_chart import CompletenessChart
        from ui.charts.department_chart import DepartmentChart
        from ui.charts.status_chart import StatusChart
        from ui.charts.trajectory_chart import TrajectoryChart

        self.trajectory = TrajectoryChart(self)
        self.status = StatusChart(self)
        self.departments = DepartmentChart(self)
        self.completeness = CompletenessChart(self)
        if self._wanted["sort"]:
            self.departments.set_sort(str(self._wanted["sort"]))
        self.trajectory.activated.connect(self._trajectory_clicked)
        self.trajectory.indicator_changed.connect(lambda value: self._remember("indicator", value))
        self.status.status_clicked.connect(self._status_clicked)
        self.departments.segment_clicked.connect(self._department_clicked)
        self.departments.sort_combo.currentIndexChanged.connect(
            lambda _i: self._remember("sort", self.departments.sort_key())
        )
        self.completeness.segment_clicked.connect(self._completeness_clicked)

        for frame, chart in zip(self.frames, self.charts(), strict=True):
            frame.layout().addWidget(chart)
        self.trajectory.retranslate_ui()
        self.departments.retranslate_ui()

    @staticmethod
    def _framed(parent: QWidget) -> QFrame:
        frame = QFrame(parent)
        frame.setObjectName("chartFrame")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet("#chartFrame { background: white; border: 1px solid #d5d9de; border-radius: 4px; }")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(8, 6, 8, 6)
        return frame

    def charts(self) -> list[ChartView]:
        return [self.trajectory, self.status, self.departments, self.completeness]

    def retranslate_ui(self) -> None:
        self.plan_label.setText(self.tr("&Plan:"))
        self.period_label.setText(self.tr("P&eriod:"))
        self.department_label.setText(self.tr("&Department:"))
        if self._charts_made:
            self.trajectory.retranslate_ui()
            self.departments.retranslate_ui()
        self._fill_filters()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self._data is not None:
            self._stale = True  # chart titles and legends come translated with the data
            if self.isVisible():
                self.reload()

    # -- loading --------------------------------------------------------------------------------------

    def request(self) -> OverviewRequest:
        def wanted_int(key: str) -> int | None:
            value = self._wanted.get(key)
            return None if value in (None, "", HOME_PLANS, ALL_DEPARTMENTS, str(HOME_PLANS)) else int(value)

        return OverviewRequest(
            self._token,
            wanted_int("plan"),
            self._wanted.get("period") or None,
            wanted_int("department"),
            date.today(),
        )

    def loader(self) -> Work[OverviewData]:
        self._token += 1
        request = self.request()
        services = self.ctx.services
        return lambda context: read_overview(services, request, context.as_progress())

    def loading_label(self) -> str:
        return self.tr("Preparing the overview…")

    def load_queued(self) -> None:
        self._make_charts()  # while the worker reads: pyqtgraph's import overlaps the SQL

    def show_data(self, data: OverviewData) -> None:
        if data.request.token != self._token:
            return
        self._make_charts()
        self._data = data
        self._wanted["period"] = data.period.code if data.period else None
        self._fill_filters()
        self._show_charts()

    def _show_charts(self) -> None:
        data = self._data
        if data is None:
            return
        if data.scope is None or data.counts is None:
            message = data.problem or self.tr("Open a reporting period to see the overview.")
            for chart in self.charts():
                chart.show_empty(message)
            self.as_of_label.setText("")
            return
        scope = data.scope
        self.as_of_label.setText(
            self.tr("Judged on {date}; reports due {due}.").format(
                date=formatting.day(scope.as_of), due=formatting.day(scope.due_date)
            )
        )
        wanted = self._wanted.get("indicator")
        self.trajectory.set_inputs(data.trajectories, int(wanted) if wanted not in (None, "") else None)
        self.status.set_distribution(status_distribution_of(data.counts.by_status))
        self.departments.set_cards(data.cards)
        self.completeness.set_stats(data.submissions, scope.period.label)
        tall = max(self.departments.preferred_height(), self.completeness.preferred_height())
        for frame in self.frames[2:]:
            frame.setMinimumHeight(tall)

    # -- filters --------------------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        data = self._data
        for combo in (self.plan_combo, self.period_combo, self.department_combo):
            combo.blockSignals(True)
            combo.clear()
        self.plan_combo.addItem(self.tr("This office's plans"), HOME_PLANS)
        self.department_combo.addItem(self.tr("All departments"), ALL_DEPARTMENTS)
        if data is not None:
            for plan in data.plans:
                self.plan_combo.addItem(f"{plan.title}（{plan.years}）" if plan.years else plan.title, plan.id)
            for period in sorted(data.periods, key=lambda p: (p.end_date, p.start_date), reverse=True):
                self.period_combo.addItem(period.label, period.code)
            labels = formatting.department_labels(data.departments)
            for department in data.departments:
                self.department_combo.addItem(labels[department.id], department.id)
        for combo, key, fallback in (
            (self.plan_combo, "plan", HOME_PLANS),
            (self.period_combo, "period", None),
            (self.department_combo, "department", ALL_DEPARTMENTS),
        ):
            value = self._wanted.get(key)
            index = combo.findData(int(value) if isinstance(value, str) and value.lstrip("-").isdigit() else value)
            combo.setCurrentIndex(index if index >= 0 else max(combo.findData(fallback), 0))
            combo.blockSignals(False)

    def _filters_changed(self, _index: int) -> None:
        for combo, key in (
            (self.plan_combo, "plan"),
            (self.period_combo, "period"),
            (self.department_combo, "department"),
        ):
            self._remember(key, combo.currentData())
        self.reload()

    def _remember(self, key: str, value: Any) -> None:
        self._wanted[key] = value
        self.ctx.remember(SETTINGS + key, value)

    def select_filters(
        self, *, plan_id: int | None = None, period: str | None = None, department_id: int | None = None
    ) -> None:
        """Choose filters as a clerk would (one reload)."""
        self._wanted.update(
            plan=HOME_PLANS if plan_id is None else plan_id,
            period=period or self._wanted.get("period"),
            department=ALL_DEPARTMENTS if department_id is None else department_id,
        )
        self._fill_filters()
        self.reload()

    # -- what a click opens ---------------------------------------------------------------------------

    def _open(self, dialog: ItemsDialog) -> None:
        self.dialogs = [d for d in self.dialogs if d.isVisible()]
        self.dialogs.append(dialog)
        dialog.show()

    def _task_rows(self, items: Sequence[ProgressAssessment]) -> list[list[str]]:
        rows = []
        for item in items:
            row = [
                formatting.numbered(item.task.number, item.task.title),
                item.department_name,
                Role.label_of(item.report.role if item.report else None),
                item.status_label,
                _percent(item.percent),
                _percent(item.expected_percent),
                fmt_date(item.task.deadline) or (item.task.deadline_text or ""),
                item.explanation,
            ]
            rows.append(row)
        return rows

    def _task_headers(self) -> list[str]:
        headers = [self.tr("Task"), self.tr("Department"), self.tr("Role")]
        return [
            *headers,
            self.tr("Status"),
            self.tr("Done"),
            self.tr("Schedule"),
            self.tr("Deadline"),
            self.tr("How it was judged"),
        ]

    def items_for_department(self, department_id: int, segment: str) -> list[ProgressAssessment]:
        assert self._data is not None and self._data.tasks is not None
        return [
            a
            for a in self._data.tasks.by_assignment
            if a.department_id == department_id and progress_segment(a) == segment
        ]

    def _when_listed(self, show: Callable[[], None]) -> None:
        """Run ``show`` once the items behind the charts are read: on a worker thread the first time, because
        a province's 50,000 assignments take seconds to judge one by one."""
        data = self._data
        if data is None:
            return
        if data.tasks_loaded:
            show()
            return

        def listed(_tasks: object) -> None:
            if self._data is data:
                show()

        self.ctx.operations.run(
            lambda _context: data.submission_items(),  # reads the tasks too: all a click can list, off the GUI thread
            parent=self,
            label=self.tr("Listing the items…"),
            on_success=listed,
        )

    def _department_clicked(self, department_id: int, segment: str) -> None:
        self._when_listed(lambda: self._show_department(department_id, segment))

    def _show_department(self, department_id: int, segment: str) -> None:
        items = self.items_for_department(department_id, segment)
        chart = self.departments.chart
        name = next((c.department_name for c in self.departments.shown_cards() if c.department_id == department_id), "")
        series = chart.series[PROGRESS_SEGMENTS.index(segment)].name if chart else segment
        title = self.tr("{department}: {segment}").format(department=name, segment=series)
        self._open(
            ItemsDialog(
                title,
                self._task_headers(),
                self._task_rows(items),
                stretch=0,
                parent=self,
            )
        )

    def items_for_status(self, status: str | None) -> list[ProgressAssessment]:
        assert self._data is not None and self._data.tasks is not None and self._data.scope is not None
        source = self._data.tasks.by_assignment if self._data.scope.department else self._data.tasks.by_task
        return [a for a in source if a.status == status]

    def _status_clicked(self, status: str | None) -> None:
        self._when_listed(lambda: self._show_status(status))

    def _show_status(self, status: str | None) -> None:
        items = self.items_for_status(status)
        label = items[0].status_label if items else ""
        self._open(
            ItemsDialog(
                self.tr("Tasks: {status}").format(status=label),
                self._task_headers(),
                self._task_rows(items),
                parent=self,
            )
        )

    def items_for_submissions(self, department_id: int, state: str) -> list[Any]:
        assert self._data is not None and self._data.scope is not None
        today = self._data.scope.today
        return [
            i
            for i in self._data.submission_items()
            if i.department_id == department_id and classify(i, today).value == state
        ]

    def _completeness_clicked(self, department_id: int, state: str) -> None:
        self._when_listed(lambda: self._show_completeness(department_id, state))

    def _show_completeness(self, department_id: int, state: str) -> None:
        data = self._data
        assert data is not None and data.tasks is not None and data.scope is not None
        titles = {t.task_id: formatting.numbered(t.number, t.title) for t in data.tasks.tasks}
        items = self.items_for_submissions(department_id, state)
        name = next((s.department_name for s in data.submissions if s.department_id == department_id), "")
        rows = [[titles.get(i.task_id or 0, ""), fmt_date(i.submitted_on), fmt_date(i.due_date)] for i in items]
        label = Submission(state).label if state in {s.value for s in SUBMISSION_SEGMENTS} else state
        self._open(
            ItemsDialog(
                self.tr("{department}, {period}: {state}").format(
                    department=name, period=data.scope.period.label, state=label
                ),
                [self.tr("Task"), self.tr("Submitted"), self.tr("Due")],
                rows,
                parent=self,
            )
        )

    def _trajectory_clicked(self, point: object) -> None:
        data = self._data
        from ui.charts.trajectory_chart import TrajectoryPoint

        if not isinstance(point, TrajectoryPoint) or data is None:
            return
        row = next((r for r in data.indicators if r.info.id == point.indicator_id), None)
        if row is None:
            return
        unit = row.spec.unit
        rows = []
        for observation in sorted(row.observations, key=CHRONOLOGICAL, reverse=True):
            expected = expected_value(row.spec, observation.end)
            value = observation.text or fmt_number(observation.value, 4)
            rows.append([period_label(observation.period.code), value, fmt_number(expected, 4), unit])
        self._open(
            ItemsDialog(
                self.tr("Reported values: {indicator}").format(indicator=row.info.name),
                [self.tr("Period"), self.tr("Actual"), self.tr("Expected then"), self.tr("Unit")],
                rows,
                note=row.assessment.explanation,
                parent=self,
            )
        )

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_F5:
            self.reload()
            return
        super().keyPressEvent(event)
