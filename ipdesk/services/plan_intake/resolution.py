"""Department names the registry did not settle, and what the clerk decided for each.

A name is settled when the matcher found exactly one department. Every other distinct name — new, ambiguous
(several candidates) or renamed (found only through a 机构改革 predecessor, to confirm) — is listed once; the
clerk maps it to an existing department (the name is remembered as an alias, so the next document matches
it) or has a new department created. Collectives such as 各旗县区人民政府 are created as kind ``collective``.
"""

from __future__ import annotations

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

    @property
    def is_collective(self) -> bool:
        return self.kind == DepartmentKind.COLLECTIVE.value


def unresolved_names(draft: PlanDraft) -> list[UnresolvedName]:
    """Each name that still needs a decision, once, in document order."""
    found: dict[str, list[DraftDepartment]] = {}
    for dept in draft.departments():
        if dept.needs_resolution:
            found.setdefault(dept.name, []).append(dept)
    names = []
    for name, refs in found.items():
        first = refs[0]
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


def missing_resolutions(draft: PlanDraft, resolutions: Resolutions) -> list[str]:
    """Names that need a decision and have none (a renamed name falls back to its proposed successor)."""
    return [
        n.name
        for n in unresolved_names(draft)
        if n.name not in resolutions and not (n.status == RENAMED and n.proposed_id is not None)
    ]


def match_name(
    name: str, registry: Iterable[RegistryDepartment], *, collective: bool = False, context: str = ""
) -> tuple[int | None, str | None, str, tuple[int, ...]]:
    """(department id, its name, status, candidates) for a name the clerk typed, as the parser would match it."""
    found = DepartmentMatcher(registry).match(name, collective=collective, context=context)
    status = found.status if found.status in (MATCHED, RENAMED, AMBIGUOUS) else NEW
    return found.department_id, found.department_name, status, tuple(found.candidates)
