"""Indicators: ``indicator list`` and ``indicator assign`` (the department that reports an indicator's values).

A plan often states an indicator without saying who is responsible for it; the department named here gets
the indicator on its report form (the same as 添加责任单位 in the intake wizard or the 指标 page).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from ipdesk.cli.lookup import find_department_id
from ipdesk.domain.enums import Role
from ipdesk.errors import ValidationError
from ipdesk.i18n import translate

if TYPE_CHECKING:
    from ipdesk.cli.context import CliContext
    from ipdesk.services.indicators import IndicatorInfo


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    indicator = sub.add_parser("indicator", help="a plan's indicators and the departments responsible for them")
    commands = indicator.add_subparsers(dest="indicator_command", metavar="SUBCOMMAND", required=True)

    p = commands.add_parser("list", help="indicators with baseline, targets and responsible departments")
    p.add_argument("--plan", type=int, metavar="ID", help="only this plan's indicators")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_list)

    p = commands.add_parser("assign", help="make DEPARTMENT responsible for INDICATOR (it reports its values)")
    p.add_argument("indicator", metavar="INDICATOR", help="name or number")
    p.add_argument("department", metavar="DEPARTMENT", help="name, short name, alias or number")
    p.add_argument("--plan", type=int, metavar="ID", help="the plan, when several have an indicator of that name")
    p.add_argument(
        "--role", default=Role.RESPONSIBLE.value, metavar="ROLE", help="responsible (default), lead or support"
    )
    p.set_defaults(func=cmd_assign)


def _find(indicators: list[IndicatorInfo], text: str) -> IndicatorInfo:
    text = text.strip()
    found = (
        [i for i in indicators if str(i.id) == text] if text.isdigit() else [i for i in indicators if i.name == text]
    )
    if len(found) == 1:
        return found[0]
    if not found:
        raise ValidationError(
            translate("Cli", 'No indicator is called "{name}"; see "ipdesk indicator list".').format(name=text)
        )
    choices = "; ".join(f"{i.id} (plan {i.plan_id})" for i in found)
    raise ValidationError(
        translate("Cli", 'Several indicators are called "{name}"; give the number: {choices}.').format(
            name=text, choices=choices
        )
    )


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    indicators = ctx.services().indicators.list(plan_id=args.plan)
    if args.json:
        json.dump(
            [
                {
                    "id": i.id,
                    "plan_id": i.plan_id,
                    "name": i.name,
                    "unit": i.unit,
                    "baseline": None
                    if i.baseline_year is None
                    else {"year": i.baseline_year, "value": i.baseline_value},
                    "targets": {str(year): value for year, value in sorted(i.targets.items())},
                    "departments": [{"id": d, "name": name, "role": role} for d, name, role in i.departments],
                }
                for i in indicators
            ],
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
        return 0
    if not indicators:
        print(translate("Cli", "No indicators."))
        return 0
    for i in indicators:
        baseline = f"{_number(i.baseline_value)}（{i.baseline_year}）" if i.baseline_year else "-"
        targets = "、".join(f"{year}: {_number(value)}" for year, value in sorted(i.targets.items())) or "-"
        departments = "、".join(i.department_names) or translate("Cli", "(nobody responsible)")
        print(f"{i.id:>5}  {i.name}（{i.unit or '-'}）  {baseline} → {targets}  {departments}")
    return 0


def cmd_assign(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services()
    indicator = _find(services.indicators.list(plan_id=args.plan), args.indicator)
    department_id = find_department_id(ctx, args.department)
    role = Role.value_from_label(args.role)
    info = services.indicators.add_department(indicator.id, department_id, role)
    print(
        translate("Cli", "{departments} responsible for {indicator}.").format(
            departments="、".join(info.department_names), indicator=info.name
        )
    )
    return 0
