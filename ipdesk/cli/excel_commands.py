"""Excel commands: read-table, export-table, export-forms, import, undo-import.

``read-table`` touches no database. ``import`` previews every file first and applies them in one
transaction (or, with ``--dry-run``, only shows what would change).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ipdesk.cli.context import CliContext
from ipdesk.cli.lookup import find_department_id
from ipdesk.errors import InputFileError
from ipdesk.i18n import translate


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("read-table", help="read a 分工表, progress form or indicator form (no database)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--sheet", help="read this sheet (default: the first sheet holding a table)")
    p.set_defaults(func=cmd_read_table)

    p = sub.add_parser("export-table", help="write a plan's 任务分工表")
    p.add_argument("--plan", type=int, required=True, metavar="ID")
    p.add_argument("--year", type=int, metavar="Y")
    p.add_argument("--department", metavar="NAME", help="only this department's tasks (name, alias or id)")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=cmd_export_table)

    p = sub.add_parser("export-forms", help="write department report forms for a period")
    p.add_argument("--period", required=True, metavar="P", help="2024, 2024H1, 2024Q2 or 2024-05")
    p.add_argument("--department", metavar="NAME", help="only this department (name, alias or id)")
    p.add_argument("--plan", type=int, action="append", metavar="ID", help="only tasks of this plan (repeatable)")
    p.add_argument("--out", required=True, metavar="DIR")
    p.set_defaults(func=cmd_export_forms)

    p = sub.add_parser("import", help="import 分工表 and returned forms (files or folders)")
    p.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    p.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--plan", type=int, metavar="ID", help="the plan a 分工表 belongs to")
    p.add_argument("--period", metavar="P", help="period for forms that do not name theirs")
    p.add_argument("--overwrite", action="store_true", help="let files overwrite conflicting rows")
    p.add_argument("--create-departments", action="store_true", help="add unknown department names to the registry")
    p.add_argument("--problems", metavar="DIR", help="write each file's problem list (.xlsx) into DIR")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("undo-import", help="undo an import (by its number)")
    p.add_argument("batch_id", type=int, metavar="BATCH_ID")
    p.set_defaults(func=cmd_undo_import)


def _exchange(ctx: CliContext) -> Any:
    from ipdesk.services.exchange import ExchangeService

    return ExchangeService(ctx.database())


def cmd_read_table(args: argparse.Namespace, ctx: CliContext) -> int:
    from ipdesk.excel.tables import read_tables

    result = read_tables(args.file)
    table = result.table(args.sheet)
    if table is None:
        sheets = "; ".join(f"{n.sheet}: {n.reason}" for n in result.ignored) or "-"
        raise InputFileError(
            translate("Excel", "{name}: no 分工表 or report form found ({sheets}).").format(
                name=Path(args.file).name, sheets=sheets
            )
        )
    for note in result.ignored:
        print(
            translate("Excel", "note: sheet {sheet} ignored: {reason}").format(sheet=note.sheet, reason=note.reason),
            file=sys.stderr,
        )
    if args.json:
        json.dump(table.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(
        translate("Excel", "{kind} table in sheet {sheet}, header at row {row}: {count} rows, {errors} errors").format(
            kind=table.kind, sheet=table.sheet, row=table.header_row, count=len(table.rows), errors=len(table.errors)
        )
    )
    for key, value in table.meta.items():
        if value:
            print(f"  {key}: {value}")
    for row in table.rows:
        subject = row.indicator or row.task or ""
        print(f"  {row.row:>5}  {row.no or '':<5} {subject[:60]}")
    for problem in table.problems:
        print(f"  ! {problem.sheet}!{problem.column}{problem.row} [{problem.value}]: {problem.message}")
    return 0


def cmd_export_table(args: argparse.Namespace, ctx: CliContext) -> int:
    department = find_department_id(ctx, args.department) if args.department else None
    result = _exchange(ctx).export_assignment_table(args.plan, args.out, year=args.year, department_id=department)
    print(translate("Excel", "Wrote {path} ({rows} tasks).").format(path=result.path, rows=result.rows))
    return 0


def cmd_export_forms(args: argparse.Namespace, ctx: CliContext) -> int:
    departments = [find_department_id(ctx, args.department)] if args.department else None
    results = _exchange(ctx).export_forms(args.period, args.out, department_ids=departments, plan_ids=args.plan)
    for result in results:
        print(translate("Excel", "Wrote {path} ({rows} tasks).").format(path=result.path, rows=result.rows))
    print(translate("Excel", "{count} forms written to {folder}.").format(count=len(results), folder=args.out))
    return 0


def _file_json(file: Any, result: Any | None, problems_file: Path | None = None) -> dict[str, Any]:
    from ipdesk.services.exchange import RowState

    return {
        "file": file.path,
        "state": str(file.state),
        "message": file.message,
        "kind": file.kind,
        "identified_by": file.identified_by,
        "plan_id": file.plan_id,
        "plan": file.plan_title,
        "department_id": file.department_id,
        "department": file.department_name,
        "period": file.period,
        "counts": {state.value: file.count(state) for state in RowState},
        "rows": [
            {
                "sheet": r.sheet,
                "row": r.row,
                "state": str(r.state),
                "label": r.label,
                "message": r.message,
                "changes": [{"field": c.field, "old": c.old, "new": c.new} for c in r.changes],
            }
            for r in file.rows
        ],
        "problems": [{"sheet": p.sheet, **p.to_json(), "severity": p.severity} for p in file.problems],
        "unknown_departments": [
            {"name": u.name, "rows": list(u.rows), "candidates": [list(c) for c in u.candidates]}
            for u in file.unknown_departments
        ],
        "supersedes_batch_id": file.supersedes_batch_id,
        "duplicate_of_batch_id": file.duplicate_of_batch_id,
        "batch_id": result.batch_id if result else None,
        "applied": bool(result and result.applied),
        "rejected": file.count(RowState.INVALID),  # rows refused (all of them when the state is "refused")
        "problems_file": str(problems_file) if problems_file else None,
        "notes": list(file.notes),
    }


def cmd_import(args: argparse.Namespace, ctx: CliContext) -> int:
    from ipdesk.services.exchange import FileState, Resolutions, RowState

    exchange = _exchange(ctx)
    preview = exchange.preview(args.paths, plan_id=args.plan, period=args.period)
    names: dict[str, int | None] = {}
    if args.create_departments:
        names = {u.name: None for f in preview.files for u in f.unknown_departments}
    resolutions = Resolutions(departments=names, overwrite_all=args.overwrite)
    if names or args.overwrite:
        preview = exchange.preview(args.paths, plan_id=args.plan, period=args.period, resolutions=resolutions)
    results: dict[int, Any] = {}
    if not args.dry_run:
        outcome = exchange.commit(preview, resolutions)
        results = {r.index: r for r in outcome.files}
    problem_files: dict[int, Path] = {}
    if args.problems:
        folder = Path(args.problems)
        for file in preview.files:
            if file.problems:
                target = folder / f"{Path(file.name).stem}_问题清单.xlsx"
                problem_files[file.index] = exchange.export_problems(preview, file.index, target)
    # Refused, blocked, unreadable or waiting for a department: exit 1, the file needs the clerk.
    not_applied = [f for f in preview.files if f.state not in (FileState.READY, FileState.DUPLICATE)]
    if args.json:
        payload = {
            "dry_run": args.dry_run,
            "files": [_file_json(f, results.get(f.index), problem_files.get(f.index)) for f in preview.files],
        }
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 1 if not_applied else 0
    for file in preview.files:
        result = results.get(file.index)
        counts = ", ".join(
            f"{file.count(state)} {label}"
            for state, label in (
                (RowState.NEW, translate("Excel", "new")),
                (RowState.CHANGED, translate("Excel", "changed")),
                (RowState.UNCHANGED, translate("Excel", "unchanged")),
                (RowState.CONFLICT, translate("Excel", "conflicts")),
                (RowState.INVALID, translate("Excel", "rejected")),
            )
        )
        target = " ".join(x for x in (file.department_name or file.plan_title, file.period) if x)
        status = str(file.state)
        if result is not None and result.applied:
            status = translate("Excel", "applied as import {batch}").format(batch=result.batch_id)
        elif args.dry_run and file.state == FileState.READY:
            status = translate("Excel", "would apply")
        print(f"{file.name}: {status} — {target} — {counts}")
        if file.message:
            print(f"  {file.message}")
        for unknown in file.unknown_departments:
            hint = "; ".join(f"{i} {label}" for i, label in unknown.candidates)
            print(
                "  ? "
                + translate("Excel", "unknown department {name}").format(name=unknown.name)
                + (f" ({hint})" if hint else "")
            )
        for row in file.rows:
            if row.state == RowState.CONFLICT:
                print(f"  ~ {row.sheet}!{row.row} {row.label}: {row.message}")
        for problem in file.problems:
            print(f"  ! {problem.sheet}!{problem.column}{problem.row} [{problem.value}]: {problem.message}")
    return 1 if not_applied else 0


def cmd_undo_import(args: argparse.Namespace, ctx: CliContext) -> int:
    result = _exchange(ctx).undo(args.batch_id)
    print(
        translate("Excel", "Import {batch} ({name}) undone: {count} changes reverted.").format(
            batch=result.batch_id, name=result.file_name, count=result.reverted
        )
    )
    return 0
