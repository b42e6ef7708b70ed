"""部门报送情况统计表: per department and period, items due, in (of which late) and missing.

Each of a department's task assignments is one item per period. The last columns give the department's
submission rate and on-time rate over the periods shown, and its standing in the chosen period.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ipdesk.analytics.numbers import fmt_date
from ipdesk.analytics.submissions import Submission, SubmissionStats, per_department, per_period
from ipdesk.domain.periods import Period
from ipdesk.i18n import translate
from ipdesk.reports.common import signatures, title_block
from ipdesk.reports.data import Scope
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

KIND = "submissions"
STATE_TONES = {
    Submission.ON_TIME: None,
    Submission.LATE: Tone.YELLOW,
    Submission.MISSING: Tone.RED,
    Submission.PENDING: Tone.GREY,
}


def title() -> str:
    return translate("Reports", "Report submission statistics")  # zh: 部门报送情况统计表


def columns(periods: Sequence[Period]) -> tuple[Column, ...]:
    cols = [
        Column(translate("Reports", "No."), 0.45, Align.CENTER, Format.INTEGER),
        Column(translate("Reports", "Department"), 2.2),
    ]
    for period in periods:
        group = period.label
        cols += [
            Column(translate("Reports", "Due"), 0.5, Align.RIGHT, Format.INTEGER, group=group),  # zh: 应报
            Column(translate("Reports", "In"), 0.5, Align.RIGHT, Format.INTEGER, group=group),  # zh: 已报
            Column(translate("Reports", "Late"), 0.5, Align.RIGHT, Format.INTEGER, group=group),  # zh: 逾期
            Column(translate("Reports", "Missing"), 0.5, Align.RIGHT, Format.INTEGER, group=group),  # zh: 未报
        ]
    summary = translate("Reports", "All periods shown")  # zh: 合计
    cols += [
        Column(translate("Reports", "Submission rate"), 0.7, Align.RIGHT, Format.PERCENT, 1, group=summary),
        # zh: 报送率
        Column(translate("Reports", "On-time rate"), 0.7, Align.RIGHT, Format.PERCENT, 1, group=summary),
        # zh: 及时率
        Column(translate("Reports", "This period"), 0.8, Align.CENTER, group=summary),  # zh: 本期状态
    ]
    return tuple(cols)


def _cells(stats: SubmissionStats | None) -> list[object]:
    if stats is None:
        return [None, None, None, None]
    return [
        stats.expected,
        stats.submitted,
        Cell(stats.late, tone=Tone.YELLOW if stats.late else None),
        Cell(stats.not_submitted, tone=Tone.RED if stats.missing else None),
    ]


def build(scope: Scope, stats: Sequence[SubmissionStats], periods: Sequence[tuple[Period, date]]) -> Document:
    chosen = [p for p, _due in periods]
    by_key = {(s.department_id, s.period): s for s in stats}
    totals = {s.department_id: s for s in per_department(stats)}
    rows: list[Row] = []
    for number, dept in enumerate(totals.values(), start=1):
        cells: list[object] = [number, dept.department_name]
        for period in chosen:
            cells += _cells(by_key.get((dept.department_id, period)))
        current = by_key.get((dept.department_id, scope.period))
        state = current.state if current is not None else None
        cells += [
            dept.submission_rate,
            dept.on_time_rate,
            Cell(state.label, tone=STATE_TONES[state]) if state is not None else None,
        ]
        rows.append(Row(tuple(cells)))  # type: ignore[arg-type]
    if len(totals) > 1:
        label = translate("Reports", "Total")
        period_totals = per_period(stats, label)
        cells = ["", label]
        for period in chosen:
            cells += _cells(period_totals.get(period))
        everything = None
        for item in period_totals.values():
            everything = item if everything is None else everything.plus(item)
        cells += [
            everything.submission_rate if everything else None,
            everything.on_time_rate if everything else None,
            None,
        ]
        rows.append(Row(tuple(cells), RowKind.TOTAL))  # type: ignore[arg-type]
    orientation = Orientation.LANDSCAPE if len(chosen) > 1 else Orientation.PORTRAIT
    blocks: list[Block] = [
        title_block(scope, title()),
        Table(
            columns(chosen),
            tuple(rows),
            empty_text=translate("Reports", "No reports were due in this scope."),  # zh: 所选范围内没有应报事项。
        ),
        Paragraph(method_note(scope, periods), indent=False),
        signatures(),
    ]
    return Document(
        KIND,
        title(),
        orientation,
        (Part(translate("Reports", "Submissions"), tuple(blocks)),),  # zh: 报送情况
        footer=scope.office_name,
    )


def method_note(scope: Scope, periods: Sequence[tuple[Period, date]]) -> str:
    dues = translate("Reports", "; ").join(
        translate("Reports", "{period} due {date}").format(period=p.label, date=fmt_date(due))  # zh: {period}截止{date}
        for p, due in periods
    )
    return translate(
        "Reports",
        'Notes: one item per task assignment and period. "Late" items came in after the due date; "missing" '
        "items had not come in by {today}. Submission rate = items in ÷ items due; on-time rate = items in by the "
        "due date ÷ items already due. Due dates: {dues}.",
    ).format(today=fmt_date(scope.today), dues=dues)
    # zh: 说明：按任务分工计，每项任务每期报送一次。“逾期”指晚于截止日期报送，“未报”指截至{today}仍未报送。
    # 报送率＝已报÷应报；及时率＝按时报送÷已到期应报。截止日期：{dues}。
