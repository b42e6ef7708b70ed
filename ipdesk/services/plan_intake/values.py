"""The draft's items in the form the database will hold them: one definition for the diff and for saving,
so that taking in the same document twice compares equal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ipdesk.intake.model import TargetValue
from ipdesk.services.plan_intake.draft import RENAMED, DraftDepartment, DraftIndicator, DraftTask, PlanDraft, PlanMeta
from ipdesk.services.plan_intake.resolution import CreateDepartment, MapToExisting, Resolutions

META_FIELDS = ("title", "doc_number", "issuer", "issue_date", "kind", "start_year", "end_year")
TASK_FIELDS = ("number", "title", "deadline_text", "section", "text")
INDICATOR_FIELDS = ("code", "unit", "kind", "baseline_year", "baseline_value")
"""What the document states about an indicator: compared and, on a revision, overwritten."""
INDICATOR_ANNOTATIONS = ("category", "direction", "definition", "note")
"""The clerk's classification and remarks: written for a new indicator; on a revision only filled in when blank,
because the parser's guesses (category "other", the verb as note) are poorer than what the clerk curated."""
BLANK = (None, "", "other")


def task_heading_text(number: str, title: str) -> str:
    """ "3. 标题"; "（二）标题" and "一、标题" when the number carries its punctuation; "第六节 标题"."""
    number = (number or "").strip()
    if not number:
        return title
    if number[-1] in "）)、.．":
        return f"{number}{title}"
    if number.isascii():
        return f"{number}. {title}"
    return f"{number} {title}"


def same(old: object, new: object) -> bool:
    """Equal as stored; texts that differ only in white space (a web page's non-breaking spaces) are the same."""
    if isinstance(old, str) and isinstance(new, str):
        return "".join(old.split()) == "".join(new.split())
    return old == new


def annotation_updates(stored: dict[str, Any], draft: dict[str, Any]) -> dict[str, Any]:
    """The annotations a revision fills in: only where the stored indicator has none."""
    return {
        name: draft[name]
        for name in INDICATOR_ANNOTATIONS
        if stored.get(name) in BLANK and draft.get(name) not in BLANK and not same(stored.get(name), draft.get(name))
    }


def text_or_none(value: object) -> str | None:
    text = "" if value is None else str(value).strip()
    return text or None


def meta_values(meta: PlanMeta) -> dict[str, Any]:
    return {
        "title": (meta.title or "").strip(),
        "doc_number": text_or_none(meta.doc_number),
        "issuer": text_or_none(meta.issuer),
        "issue_date": meta.issue_date,
        "kind": text_or_none(meta.kind),
        "start_year": meta.start_year,
        "end_year": meta.end_year,
    }


def task_values(draft: PlanDraft, task: DraftTask) -> dict[str, Any]:
    return {
        "number": (task.number or "").strip(),
        "title": (task.title or "").strip(),
        "text": (task.text or "").strip(),
        "deadline_text": text_or_none(task.deadline_text),
        "section": draft.section_heading(task.section),
    }


def indicator_values(indicator: DraftIndicator) -> dict[str, Any]:
    return {
        "code": text_or_none(indicator.code),
        "unit": (indicator.unit or "").strip(),
        "kind": indicator.kind,
        "baseline_year": indicator.baseline_year,
        "baseline_value": indicator.baseline_value if indicator.baseline_year is not None else None,
        "category": indicator.category,
        "direction": indicator.direction,
        "definition": text_or_none(indicator.definition),
        "note": text_or_none(indicator.note),
    }


def target_value(value: TargetValue | None) -> float | str | None:
    """A target as stored: a number, or the text of a qualitative target."""
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    text = str(value).strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return text


def target_values(indicator: DraftIndicator) -> dict[int, float | str]:
    found = {year: target_value(value) for year, value in indicator.targets.items()}
    return {year: value for year, value in sorted(found.items()) if value is not None}


@dataclass(frozen=True)
class DepartmentChoice:
    """Which department a reference will be saved as: an existing id, or a name to create."""

    department_id: int | None
    create: CreateDepartment | None
    label: str
    written: str
    """The name as the draft has it (the key of the clerk's decision)."""

    @property
    def key(self) -> tuple[str, int | str]:
        if self.department_id is not None:
            return ("id", self.department_id)
        return ("new", self.create.name if self.create is not None else self.label)


def department_choice(dept: DraftDepartment, resolutions: Resolutions) -> DepartmentChoice | None:
    """The department ``dept`` will be saved as; None when it still needs a decision."""
    if not dept.needs_resolution:
        return DepartmentChoice(dept.department_id, None, dept.name, dept.name)
    decided = resolutions.get(dept.name)
    if isinstance(decided, MapToExisting):
        return DepartmentChoice(decided.department_id, None, dept.name, dept.name)
    if isinstance(decided, CreateDepartment):
        return DepartmentChoice(None, decided, decided.name.strip() or dept.name, dept.name)
    if dept.status == RENAMED and dept.department_id is not None:
        return DepartmentChoice(dept.department_id, None, dept.name, dept.name)
    return None


def assignment_values(
    departments: list[DraftDepartment], resolutions: Resolutions
) -> list[tuple[DepartmentChoice, str]]:
    """(department, role) per distinct department, in the draft's order (a department named twice counts once)."""
    seen: set[tuple[str, int | str]] = set()
    found = []
    for dept in departments:
        choice = department_choice(dept, resolutions)
        if choice is None or choice.key in seen:
            continue
        seen.add(choice.key)
        found.append((choice, dept.role))
    return found
