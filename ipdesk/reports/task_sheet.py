"""重点任务进展情况汇总表: each task's progress against its schedule, by task or grouped by department.

By task, a task is judged on its lead department's report; grouped by department, every department's
own report is listed under it. A roll-up table (by plan, or by department) closes the sheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ipdesk.analytics.numbers import fmt_date
from ipdesk.analytics.rag import Rag
from ipdesk.analytics.tasks import ProgressAssessment, Rollup, by_department, by_plan, total
from ipdesk.domain.enums import Role, TaskStatus
from ipdesk.i18n import translate
from ipdesk.reports.common import deadline_text, rag_cell, rag_rule, signatures, title_block
from ipdesk.reports.data import Scope, TaskData
from ipdesk.reports.document import (
    Align,
    Block,
    Cell,
    Column,
    Document,
    Format,
    Orientation,
    Paragraph,
    Part,
    Row,
    RowKind,
    Table,
    Tone,
)

KIND = "tasks"


def title() -> str:
    return translate("Reports", "Key task progress summary")  # zh: 重点任务进展情况汇总表


def _fraction(percent: float | None) -> float | None:
    return None if percent is None else percent / 100


@lru_cache(maxsize=64)
def _overdue_label(status: str) -> str:
    return translate("Reports", "{status}, overdue").format(status=status)  # zh: {status}（已超期）


def _status_cell(item: ProgressAssessment) -> Cell:
    tone = None
    if not item.reported:
        tone = Tone.GREY
    elif item.status == TaskStatus.LAGGING.value or item.overdue:
        tone = Tone.RED
    text = _status_label(item.status)
    if item.overdue:
        text = _overdue_label(text)
    return Cell(text, tone=tone)


@lru_cache(maxsize=16)
def _status_label(status: str | None) -> str:
    """Labels looked up once per sheet, not once per row (thousands of rows on a city's sheet)."""
    if status is None:
        return translate("Analytics", "Not reported")
    return TaskStatus(status).label


@lru_cache(maxsize=8)
def _role_label(role: str) -> str:
    return Role(role).label


def _progress_text(item: ProgressAssessment) -> str:
    if item.report is None or not item.report.reported:
        return ""
    return item.report.progress or ""


def task_columns() -> tuple[Column, ...]:
    return (
        Column(translate("Reports", "No."), 0.45, Align.CENTER, Format.INTEGER),
        Column(translate("Reports", "Task no."), 0.55, Align.CENTER),  # zh: 任务编号
        Column(translate("Reports", "Key task"), 2.8),  # zh: 重点任务
        Column(translate("Reports", "Lead"), 1.3),  # zh: 牵头单位
        Column(translate("Reports", "Supporting"), 1.9),  # zh: 配合单位
        Column(translate("Reports", "Deadline"), 1.0, Align.CENTER),  # zh: 完成时限
        Column(translate("Reports", "Reported"), 0.8, Align.RIGHT, Format.PERCENT, 0, group=_progress_group()),
        # zh: 实际进度
        Column(translate("Reports", "Scheduled"), 0.8, Align.RIGHT, Format.PERCENT, 0, group=_progress_group()),
        # zh: 序时进度
        Column(translate("Reports", "Reported status"), 0.85, Align.CENTER),  # zh: 进展状态
        Column(translate("Reports", "Rating"), 0.65, Align.CENTER),  # zh: 评价
        Column(translate("Reports", "Progress"), 3.1),  # zh: 进展情况
    )


def _progress_group() -> str:
    return translate("Reports", "Progress to date")  # zh: 完成进度


def department_columns() -> tuple[Column, ...]:
    return (
        Column(translate("Reports", "No."), 0.45, Align.CENTER, Format.INTEGER),
        Column(translate("Reports", "Task no."), 0.55, Align.CENTER),
        Column(translate("Reports", "Key task"), 2.8),
        Column(translate("Reports", "Role"), 0.7, Align.CENTER),  # zh: 职责
        Column(translate("Reports", "Deadline"), 1.0, Align.CENTER),
        Column(translate("Reports", "Reported"), 0.85, Align.RIGHT, Format.PERCENT, 0, group=_progress_group()),
        Column(translate("Reports", "Scheduled"), 0.85, Align.RIGHT, Format.PERCENT, 0, group=_progress_group()),
        Column(translate("Reports", "Reported status"), 0.85, Align.CENTER),
        Column(translate("Reports", "Rating"), 0.7, Align.CENTER),
        Column(translate("Reports", "Progress"), 2.7),
        Column(translate("Reports", "Problems"), 1.8),  # zh: 存在问题
    )


def _task_row(number: int, item: ProgressAssessment) -> Row:
    task = item.task
    return Row(
        (
            number,
            task.number,
            task.title,
            "、".join(task.leads),
            "、".join(task.supports),
            deadline_text(item.task),
            _fraction(item.percent),
            _fraction(item.expected_percent),
            _status_cell(item),
            rag_cell(item.rag),
            _progress_text(item),
        )
    )


def _assignment_row(number: int, item: ProgressAssessment) -> Row:
    task = item.task
    report = item.report
    role = _role_label(report.role) if report is not None else ""
    return Row(
        (
            number,
            task.number,
            task.title,
            role,
            deadline_text(item.task),
            _fraction(item.percent),
            _fraction(item.expected_percent),
            _status_cell(item),
            rag_cell(item.rag),
            _progress_text(item),
            (report.problems or "") if report is not None and report.reported else "",
        )
    )


def by_task_rows(items: Sequence[ProgressAssessment], several_plans: bool) -> tuple[Row, ...]:
    rows: list[Row] = []
    plan = section = None
    for number, item in enumerate(items, start=1):
        task = item.task
        if several_plans and task.plan_id != plan:
            plan, section = task.plan_id, None
            rows.append(Row((f"《{task.plan_title}》",), RowKind.GROUP))
        if task.section_id is not None and task.section_id != section:
            section = task.section_id
            rows.append(Row((task.section_title or "",), RowKind.GROUP))
        rows.append(_task_row(number, item))
    return tuple(rows)


def by_department_rows(items: Sequence[ProgressAssessment], order: dict[int, int]) -> tuple[Row, ...]:
    groups: dict[int, list[ProgressAssessment]] = {}
    for item in items:
        if item.department_id is not None:
            groups.setdefault(item.department_id, []).append(item)
    rows: list[Row] = []
    for dept in sorted(groups, key=lambda d: (order.get(d, 1_000_000), d)):
        members = groups[dept]
        leads = sum(1 for m in members if m.report is not None and m.report.leads)
        label = translate("Reports", "{name} ({count} tasks: {leads} as lead, {supports} supporting)").format(
            name=members[0].department_name, count=len(members), leads=leads, supports=len(members) - leads
        )  # zh: {name}（共{count}项，其中牵头{leads}项、配合{supports}项）
        rows.append(Row((label,), RowKind.GROUP))
        rows.extend(_assignment_row(number, item) for number, item in enumerate(members, start=1))
    return tuple(rows)


def rollup_table(groups: Sequence[Rollup], label: str) -> Table:
    reported = translate("Reports", "Reported status")
    rated = translate("Reports", "Rating")
    cols = (
        Column(label, 2.6),
        Column(translate("Reports", "Tasks"), 0.7, Align.RIGHT, Format.INTEGER),  # zh: 任务数
        Column(TaskStatus.DONE.label, 0.7, Align.RIGHT, Format.INTEGER, group=reported),
        Column(TaskStatus.IN_PROGRESS.label, 0.7, Align.RIGHT, Format.INTEGER, group=reported),
        Column(TaskStatus.ONGOING.label, 0.7, Align.RIGHT, Format.INTEGER, group=reported),
        Column(TaskStatus.NOT_STARTED.label, 0.7, Align.RIGHT, Format.INTEGER, group=reported),
        Column(TaskStatus.LAGGING.label, 0.7, Align.RIGHT, Format.INTEGER, group=reported),
        Column(translate("Analytics", "Not reported"), 0.7, Align.RIGHT, Format.INTEGER, group=reported),
        Column(translate("Reports", "Overdue"), 0.8, Align.RIGHT, Format.INTEGER, group=rated),  # zh: 超期未完成
        Column(Rag.RED.label, 0.7, Align.RIGHT, Format.INTEGER, group=rated),
        Column(translate("Reports", "On-schedule rate"), 0.9, Align.RIGHT, Format.PERCENT, 1, group=rated),
        # zh: 按序时推进率
    )

    def row(group: Rollup, kind: RowKind = RowKind.BODY) -> Row:
        return Row(
            (
                group.label,
                group.total,
                group.done,
                group.in_progress,
                group.ongoing,
                group.not_started,
                group.lagging_status,
                group.unreported,
                group.overdue,
                group.red,
                group.on_track_rate,
            ),
            kind,
        )

    rows = [row(g) for g in groups]
    if len(groups) > 1:
        rows.append(row(total(groups, translate("Reports", "Total")), RowKind.TOTAL))  # zh: 合计
    return Table(
        cols,
        tuple(rows),
        caption=translate("Reports", "Summary by status"),  # zh: 按状态汇总
    )


def method_note(scope: Scope, unassigned: int) -> str:
    text = translate(
        "Reports",
        "Notes: scheduled progress = time elapsed from the task's start to {date} ÷ the time to its deadline; "
        "tasks without a deadline (continuing) are judged by their reported status; a task is judged on its "
        "lead department's report. {rule}",
    ).format(date=fmt_date(scope.as_of), rule=rag_rule(scope.thresholds))
    # zh: 说明：序时进度＝自任务起始日至{date}已过时间÷任务总时长；未设完成时限（持续推进）的任务按报送状态评价；
    # 按任务汇总时以牵头单位报送情况为准。{rule}
    if unassigned:
        text += translate("Reports", " {count} tasks without responsible departments are not listed.").format(
            count=unassigned
        )  # zh: 另有{count}项任务未明确责任单位，未列入本表。
    return text


def build(scope: Scope, data: TaskData, *, by_department_view: bool = False) -> Document:
    for cached in (_status_label, _overdue_label, _role_label):
        cached.cache_clear()  # the language may have changed since the last sheet
    several = len(scope.plans) > 1
    if by_department_view:
        table = Table(department_columns(), by_department_rows(data.by_assignment, data.department_order))
        summary = rollup_table(
            sorted(
                by_department(data.by_assignment),
                key=lambda r: data.department_order.get(r.key, 1_000_000),  # type: ignore[arg-type]
            ),
            translate("Reports", "Department"),  # zh: 责任单位
        )
    else:
        table = Table(task_columns(), by_task_rows(data.by_task, several))
        summary = rollup_table(by_plan(data.by_task), translate("Reports", "Plan"))  # zh: 规划（方案）
    blocks: list[Block] = [
        title_block(scope, title()),
        Table(
            table.columns,
            table.rows,
            font_scale=0.95,
            empty_text=translate("Reports", "No tasks in this scope."),  # zh: 所选范围内没有重点任务。
        ),
        summary,
        Paragraph(method_note(scope, data.unassigned), indent=False),
        signatures(),
    ]
    return Document(
        KIND,
        title(),
        Orientation.LANDSCAPE,
        (Part(translate("Reports", "Key tasks"), tuple(blocks)),),  # zh: 重点任务 (the sheet tab)
        footer=scope.office_name,
    )
