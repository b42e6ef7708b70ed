"""Administrative units: ``unit add``, ``unit list`` and ``unit use`` (the unit this installation works for).

The same steps as 设置 → 新建行政区划… and 保存 in the window, through the same unit service.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from ipdesk.cli.lookup import find_unit
from ipdesk.domain.enums import UnitLevel
from ipdesk.i18n import translate

if TYPE_CHECKING:
    from ipdesk.cli.context import CliContext

_DEPTH = {UnitLevel.REGION.value: 0, UnitLevel.CITY.value: 1, UnitLevel.COUNTY.value: 2}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    unit = sub.add_parser("unit", help="administrative units and the one this installation works for")
    commands = unit.add_subparsers(dest="unit_command", metavar="SUBCOMMAND", required=True)

    p = commands.add_parser("add", help="add an administrative unit (自治区 / 盟市 / 旗县区)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--level", required=True, metavar="LEVEL", help="region, city or county")
    p.add_argument("--parent", metavar="UNIT", help="the unit it belongs to (name or number)")
    p.add_argument("--code", metavar="CODE", help="行政区划代码, when known")
    p.set_defaults(func=cmd_add)

    p = commands.add_parser("list", help="all units, and which one this installation works for")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_list)

    p = commands.add_parser("use", help="make UNIT the one this installation works for")
    p.add_argument("name", metavar="UNIT", help="name or number")
    p.add_argument("--office", metavar="NAME", help="the office's name, e.g. 伊金霍洛旗市场监督管理局")
    p.set_defaults(func=cmd_use)


def cmd_add(args: argparse.Namespace, ctx: CliContext) -> int:
    units = ctx.services().units
    parent = find_unit(units.list(), args.parent) if args.parent else None
    created = units.create(
        args.name, UnitLevel.value_from_label(args.level), parent_id=parent.id if parent else None, code=args.code
    )
    print(
        translate("Cli", "Added {level} {name} (number {id}).").format(
            level=UnitLevel(created.level).label, name=created.name, id=created.id
        )
    )
    return 0


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services()
    units = services.units.list()
    installation = services.units.installation()
    if args.json:
        json.dump(
            {
                "units": [
                    {"id": u.id, "name": u.name, "level": u.level, "parent_id": u.parent_id, "code": u.code}
                    for u in units
                ],
                "installation": {
                    "unit_id": installation.unit_id,
                    "unit_name": installation.unit_name,
                    "office_name": installation.office_name,
                },
            },
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
        return 0
    if not units:
        print(translate("Cli", 'No administrative units yet; add them with "ipdesk unit add".'))
        return 0
    for unit in units:
        mark = "*" if unit.id == installation.unit_id else " "
        indent = "  " * _DEPTH.get(unit.level, 0)
        print(f"{mark} {unit.id:>4}  {indent}{unit.name}  {UnitLevel(unit.level).label}")
    if installation.unit_id is None:
        print(translate("Cli", 'This installation has no unit yet; choose it with "ipdesk unit use".'))
    else:
        print(
            translate("Cli", "* this installation: {unit}, {office}").format(
                unit=installation.unit_name, office=installation.office_name or "-"
            )
        )
    return 0


def cmd_use(args: argparse.Namespace, ctx: CliContext) -> int:
    units = ctx.services().units
    unit = find_unit(units.list(), args.name)
    office = args.office if args.office is not None else units.installation().office_name
    info = units.set_installation(unit.id, office)
    print(
        translate("Cli", "This installation now works for {unit} ({office}).").format(
            unit=info.unit_name, office=info.office_name or "-"
        )
    )
    return 0
