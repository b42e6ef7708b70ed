"""Reporting periods: ``period open`` and ``period list`` (数据填报 → 新建期间 in the window).

Reports are typed in (``ipdesk enter``) only for a period that has been opened, so a mistyped period is refused
instead of opened by accident; an import opens the period its forms name.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from ipdesk.cli.lookup import read_date
from ipdesk.i18n import translate

if TYPE_CHECKING:
    from ipdesk.cli.context import CliContext
    from ipdesk.services.periods import PeriodInfo


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    period = sub.add_parser("period", help="reporting periods and their due dates")
    commands = period.add_subparsers(dest="period_command", metavar="SUBCOMMAND", required=True)

    p = commands.add_parser("open", help="open a period for reporting (or change the due date of an open one)")
    p.add_argument("period", metavar="P", help="2024, 2024H1, 2024Q2 or 2024-05")
    p.add_argument("--due", metavar="DATE", help="the day reports are due (default: ten days after the period)")
    p.set_defaults(func=cmd_open)

    p = commands.add_parser("list", help="the opened periods with their due dates")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_list)


def period_json(period: PeriodInfo) -> dict[str, Any]:
    return {
        "code": period.code,
        "kind": period.kind,
        "start_date": period.start_date.isoformat(),
        "end_date": period.end_date.isoformat(),
        "due_date": period.due_date.isoformat(),
        "locked": period.locked,
    }


def cmd_open(args: argparse.Namespace, ctx: CliContext) -> int:
    due = read_date("--due", args.due) if args.due is not None else None
    info = ctx.services().periods.open(args.period, due)
    print(
        translate("Cli", "Period {period} is open ({start} – {end}); reports are due on {due}.").format(
            period=info.code,
            start=info.start_date.isoformat(),
            end=info.end_date.isoformat(),
            due=info.due_date.isoformat(),
        )
    )
    return 0


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    periods = ctx.services().periods.list()
    if args.json:
        json.dump([period_json(p) for p in periods], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not periods:
        print(translate("Cli", 'No period is open yet; open one with "ipdesk period open".'))
        return 0
    for p in periods:
        locked = "  " + translate("Cli", "(locked)") if p.locked else ""
        due = translate("Cli", "due {date}").format(date=p.due_date.isoformat())
        print(f"{p.code:<8}  {p.start_date.isoformat()} – {p.end_date.isoformat()}  {due}{locked}")
    return 0
