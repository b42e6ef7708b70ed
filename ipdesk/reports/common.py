"""Pieces every sheet shares: the title block, signature line, status cells and the method notes."""

from __future__ import annotations

from ipdesk.analytics.inputs import TaskFacts
from ipdesk.analytics.numbers import fmt_date, fmt_percent
from ipdesk.analytics.rag import Rag, RagThresholds
from ipdesk.i18n import translate
from ipdesk.reports.data import Scope
from ipdesk.reports.document import Cell, Signatures, TitleBlock, Tone

RAG_TONES = {Rag.GREEN: Tone.GREEN, Rag.YELLOW: Tone.YELLOW, Rag.RED: Tone.RED, Rag.NONE: None}


def title_block(scope: Scope, title: str, *, subtitle: str | None = None) -> TitleBlock:
    """Title, the plan (and department) it covers, then 填报单位 / 统计期间 / 制表日期."""
    lines = [subtitle if subtitle is not None else plan_line(scope)]
    if scope.department is not None:
        lines.append(
            translate("Reports", "Department: {name}").format(name=scope.department.name)
        )  # zh: 责任单位：{name}
    return TitleBlock(
        title=title,
        subtitle="\n".join(line for line in lines if line) or None,
        unit=translate("Reports", "Unit: {unit}").format(unit=scope.office_name),  # zh: 填报单位：{unit}
        period=translate("Reports", "Period: {period}").format(period=scope.period.label),  # zh: 统计期间：{period}
        date=translate("Reports", "Date: {date}").format(date=fmt_date(scope.today)),  # zh: 制表日期：{date}
    )


def plan_line(scope: Scope) -> str:
    """The plans covered: one title, two joined, or the first and how many there are."""
    titles = [t if t.startswith("《") else f"《{t}》" for t in (p.title for p in scope.plans)]
    if len(titles) <= 2:
        return translate("Reports", " / ").join(titles)
    return translate("Reports", "{first} and {others} other plans").format(
        first=titles[0], others=len(titles) - 1, total=len(titles)
    )  # zh: {first}等{total}个规划（方案）


def signatures() -> Signatures:
    return Signatures(
        (
            translate("Reports", "Prepared by:"),  # zh: 制表人：
            translate("Reports", "Checked by:"),  # zh: 审核人：
            translate("Reports", "Approved by:"),  # zh: 签发人：
        )
    )


def rag_cell(rag: Rag) -> Cell:
    return Cell(rag.label if rag is not Rag.NONE else "—", tone=RAG_TONES[rag])


def rag_rule(thresholds: RagThresholds) -> str:
    """The traffic-light rule in words, with the thresholds in force."""
    return translate(
        "Reports",
        "Status compares progress with the schedule: at least {green} of the scheduled progress is "
        "on track, from {yellow} to {green} is to watch, below {yellow} is behind; a target already met counts "
        "as on track.",
    ).format(green=fmt_percent(thresholds.green, 0), yellow=fmt_percent(thresholds.yellow, 0))
    # zh: 状态按实际进度与序时进度之比判定：达到序时进度{green}及以上为“正常”，{yellow}至{green}为“预警”，
    # 低于{yellow}为“滞后”；已达到目标的视为“正常”。


def department_label(name: str, full_name: str | None = None) -> str:
    return full_name or name


def deadline_text(task: TaskFacts) -> str:
    """A task's 完成时限 as the plan gives it: its words, else its date, else that the plan does not say.

    Not "持续推进" for a task without one: its schedule is judged as continuing, but the plan never said so
    (the 规划与任务 page says 规划中未明确 too).
    """
    if task.deadline_text:
        return task.deadline_text
    if task.deadline is not None:
        return fmt_date(task.deadline)
    return translate("Reports", "Not specified in the plan")  # zh: 未明确 (the column says 完成时限; it fits one line)
