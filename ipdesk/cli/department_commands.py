"""The department registry (责任单位): ``department add`` and ``department list``.

The same steps as 责任单位 → 新建 in the window, through the same department service. A new department belongs
to this installation's unit unless ``--unit`` names another (or ``--no-unit`` none).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from ipdesk.cli.lookup import find_unit
from ipdesk.domain.enums import DepartmentKind
from ipdesk.i18n import translate

if TYPE_CHECKING:
    from ipdesk.cli.context import CliContext
    from ipdesk.services.departments import DepartmentInfo


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    department = sub.add_parser("department", help="the department registry (责任单位)")
    commands = department.add_subparsers(dest="department_command", metavar="SUBCOMMAND", required=True)

    p = commands.add_parser("add", help="add a department to the registry")
    p.add_argument("name", metavar="NAME", help="the full name, e.g. 伊金霍洛旗科学技术局")
    p.add_argument("--short", metavar="SHORT", help="the short name documents use, e.g. 旗科技局")
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--unit", metavar="UNIT", help="its administrative unit (name or number; default: this installation's)"
    )
    where.add_argument("--no-unit", action="store_true", help="belongs to no administrative unit")
    p.add_argument(
        "--kind",
        default=DepartmentKind.AGENCY.value,
        metavar="KIND",
        help="agency (default), government, collective or other",
    )
    p.add_argument(
        "--alias", action="append", default=[], metavar="NAME", help="another name documents use (repeatable)"
    )
    p.add_argument("--contact", metavar="NAME", help="contact person")
    p.add_argument("--phone", metavar="PHONE", help="contact phone")
    p.add_argument("--json", action="store_true", help="print the new department as JSON")
    p.set_defaults(func=cmd_add)

    p = commands.add_parser("list", help="the registered departments")
    p.add_argument("--unit", metavar="UNIT", help="only this administrative unit's (name or number)")
    p.add_argument("--all", action="store_true", help="include departments no longer active (merged)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_list)



def department_json(dept: DepartmentInfo) -> dict[str, Any]:
    return {
        "id": dept.id,
        "name": dept.name,
        "short_name": dept.short_name,
        "kind": dept.kind,
        "unit_id": dept.unit_id,
        "unit_name": dept.unit_name,
        "aliases": list(dept.aliases),
        "contact_person": dept.contact_person,
        "phone": dept.phone,
        "active": dept.active,
        "merged_into_id": dept.merged_into_id,
    }


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    print()


def cmd_add(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services()
    if args.no_unit:
        unit_id = None
    elif args.unit:
        unit_id = find_unit(services.units.list(), args.unit).id
    else:
        unit_id = services.units.installation().unit_id
    created = services.departments.create(
        args.name,
        short_name=args.short,
        kind=DepartmentKind.value_from_label(args.kind),
        unit_id=unit_id,
        aliases=args.alias,
        contact_person=args.contact,
        phone=args.phone,
    )
    if args.json:
        _print_json(department_json(created))
        return 0
    print(
        translate("Cli", "Added department {name} (short name {short}, unit {unit}, number {id}).").format(
            name=created.name, short=created.short_name or "-", unit=created.unit_name or "-", id=created.id
        )
    )
    return 0


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services()
    unit_id = find_unit(services.units.list(), args.unit).id if args.unit else None
    departments = services.departments.list(unit_id=unit_id, include_inactive=args.all)
    if args.json:
        _print_json([department_json(d) for d in departments])
        return 0
    if not departments:
        print(translate("Cli", 'No departments yet; add them with "ipdesk department add".'))
        return 0
    for dept in departments:
        names = "、".join(n for n in (dept.short_name, *dept.aliases) if n)
        state = "" if dept.active else "  " + translate("Cli", "(no longer active)")
        kind = DepartmentKind(dept.kind).label
        print(f"{dept.id:>5}  {dept.name}  {names or '-'}  {dept.unit_name or '-'}  {kind}{state}")
    return 0
