"""The editable draft of a plan taken in from a document: plain Python, no Qt, no database.

Built once from the parser's :class:`~ipdesk.intake.model.ParsedPlan`; from then on the clerk's edits change
it through the command objects in :mod:`ipdesk.services.plan_intake.commands`, so every edit can be undone.
Items refer to each other by ``uid`` (stable for the draft's life) rather than by list position, because
positions shift as tasks are merged, split, moved and deleted. Every item keeps the source lines it came
from and the parser's warnings about it.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ipdesk.domain.deadlines import parse_deadline
from ipdesk.domain.enums import DepartmentKind, Direction, IndicatorCategory, IndicatorKind, Role
from ipdesk.intake.model import ROLE_KEYS, DepartmentRef, ParsedPlan, ParseWarning, TargetValue
from ipdesk.services.plans import SectionInfo

META_UID = 0
"""The uid of the plan's metadata (title, 文号 …) in :meth:`PlanDraft.find` and ``EditField``."""

MATCHED = "matched"
RENAMED = "renamed"
AMBIGUOUS = "ambiguous"
NEW = "new"


def heading(label: str, title: str) -> str:
    """A section heading as the plans page shows it ("一、指导思想", "第三章 规划背景")."""
    return SectionInfo(0, 0, None, label, title, 1, 0).heading


@dataclass(slots=True)
class PlanMeta:
    title: str = ""
    doc_number: str | None = None
    issuer: str | None = None
    issue_date: date | None = None
    kind: str | None = None
    start_year: int | None = None
    end_year: int | None = None


@dataclass(slots=True, eq=False)
class DraftDepartment:
    """A department a task or indicator names, with its role and what the registry made of the name."""

    uid: int
    name: str
    """As written, with the level the list left implicit ("财政局" after "市科技局" -> "市财政局")."""
    role: str = Role.RESPONSIBLE.value
    kind: str = DepartmentKind.AGENCY.value
    department_id: int | None = None
    department_name: str | None = None
    status: str = NEW
    """matched / renamed (through a 机构改革 predecessor, to confirm) / ambiguous / new."""
    candidates: tuple[int, ...] = ()
    line: int | None = None

    @property
    def needs_resolution(self) -> bool:
        return self.status != MATCHED or self.department_id is None


@dataclass(slots=True, eq=False)
class DraftSection:
    uid: int
    label: str
    title: str
    level: int
    parent: int | None
    """uid of the enclosing section."""
    line_first: int | None = None
    line_last: int | None = None
    role: str = "task"
    warnings: list[ParseWarning] = field(default_factory=list)

    @property
    def heading(self) -> str:
        return heading(self.label, self.title)


@dataclass(slots=True, eq=False)
class DraftTask:
    uid: int
    number: str
    title: str
    text: str = ""
    section: int | None = None
    """uid of the section the task stands in (None: directly under the plan)."""
    deadline_text: str | None = None
    line_first: int | None = None
    line_last: int | None = None
    departments: list[DraftDepartment] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)

    @property
    def deadline(self) -> date | None:
        return parse_deadline(self.deadline_text)


@dataclass(slots=True, eq=False)
class DraftIndicator:
    uid: int
    name: str
    unit: str = ""
    kind: str = IndicatorKind.LEVEL.value
    category: str = IndicatorCategory.OTHER.value
    direction: str = Direction.HIGHER.value
    code: str | None = None
    baseline_year: int | None = None
    baseline_value: float | None = None
    targets: dict[int, TargetValue] = field(default_factory=dict)
    note: str | None = None
    definition: str | None = None
    line_first: int | None = None
    line_last: int | None = None
    departments: list[DraftDepartment] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)


DraftItem = PlanMeta | DraftSection | DraftTask | DraftIndicator | DraftDepartment


@dataclass(eq=False)
class PlanDraft:
    meta: PlanMeta
    sections: list[DraftSection] = field(default_factory=list)
    tasks: list[DraftTask] = field(default_factory=list)
    """Document order, which becomes the tasks' order in the plan."""
    indicators: list[DraftIndicator] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    """Warnings about no item in particular (or about lines no item covers)."""
    source_text: str = ""
    source_name: str | None = None
    encoding: str | None = None
    _last_uid: int = field(default=META_UID, repr=False)

    def new_uid(self) -> int:
        self._last_uid += 1
        return self._last_uid

    def snapshot(self) -> PlanDraft:
        """A deep copy, for work on another thread while the clerk may go on editing this one."""
        return copy.deepcopy(self)

    # -- lookups ------------------------------------------------------------------------------------

    def find(self, uid: int) -> DraftItem | None:
        if uid == META_UID:
            return self.meta
        for item in self.items():
            if item.uid == uid:
                return item
        return None

    def items(self) -> Iterator[DraftSection | DraftTask | DraftIndicator | DraftDepartment]:
        yield from self.sections
        for owner in (*self.tasks, *self.indicators):
            yield owner
            yield from owner.departments

    def owner_of(self, department_uid: int) -> DraftTask | DraftIndicator | None:
        for owner in (*self.tasks, *self.indicators):
            if any(dept.uid == department_uid for dept in owner.departments):
                return owner
        return None

    def section(self, uid: int | None) -> DraftSection | None:
        return next((s for s in self.sections if s.uid == uid), None) if uid is not None else None

    def task(self, uid: int) -> DraftTask | None:
        return next((t for t in self.tasks if t.uid == uid), None)

    def subtree(self, section_uid: int) -> list[int]:
        """The section and every section below it (uids, document order)."""
        found = [section_uid]
        for section in self.sections:
            if section.parent in found and section.uid not in found:
                found.append(section.uid)
        return found

    def section_heading(self, uid: int | None) -> str:
        section = self.section(uid)
        return section.heading if section is not None else ""

    def departments(self) -> Iterator[DraftDepartment]:
        for owner in (*self.tasks, *self.indicators):
            yield from owner.departments

    def all_warnings(self) -> list[ParseWarning]:
        found = list(self.warnings)
        for item in self.items():
            found.extend(getattr(item, "warnings", ()))
        return sorted(found, key=lambda w: (w.line is None, w.line or 0))

    def counts(self) -> dict[str, int]:
        return {
            "sections": len(self.sections),
            "tasks": len(self.tasks),
            "assignments": sum(len(t.departments) for t in self.tasks),
            "indicators": len(self.indicators),
            "warnings": len(self.all_warnings()),
        }

    def new_task(self, title: str, *, section: int | None = None, **fields: Any) -> DraftTask:
        return DraftTask(self.new_uid(), fields.pop("number", ""), title, section=section, **fields)

    def new_department(self, name: str, **fields: Any) -> DraftDepartment:
        return DraftDepartment(self.new_uid(), name, **fields)

    def new_indicator(self, name: str, **fields: Any) -> DraftIndicator:
        return DraftIndicator(self.new_uid(), name, **fields)


# -- from the parser --------------------------------------------------------------------------------------


def _department(draft: PlanDraft, ref: DepartmentRef) -> DraftDepartment:
    match = ref.match
    return DraftDepartment(
        draft.new_uid(),
        (ref.qualified_name or ref.name).strip(),
        ROLE_KEYS.get(ref.role, Role.RESPONSIBLE.value),
        ref.kind if ref.kind in DepartmentKind.values() else DepartmentKind.OTHER.value,
        match.department_id if match else None,
        match.department_name if match else None,
        match.status if match else NEW,
        tuple(match.candidates) if match else (),
        ref.line,
    )


def _number(value: TargetValue | None) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _choice(value: str | None, allowed: tuple[str, ...], default: str) -> str:
    return value if value in allowed else default


def draft_from_parsed(plan: ParsedPlan) -> PlanDraft:
    """The editable draft of what the parser found; warnings go to the item whose lines they point at."""
    draft = PlanDraft(
        PlanMeta(
            (plan.title or "").strip(),
            plan.doc_number,
            plan.issuer,
            plan.date,
            plan.kind,
            plan.start_year,
            plan.end_year,
        ),
        source_text=plan.text,
        source_name=plan.source_name,
        encoding=plan.encoding,
    )
    uids: list[int] = []
    for section in plan.sections:
        uid = draft.new_uid()
        uids.append(uid)
        parent = uids[section.parent] if section.parent is not None and section.parent < len(uids) else None
        label = section.label_raw.strip() or section.label
        draft.sections.append(
            DraftSection(
                uid, label, section.title, section.level, parent, section.line_first, section.line_last, section.role
            )
        )
    attached: set[ParseWarning] = set()
    for task in plan.tasks:
        section_uid = uids[task.section] if task.section is not None and task.section < len(uids) else None
        draft.tasks.append(
            DraftTask(
                draft.new_uid(),
                task.number,
                task.title,
                task.text,
                section_uid,
                task.deadline_text,
                task.line_first,
                task.line_last,
                [_department(draft, ref) for ref in task.departments],
                list(task.warnings),
            )
        )
        attached.update(task.warnings)
    for indicator in plan.indicators:
        baseline = indicator.baseline
        note = "；".join(part for part in (indicator.note, indicator.qualifier) if part) or None
        draft.indicators.append(
            DraftIndicator(
                draft.new_uid(),
                indicator.name,
                indicator.unit,
                _choice(indicator.kind, IndicatorKind.values(), IndicatorKind.LEVEL.value),
                _choice(indicator.category, IndicatorCategory.values(), IndicatorCategory.OTHER.value),
                _choice(indicator.direction, Direction.values(), Direction.HIGHER.value),
                indicator.code,
                baseline.year if baseline else None,
                _number(baseline.value) if baseline else None,
                dict(indicator.targets),
                note,
                indicator.definition,
                indicator.line_first,
                indicator.line_last,
                [_department(draft, ref) for ref in indicator.departments],
                list(indicator.warnings),
            )
        )
        attached.update(indicator.warnings)
    for warning in plan.warnings:
        if warning in attached:
            continue
        holder = _deepest_section(draft, warning.line)
        if holder is not None:
            holder.warnings.append(warning)
        else:
            draft.warnings.append(warning)
    return draft


def _deepest_section(draft: PlanDraft, line: int | None) -> DraftSection | None:
    if line is None:
        return None
    holders = [
        s for s in draft.sections if s.line_first is not None and s.line_first <= line <= (s.line_last or s.line_first)
    ]
    return max(holders, key=lambda s: s.level, default=None)
