"""How stored things read on forms and in previews: field names, shown values, headings, roles, titles.

Shared by the exports (what a department sees) and the import planning (what the clerk is shown
changing), so a value written out and read back compares equal.
"""

from __future__ import annotations

import re

from ipdesk.domain.enums import LEADING_ROLES, Role
from ipdesk.excel.vocabulary import STATUS_WORDS, normalise
from ipdesk.i18n import translate
from ipdesk.storage.models import Department, PlanSection, Task

TITLE_LIMIT = 300


def field_label(name: str) -> str:
    labels = {
        "status": translate("Excel", "Status"),
        "percent": translate("Excel", "Completion %"),
        "progress": translate("Excel", "Progress"),
        "problems": translate("Excel", "Problems"),
        "next_steps": translate("Excel", "Next steps"),
        "reporter": translate("Excel", "Reporter"),
        "value": translate("Excel", "Actual value"),
        "note": translate("Excel", "Note"),
        "title": translate("Excel", "Task"),
        "measures": translate("Excel", "Measures"),
        "deadline_text": translate("Excel", "Deadline"),
        "number": translate("Excel", "No."),
        "category": translate("Excel", "Category"),
        "lead": translate("Excel", "Lead"),
        "support": translate("Excel", "Support"),
    }
    return labels.get(name, name)


def shown(name: str, value: object) -> str | None:
    """A field's value as the preview shows it (status words, whole numbers without ``.0``)."""
    if value is None or value == "":
        return None
    if name == "status":
        return STATUS_WORDS.get(str(value), str(value))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def quoted_title(title: str) -> str:
    """A plan title in 《》, as forms and tables print it."""
    return title if title.startswith("《") else f"《{title}》"


def short_title(text: str) -> str:
    """A task title of at most 300 characters; the full wording is kept as the task text."""
    if len(text) <= TITLE_LIMIT:
        return text
    for mark in ("。", "；", "，", "\n"):
        cut = text.find(mark)
        if 0 < cut < TITLE_LIMIT:
            return text[:cut]
    return text[: TITLE_LIMIT - 1] + "…"


def measure_shown(task: Task) -> str | None:
    """What the 具体措施 column shows for a task (its measures, or its text beyond the title)."""
    if task.measures:
        return task.measures
    text = (task.text or "").strip()
    if not text or text == task.title:
        return None
    if text.startswith(task.title):
        rest = text[len(task.title) :].lstrip("。.；;，,\n ").strip()
        return rest or None
    return text


def department_label(department: Department) -> str:
    return department.short_name or department.name


def section_heading(section: PlanSection | None) -> str:
    if section is None:
        return ""
    label = section.label.strip()
    if not label:
        return section.title
    if label.startswith(("(", "（")) or label.endswith(("、", ".", "．")) or label.startswith("第"):
        return f"{label}{section.title}".replace("(", "（").replace(")", "）")
    return f"{label}、{section.title}"


def section_keys(section: PlanSection | None) -> set[str]:
    """The spellings of a section's heading a 分工表's 类别 column may use."""
    if section is None:
        return set()
    return {
        normalise(section.title),
        normalise(section_heading(section)),
        normalise(f"{section.label}{section.title}"),
    }


_HEADING = re.compile(
    r"^\s*((?:[一二三四五六七八九十百]+|\d+)\s*[、.．]|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十\d]+[部分章节])\s*"
)


def split_heading(text: str) -> tuple[str, str]:
    """("三", "加强保护") from "三、加强保护"; ("", text) when there is no numbering."""
    match = _HEADING.match(text)
    if not match:
        return "", text.strip()
    label = match.group(1).rstrip("、.． ")
    return label[:20], text[match.end() :].strip() or text.strip()


def plan_title_from(title: str | None, stem: str) -> str:
    """The title of a plan created for a foreign 分工表: its heading (or file name) without 任务分工表."""
    base = (title or stem).strip()
    base = re.sub(r"(?:重点)?任务分工(?:方案|表)?$", "", base).strip("《》 ") or base
    return base[:300]


def role_field(role: str) -> str:
    """The preview field a written role shows under: 牵头 (lead) or 配合 (support)."""
    return "support" if role == "support" else "lead"


def same_role(stored: str, written: str) -> bool:
    if written == "support":
        return stored == Role.SUPPORT.value
    if written == "lead":
        return stored in LEADING_ROLES
    return stored in (Role.RESPONSIBLE.value, Role.LEAD.value)


def stored_role(written: str) -> str:
    """The database role for a role read from a 分工表 column."""
    if written == "lead":
        return Role.LEAD.value
    if written == "support":
        return Role.SUPPORT.value
    return Role.RESPONSIBLE.value
