"""Planning the import of a 任务分工表: which plan it goes into, and per task what changes.

Rows of one task (several measures under a merged task cell) are combined first. Tasks are matched
by the hidden identity sheet, else by title, else by number with a similar title; department names
by the clerk's choice or the registry. Departments no longer listed lose their assignment, unless
they have filed reports on the task: that is a conflict the clerk must choose to overwrite.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ipdesk.errors import NotFoundError
from ipdesk.excel import formspec as spec
from ipdesk.excel import layout as lay
from ipdesk.excel.departments import DepartmentMatcher
from ipdesk.excel.tables import TableRead, TableRow
from ipdesk.excel.vocabulary import ROLE_WORDS, normalise
from ipdesk.i18n import translate
from ipdesk.services.exchange.labels import (
    department_label,
    field_label,
    measure_shown,
    plan_title_from,
    role_field,
    same_role,
    section_heading,
    section_keys,
    short_title,
    shown,
)
from ipdesk.services.exchange.planning import FilePlan, ParsedFile, PlanningContext, TaskAction, invalid_row
from ipdesk.services.exchange.records import FieldChange, FileState, RowPreview, RowState, UnknownDepartment
from ipdesk.storage.models import Plan, PlanSection, Task, TaskAssignment, TaskReport

UNKNOWN = -1  # a department name not resolved yet (None in Resolutions means "create it")


@dataclass
class _Names:
    """Department names of the table the registry does not know, with the rows that use them."""

    rows: dict[str, list[int]]
    candidates: dict[str, tuple[tuple[int, str], ...]]


def plan_table(context: PlanningContext, parsed: ParsedFile) -> FilePlan:
    session = context.session
    tables = [t for t in parsed.read.tables if t.kind == lay.ASSIGNMENT]
    table = tables[0]
    problems = list(table.problems)
    notes = list(table.notes)
    if len(tables) > 1:
        notes.append(
            translate("Excel", "Only the first table ({sheet}) was read; other sheets: {others}.").format(
                sheet=table.sheet, others="、".join(t.sheet for t in tables[1:])
            )
        )
    notes += [f"{n.sheet}: {n.reason}" for n in parsed.read.ignored]
    plan, identified_by = _target_plan(context, parsed.identity, table)
    new_title = None
    if plan is None:
        new_title = plan_title_from(table.title, parsed.path.stem)
        notes.append(translate("Excel", 'A new plan "{title}" will be created for this table.').format(title=new_title))
    matcher = context.matcher_for(plan.unit_id if plan is not None and plan.unit_id else context.home_unit_id)
    existing_tasks = _plan_tasks(session, plan.id) if plan is not None else []
    sections = (
        {s.id: s for s in session.scalars(select(PlanSection).where(PlanSection.plan_id == plan.id))} if plan else {}
    )
    by_id = {t.id: t for t in existing_tasks}
    unknown = _Names({}, {})
    result = FilePlan(parsed.preview(FileState.READY), new_plan_title=new_title)
    rows: list[RowPreview] = []
    used_tasks: set[int] = set()
    for group in _task_groups(table):
        first = group[0]
        key = parsed.row_key(table.sheet, first.row)
        task_text = first.task or first.measure or ""
        if len(group) > 1:
            notes.append(
                translate("Excel", "Rows {rows} were combined into one task ({task}).").format(
                    rows=", ".join(str(r.row) for r in group), task=task_text[:30]
                )
            )
        named = _named_departments(group)
        resolved = _resolve_names(context, matcher, named, group, unknown)
        fields = _task_fields(group, task_text)
        task = match_task(parsed.identity, table, first, existing_tasks, used_tasks, by_id)
        label = " ".join(x for x in (first.no, task_text) if x)[:80]
        if task is None:
            changes = [
                FieldChange(k, field_label(k), None, shown(k, v)) for k, v in fields.items() if v and k != "text"
            ]
            for _dept_id, role, name in resolved:
                changes.append(FieldChange(role_field(role), field_label(role_field(role)), None, name))
            rows.append(RowPreview(key, table.sheet, first.row, RowState.NEW, label, tuple(changes)))
            departments = [(n, r) for _, r, n in resolved]
            result.tasks.append(TaskAction(key, RowState.NEW, None, fields, first.category, departments, []))
            continue
        used_tasks.add(task.id)
        changes, update = _field_changes(task, fields, task_text)
        section = sections.get(task.section_id) if task.section_id else None
        if first.category and normalise(first.category) not in section_keys(section):
            changes.append(
                FieldChange("category", field_label("category"), section_heading(section) or None, first.category)
            )
        wanted = _assignment_changes(task, resolved, changes)
        listed = {d for d, _, _ in resolved}
        any_unknown = any(n in unknown.rows for n, _ in named)
        removed = [a for d, a in {a.department_id: a for a in task.assignments}.items() if d not in listed]
        remove_ids, conflict_message = _removals(
            session, [] if any_unknown else removed, changes, context.resolutions.overwrites(key)
        )
        if not changes:
            rows.append(RowPreview(key, table.sheet, first.row, RowState.UNCHANGED, label))
            continue
        state = RowState.CONFLICT if conflict_message else RowState.CHANGED
        rows.append(RowPreview(key, table.sheet, first.row, state, label, tuple(changes), conflict_message))
        result.tasks.append(TaskAction(key, state, task.id, update, first.category, wanted, remove_ids))
    for row in table.rows:
        if row.has_errors:
            rows.append(invalid_row(parsed.row_key(table.sheet, row.row), table.sheet, row.row, (row.task or "")[:80]))
    missing = [t for t in existing_tasks if t.id not in used_tasks]
    if missing and plan is not None:
        notes.append(
            translate("Excel", "{count} tasks of the plan are not in this table; they are kept as they are.").format(
                count=len(missing)
            )
        )
    unknown_list = tuple(
        UnknownDepartment(name, tuple(dict.fromkeys(rows_of)), unknown.candidates.get(name, ()))
        for name, rows_of in unknown.rows.items()
    )
    result.preview = parsed.preview(
        FileState.NEEDS_RESOLUTION if unknown_list else FileState.READY,
        message=translate("Excel", "{count} department names are not in the registry; choose or create them.").format(
            count=len(unknown_list)
        )
        if unknown_list
        else None,
        identified_by=identified_by,
        plan_id=plan.id if plan else None,
        plan_title=plan.title if plan else new_title,
        rows=tuple(sorted(rows, key=lambda r: r.row)),
        problems=tuple(problems),
        unknown_departments=unknown_list,
        notes=tuple(notes),
    )
    return result


def _target_plan(context: PlanningContext, identity: spec.Identity | None, table: TableRead) -> tuple[Plan | None, str]:
    """The plan the table updates (chosen by the clerk, named by the identity sheet, or by title), and how."""
    session = context.session
    plan: Plan | None = None
    identified_by = translate("Excel", "column headings")
    if context.plan_id is not None:
        plan = session.get(Plan, context.plan_id)
        if plan is None:
            raise NotFoundError(translate("Fields", "Plan"), context.plan_id)
        identified_by = translate("Excel", "plan chosen by you")
    elif identity is not None and identity.checksum_ok and identity.plan_ids:
        plan = session.get(Plan, identity.plan_ids[0])
        if plan is not None:
            identified_by = translate("Excel", "hidden identity sheet")
    if plan is None and table.title:
        title = normalise(table.title)
        matches = [p for p in session.scalars(select(Plan)) if normalise(p.title).strip("《》") in title]
        if len(matches) == 1:
            plan = matches[0]
            identified_by = translate("Excel", "table title")
    return plan, identified_by


def _plan_tasks(session: Session, plan_id: int) -> Sequence[Task]:
    return session.scalars(
        select(Task)
        .where(Task.plan_id == plan_id)
        .options(selectinload(Task.assignments).selectinload(TaskAssignment.department))
        .order_by(Task.position)
    ).all()


def _task_groups(table: TableRead) -> list[list[TableRow]]:
    """Rows of one task together (same number and wording, e.g. several measures under a merged task cell)."""
    grouped: dict[tuple[str, str], list[TableRow]] = {}
    for row in table.rows:
        if row.has_errors or not (row.task or row.measure):
            continue
        grouped.setdefault((normalise(row.no or ""), normalise(row.task or row.measure or "")), []).append(row)
    return list(grouped.values())


def _task_fields(group: list[TableRow], task_text: str) -> dict[str, Any]:
    first = group[0]
    measures = [r.measure for r in group if r.measure and r.measure != task_text]
    deadlines = list(dict.fromkeys(r.deadline for r in group if r.deadline))
    return {
        "number": first.no or "",
        "title": short_title(task_text),
        "text": task_text,
        "measures": "\n".join(dict.fromkeys(measures)) or None,
        "deadline_text": "；".join(deadlines) or None,
    }


def _named_departments(group: list[TableRow]) -> list[tuple[str, str]]:
    """(written name, role) of every department the task's rows name, first mention wins."""
    named: list[tuple[str, str]] = []
    for r in group:
        for role, names in (("lead", r.lead), ("responsible", r.responsible), ("support", r.support)):
            for name in names:
                if all(n != name for n, _ in named):
                    named.append((name, role))
    return named


def _resolve_names(
    context: PlanningContext,
    matcher: DepartmentMatcher,
    named: list[tuple[str, str]],
    group: list[TableRow],
    unknown: _Names,
) -> list[tuple[int, str, str]]:
    """(department id, role, written name) of the names resolved; id UNKNOWN for those created at commit."""
    resolved: list[tuple[int, str, str]] = []
    for name, role in named:
        choice = context.resolutions.departments.get(name, UNKNOWN)
        if choice is None:
            resolved.append((UNKNOWN, role, name))
            continue
        if choice != UNKNOWN:
            resolved.append((choice, role, name))
            continue
        match = matcher.match(name)
        if match.matched and match.department_id is not None:
            resolved.append((match.department_id, role, name))
        else:
            unknown.rows.setdefault(name, []).extend(r.row for r in group)
            unknown.candidates[name] = match.candidates
    return resolved


def _field_changes(task: Task, fields: Mapping[str, Any], task_text: str) -> tuple[list[FieldChange], dict[str, Any]]:
    """The changed task fields (as shown) and the values to write."""
    changes: list[FieldChange] = []
    update: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "text":
            continue
        old = measure_shown(task) if name == "measures" else getattr(task, name)
        if (old or None) != (value or None):
            changes.append(FieldChange(name, field_label(name), shown(name, old), shown(name, value)))
            update[name] = value
            if name == "title":
                update["text"] = task_text
    return changes, update


def _assignment_changes(
    task: Task, resolved: list[tuple[int, str, str]], changes: list[FieldChange]
) -> list[tuple[str, str]]:
    """Note departments added or with another role in ``changes``; returns (name, role) of all listed."""
    current = {a.department_id: a for a in task.assignments}
    wanted: list[tuple[str, str]] = []
    for dept_id, role, name in resolved:
        wanted.append((name, role))
        assignment = current.get(dept_id)
        if assignment is None:
            changes.append(FieldChange(role_field(role), field_label(role_field(role)), None, name))
        elif not same_role(assignment.role, role):
            changes.append(
                FieldChange(
                    "role",
                    translate("Excel", "Role of {name}").format(name=name),
                    ROLE_WORDS.get(assignment.role),
                    ROLE_WORDS.get(role),
                )
            )
    return wanted


def _removals(
    session: Session, removed: list[TaskAssignment], changes: list[FieldChange], overwrite: bool
) -> tuple[list[int], str | None]:
    """Assignments to remove, and the conflict message when one with filed reports is kept."""
    remove_ids: list[int] = []
    conflict_message = None
    for assignment in removed:
        has_reports = session.scalar(select(func.count(TaskReport.id)).where(TaskReport.assignment_id == assignment.id))
        name = department_label(assignment.department)
        changes.append(FieldChange(role_field(assignment.role), field_label(role_field(assignment.role)), name, None))
        if has_reports and not overwrite:
            conflict_message = translate(
                "Excel",
                "{name} is no longer listed but has filed reports on this task; "
                "it stays unless you choose to overwrite.",
            ).format(name=name)
            continue
        remove_ids.append(assignment.id)
    return remove_ids, conflict_message


def match_task(
    identity: spec.Identity | None,
    table: TableRead,
    row: TableRow,
    tasks: Sequence[Task],
    used: set[int],
    by_id: Mapping[int, Task],
) -> Task | None:
    free = [t for t in tasks if t.id not in used]
    if identity is not None and identity.checksum_ok:
        known = identity.row_at(table.sheet, row.row)
        if known is not None and known.key in by_id and known.key not in used:
            return by_id[known.key]
    title = normalise(short_title(row.task or row.measure or ""))
    same = [t for t in free if normalise(t.title) == title]
    if len(same) == 1:
        return same[0]
    number = normalise(row.no or "")
    if number:
        numbered = [t for t in free if normalise(t.number) == number]
        if len(numbered) == 1:
            ratio = difflib.SequenceMatcher(None, normalise(numbered[0].title), title).ratio()
            if ratio >= 0.6:
                return numbered[0]
    return None
