"""Typing in a department's report by hand: ``ipdesk enter`` (数据填报, one task at a time).

The same save as the entry grid (:meth:`ipdesk.services.entry.EntryService.save`), and the same reading of what the
clerk types as the grid and the Excel import: a status as departments write it (推进中, 进行中, 已完成 …) or its key
(``in_progress``), a percentage as 60, 60% or 0.6. The date is stricter than the import's: the whole of it must be a
date (2024-07-05, 2024/7/5, 2024.7.5 or 2024年7月5日), a typo is refused. A new report is dated
today unless ``--submitted`` says otherwise (lateness is judged on that day); a correction keeps the date it had,
as in the grid. Fields not given keep what the report already says.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from ipdesk.cli.lookup import find_department_id, read_date, read_value
from ipdesk.domain.enums import TaskStatus
from ipdesk.errors import NotFoundError, ValidationError
from ipdesk.i18n import translate

if TYPE_CHECKING:
    from ipdesk.cli.context import CliContext
    from ipdesk.services import Services
    from ipdesk.services.periods import PeriodInfo
    from ipdesk.services.reports import ReportRow


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("enter", help="type in a department's report on one task for a period (数据填报)")
    p.add_argument("--period", required=True, metavar="P", help="an opened period: 2024, 2024H1, 2024Q2 or 2024-05")
    p.add_argument("--department", required=True, metavar="NAME", help="name, short name, alias or number")
    p.add_argument("--task", required=True, metavar="NUMBER", help="the task's number in its plan, e.g. 3")
    p.add_argument("--plan", type=int, metavar="ID", help="the plan, when the department has that number in several")
    p.add_argument(
        "--status", required=True, metavar="STATUS", help="推进中, 已完成, 未启动, 滞后, 持续推进 or in_progress …"
    )
    p.add_argument("--percent", metavar="N", help="completion 0–100 (60, 60%% or 0.6)")
    p.add_argument("--progress", metavar="TEXT", help="进展情况")
    p.add_argument("--problems", metavar="TEXT", help="存在问题")
    p.add_argument("--next-steps", metavar="TEXT", help="下一步计划")
    p.add_argument("--reporter", metavar="NAME", help="who reported it")
    p.add_argument(
        "--submitted", metavar="DATE", help="the day the department reported (default: today for a new report)"
    )
    p.add_argument("--json", action="store_true", help="print the saved report as JSON")
    p.set_defaults(func=cmd_enter)


def _opened_period(services: Services, text: str) -> PeriodInfo:
    """The opened period ``text``; one not opened is refused with the command that opens it."""
    from ipdesk.domain.periods import Period

    try:
        return services.periods.get(text)
    except NotFoundError as error:
        code = Period.parse(text).code
        raise ValidationError(
            translate(
                "Cli",
                'Reporting period {period} has not been opened; open it with "ipdesk period open {period}".',
            ).format(period=code)
        ) from error


def _assignment(rows: list[ReportRow], department: str, number: str) -> ReportRow:
    """The department's one assignment on the task numbered ``number`` (a clear refusal otherwise)."""
    found = [r for r in rows if r.task_number == number]
    if len(found) == 1:
        return found[0]
    if not found:
        tasks = "; ".join(dict.fromkeys(f"{r.task_number} {r.task_title}" for r in rows))
        raise ValidationError(
            translate("Cli", "{department} is not assigned a task numbered {task}; its tasks: {tasks}.").format(
                department=department, task=number, tasks=tasks or translate("Cli", "none")
            )
        )
    plans = ", ".join(str(r.plan_id) for r in found)
    raise ValidationError(
        translate("Cli", "{department} has a task {task} in several plans; give --plan: {plans}.").format(
            department=department, task=number, plans=plans
        )
    )


def _report_json(row: ReportRow, period: PeriodInfo, result: str) -> dict[str, Any]:
    submitted = row.submitted_on
    return {
        "result": result,
        "period": period.code,
        "due_date": period.due_date.isoformat(),
        "department_id": row.department_id,
        "department": row.department_name,
        "plan_id": row.plan_id,
        "task_id": row.task_id,
        "task_number": row.task_number,
        "task_title": row.task_title,
        "assignment_id": row.assignment_id,
        "role": row.role,
        "status": row.status,
        "percent": row.percent,
        "progress": row.progress,
        "problems": row.problems,
        "next_steps": row.next_steps,
        "reporter": row.reporter,
        "submitted_on": submitted.isoformat() if submitted else None,
        "late": submitted is not None and submitted > period.due_date,
    }


def cmd_enter(args: argparse.Namespace, ctx: CliContext) -> int:
    from ipdesk.excel import values
    from ipdesk.services.base import check_submitted_on
    from ipdesk.services.reports import ReportInput, check_percent

    services = ctx.services()
    period = _opened_period(services, args.period)
    department_id = find_department_id(ctx, args.department)
    department = services.departments.get(department_id).display_name
    rows = services.reports.rows(period.code, department_id=department_id, plan_id=args.plan)
    row = _assignment(rows, department, args.task.strip())

    status = read_value(values.status, args.status)
    if status is None:
        raise ValidationError(translate("Cli", "Give the task's status, e.g. --status 推进中 or --status in_progress."))
    percent = check_percent(read_value(values.percent, args.percent)) if args.percent is not None else row.percent
    # none given: the service's rule, as in the grid (a new report is today's, a correction keeps its day)
    submitted = check_submitted_on(read_date("--submitted", args.submitted)) if args.submitted is not None else None

    def given(value: str | None, current: str | None) -> str | None:
        return current if value is None else value

    saved = services.entry.save(
        period.code,
        [
            ReportInput(
                row.assignment_id,
                status,
                percent,
                given(args.progress, row.progress),
                given(args.problems, row.problems),
                given(args.next_steps, row.next_steps),
                given(args.reporter, row.reporter),
                submitted,
            )
        ],
    ).reports
    result = "created" if saved.created else "changed" if saved.changed else "unchanged"
    stored = next(
        r
        for r in services.reports.rows(period.code, department_id=department_id, plan_id=row.plan_id)
        if r.assignment_id == row.assignment_id
    )
    report = _report_json(stored, period, result)
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if report["late"]:
        timeliness = translate("Cli", "late: due {due}").format(due=report["due_date"])
    else:
        timeliness = translate("Cli", "on time: due {due}").format(due=report["due_date"])
    facts = {
        "department": stored.department_name,
        "task": f"{stored.task_number} {stored.task_title}",
        "period": period.code,
        "status": TaskStatus(stored.status).label if stored.status else "-",
        "percent": "-" if stored.percent is None else f"{stored.percent}%",
        "submitted": report["submitted_on"],
        "timeliness": timeliness,
    }
    if result == "created":
        message = translate(
            "Cli",
            "Entered {department}'s report on task {task} for {period}: {status}, {percent}, submitted {submitted} "
            "({timeliness}).",
        )
    elif result == "changed":
        message = translate(
            "Cli",
            "Changed {department}'s report on task {task} for {period}: {status}, {percent}, submitted {submitted} "
            "({timeliness}).",
        )
    else:
        message = translate(
            "Cli",
            "{department}'s report on task {task} for {period} already says {status}, {percent}, submitted "
            "{submitted}; nothing changed.",
        )
    print(message.format(**facts))
    return 0
