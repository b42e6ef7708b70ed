"""The ``parse`` command: read a plan document and print what the parser found.

``ipdesk parse FILE --json`` prints one JSON object (the contract used by scripts, see
:meth:`ipdesk.intake.model.ParsedPlan.to_json`); without ``--json`` a readable summary.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from ipdesk.cli.context import CliContext
    from ipdesk.intake.matching import RegistryDepartment
    from ipdesk.intake.model import DepartmentRef, ParsedPlan


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("parse", help="read a plan document (.txt/.docx) and show its tasks and indicators")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_parse)


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
    def line(text: str = "") -> None:
        out.write(text + "\n")

    refs = plan.all_departments()
    show_status = any(ref.match is not None and ref.match.status != "new" for ref in refs)

    line(f"标题：{plan.title or '（未识别）'}")
    line(f"文号：{plan.doc_number or '—'}    发文单位：{plan.issuer or '—'}    日期：{plan.date or '—'}")
    period = f"{plan.start_year or '?'}–{plan.end_year or '?'}"
    line(f"类型：{plan.kind or '—'}    规划期：{period}")
    counts = (len(plan.sections), len(plan.tasks), len(plan.indicators), len(plan.warnings))
    line("章节 {} 个，任务 {} 项，指标 {} 个，提示 {} 条".format(*counts))
    line()
    line("章节")
    for section in plan.sections:
        label = f"{section.label} " if section.label else ""
        line(f"{'  ' * section.level}{label}{section.title}  [行 {section.line_first}]")
    line()
    line("任务")
    for task in plan.tasks:
        depts = "、".join(_department_text(dept, show_status) for dept in task.departments)
        deadline = f"  期限：{task.deadline_text}" if task.deadline_text else ""
        line(f"  {task.number} {task.title}  [行 {task.line_first}–{task.line_last}]{deadline}")
        line(f"      责任单位：{depts or '—'}")
    line()
    line("指标")
    for indicator in plan.indicators:
        targets = "，".join(f"{year}年 {_number(value)}" for year, value in sorted(indicator.targets.items()))
        baseline = ""
        if indicator.baseline:
            baseline = f"  基期 {indicator.baseline.year or ''} {_number(indicator.baseline.value)}"
        line(f"  {indicator.name}（{indicator.unit or '—'}，{indicator.kind}）{baseline}  目标：{targets or '—'}"
             f"  {indicator.note}  [行 {indicator.line_first}]")
    if plan.warnings:
        line()
        line("提示")
        for warning in plan.warnings:
            where = f"第 {warning.line} 行：" if warning.line else ""
            line(f"  {where}{warning.message}")
