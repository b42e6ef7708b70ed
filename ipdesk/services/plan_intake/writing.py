"""Writing a draft into the database inside the caller's transaction: a new plan, or a revision of one.

Everything here takes the open session and never commits, so a save is all or nothing. A revision keeps
the ids of the tasks it pairs with the stored ones (and so their departments' reports), adds the new
tasks and deletes vanished ones only when nobody has reported on them; the same holds for departments
no longer named on a task (kept while they have reports) and indicators (kept while they have values).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ipdesk.domain.enums import BatchKind, BatchStatus, DepartmentKind
from ipdesk.errors import ValidationError
from ipdesk.i18n import translate
from ipdesk.services.base import fetch, flush_or_conflict
from ipdesk.services.indicators import store_target
from ipdesk.services.plan_intake.checks import problems
from ipdesk.services.plan_intake.diff import match_indicators, match_tasks
from ipdesk.services.plan_intake.draft import DraftDepartment, DraftIndicator, DraftTask, PlanDraft
from ipdesk.services.plan_intake.resolution import (
    CreateDepartment,
    MapToExisting,
    Resolutions,
    expand_resolutions,
    unresolved_names,
)
from ipdesk.services.plan_intake.stored import StoredPlan, read_stored_plan
from ipdesk.services.plan_intake.values import (
    INDICATOR_ANNOTATIONS,
    INDICATOR_FIELDS,
    DepartmentChoice,
    annotation_updates,
    assignment_values,
    indicator_values,
    meta_values,
    same,
    target_values,
    task_values,
)
from ipdesk.services.plans import _apply_plan_fields
from ipdesk.storage import audit
from ipdesk.storage.models import (
    AdminUnit,
    Department,
    DepartmentAlias,
    ImportBatch,
    Indicator,
    IndicatorDepartment,
    Installation,
    Plan,
    PlanSection,
    Task,
    TaskAssignment,
)


@dataclass
class WriteCounts:
    """What a save did, for the import batch's row counts."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    kept: list[str] = field(default_factory=list)


def check_draft(draft: PlanDraft, resolutions: Resolutions) -> None:
    found = problems(draft, resolutions)
    if found:
        lines = [p.message for p in found[:5]]
        if len(found) > 5:
            lines.append(translate("PlanIntake", "… and {count} more.").format(count=len(found) - 5))
        raise ValidationError("\n".join(lines))


def plan_unit(session: Session, draft: PlanDraft) -> int | None:
    """The administrative unit the plan belongs to: the one its issuer or title names, else this installation's."""
    where = " ".join(filter(None, (draft.meta.issuer, draft.meta.title)))
    named = [u for u in session.scalars(select(AdminUnit)) if u.name and u.name in where]
    if named:
        return max(named, key=lambda u: len(u.name)).id
    installation = session.get(Installation, 1)
    return installation.unit_id if installation is not None else None


# -- departments ------------------------------------------------------------------------------------------


def _remember_alias(session: Session, dept: Department, alias: str) -> None:
    """Record ``alias`` for ``dept`` unless it is already one of its names or names another department."""
    text = alias.strip()
    if (
        not text
        or len(text) > 200
        or text in (dept.name, dept.short_name)
        or any(a.alias == text for a in dept.aliases)
    ):
        return
    same_unit = Department.unit_id == dept.unit_id if dept.unit_id is not None else Department.unit_id.is_(None)
    clash = session.scalars(
        select(Department.id)
        .outerjoin(DepartmentAlias)
        .where(
            Department.id != dept.id,
            Department.active.is_(True),
            same_unit,
            or_(Department.name == text, Department.short_name == text, DepartmentAlias.alias == text),
        )
    ).first()
    if clash is None:  # one name cannot mean two departments: then it is simply not remembered
        dept.aliases.append(DepartmentAlias(alias=text))


def _create(
    session: Session,
    decided: CreateDepartment,
    unit_id: int | None,
    written: str,
    made: dict[tuple[int | None, str], Department],
) -> Department:
    unit = decided.unit_id if decided.unit_id is not None else unit_id
    name = decided.name.strip()
    key = (unit, name)
    if key in made:
        return made[key]
    same_unit = Department.unit_id == unit if unit is not None else Department.unit_id.is_(None)
    dept = session.scalars(select(Department).where(Department.name == name, same_unit)).first()
    if dept is None:
        dept = Department(
            name=name,
            short_name=(decided.short_name or "").strip() or None,
            kind=decided.kind if decided.kind in DepartmentKind.values() else DepartmentKind.OTHER.value,
            unit_id=unit,
            position=session.scalar(select(func.count(Department.id))) or 0,
        )
        session.add(dept)
        flush_or_conflict(session, translate("Errors", "A department named {name} already exists.").format(name=name))
    _remember_alias(session, dept, written)
    made[key] = dept
    return dept


def resolve_departments(
    session: Session, draft: PlanDraft, resolutions: Resolutions, unit_id: int | None
) -> dict[str, int]:
    """Written name -> department id for every name that needed a decision (creating and remembering as decided)."""
    ids: dict[str, int] = {}
    made: dict[tuple[int | None, str], Department] = {}
    for name in unresolved_names(draft):
        for spelling in name.spellings:
            decided = resolutions.get(spelling) or resolutions.get(name.name)
            if decided is None and name.proposed_id is not None:
                decided = MapToExisting(name.proposed_id)
            if isinstance(decided, MapToExisting):
                dept = fetch(session, Department, decided.department_id, translate("Fields", "Department"))
                if not dept.active:
                    raise ValidationError(
                        translate("Errors", "{name} is no longer active; assign its successor instead.").format(
                            name=dept.name
                        )
                    )
                _remember_alias(session, dept, spelling)
                ids[spelling] = dept.id
            elif isinstance(decided, CreateDepartment):
                ids[spelling] = _create(session, decided, unit_id, spelling, made).id
    session.flush()
    return ids


def _department_ids(
    departments: list[DraftDepartment], resolutions: Resolutions, ids: dict[str, int]
) -> list[tuple[int, str]]:
    """(department id, role) for the references, each department once, in the draft's order."""
    found: list[tuple[int, str]] = []
    for choice, role in assignment_values(departments, resolutions):
        dept_id = _id_of(choice, ids)
        if dept_id is not None and all(dept_id != known for known, _ in found):
            found.append((dept_id, role))
    return found


def _id_of(choice: DepartmentChoice, ids: dict[str, int]) -> int | None:
    return choice.department_id if choice.department_id is not None else ids.get(choice.written)


# -- plan, sections, tasks, indicators --------------------------------------------------------------------


def _set(obj: object, name: str, value: object) -> bool:
    """Assign only a real change (so an unchanged re-import writes nothing to the audit log)."""
    if getattr(obj, name) == value:
        return False
    setattr(obj, name, value)
    return True


def _plan_fields(draft: PlanDraft) -> dict[str, object]:
    meta = meta_values(draft.meta)
    return {
        "title": meta["title"],
        "doc_number": meta["doc_number"],
        "issuer": meta["issuer"],
        "issue_date": meta["issue_date"],
        "kind": meta["kind"],
        "start_year": meta["start_year"],
        "end_year": meta["end_year"],
        "source_name": (draft.source_name or "")[:300] or None,
        "source_text": draft.source_text,
    }


def _apply_plan(session: Session, plan: Plan, draft: PlanDraft) -> None:
    fields = {k: v for k, v in _plan_fields(draft).items() if getattr(plan, k, None) != v}
    if fields:
        _apply_plan_fields(plan, session, fields)
    flush_or_conflict(session, translate("Errors", "A plan with this title and document number already exists."))


def _sync_sections(session: Session, plan: Plan, draft: PlanDraft) -> dict[int, PlanSection]:
    """Make the plan's sections those of the draft, reusing rows position by position."""
    old = sorted(plan.sections, key=lambda s: s.position)
    rows: dict[int, PlanSection] = {}
    for position, section in enumerate(draft.sections, start=1):
        row = old[position - 1] if position <= len(old) else None
        if row is None:
            row = PlanSection(plan_id=plan.id, position=position, label="", title="", level=1)
            plan.sections.append(row)
        parent = rows.get(section.parent) if section.parent is not None else None
        _set(row, "label", section.label.strip())
        _set(row, "title", section.title.strip() or section.label.strip())
        _set(row, "level", max(1, min(section.level, 9)))
        _set(row, "line_first", section.line_first)
        _set(row, "line_last", section.line_last)
        if row.parent is not parent:
            row.parent = parent
        rows[section.uid] = row
    session.flush()
    for row in reversed(old[len(draft.sections) :]):  # children come after their parents: delete them first
        plan.sections.remove(row)
        session.flush()
    return rows


def _write_task(task: Task, draft: PlanDraft, source: DraftTask, sections: dict[int, PlanSection]) -> bool:
    values = task_values(draft, source)
    changed = False
    for name in ("number", "title", "text", "deadline_text"):
        if not same(getattr(task, name), values[name]):
            changed |= _set(task, name, values[name])
    changed |= _set(task, "deadline", source.deadline)
    _set(task, "line_first", source.line_first)
    _set(
        task,
        "line_last",
        source.line_last
        if source.line_last is None or source.line_first is None
        else max(source.line_last, source.line_first),
    )
    section = sections.get(source.section) if source.section is not None else None
    if task.section is not section:
        task.section = section
        changed = True
    return changed


def _sync_assignments(task: Task, wanted: list[tuple[int, str]], reports: dict[int, int], kept: list[str]) -> bool:
    existing = {a.department_id: a for a in task.assignments}
    changed = False
    for position, (dept_id, role) in enumerate(wanted):
        row = existing.pop(dept_id, None)
        if row is None:
            task.assignments.append(TaskAssignment(department_id=dept_id, role=role, position=position))
            changed = True
        else:
            changed |= _set(row, "role", role)
            _set(row, "position", position)
    for position, row in enumerate(existing.values(), start=len(wanted)):
        if reports.get(row.id, 0):
            _set(row, "position", position)
            kept.append(
                translate("PlanIntake", "{department} stays on task “{task}”: it has reported on it.").format(
                    department=row.department.short_name or row.department.name, task=task.title
                )
            )
        else:
            task.assignments.remove(row)
            changed = True
    return changed


def _write_indicator(indicator: Indicator, source: DraftIndicator, *, new: bool = False) -> bool:
    changed = _set(indicator, "name", source.name.strip())
    values = indicator_values(source)
    for name in INDICATOR_FIELDS:
        changed |= _set(indicator, name, values[name])
    if new:
        annotations = {name: values[name] for name in INDICATOR_ANNOTATIONS}
    else:
        annotations = annotation_updates({name: getattr(indicator, name) for name in INDICATOR_ANNOTATIONS}, values)
    for name, value in annotations.items():
        changed |= _set(indicator, name, value)
    _set(indicator, "line_first", source.line_first)
    _set(indicator, "line_last", source.line_last)
    wanted = target_values(source)
    current = {t.year: (t.value if t.value is not None else t.value_text) for t in indicator.targets}
    for year in sorted(set(current) | set(wanted)):
        if current.get(year) != wanted.get(year):
            store_target(indicator, year, wanted.get(year))
            changed = True
    return changed


def _sync_indicator_departments(indicator: Indicator, wanted: list[tuple[int, str]]) -> bool:
    existing = {link.department_id: link for link in indicator.departments}
    changed = False
    for dept_id, role in wanted:
        link = existing.pop(dept_id, None)
        if link is None:
            indicator.departments.append(IndicatorDepartment(department_id=dept_id, role=role))
            changed = True
        else:
            changed |= _set(link, "role", role)
    for link in existing.values():
        indicator.departments.remove(link)
        changed = True
    return changed


def _new_task(plan: Plan, draft: PlanDraft, source: DraftTask, position: int, sections: dict[int, PlanSection]) -> Task:
    task = Task(plan_id=plan.id, position=position, number="", title="", text="")
    _write_task(task, draft, source, sections)
    return task


def _new_indicator(plan: Plan, source: DraftIndicator, position: int) -> Indicator:
    indicator = Indicator(plan_id=plan.id, name=source.name.strip(), position=position)
    _write_indicator(indicator, source, new=True)
    return indicator


# -- the two saves ----------------------------------------------------------------------------------------


def start_batch(session: Session, draft: PlanDraft) -> ImportBatch:
    """The import batch the save's audit entries belong to (so the history shows, and can undo, the intake)."""
    name = draft.source_name or translate("PlanIntake", "Pasted text")
    batch = ImportBatch(
        file_name=name[:300],
        sha256=hashlib.sha256(draft.source_text.encode("utf-8")).hexdigest(),
        kind=BatchKind.PLAN.value,
        status=BatchStatus.APPLIED.value,
    )
    session.add(batch)
    session.flush()
    session.info[audit.BATCH_KEY] = batch.id
    return batch


def finish_batch(session: Session, batch: ImportBatch, plan: Plan, counts: WriteCounts) -> None:
    batch.plan_id = plan.id
    batch.rows_new, batch.rows_changed, batch.rows_unchanged = counts.new, counts.changed, counts.unchanged
    batch.rows_total = counts.new + counts.changed + counts.unchanged
    batch.note = "\n".join(counts.kept) or None
    session.flush()
    session.info[audit.BATCH_KEY] = None


def write_new_plan(session: Session, draft: PlanDraft, resolutions: Resolutions) -> tuple[Plan, WriteCounts]:
    check_draft(draft, resolutions)
    resolutions = expand_resolutions(draft, resolutions)
    unit_id = plan_unit(session, draft)
    plan = Plan(title="")
    _apply_plan_fields(plan, session, {**_plan_fields(draft), "unit_id": unit_id})
    session.add(plan)
    flush_or_conflict(session, translate("Errors", "A plan with this title and document number already exists."))
    ids = resolve_departments(session, draft, resolutions, unit_id)
    sections = _sync_sections(session, plan, draft)
    counts = WriteCounts()
    for position, source in enumerate(draft.tasks, start=1):
        task = _new_task(plan, draft, source, position, sections)
        for index, (dept_id, role) in enumerate(_department_ids(source.departments, resolutions, ids)):
            task.assignments.append(TaskAssignment(department_id=dept_id, role=role, position=index))
        session.add(task)
        counts.new += 1
    session.flush()
    for position, source in enumerate(draft.indicators, start=1):
        indicator = _new_indicator(plan, source, position)
        for dept_id, role in _department_ids(source.departments, resolutions, ids):
            indicator.departments.append(IndicatorDepartment(department_id=dept_id, role=role))
        session.add(indicator)
        counts.new += 1
    flush_or_conflict(session, translate("PlanIntake", "Two indicators of the plan have the same name."))
    return plan, counts


def write_revision(
    session: Session, draft: PlanDraft, plan_id: int, resolutions: Resolutions
) -> tuple[Plan, WriteCounts]:
    check_draft(draft, resolutions)
    resolutions = expand_resolutions(draft, resolutions)
    plan = fetch(session, Plan, plan_id, translate("Fields", "Plan"))
    stored = read_stored_plan(session, plan_id)
    assert stored is not None
    _apply_plan(session, plan, draft)
    ids = resolve_departments(session, draft, resolutions, plan.unit_id if plan.unit_id else plan_unit(session, draft))
    sections = _sync_sections(session, plan, draft)
    counts = WriteCounts()
    _revise_tasks(session, plan, draft, stored, sections, resolutions, ids, counts)
    _revise_indicators(session, plan, draft, stored, resolutions, ids, counts)
    return plan, counts


def _revise_tasks(
    session: Session,
    plan: Plan,
    draft: PlanDraft,
    stored: StoredPlan,
    sections: dict[int, PlanSection],
    resolutions: Resolutions,
    ids: dict[str, int],
    counts: WriteCounts,
) -> None:
    pairs = match_tasks(draft, stored.tasks)
    reports = {a.id: a.reports for t in stored.tasks for a in t.assignments}
    rows = {t.id: t for t in plan.tasks}
    matched = set(pairs.values())
    staying: list[Task] = []
    for old in stored.tasks:
        if old.id in matched:
            continue
        row = rows[old.id]
        if old.reports:
            staying.append(row)
            counts.kept.append(
                translate(
                    "PlanIntake",
                    "Task “{task}” is no longer in the document but stays: departments have reported on it.",
                ).format(task=old.title)
            )
        else:
            plan.tasks.remove(row)
    session.flush()
    order: list[Task | DraftTask] = [rows[pairs[t.uid]] if t.uid in pairs else t for t in draft.tasks]
    order.extend(staying)
    movers = [(p, row) for p, row in enumerate(order, start=1) if isinstance(row, Task) and row.position != p]
    for _position, row in movers:  # out of the way first: (plan, position) is unique
        row.position = -row.id
    session.flush()
    for position, row in movers:
        row.position = position
    session.flush()
    by_heading = {section.heading: sections[section.uid] for section in draft.sections}
    old_heading = {old.id: old.section for old in stored.tasks}
    for position, item in enumerate(order, start=1):
        if isinstance(item, Task) and item in staying:  # under the section of the same heading, if there is one
            section = by_heading.get(old_heading[item.id])
            if item.section is not section:
                item.section = section
            continue
        source = item if isinstance(item, DraftTask) else next(t for t in draft.tasks if pairs.get(t.uid) == item.id)
        wanted = _department_ids(source.departments, resolutions, ids)
        if isinstance(item, DraftTask):
            task = _new_task(plan, draft, source, position, sections)
            for index, (dept_id, role) in enumerate(wanted):
                task.assignments.append(TaskAssignment(department_id=dept_id, role=role, position=index))
            session.add(task)
            counts.new += 1
        else:
            changed = _write_task(item, draft, source, sections)
            changed |= _sync_assignments(item, wanted, reports, counts.kept)
            counts.changed += changed
            counts.unchanged += not changed
    session.flush()


def _revise_indicators(
    session: Session,
    plan: Plan,
    draft: PlanDraft,
    stored: StoredPlan,
    resolutions: Resolutions,
    ids: dict[str, int],
    counts: WriteCounts,
) -> None:
    pairs = match_indicators(draft, stored.indicators)
    rows = {i.id: i for i in session.scalars(select(Indicator).where(Indicator.plan_id == plan.id))}
    matched = set(pairs.values())
    for old in stored.indicators:
        if old.id in matched:
            continue
        if old.values:
            counts.kept.append(
                translate(
                    "PlanIntake",
                    "Indicator “{name}” is no longer in the document but stays: values have been recorded for it.",
                ).format(name=old.name)
            )
        else:
            session.delete(rows[old.id])
    session.flush()
    for position, source in enumerate(draft.indicators, start=1):
        wanted = _department_ids(source.departments, resolutions, ids)
        row = rows.get(pairs.get(source.uid, -1))
        if row is None:
            indicator = _new_indicator(plan, source, position)
            for dept_id, role in wanted:
                indicator.departments.append(IndicatorDepartment(department_id=dept_id, role=role))
            session.add(indicator)
            counts.new += 1
            continue
        changed = _write_indicator(row, source)
        if source.departments:  # naming nobody, the document leaves the departments the clerk gave it
            changed |= _sync_indicator_departments(row, wanted)
        _set(row, "position", position)
        counts.changed += changed
        counts.unchanged += not changed
    flush_or_conflict(session, translate("PlanIntake", "Two indicators of the plan have the same name."))
