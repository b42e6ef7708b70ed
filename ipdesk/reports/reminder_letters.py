"""催办通知单: one official-style letter per department that has not reported or is behind.

A department gets a letter when, for the chosen period, one of its assignments has no report although the
due date has passed, is past its deadline unfinished, or is behind schedule. Each letter lists its items in
a table; the xlsx gets one sheet listing every item of every letter instead (handy for a mail merge).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from ipdesk.analytics.numbers import fmt_date, fmt_number
from ipdesk.analytics.tasks import ProgressAssessment
from ipdesk.domain.enums import TaskStatus
from ipdesk.i18n import translate
from ipdesk.reports.common import deadline_text, plan_line, title_block
from ipdesk.reports.data import Scope, TaskData
from ipdesk.reports.document import (
    Align,
    Block,
    Column,
    Document,
    Format,
    Orientation,
    Paragraph,
    Part,
    Row,
    RowKind,
    Signatures,
    Spacer,
    Table,
    TitleBlock,
)
from ipdesk.services.departments import DepartmentInfo

KIND = "reminders"
REPLY_WORKING_DAYS = 5


def title() -> str:
    return translate("Reports", "Reminder notice")  # zh: 催办通知单


def working_days_after(day: date, count: int) -> date:
    """``count`` working days (Monday–Friday) after ``day``; public holidays are not known here."""
    current = day
    while count > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            count -= 1
    return current


def issues(item: ProgressAssessment, scope: Scope) -> list[str]:
    """Why an assignment is in a reminder (empty: it is not)."""
    found = []
    if not item.reported and scope.today > scope.due_date:
        found.append(translate("Reports", "No progress report for {period}").format(period=scope.period.label))
        # zh: 未报送{period}进展情况
    if item.overdue:
        found.append(
            translate("Reports", "Past its deadline ({deadline}) and not done").format(
                deadline=deadline_text(item.task)
            )
        )  # zh: 已超过完成时限（{deadline}）尚未完成
    elif item.reported and item.status == TaskStatus.LAGGING.value:
        found.append(translate("Reports", "Reported as behind schedule"))  # zh: 报送状态为进展滞后
    elif item.reported and item.lagging and item.percent is not None and item.expected_percent is not None:
        found.append(
            translate("Reports", "Behind schedule: {percent}% done against {expected}% scheduled").format(
                percent=fmt_number(item.percent, 0), expected=fmt_number(item.expected_percent, 0)
            )
        )  # zh: 进展滞后：实际进度{percent}%，序时进度{expected}%
    return found


def columns() -> tuple[Column, ...]:
    return (
        Column(translate("Reports", "No."), 0.5, Align.CENTER, Format.INTEGER),
        Column(translate("Reports", "Task no."), 0.6, Align.CENTER),
        Column(translate("Reports", "Key task"), 2.8),
        Column(translate("Reports", "Issue"), 2.9),  # zh: 催办事项
        Column(translate("Reports", "Deadline"), 1.1, Align.CENTER),
    )


def letter(scope: Scope, department: DepartmentInfo, items: Sequence[tuple[ProgressAssessment, list[str]]]) -> Part:
    reply_by = working_days_after(scope.today, REPLY_WORKING_DAYS)
    own_plans = {item.task.plan_id for item, _why in items}
    cited = replace(scope, plans=tuple(p for p in scope.plans if p.id in own_plans) or scope.plans)
    rows: list[Row] = []
    plan = None
    for n, (item, why) in enumerate(items, start=1):
        if len(own_plans) > 1 and item.task.plan_id != plan:
            plan = item.task.plan_id  # task numbers restart in every plan: say which plan they belong to
            rows.append(Row((f"《{item.task.plan_title}》",), RowKind.GROUP))
        rows.append(Row((n, item.task.number, item.task.title, "；".join(why), deadline_text(item.task))))
    blocks: list[Block] = [
        TitleBlock(
            title(),
            doc_number=translate("Reports", "No. [{year}]      ").format(
                year=scope.today.year
            ),  # zh: 〔{year}〕第    号
        ),
        Paragraph(f"{department.name}：", indent=False),
        Paragraph(
            translate(
                "Reports",
                "Under the work arrangements of {plans}, each responsible department was to report its progress on "
                "the key tasks for {period} by {due}. As of {today}, your department has the following items to "
                "attend to:",
            ).format(
                plans=plan_line(cited),
                period=scope.period.label,
                due=fmt_date(scope.due_date),
                today=fmt_date(scope.today),
            )
        ),
        # zh: 根据{plans}工作安排，各责任单位应于{due}前报送{period}重点任务进展情况。
        # 截至{today}，你单位以下事项需抓紧办理：
        Table(columns(), tuple(rows), font_scale=1.1),
        Paragraph(
            translate(
                "Reports",
                "Please send the outstanding reports to {office} by {reply_by}; for tasks behind schedule or past "
                "their deadline, explain the reasons and the measures taken to catch up.",
            ).format(office=scope.office_name, reply_by=fmt_date(reply_by))
        ),
        # zh: 请于{reply_by}前将上述事项进展情况报送{office}；对进展滞后、超期未完成的任务，请说明原因并提出整改措施。
        Paragraph(translate("Reports", "Thank you for your cooperation."), indent=True),  # zh: 特此通知。
        Spacer(1.0),
        Signatures((translate("Reports", "Contact:"), translate("Reports", "Phone:"))),  # zh: 联系人： 联系电话：
        Spacer(1.5),
        Paragraph(scope.office_name, align=Align.RIGHT, indent=False),
        Paragraph(fmt_date(scope.today), align=Align.RIGHT, indent=False),
    ]
    return Part(department.short_name or department.name, tuple(blocks), exported=False)


def summary_table(
    letters: Sequence[tuple[DepartmentInfo, Sequence[tuple[ProgressAssessment, list[str]]]]],
) -> Table:
    cols = (
        Column(translate("Reports", "No."), 0.5, Align.CENTER, Format.INTEGER),
        Column(translate("Reports", "Department"), 2.2),
        Column(translate("Reports", "Contact"), 0.9),  # zh: 联系人
        Column(translate("Reports", "Phone"), 1.2),  # zh: 联系电话
        Column(translate("Reports", "Task no."), 0.6, Align.CENTER),
        Column(translate("Reports", "Key task"), 3.2),
        Column(translate("Reports", "Issue"), 2.4),
        Column(translate("Reports", "Deadline"), 1.2, Align.CENTER),
    )
    rows = []
    number = 0
    for department, items in letters:
        for item, why in items:
            number += 1
            rows.append(
                Row(
                    (
                        number,
                        department.name,
                        department.contact_person,
                        department.phone,
                        item.task.number,
                        item.task.title,
                        "；".join(why),
                        deadline_text(item.task),
                    )
                )
            )
    return Table(cols, tuple(rows), empty_text=translate("Reports", "No department needs a reminder."))
    # zh: 本期无需催办的单位。


def build(scope: Scope, data: TaskData, departments: Sequence[DepartmentInfo]) -> Document:
    by_id = {d.id: d for d in departments}
    grouped: dict[int, list[tuple[ProgressAssessment, list[str]]]] = {}
    for item in data.by_assignment:
        why = issues(item, scope)
        if why and item.department_id is not None:
            grouped.setdefault(item.department_id, []).append((item, why))
    order = data.department_order
    letters = [
        (by_id[dept], grouped[dept])
        for dept in sorted(grouped, key=lambda d: (order.get(d, 1_000_000), d))
        if dept in by_id
    ]
    parts = [letter(scope, department, items) for department, items in letters]
    if not parts:
        parts.append(
            Part(
                title(),
                (
                    title_block(scope, title()),
                    Paragraph(
                        translate("Reports", "As of {today}, no department needs a reminder for {period}.").format(
                            today=fmt_date(scope.today), period=scope.period.label
                        )
                    ),  # zh: 截至{today}，{period}无需催办的单位。
                ),
                exported=False,
            )
        )
    summary = Part(
        translate("Reports", "Reminders"),  # zh: 催办汇总
        (title_block(scope, translate("Reports", "Reminder list")), summary_table(letters)),  # zh: 催办事项清单
        printed=False,
    )
    return Document(
        KIND,
        title(),
        Orientation.PORTRAIT,
        (*parts, summary),
        footer=scope.office_name,
        letter=True,
        body_pt=14.0,
        line_spacing=1.45,
    )
