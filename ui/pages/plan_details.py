"""The detail panel text for a plan, a section or a task (HTML for a QTextBrowser)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ipdesk.domain.enums import Role
from ipdesk.services.plans import PlanInfo, SectionInfo
from ipdesk.services.tasks import TaskInfo
from ui import formatting
from ui.models.plan_tree import NodeKind, PlanNode, task_heading


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanDetails", text)


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())


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


def _count_tasks(node: PlanNode) -> int:
    return sum(1 if child.kind is NodeKind.TASK else _count_tasks(child) for child in node.children)


def plan_html(plan: PlanInfo) -> str:
    return f"<h2>{escape(plan.title)}</h2>" + formatting.facts_table(
        [
            (tr("Document number"), plan.doc_number or ""),
            (tr("Issued by"), plan.issuer or ""),
            (tr("Issued on"), formatting.day(plan.issue_date)),
            (tr("Plan period"), plan.years),
            (tr("Kind"), plan.kind or ""),
            (tr("Tasks"), str(plan.task_count)),
            (tr("Indicators"), str(plan.indicator_count)),
            (tr("Source file"), plan.source_name or ""),
            (tr("Note"), plan.note or ""),
        ]
    )


def section_html(node: PlanNode, section: SectionInfo) -> str:
    plan = _plan_of(node)
    return f"<h2>{escape(section.heading)}</h2>" + formatting.facts_table(
        [
            (tr("Plan"), plan.title if plan else ""),
            (tr("Tasks in this section"), str(_count_tasks(node))),
        ]
    )


def deadline_text(task: TaskInfo) -> str:
    if task.deadline_text:
        return task.deadline_text
    if task.deadline is not None:
        return formatting.day(task.deadline)
    if task.year is not None:
        return tr("{year} (whole year)").format(year=task.year)
    return tr("Not specified in the plan")


def task_html(node: PlanNode, task: TaskInfo) -> str:
    plan = _plan_of(node)
    section = _section_of(node)
    facts = [
        (tr("Plan"), plan.title if plan else ""),
        (tr("Section"), section.heading if section else ""),
        (tr("Deadline"), deadline_text(task)),
        (tr("Lead departments"), formatting.join(task.departments(Role.LEAD.value))),
        (tr("Supporting departments"), formatting.join(task.departments(Role.SUPPORT.value))),
        (tr("Responsible departments"), formatting.join(task.departments(Role.RESPONSIBLE.value))),
    ]
    if not task.assignments:
        facts.append((tr("Departments"), tr("None assigned yet")))
    parts = [f"<h2>{escape(task_heading(task))}</h2>", formatting.facts_table(facts)]
    parts.append(f"<h3>{escape(tr('Task text'))}</h3>{_paragraphs(task.text or task.title)}")
    if task.measures:
        parts.append(f"<h3>{escape(tr('Measures'))}</h3>{_paragraphs(task.measures)}")
    if task.note:
        parts.append(f"<h3>{escape(tr('Note'))}</h3>{_paragraphs(task.note)}")
    return "".join(parts)


def node_html(node: PlanNode | None) -> str:
    if node is None or node.record is None:
        return f"<p>{escape(tr('Choose a plan, a section or a task on the left to see its details.'))}</p>"
    if isinstance(node.record, PlanInfo):
        return plan_html(node.record)
    if isinstance(node.record, SectionInfo):
        return section_html(node, node.record)
    return task_html(node, node.record)
