"""Reading what a command names: an administrative unit or a department (by name or number), a value or a date.

Shared by the commands; a name that fits none or several is refused with a message saying what to give instead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from ipdesk.errors import ValidationError
from ipdesk.i18n import translate

if TYPE_CHECKING:
    from ipdesk.cli.context import CliContext
    from ipdesk.services.units import UnitInfo


def find_unit(units: list[UnitInfo], text: str) -> UnitInfo:
    """The unit named (or numbered) ``text``; a clear refusal when there is none or more than one."""
    text = text.strip()
    found = [u for u in units if str(u.id) == text] if text.isdigit() else [u for u in units if u.name == text]
    if len(found) == 1:
        return found[0]
    if not found:
        raise ValidationError(
            translate("Cli", 'No administrative unit is called "{name}"; add it first with "ipdesk unit add".').format(
                name=text
            )
        )
    choices = "; ".join(f"{u.id} {u.name}" for u in found)
    raise ValidationError(
        translate("Cli", 'Several units are called "{name}"; give the number: {choices}.').format(
            name=text, choices=choices
        )
    )


def find_department_id(ctx: CliContext, text: str) -> int:
    """The department named ``text`` (full or short name, alias, or number), this installation's unit first."""
    from ipdesk.excel.departments import DepartmentMatcher

    services = ctx.services()
    if text.strip().isdigit():
        return services.departments.get(int(text)).id
    installation = services.units.installation()
    match = DepartmentMatcher(services.departments.registry(), unit_id=installation.unit_id).match(text)
    if match.department_id is not None:
        return match.department_id
    hint = "; ".join(f"{i} {label}" for i, label in match.candidates)
    message = translate("Excel", 'No single department is called "{name}".').format(name=text)
    if hint:
        message += " " + translate("Excel", "Did you mean (give the number): {hint}").format(hint=hint)
    raise ValidationError(message)


def read_value(parse: Callable[[str], Any], raw: str) -> Any:
    """A value read as the entry grid and the Excel import read it; their complaint as a one-line refusal."""
    from ipdesk.excel.values import CellError

    try:
        return parse(raw)
    except CellError as error:
        raise ValidationError(error.message) from error


def read_date(flag: str, raw: str) -> date:
    """The date given to ``flag``: the whole text must be one date as a clerk types it.

    2024-07-10, 2024/7/10, 2024.7.10 or 2024年7月10日 (full-width digits too), read by the intake's
    :func:`~ipdesk.intake.metadata.parse_date`. Unlike the import's reader, which finds a date inside any text,
    a typo (2024-07-10x), an impossible day (2024-02-30) or a word (明天) is refused rather than guessed.
    """
    from ipdesk.intake.metadata import parse_date
    from ipdesk.intake.text import fold_width

    text = fold_width(raw.strip())
    found = parse_date(text)
    if found is None or text not in _written_forms(found):
        raise ValidationError(
            translate(
                "Cli", 'Give {flag} a date as 2024-07-10, 2024/7/10, 2024.7.10 or 2024年7月10日, not "{value}".'
            ).format(flag=flag, value=raw)
        )
    return found


def _written_forms(day: date) -> set[str]:
    """Every whole text :func:`read_date` takes for ``day``: month and day with or without a leading zero."""
    months, days = {str(day.month), f"{day.month:02d}"}, {str(day.day), f"{day.day:02d}"}
    return {
        form
        for m in months
        for d in days
        for form in (*(f"{day.year}{sep}{m}{sep}{d}" for sep in "-/."), f"{day.year}年{m}月{d}日")
    }
