"""The detail panel text for a plan, a section or a task (HTML for a QTextBrowser)."""

from __future__ import annotations

from html import escape

from ipdesk.analytics.numbers import fmt_number
from ipdesk.analytics.tasks import ProgressAssessment
from ipdesk.domain.enums import Role
from ipdesk.i18n import translate
from ipdesk.services.plans import PlanInfo, SectionInfo
from ipdesk.services.tasks import TaskInfo
from ui import formatting
from ui.models.plan_tree import NodeKind, PlanNode, count_tasks, section_heading, task_heading


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())


def _block(title: str, text: str) -> str:
    return f"<h3>{escape(title)}</h3>{_paragraphs(text)}"


def _plan_of(node: PlanNode) -> PlanInfo | None:
    current: PlanNode | None = node
    while current is not None:
        if current.kind is NodeKind.PLAN and isinstance(current.record, PlanInfo):
            return current.record
        current = current.parent
    return None


def _section_of(node: PlanNode) -> SectionInfo | None:
    current = node.parent
    while current is not None and current.kind is NodeKind.SECTION:
        if isinstance(current.record, SectionInfo):
            return current.record
        current = current.parent
    return None


def plan_html(plan: PlanInfo) -> str:
    return f"<h2>{escape(plan.title)}</h2>" + formatting.facts_table(
        [
            (translate("PlanDetails", "Document number"), plan.doc_number or ""),
            (translate("PlanDetails", "Issued by"), plan.issuer or ""),
            (translate("PlanDetails", "Issued on"), formatting.day(plan.issue_date)),
            (translate("PlanDetails", "Plan period"), plan.years),
            (translate("PlanDetails", "Kind"), plan.kind or ""),
            (translate("PlanDetails", "Tasks"), str(plan.task_count)),
            (translate("PlanDetails", "Indicators"), str(plan.indicator_count)),
            (translate("PlanDetails", "Source file"), plan.source_name or ""),
            (translate("PlanDetails", "Note"), plan.note or ""),
        ]
    )


def section_html(node: PlanNode, section: SectionInfo) -> str:
    plan = _plan_of(node)
    return f"<h2>{escape(section_heading(section))}</h2>" + formatting.facts_table(
        [
            (translate("PlanDetails", "Plan"), plan.title if plan else ""),
            (translate("PlanDetails", "Tasks in this section"), str(count_tasks(node))),
        ]
    )


def deadline_text(task: TaskInfo) -> str:
    if task.deadline_text:
        return task.deadline_text
    if task.deadline is not None:
        return formatting.day(task.deadline)
    if task.year is not None:
        return translate("PlanDetails", "{year} (whole year)").format(year=task.year)
    return translate("PlanDetails", "Not specified in the plan")


def standing_text(standing: ProgressAssessment | None, period_label: str) -> str:
    """The task's standing in the reference period in one line: status, done, schedule, overdue."""
    if standing is None:
        return ""
    parts = [standing.status_label]
    if standing.percent is not None:
        parts.append(translate("PlanDetails", "{percent}% done").format(percent=fmt_number(standing.percent, 1)))
    if standing.expected_percent is not None:
        parts.append(
            translate("PlanDetails", "schedule {percent}%").format(percent=fmt_number(standing.expected_percent, 1))
        )
    if standing.overdue:
        parts.append(translate("PlanDetails", "overdue"))
    text = formatting.join(parts)
    return translate("PlanDetails", "{period}: {standing}").format(period=period_label, standing=text)


def task_html(node: PlanNode, task: TaskInfo, standing: str = "") -> str:
    plan = _plan_of(node)
    section = _section_of(node)
    facts = [
        (translate("PlanDetails", "Standing"), standing),
        (translate("PlanDetails", "Plan"), plan.title if plan else ""),
        (translate("PlanDetails", "Section"), section_heading(section) if section else ""),
        (translate("PlanDetails", "Deadline"), deadline_text(task)),
        (translate("PlanDetails", "Lead departments"), formatting.join(task.departments(Role.LEAD.value))),
        (translate("PlanDetails", "Supporting departments"), formatting.join(task.departments(Role.SUPPORT.value))),
        (
            translate("PlanDetails", "Responsible departments"),
            formatting.join(task.departments(Role.RESPONSIBLE.value)),
        ),
    ]
    if not task.assignments:
        facts.append((translate("PlanDetails", "Departments"), translate("PlanDetails", "None assigned yet")))
    parts = [f"<h2>{escape(task_heading(task))}</h2>", formatting.facts_table(facts)]
    parts.append(_block(translate("PlanDetails", "Task text"), task.text or task.title))
    if task.measures:
        parts.append(_block(translate("PlanDetails", "Measures"), task.measures))
    if task.note:
        parts.append(_block(translate("PlanDetails", "Note"), task.note))
    return "".join(parts)


def node_html(node: PlanNode | None, standing: str = "") -> str:
    if node is None or node.record is None:
        hint = translate("PlanDetails", "Choose a plan, a section or a task on the left to see its details.")
        return _paragraphs(hint)
    if isinstance(node.record, PlanInfo):
        return plan_html(node.record)
    if isinstance(node.record, SectionInfo):
        return section_html(node, node.record)
    return task_html(node, node.record, standing)
