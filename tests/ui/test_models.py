"""Every model passes Qt's model tester with the demo data (and empty)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSortFilterProxyModel, Qt

from ipdesk.services.history import BatchInfo
from ui.context import AppContext
from ui.models.batch_table import BatchTableModel
from ui.models.department_table import DepartmentTableModel
from ui.models.indicator_table import IndicatorTableModel
from ui.models.plan_tree import NodeKind, PlanTreeModel, build_plan_tree, section_heading
from ui.models.report_table import ReportTableModel
from ui.models.roles import SEARCH_ROLE
from ui.models.submission_table import SubmissionTableModel
from ui.pages.plans_page import read_plans
from ui.pages.reports_page import read_submission_counts


class _Context:
    cancelled = False

    def check_cancelled(self) -> None:
        pass

    def progress(self, done: int, total: int, text: str = "") -> None:
        pass


def plan_tree(ctx: AppContext) -> PlanTreeModel:
    data = read_plans(ctx.services, _Context())  # type: ignore[arg-type]
    model = PlanTreeModel()
    model.set_root(build_plan_tree(data.plans, data.sections, data.tasks))
    return model


def test_plan_tree_model(qtmodeltester, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    model = plan_tree(ctx)
    qtmodeltester.check(model)
    assert model.rowCount() == len(ctx.services.plans.list())
    task = ctx.services.tasks.list()[0]
    index = model.find(NodeKind.TASK, task.id)
    assert index.isValid() and model.node(index).record == task
    assert model.parent(index).isValid()


def test_plan_tree_behind_a_filter(qtmodeltester, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(plan_tree(ctx))
    proxy.setFilterRole(SEARCH_ROLE)
    proxy.setRecursiveFilteringEnabled(True)
    proxy.setAutoAcceptChildRows(True)
    proxy.setFilterFixedString("市场监管")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() > 0


def test_empty_plan_tree(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(PlanTreeModel())


def test_section_headings_read_like_the_documents() -> None:
    from ipdesk.services.plans import SectionInfo

    def heading(label: str, title: str) -> str:
        return section_heading(SectionInfo(1, 1, None, label, title, 1, 1))

    assert heading("一", "指导思想") == "一、指导思想"
    assert heading("（一）", "加强组织领导") == "（一）加强组织领导"
    assert heading("第三章", "有效实现") == "第三章 有效实现"
    assert heading("", "附件") == "附件"


def test_indicator_table_model(qtmodeltester, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    model = IndicatorTableModel()
    model.set_rows(ctx.services.indicators.list())
    qtmodeltester.check(model)
    model.sort(model.columnCount() - 1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_department_table_model(qtmodeltester, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    model = DepartmentTableModel()
    model.set_rows(ctx.services.departments.list(include_inactive=True))
    qtmodeltester.check(model)


def test_report_table_model(qtmodeltester, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    period = ctx.services.periods.list()[-1]
    model = ReportTableModel()
    model.set_rows(ctx.services.reports.rows(period.code))
    qtmodeltester.check(model)
    assert model.rowCount() > 0


def test_batch_table_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = BatchTableModel()
    qtmodeltester.check(model)
    model.set_rows(
        [
            BatchInfo(1, "进度表.xlsx", "ab" * 32, "progress", "applied", datetime(2026, 4, 8, 9, 30), 10, 6, 2, 1, 1),
            BatchInfo(2, "指标.xlsx", "cd" * 32, "indicator", "undone", datetime(2026, 4, 9, 10, 0), 5, 5, 0, 0, 0),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "进展报送表"


def test_submission_table_model(qtmodeltester, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    model = SubmissionTableModel()
    counts = read_submission_counts(ctx.services, _Context())  # type: ignore[arg-type]
    model.set_rows(counts)
    qtmodeltester.check(model)
    assert model.rowCount() == len(ctx.services.periods.list())
    assert sum(c.reported for c in counts) > 0


def test_numbers_join_titles_like_the_documents() -> None:
    from ui.formatting import numbered

    assert numbered("3", "实施商标品牌战略") == "3. 实施商标品牌战略"
    assert numbered("（二）", "加大财政支持力度") == "（二）加大财政支持力度"
    assert numbered("", "附则") == "附则"
