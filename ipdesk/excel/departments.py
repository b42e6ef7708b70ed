"""Department cells: splitting ``市科技局（牵头）、市财政局`` into names and roles, and matching names.

Cells are split by the plan intake's rule (:func:`ipdesk.intake.departments.split_department_text`), so a
cell and a plan's department list read the same words the same way.

Matching goes through the plan intake's matcher, so documents and files follow one rule; this module adds
what files need (this installation's unit first, labels for suggestions). Unknown or ambiguous names are
never guessed: they come back with suggestions for the clerk.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ipdesk.excel.vocabulary import normalise
from ipdesk.intake.departments import kind_of, split_department_text
from ipdesk.intake.matching import DepartmentMatcher as NameMatcher
from ipdesk.intake.matching import RegistryDepartment
from ipdesk.intake.model import LEAD, SUPPORT
from ipdesk.intake.text import Aligned

_ROLE_KEY = {LEAD: "lead", SUPPORT: "support"}


@dataclass(frozen=True)
class NamedRole:
    name: str
    role: str | None  # "lead", "support", or None when the cell does not say


def split_departments(cell: str | None) -> list[NamedRole]:
    """Names in a department cell, with the role the cell marks, split as plans split their department lists.

    A 责任 label gives no role of its own: the cell's column decides. Deadlines written in the cell are ignored.
    """
    if not cell:
        return []
    return list(_split(cell))


@lru_cache(maxsize=4096)
def _split(cell: str) -> tuple[NamedRole, ...]:
    """A 分工表 repeats the same few department cells on thousands of rows: each is split once."""
    split = split_department_text(Aligned.of(cell))
    return tuple(NamedRole(named.name, _ROLE_KEY.get(named.role or "")) for named in split.names)


RegistryRecord = RegistryDepartment  # one registry protocol for documents and Excel files


@dataclass(frozen=True)
class Match:
    """The outcome for one written name: a department id, or None with up to three suggestions."""

    name: str
    department_id: int | None
    candidates: tuple[tuple[int, str], ...] = ()

    @property
    def matched(self) -> bool:
        return self.department_id is not None


class DepartmentMatcher:
    """Match names written in Excel files against the registry, preferring departments of ``unit_id``.

    The names are compared by the plan intake's matcher (:class:`ipdesk.intake.matching.DepartmentMatcher`): the
    same keys (level prefixes, 科学技术局 = 科技局 …) and the same 机构改革 predecessors, so a name the wizard
    recognised in a plan is recognised in a returned form too. Two things are the files' own: same-named
    departments are settled in favour of this installation's unit, and nothing is taken on a guess — a name
    found only through a predecessor, several candidates, or a near miss come back as suggestions.
    """

    def __init__(self, registry: Sequence[RegistryRecord], *, unit_id: int | None = None) -> None:
        self.unit_id = unit_id
        self._records = {r.id: r for r in registry}
        self._matcher = NameMatcher(registry)
        self._home = next(
            (str(getattr(r, "unit_name", "") or "") for r in registry if getattr(r, "unit_id", None) == unit_id),
            "",
        )
        self._all_names = {normalise(n): r.id for r in registry for n in (r.name, r.short_name, *r.aliases) if n}

    def _label(self, department_id: int) -> str:
        record = self._records[department_id]
        unit = getattr(record, "unit_name", None)
        return f"{record.name}（{unit}）" if unit and unit not in record.name else record.name

    def _is_home(self, department_id: int) -> bool:
        return self.unit_id is not None and getattr(self._records[department_id], "unit_id", None) == self.unit_id

    def match(self, name: str) -> Match:
        found = self._matcher.match(name, collective=kind_of(name) == "collective", context=self._home)
        if found.status == "matched" and found.department_id is not None:
            return Match(name, found.department_id)
        ids = list(found.candidates)
        if found.status == "ambiguous":
            home = [i for i in ids if self._is_home(i)]
            if len(home) == 1:
                return Match(name, home[0])
        if ids:  # several, or only through a predecessor's name: the clerk decides
            ordered = sorted(ids, key=lambda i: (not self._is_home(i), i))
            return Match(name, None, tuple((i, self._label(i)) for i in ordered[:5]))
        close = difflib.get_close_matches(normalise(name), list(self._all_names), n=6, cutoff=0.5)
        near: list[int] = []
        for key in close:
            department_id = self._all_names[key]
            if department_id not in near:
                near.append(department_id)
        return Match(name, None, tuple((i, self._label(i)) for i in near[:3]))
