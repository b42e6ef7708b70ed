"""What taking in a revised document would change in the plan already stored.

Tasks are paired by number and title similarity (and text, section and order to settle the rest), so a
task whose title was reworded stays the same task — and keeps its id and its departments' reports.
Indicators are paired by name. Field values are compared in the form the database holds them
(:mod:`ipdesk.services.plan_intake.values`), so the same document taken in twice gives an empty diff.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from typing import Any

from ipdesk.services.plan_intake.draft import DraftIndicator, DraftTask, PlanDraft
from ipdesk.services.plan_intake.resolution import Resolutions
from ipdesk.services.plan_intake.stored import StoredIndicator, StoredPlan, StoredTask
from ipdesk.services.plan_intake.values import (
    INDICATOR_ANNOTATIONS,
    INDICATOR_FIELDS,
    META_FIELDS,
    TASK_FIELDS,
    annotation_updates,
    assignment_values,
    indicator_values,
    meta_values,
    same,
    target_values,
    task_heading_text,
    task_values,
)

TEXT_PREFIX = 400  # characters of a task's text compared when titles differ
TITLE_SAME = 0.6
TEXT_SAME = 0.7
INDICATOR_SAME = 0.75


@dataclass(frozen=True)
class FieldChange:
    field: str
    """A field name (``title``, ``deadline_text`` …) or ``target`` with ``year`` set."""
    old: str
    new: str
    year: int | None = None


@dataclass(frozen=True)
class AssignmentChange:
    department: str
    old_role: str | None
    """None: the department is added."""
    new_role: str | None
    """None: the department is no longer named."""
    reports: int = 0
    """For a department no longer named: its reports on the task (then it stays assigned)."""

    @property
    def kept(self) -> bool:
        return self.new_role is None and self.reports > 0


@dataclass(frozen=True)
class TaskDiff:
    heading: str
    task_id: int | None
    uid: int | None
    fields: tuple[FieldChange, ...] = ()
    assignments: tuple[AssignmentChange, ...] = ()
    reports: int = 0
    """For a removed task: reports filed on it (then it is kept, not deleted)."""

    @property
    def kept(self) -> bool:
        return self.task_id is not None and self.uid is None and self.reports > 0


@dataclass(frozen=True)
class IndicatorDiff:
    name: str
    indicator_id: int | None
    uid: int | None
    fields: tuple[FieldChange, ...] = ()
    departments: tuple[AssignmentChange, ...] = ()
    values: int = 0
    """For a removed indicator: values recorded for it (then it is kept)."""

    @property
    def kept(self) -> bool:
        return self.indicator_id is not None and self.uid is None and self.values > 0


@dataclass(frozen=True)
class PlanDiff:
    plan_id: int
    plan_title: str
    metadata: tuple[FieldChange, ...] = ()
    sections_added: tuple[str, ...] = ()
    sections_removed: tuple[str, ...] = ()
    tasks_added: tuple[TaskDiff, ...] = ()
    tasks_removed: tuple[TaskDiff, ...] = ()
    tasks_changed: tuple[TaskDiff, ...] = ()
    tasks_unchanged: int = 0
    indicators_added: tuple[IndicatorDiff, ...] = ()
    indicators_removed: tuple[IndicatorDiff, ...] = ()
    indicators_changed: tuple[IndicatorDiff, ...] = ()
    indicators_unchanged: int = 0

    @property
    def is_empty(self) -> bool:
        return not (
            self.metadata
            or self.sections_added
            or self.sections_removed
            or self.tasks_added
            or self.tasks_removed
            or self.tasks_changed
            or self.indicators_added
            or self.indicators_removed
            or self.indicators_changed
        )


def show(value: Any) -> str:
    """A value as the diff shows it: numbers without a trailing .0, dates as ISO, nothing as ""."""
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.6g}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# -- pairing ----------------------------------------------------------------------------------------------


def _ratio(a: str, b: str, floor: float = 0.0) -> float:
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
        return 0.0
    return matcher.ratio()


def match_tasks(draft: PlanDraft, stored: Sequence[StoredTask]) -> dict[int, int]:
    """Draft task uid -> stored task id for the tasks that are the same task in both versions."""
    new = [(t.uid, task_values(draft, t), i) for i, t in enumerate(draft.tasks)]
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    # identical section, number and title first (titles repeat across chapters: the section tells them apart)
    exact: dict[tuple[str, str, str], list[StoredTask]] = {}
    for old in stored:
        exact.setdefault((old.section, old.number, old.title), []).append(old)
    for uid, values, _ in new:
        bucket = exact.get((values["section"], values["number"], values["title"]))
        if bucket:
            old = bucket.pop(0)
            pairs[uid] = old.id
            taken.add(old.id)
    scored: list[tuple[float, int, int, int]] = []
    rest = [old for old in stored if old.id not in taken]
    positions = {old.id: i for i, old in enumerate(stored)}
    for uid, values, index in new:
        if uid in pairs:
            continue
        for old in rest:
            title = _ratio(values["title"], old.title)
            text = _ratio(values["text"][:TEXT_PREFIX], old.text[:TEXT_PREFIX], TEXT_SAME) if title < 0.9 else 0.0
            same_number = values["number"] == old.number and bool(old.number)
            same_section = values["section"] == old.section
            similar = max(title, text)
            if not (title >= TITLE_SAME or text >= TEXT_SAME or (same_number and same_section and similar >= 0.3)):
                continue
            score = similar + 0.15 * same_number + 0.1 * same_section
            scored.append((score, -abs(index - positions[old.id]), uid, old.id))
    for _score, _distance, uid, old_id in sorted(scored, reverse=True):
        if uid in pairs or old_id in taken:
            continue
        pairs[uid] = old_id
        taken.add(old_id)
    return pairs


def match_indicators(draft: PlanDraft, stored: Sequence[StoredIndicator]) -> dict[int, int]:
    """Draft indicator uid -> stored indicator id: same name, else the most similar name."""
    pairs: dict[int, int] = {}
    by_name = {old.name: old.id for old in stored}
    for indicator in draft.indicators:
        old_id = by_name.get(indicator.name.strip())
        if old_id is not None and old_id not in pairs.values():
            pairs[indicator.uid] = old_id
    taken = set(pairs.values())
    scored = []
    for indicator in draft.indicators:
        if indicator.uid in pairs:
            continue
        for old in stored:
            if old.id in taken:
                continue
            ratio = _ratio(indicator.name.strip(), old.name, INDICATOR_SAME)
            if ratio >= INDICATOR_SAME:
                scored.append((ratio, indicator.uid, old.id))
    for _ratio_value, uid, old_id in sorted(scored, reverse=True):
        if uid in pairs or old_id in taken:
            continue
        pairs[uid] = old_id
        taken.add(old_id)
    return pairs


# -- comparing --------------------------------------------------------------------------------------------


def _changes(old: dict[str, Any], new: dict[str, Any], fields: Sequence[str]) -> list[FieldChange]:
    return [
        FieldChange(name, show(old.get(name)), show(new.get(name)))
        for name in fields
        if not same(old.get(name), new.get(name))
    ]


def _department_changes(
    old: Sequence[tuple[int, str, str, int]], new: list[tuple[tuple[str, int | str], str, str]]
) -> list[AssignmentChange]:
    """``old``: (department id, label, role, reports); ``new``: (key, label, role)."""
    changes = []
    old_by_id = {dept_id: (label, role, reports) for dept_id, label, role, reports in old}
    new_ids = set()
    for key, label, role in new:
        if key[0] == "id":
            new_ids.add(key[1])
            before = old_by_id.get(int(key[1]))
            if before is None:
                changes.append(AssignmentChange(label, None, role))
            elif before[1] != role:
                changes.append(AssignmentChange(before[0], before[1], role))
        else:
            changes.append(AssignmentChange(label, None, role))
    for dept_id, label, role, reports in old:
        if dept_id not in new_ids:
            changes.append(AssignmentChange(label, role, None, reports))
    return changes


def _task_departments(task: DraftTask, resolutions: Resolutions) -> list[tuple[tuple[str, int | str], str, str]]:
    return [(choice.key, choice.label, role) for choice, role in assignment_values(task.departments, resolutions)]


def _stored_task_values(old: StoredTask) -> dict[str, Any]:
    return {
        "number": old.number,
        "title": old.title,
        "text": old.text,
        "deadline_text": old.deadline_text,
        "section": old.section,
    }


def _indicator_changes(indicator: DraftIndicator, old: StoredIndicator | None) -> list[FieldChange]:
    new_values = indicator_values(indicator)
    new_targets = target_values(indicator)
    if old is None:
        return [FieldChange("target", "", show(value), year) for year, value in new_targets.items()]
    old_values = {name: getattr(old, name) for name in (*INDICATOR_FIELDS, *INDICATOR_ANNOTATIONS)}
    changes = _changes(old_values, new_values, INDICATOR_FIELDS)
    filled = annotation_updates(old_values, new_values)
    changes.extend(_changes(old_values, filled, tuple(filled)))
    for year in sorted(set(old.targets) | set(new_targets)):
        before, after = old.targets.get(year), new_targets.get(year)
        if before != after:
            changes.append(FieldChange("target", show(before), show(after), year))
    return changes


def compute_diff(draft: PlanDraft, stored: StoredPlan, resolutions: Resolutions) -> PlanDiff:
    old_meta, new_meta = meta_values(stored.meta), meta_values(draft.meta)
    metadata = _changes(old_meta, new_meta, META_FIELDS)

    pairs = match_tasks(draft, stored.tasks)
    by_id = {old.id: old for old in stored.tasks}
    added, changed = [], []
    unchanged = 0
    for task in draft.tasks:
        values = task_values(draft, task)
        heading = task_heading_text(values["number"], values["title"])
        departments = _task_departments(task, resolutions)
        old = by_id.get(pairs.get(task.uid, -1))
        if old is None:
            added.append(
                TaskDiff(
                    heading,
                    None,
                    task.uid,
                    (),
                    tuple(AssignmentChange(label, None, role) for _key, label, role in departments),
                )
            )
            continue
        fields = _changes(_stored_task_values(old), values, TASK_FIELDS)
        assignments = _department_changes(
            [(a.department_id, a.department_name, a.role, a.reports) for a in old.assignments], departments
        )
        if fields or assignments:
            changed.append(TaskDiff(heading, old.id, task.uid, tuple(fields), tuple(assignments)))
        else:
            unchanged += 1
    matched = set(pairs.values())
    removed = tuple(
        TaskDiff(task_heading_text(old.number, old.title), old.id, None, reports=old.reports)
        for old in stored.tasks
        if old.id not in matched
    )

    ind_pairs = match_indicators(draft, stored.indicators)
    ind_by_id = {old.id: old for old in stored.indicators}
    ind_added, ind_changed = [], []
    ind_unchanged = 0
    for indicator in draft.indicators:
        old_ind = ind_by_id.get(ind_pairs.get(indicator.uid, -1))
        departments = [(c.key, c.label, role) for c, role in assignment_values(indicator.departments, resolutions)]
        if old_ind is None:
            ind_added.append(
                IndicatorDiff(
                    indicator.name.strip(),
                    None,
                    indicator.uid,
                    tuple(_indicator_changes(indicator, None)),
                    tuple(AssignmentChange(label, None, role) for _k, label, role in departments),
                )
            )
            continue
        fields = _indicator_changes(indicator, old_ind)
        if indicator.name.strip() != old_ind.name:
            fields.insert(0, FieldChange("name", old_ind.name, indicator.name.strip()))
        links = (  # a document that names nobody for the indicator leaves the departments the clerk gave it
            _department_changes([(d, label, role, 0) for d, label, role in old_ind.departments], departments)
            if indicator.departments
            else []
        )
        if fields or links:
            ind_changed.append(
                IndicatorDiff(indicator.name.strip(), old_ind.id, indicator.uid, tuple(fields), tuple(links))
            )
        else:
            ind_unchanged += 1
    ind_matched = set(ind_pairs.values())
    ind_removed = tuple(
        IndicatorDiff(old.name, old.id, None, values=old.values)
        for old in stored.indicators
        if old.id not in ind_matched
    )
    return PlanDiff(
        stored.id,
        stored.meta.title,
        tuple(metadata),
        *_section_changes(draft, stored),
        tuple(added),
        removed,
        tuple(changed),
        unchanged,
        tuple(ind_added),
        ind_removed,
        tuple(ind_changed),
        ind_unchanged,
    )


def _section_changes(draft: PlanDraft, stored: StoredPlan) -> tuple[tuple[str, ...], tuple[str, ...]]:
    new = Counter(s.heading for s in draft.sections)
    old = Counter(stored.sections)
    return tuple((new - old).elements()), tuple((old - new).elements())
