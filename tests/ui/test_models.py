"""Every table model passes Qt's model tester with the demo data (and empty), sorted and filtered."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from ipdesk.analytics.desk import count_submissions
from ipdesk.services.history import BatchInfo
from ui.context import AppContext
from ui.models.department_table import DepartmentTableModel
from ui.models.editable_grid import EditableGridModel
from ui.models.indicator_edit_grids import TargetGridModel, TargetRow, ValueGridModel, ValueRow
from ui.models.indicator_grid import IndicatorGridModel
from ui.models.indicator_table import IndicatorColumn, IndicatorTableModel
from ui.models.plan_tree import NodeKind, PlanTreeModel, build_plan_tree, section_heading
from ui.models.report_grid import ReportGridColumn, ReportGridModel
from ui.models.report_history import ReportHistoryModel
from ui.models.report_table import ReportTableModel
from ui.models.submission_table import SubmissionTableModel
from ui.models.text_rows import TextRowsModel
from ui.pages.indicators_page import read_indicators
from ui.pages.plans_data import TaskFilter, read_plans


class _Context:
    cancelled = False

    def check_cancelled(self) -> None:
        pass

    def progress(self, done: int, total: int, text: str = "") -> None:
        pass


CONTEXT: Any = _Context()
TODAY = date(2026, 11, 21)


def plan_tree(ctx: AppContext, task_filter: TaskFilter | None = None) -> PlanTreeModel:
    data = read_plans(ctx.services, CONTEXT, TODAY)
    model = PlanTreeModel()
    keep = task_filter.predicate(data.standing) if task_filter else None
    model.set_root(build_plan_tree(data.plans, data.sections, data.tasks, keep, data.tones()))
    return model


def test_plan_tree_model(qtmodeltester, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    model = plan_tree(ctx)
    qtmodeltester.check(model)
    assert model.rowCount() == len(ctx.services.plans.list())
    task = ctx.services.tasks.list()[0]
    index = model.find(NodeKind.TASK, task.id)
    assert index.isValid() and model.node(index).record == task
    assert model.parent(index).isValid()


def test_plan_tree_filtered_in_the_model(qtmodeltester, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    model = plan_tree(ctx, TaskFilter(words="市场监管"))
    qtmodeltester.check(model)
    assert 0 < model.rowCount() < len(ctx.services.plans.list())


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
    model.year = TODAY.year
    qtmodeltester.check(model)
    model.set_rows(read_indicators(ctx.services, CONTEXT, TODAY).lines)
    qtmodeltester.check(model)
    model.sort(IndicatorColumn.RAG, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    model.set_word_filter("商标")
    qtmodeltester.check(model)
    assert 0 < model.rowCount() < len(model.all_rows())
    assert model.headerData(IndicatorColumn.YEAR_TARGET, Qt.Orientation.Horizontal) == "2026年目标"


def test_department_table_model(qtmodeltester, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    model = DepartmentTableModel()
    model.set_rows(ctx.services.departments.list(include_inactive=True))
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_report_table_model(qtmodeltester, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    period = ctx.services.periods.list()[-1]
    model = ReportTableModel()
    model.set_rows(ctx.services.reports.rows(period.code))
    qtmodeltester.check(model)
    assert model.rowCount() > 0


def test_report_history_model(qtmodeltester, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    row = next(r for r in ctx.services.reports.rows("2026Q3") if r.report_id is not None)
    model = ReportHistoryModel()
    model.set_rows(ctx.services.reports.task_history(row.task_id))
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    assert model.rowCount() > 1


def test_batch_table_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from ui.models.batch_table import BatchTableModel

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
    counts = [count_submissions(p, ctx.services.reports.rows(p.code)) for p in ctx.services.periods.list()]
    model.set_rows(counts)
    qtmodeltester.check(model)
    assert model.rowCount() == len(ctx.services.periods.list())
    assert sum(c.reported for c in counts) > 0


def _check_grid(qtmodeltester: Any, model: EditableGridModel[Any]) -> None:
    qtmodeltester.check(model)
    model.set_cells([(0, model.columnCount() - 1, "x")], "t")
    qtmodeltester.check(model)
    model.undo_stack.undo()
    qtmodeltester.check(model)


def test_report_grid_model(qtmodeltester, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    model = ReportGridModel(QUndoStack())
    qtmodeltester.check(model)
    model.set_records(ctx.services.reports.rows("2026Q3"))
    qtmodeltester.check(model)
    model.set_cells([(0, ReportGridColumn.PERCENT, "abc"), (1, ReportGridColumn.STATUS, "进行中")], "t")
    qtmodeltester.check(model)
    assert model.problem(0, ReportGridColumn.PERCENT)
    assert model.value(1, ReportGridColumn.STATUS) == "in_progress"


def test_indicator_grids(qtmodeltester, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ipdesk.services.entry import IndicatorEntry

    grid = IndicatorGridModel(QUndoStack())
    grid.set_records([IndicatorEntry(1, 1, "有效注册商标", "件", "level", 2026, 500.0, None, 4, None, None, None)])
    _check_grid(qtmodeltester, grid)
    targets = TargetGridModel(QUndoStack())
    targets.set_records([TargetRow(2025, 50.0, None), TargetRow(2026, None, None)])
    _check_grid(qtmodeltester, targets)
    values = ValueGridModel(QUndoStack())
    values.set_records(
        [ValueRow("2025", "2025年", False, 49.0, None), ValueRow("2026Q1", "2026年第1季度", True, None, None)]
    )
    _check_grid(qtmodeltester, values)
    assert not (values.flags(values.index(1, 1)) & Qt.ItemFlag.ItemIsEditable)


def test_text_rows_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = TextRowsModel()
    qtmodeltester.check(model)
    model.set_rows(
        ["任务", "完成比例"],
        [["甲", "80%"], ["乙", ""], ["丙", "5%"]],
        sort_values=[["甲", 80], ["乙", None], ["丙", 5]],
    )
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["丙", "甲", "乙"]


def test_numbers_join_titles_like_the_documents() -> None:
    from ui.formatting import numbered

    assert numbered("3", "实施商标品牌战略") == "3. 实施商标品牌战略"
    assert numbered("（二）", "加大财政支持力度") == "（二）加大财政支持力度"
    assert numbered("", "附则") == "附则"
