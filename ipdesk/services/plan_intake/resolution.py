"""Department names the registry did not settle, and what the clerk decided for each.

A name is settled when the matcher found exactly one department. Every other distinct name — new, ambiguous
(several candidates) or renamed (found only through a 机构改革 predecessor, to confirm) — is listed once; the
clerk maps it to an existing department (the name is remembered as an alias, so the next document matches
it) or has a new department created. Collectives such as 各旗县区人民政府 are created as kind ``collective``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ipdesk.domain.enums import DepartmentKind
from ipdesk.intake.matching import DepartmentMatcher, RegistryDepartment
from ipdesk.services.plan_intake.draft import AMBIGUOUS, MATCHED, NEW, RENAMED, DraftDepartment, PlanDraft


@dataclass(frozen=True)
class MapToExisting:
    """The name means this registered department; it is added as one of its aliases."""

    department_id: int


@dataclass(frozen=True)
class CreateDepartment:
    """The name is a department the registry lacks: create it (in ``unit_id``; None: the plan's unit)."""

    name: str
    short_name: str | None = None
    kind: str = DepartmentKind.AGENCY.value
    unit_id: int | None = None


Resolution = MapToExisting | CreateDepartment
Resolutions = Mapping[str, Resolution]
"""Written name -> decision."""


@dataclass(frozen=True)
class UnresolvedName:
    """One name to decide, with what the registry suggested and where the document uses it."""

    name: str
    kind: str
    status: str
    """new / ambiguous / renamed."""
    candidates: tuple[int, ...]
    proposed_id: int | None
    """For a renamed name: the successor the matcher proposes."""
    uses: int
    first_line: int | None
    variants: tuple[str, ...] = ()
    """Every spelling the document uses for it ("市文新广局", "文新广局"); one decision covers them all."""

    @property
    def is_collective(self) -> bool:
        return self.kind == DepartmentKind.COLLECTIVE.value

    @property
    def spellings(self) -> tuple[str, ...]:
        return self.variants or (self.name,)


_LEVEL = re.compile(r"^(?:自治区|省|市|盟|州|区|县|旗)")


def _bare(name: str) -> str:
    return _LEVEL.sub("", name, count=1)


def unresolved_names(draft: PlanDraft) -> list[UnresolvedName]:
    """Each name that still needs a decision, once, in document order.

    A name written once with its level and once without ("市文新广局", "文新广局") is one name; two different
    levels ("市科技局", "旗科技局") stay two.
    """
    groups: dict[str, dict[str, list[DraftDepartment]]] = {}
    for dept in draft.departments():
        if not dept.needs_resolution:
            continue
        bare = _bare(dept.name)
        key = bare
        group = groups.get(key)
        if group is not None and dept.name not in group:
            prefixes = {name for name in group if name != bare}
            if dept.name != bare and prefixes:  # a second level spelled out: another department
                key = dept.name
        groups.setdefault(key, {}).setdefault(dept.name, []).append(dept)
    names = []
    for spellings in groups.values():
        name = max(spellings, key=len)  # the spelling with its level, when there is one
        refs = [ref for group in spellings.values() for ref in group]
        first = spellings[name][0]
        lines = [r.line for r in refs if r.line is not None]
        names.append(
            UnresolvedName(
                name,
                first.kind,
                first.status if first.status in (NEW, AMBIGUOUS, RENAMED) else NEW,
                first.candidates,
                first.department_id if first.status == RENAMED else None,
                len(refs),
                min(lines) if lines else None,
                tuple(spellings),
            )
        )
    return names


def default_resolution(name: UnresolvedName) -> Resolution | None:
    """What the wizard proposes before the clerk decides: confirm a rename, create a new name, pick for ambiguous."""
    if name.status == RENAMED and name.proposed_id is not None:
        return MapToExisting(name.proposed_id)
    if name.status == NEW:
        return CreateDepartment(name.name, kind=name.kind)
    return None


def expand_resolutions(draft: PlanDraft, resolutions: Resolutions) -> dict[str, Resolution]:
    """The decisions keyed by every spelling: a decision for a name covers the spellings it groups."""
    found = dict(resolutions)
    for name in unresolved_names(draft):
        decided = next((resolutions[s] for s in (name.name, *name.spellings) if s in resolutions), None)
        if decided is not None:
            for spelling in name.spellings:
                found.setdefault(spelling, decided)
    return found


def missing_resolutions(draft: PlanDraft, resolutions: Resolutions) -> list[str]:
    """Names that need a decision and have none (a renamed name falls back to its proposed successor)."""
    return [
        spelling
        for n in unresolved_names(draft)
        if not (n.status == RENAMED and n.proposed_id is not None)
        for spelling in n.spellings
        if spelling not in resolutions
    ]


def match_name(
    name: str, registry: Iterable[RegistryDepartment], *, collective: bool = False, context: str = ""
) -> tuple[int | None, str | None, str, tuple[int, ...]]:
    """(department id, its name, status, candidates) for a name the clerk typed, as the parser would match it."""
    found = DepartmentMatcher(registry).match(name, collective=collective, context=context)
    status = found.status if found.status in (MATCHED, RENAMED, AMBIGUOUS) else NEW
    return found.department_id, found.department_name, status, tuple(found.candidates)
