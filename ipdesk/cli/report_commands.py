"""Report commands: ``ipdesk report KIND --period P [--plan ID] [--department NAME] [--pdf FILE] [--xlsx FILE]``.

Works headless for batch printing: the QGuiApplication that PDF writing needs is created (offscreen on Linux)
while the command line is parsed, before anything else creates a console-only Qt application.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ipdesk.cli.context import CliContext
from ipdesk.i18n import translate

KINDS = ("indicators", "tasks", "submissions", "reminders", "assessment")


class _KindAction(argparse.Action):
    """Stores the kind and starts the GUI-capable Qt application the PDF renderer needs."""

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[no-untyped-def]
        from ipdesk.reports.gui_app import ensure_gui_application

        ensure_gui_application()
        setattr(namespace, self.dest, values)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "report",
        help="print a summary sheet to PDF and/or xlsx",
        description="Build a summary sheet for a reporting period and write it as PDF and/or xlsx.",
    )
    p.add_argument("kind", choices=KINDS, action=_KindAction, metavar="KIND", help=f"one of: {', '.join(KINDS)}")
    p.add_argument("--period", required=True, help="reporting period: 2026, 2026H1, 2026Q3 or 2026-09")
    p.add_argument("--plan", type=int, metavar="ID", help="only this plan (default: the plans of this office's unit)")
    p.add_argument("--department", metavar="NAME", help="only this department (name, short name or alias)")
    p.add_argument("--pdf", type=Path, metavar="FILE", help="write the PDF here")
    p.add_argument("--xlsx", type=Path, metavar="FILE", help="write the workbook here")
    p.add_argument("--by-department", action="store_true", help="tasks: group the rows by department")
    p.add_argument("--midterm", action="store_true", help="assessment: call it a mid-term assessment")
    p.add_argument("--today", help="the printing date (YYYY-MM-DD); lateness is judged on it")
    p.set_defaults(func=cmd_report)


def cmd_report(args: argparse.Namespace, ctx: CliContext) -> int:
    from ipdesk.errors import ValidationError
    from ipdesk.reports.generate import generate
    from ipdesk.reports.kinds import ReportKind, ReportRequest

    if args.pdf is None and args.xlsx is None:
        raise ValidationError(translate("Cli", "Say where to write the report: --pdf FILE and/or --xlsx FILE."))
        # zh: 请用 --pdf 文件 和/或 --xlsx 文件 指定报表保存位置。
    today = None
    if args.today:
        try:
            today = date.fromisoformat(args.today)
        except ValueError as exc:
            raise ValidationError(
                translate("Cli", "--today must be a date like 2026-11-21, not {value}.").format(value=args.today)
            ) from exc  # zh: --today 应为形如 2026-11-21 的日期，而不是 {value}。
    request = ReportRequest(
        kind=ReportKind(args.kind),
        period=args.period,
        plan_id=args.plan,
        department=args.department,
        today=today,
        by_department=args.by_department,
        variant="midterm" if args.midterm else None,
    )
    result = generate(ctx.services(), request, pdf=args.pdf, xlsx=args.xlsx)
    if result.pdf is not None:
        print(translate("Cli", "PDF written: {path} ({pages} pages)").format(path=result.pdf, pages=result.pdf_pages))
        # zh: 已生成PDF：{path}（共{pages}页）
    if result.xlsx is not None:
        print(translate("Cli", "Workbook written: {path}").format(path=result.xlsx))  # zh: 已生成Excel文件：{path}
    for warning in result.warnings:
        print(warning, file=sys.stderr)
    return 0
