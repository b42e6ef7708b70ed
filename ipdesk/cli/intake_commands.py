"""The ``parse`` and ``intake`` commands: read a plan document; take it into the database.

``ipdesk parse FILE --json`` prints one JSON object (the contract used by scripts, see
:meth:`ipdesk.intake.model.ParsedPlan.to_json`); without ``--json`` a readable summary. It writes nothing.

``ipdesk intake FILE`` saves the document as the intake wizard does after review: department names the
registry does not settle are never guessed — the command refuses, naming them, until each is decided with
``--create-missing``, ``--create NAME[=FULL NAME]`` or ``--map NAME=DEPARTMENT``. A document that is a version
of a stored plan (same 文号, else same title) is compared with it: nothing changed is said so; changes are
applied only with ``--revise``, as the wizard applies them after showing the comparison.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from ipdesk.errors import ValidationError
from ipdesk.i18n import translate

if TYPE_CHECKING:
    from ipdesk.cli.context import CliContext
    from ipdesk.intake.matching import RegistryDepartment
    from ipdesk.intake.model import DepartmentRef, ParsedPlan
    from ipdesk.services import Services
    from ipdesk.services.departments import DepartmentInfo
    from ipdesk.services.plan_intake import AssignmentChange, FieldChange, PlanDiff, Resolution, UnresolvedName


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("parse", help="read a plan document (.txt/.docx) and show its tasks and indicators")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("intake", help="save a plan document (.txt/.docx) into the database, as the intake wizard does")
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--create-missing",
        action="store_true",
        help="create every department the registry does not know, named as the document writes it",
    )
    p.add_argument(
        "--create",
        action="append",
        default=[],
        metavar="NAME[=FULL]",
        help="create a department for NAME as the document writes it; with =FULL it is called FULL, NAME its "
        "short name (repeatable)",
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="NAME=DEPARTMENT",
        help="NAME as the document writes it means this registered department (name or number); NAME is "
        "remembered as one of its names (repeatable)",
    )
    p.add_argument("--revise", action="store_true", help="apply a revised version of a stored plan")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_intake)


def _registry(ctx: CliContext) -> Sequence[RegistryDepartment]:
    """The department registry when a database exists; nothing to match against otherwise."""
    if not ctx.database_exists():
        return ()
    return ctx.services().departments.registry()


def cmd_parse(args: argparse.Namespace, ctx: CliContext) -> int:
    from ipdesk.intake.parser import parse_file

    plan = parse_file(args.file, registry=_registry(ctx))
    if args.json:
        json.dump(plan.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_summary(plan, sys.stdout)
    return 0


_STATUS = {"matched": "", "renamed": "（更名？）", "ambiguous": "（多个候选）", "new": "（新单位）"}


def _department_text(dept: DepartmentRef, show_status: bool) -> str:
    role = "" if dept.role == "责任" else f"({dept.role})"
    status = _STATUS.get(dept.match.status, "") if dept.match and show_status else ""
    return f"{dept.name}{role}{status}"


def _number(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def print_summary(plan: ParsedPlan, out: TextIO) -> None:
    """What ``parse`` found, for a person to read (labels in the interface language, the document's own words)."""

    def line(text: str = "") -> None:
        out.write(text + "\n")

    refs = plan.all_departments()
    show_status = any(ref.match is not None and ref.match.status != "new" for ref in refs)
    none = "—"
    line(translate("Cli", "Title: {title}").format(title=plan.title or translate("Cli", "(not recognised)")))
    line(
        translate("Cli", "Document number: {number}    Issued by: {issuer}    Date: {date}").format(
            number=plan.doc_number or none, issuer=plan.issuer or none, date=plan.date or none
        )
    )
    period = f"{plan.start_year or '?'}–{plan.end_year or '?'}"
    line(translate("Cli", "Kind: {kind}    Plan period: {period}").format(kind=plan.kind or none, period=period))
    line(
        translate("Cli", "{sections} sections, {tasks} tasks, {indicators} indicators, {warnings} notes").format(
            sections=len(plan.sections),
            tasks=len(plan.tasks),
            indicators=len(plan.indicators),
            warnings=len(plan.warnings),
        )
    )
    line()
    line(translate("Cli", "Sections"))
    for section in plan.sections:
        label = f"{section.label} " if section.label else ""
        where = translate("Cli", "line {line}").format(line=section.line_first)
        line(f"{'  ' * section.level}{label}{section.title}  [{where}]")
    line()
    line(translate("Cli", "Tasks"))
    for task in plan.tasks:
        depts = "、".join(_department_text(dept, show_status) for dept in task.departments)
        deadline = (
            "  " + translate("Cli", "Deadline: {deadline}").format(deadline=task.deadline_text)
            if task.deadline_text
            else ""
        )
        where = translate("Cli", "lines {first}–{last}").format(first=task.line_first, last=task.line_last)
        line(f"  {task.number} {task.title}  [{where}]{deadline}")
        line("      " + translate("Cli", "Departments: {departments}").format(departments=depts or none))
    line()
    line(translate("Cli", "Indicators"))
    for indicator in plan.indicators:
        targets = translate("Cli", ", ").join(
            translate("Cli", "{year}: {value}").format(year=year, value=_number(value))
            for year, value in sorted(indicator.targets.items())
        )
        baseline = ""
        if indicator.baseline:
            baseline = "  " + translate("Cli", "baseline {year} {value}").format(
                year=indicator.baseline.year or "", value=_number(indicator.baseline.value)
            )
        where = translate("Cli", "line {line}").format(line=indicator.line_first)
        described = translate("Cli", "{name} ({unit}, {kind})").format(
            name=indicator.name, unit=indicator.unit or none, kind=indicator.kind
        )
        target_text = translate("Cli", "targets: {targets}").format(targets=targets or none)
        line(f"  {described}{baseline}  {target_text}  {indicator.note}  [{where}]")
    if plan.warnings:
        line()
        line(translate("Cli", "Notes"))
        for warning in plan.warnings:
            where = translate("Cli", "line {line}: ").format(line=warning.line) if warning.line else ""
            line(f"  {where}{warning.message}")


# -- intake ------------------------------------------------------------------------------------------------


def _decisions(args: argparse.Namespace, ctx: CliContext, names: Sequence[UnresolvedName]) -> dict[str, Resolution]:
    """The department decisions the flags give, keyed by the name as the document writes it."""
    from ipdesk.cli.lookup import find_department_id
    from ipdesk.services.plan_intake import CreateDepartment, MapToExisting
    from ipdesk.services.plan_intake.draft import NEW

    by_spelling = {spelling: name for name in names for spelling in name.spellings}
    listed = "、".join(n.name for n in names) or translate("Cli", "none")

    def written_name(text: str) -> UnresolvedName:
        name = by_spelling.get(text.strip())
        if name is None:
            raise ValidationError(
                translate(
                    "Cli", '"{name}" is not a department name this document leaves to decide (those are: {names}).'
                ).format(name=text.strip(), names=listed)
            )
        return name

    decided: dict[str, Resolution] = {}
    for value in args.create:
        written, _, full = value.partition("=")
        name = written_name(written)
        if full.strip():
            decided[name.name] = CreateDepartment(full.strip(), short_name=written.strip(), kind=name.kind)
        else:
            decided[name.name] = CreateDepartment(written.strip(), kind=name.kind)
    for value in args.map:
        written, sign, department = value.partition("=")
        if not sign or not department.strip():
            raise ValidationError(
                translate(
                    "Cli", 'Write --map as NAME=DEPARTMENT, e.g. --map 旗文广局=旗文化和旅游局, not "{value}".'
                ).format(value=value)
            )
        decided[written_name(written).name] = MapToExisting(find_department_id(ctx, department.strip()))
    if args.create_missing:
        for name in names:
            if name.name not in decided and name.status == NEW:
                decided[name.name] = CreateDepartment(name.name, kind=name.kind)
    return decided


def _undecided_text(names: Sequence[UnresolvedName], known: dict[int, str]) -> str:
    """The names still open, each with what the registry suggests: 旗司法局 (new), 科技局 (one of: 3 旗科技局; …)."""
    from ipdesk.services.plan_intake.draft import RENAMED

    parts = []
    for name in names:
        if name.status == RENAMED and name.proposed_id is not None:
            candidate = f"{name.proposed_id} {known.get(name.proposed_id, '?')}"
            parts.append(translate("Cli", "{name} (renamed? {candidate})").format(name=name.name, candidate=candidate))
        elif name.candidates:
            candidates = "; ".join(f"{i} {known.get(i, '?')}" for i in name.candidates)
            parts.append(
                translate("Cli", "{name} (one of: {candidates})").format(name=name.name, candidates=candidates)
            )
        else:
            parts.append(translate("Cli", "{name} (new)").format(name=name.name))
    return "、".join(parts)


def _changes(diff: PlanDiff) -> dict[str, int]:
    return {
        "tasks_added": len(diff.tasks_added),
        "tasks_changed": len(diff.tasks_changed),
        "tasks_removed": len(diff.tasks_removed),
        "tasks_unchanged": diff.tasks_unchanged,
        "indicators_added": len(diff.indicators_added),
        "indicators_changed": len(diff.indicators_changed),
        "indicators_removed": len(diff.indicators_removed),
        "indicators_unchanged": diff.indicators_unchanged,
        "details_changed": len(diff.metadata) + len(diff.sections_added) + len(diff.sections_removed),
    }


def _item_text(name: str, fields: Sequence[FieldChange], departments: Sequence[AssignmentChange]) -> str:
    """One task or indicator of a comparison: 有效发明专利拥有量 [-旗科技局] (departments added +, dropped -)."""
    marks = [f.field if f.year is None else f"{f.field} {f.year}" for f in fields]
    marks += [("+" if d.old_role is None else "-" if d.new_role is None else "~") + d.department for d in departments]
    return f"{name} [{', '.join(marks)}]" if marks else name


def _changes_text(diff: PlanDiff) -> str:
    counts = _changes(diff)
    text = translate(
        "Cli",
        "tasks: {tasks_added} added, {tasks_changed} changed, {tasks_removed} removed; indicators: "
        "{indicators_added} added, {indicators_changed} changed, {indicators_removed} removed; plan details and "
        "sections: {details_changed} changed",
    ).format(**counts)
    touched = []
    for item in (*diff.tasks_added, *diff.tasks_changed, *diff.tasks_removed):
        touched.append(_item_text(item.heading, item.fields, item.assignments))
    for indicator in (*diff.indicators_added, *diff.indicators_changed, *diff.indicators_removed):
        touched.append(_item_text(indicator.name, indicator.fields, indicator.departments))
    if touched:
        more = "…" if len(touched) > 5 else ""
        text += "; " + translate("Cli", "changed: {items}").format(items="、".join(touched[:5]) + more)
    return text


def _decided_department(services: Services, written: str, decision: Resolution, unit_id: int | None) -> dict[str, Any]:
    """What became of one decided name: the department it now names (created in the plan's unit, or mapped)."""
    from ipdesk.services.plan_intake import MapToExisting

    if isinstance(decision, MapToExisting):
        dept: DepartmentInfo | None = services.departments.get(decision.department_id)
    else:
        unit = decision.unit_id if decision.unit_id is not None else unit_id
        named = [d for d in services.departments.list() if d.name == decision.name.strip()]
        dept = next((d for d in named if d.unit_id == unit), named[0] if named else None)
    return {
        "written": written,
        "decision": "map" if isinstance(decision, MapToExisting) else "create",
        "id": dept.id if dept else None,
        "name": dept.name if dept else None,
    }


def cmd_intake(args: argparse.Namespace, ctx: CliContext) -> int:
    from ipdesk.services.plan_intake import problems, unresolved_names

    services = ctx.services()
    intake = services.plan_intake
    draft = intake.read_file(args.file)
    names = unresolved_names(draft)
    decided = _decisions(args, ctx, names)
    undecided = [n for n in names if n.name not in decided]
    if undecided:
        known = {d.id: d.name for d in services.departments.list(include_inactive=True)}
        raise ValidationError(
            translate(
                "Cli",
                "The plan names departments the registry does not settle: {names}. Nothing was saved. Decide each "
                "with --create-missing (creates the new ones as written), --create NAME=FULL NAME or "
                "--map NAME=DEPARTMENT.",
            ).format(names=_undecided_text(undecided, known))
        )
    found = problems(draft, decided)
    if found:
        listed = " ".join(p.message for p in found[:5])
        if len(found) > 5:
            listed += " " + translate("Cli", "… and {count} more.").format(count=len(found) - 5)
        raise ValidationError(
            translate("Cli", "The plan cannot be saved: {problems} Nothing was saved.").format(problems=listed)
        )

    existing = intake.find_existing(draft)
    diff = intake.diff(draft, existing, decided) if existing is not None else None
    if diff is not None and not diff.is_empty and not args.revise:
        raise ValidationError(
            translate(
                "Cli",
                "This document is a new version of plan {id} 《{title}》 ({changes}). Nothing was saved; add "
                "--revise to apply the changes.",
            ).format(id=diff.plan_id, title=diff.plan_title, changes=_changes_text(diff))
        )
    if diff is None:
        action, plan = "created", intake.save_new(draft, decided)
    elif diff.is_empty:
        action, plan = "unchanged", services.plans.get(diff.plan_id)
    else:
        action, plan = "revised", intake.apply_revision(draft, diff.plan_id, decided)

    departments = [
        _decided_department(services, written, decision, plan.unit_id) for written, decision in decided.items()
    ]
    if args.json:
        result: dict[str, Any] = {
            "action": action,
            "plan_id": plan.id,
            "title": plan.title,
            "doc_number": plan.doc_number,
            "unit_id": plan.unit_id,
            "task_count": plan.task_count,
            "indicator_count": plan.indicator_count,
            "departments": departments,
            "changes": _changes(diff) if diff is not None else None,
        }
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    counts = {"id": plan.id, "title": plan.title, "tasks": plan.task_count, "indicators": plan.indicator_count}
    if action == "created":
        print(translate("Cli", "Saved plan {id} 《{title}》: {tasks} tasks, {indicators} indicators.").format(**counts))
    elif action == "unchanged":
        print(
            translate(
                "Cli",
                "Plan {id} 《{title}》 already holds this document ({tasks} tasks, {indicators} indicators); "
                "nothing was saved.",
            ).format(**counts)
        )
    else:
        assert diff is not None
        print(
            translate(
                "Cli", "Revised plan {id} 《{title}》 ({changes}); it now has {tasks} tasks, {indicators} indicators."
            ).format(changes=_changes_text(diff), **counts)
        )
    for item in departments:
        if item["decision"] == "create":
            message = translate("Cli", "New department {name} (number {id}) for “{written}”.")
        else:
            message = translate("Cli", "“{written}” is remembered as a name of {name} (number {id}).")
        print(message.format(**item))
    return 0
