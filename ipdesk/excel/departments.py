"""Department cells: splitting ``市科技局（牵头）、市财政局`` into names and roles, and matching names.

Matching goes through the plan intake's matcher, so documents and files follow one rule; this module adds
what files need (this installation's unit first, labels for suggestions). Unknown or ambiguous names are
never guessed: they come back with suggestions for the clerk.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ipdesk.excel.vocabulary import normalise
from ipdesk.intake.departments import kind_of
from ipdesk.intake.matching import DepartmentMatcher as NameMatcher
from ipdesk.intake.matching import RegistryDepartment

_CLAUSE_SPLIT = re.compile(r"[，,；;\n]+")
_NAME_SPLIT = re.compile(r"[、\s/|]+")
_PAREN_MARK = re.compile(r"[(（]\s*(牵头|主责|牵头单位|配合|协办|配合单位|参与)\s*[)）]")
_CLAUSE_LABEL = re.compile(r"^(牵头单位|牵头部门|主责单位|配合单位|配合部门|协办单位|责任单位|参与单位)\s*[:：]\s*")
_TRAILING_ROLE = re.compile(r"(牵头|负责|主责|配合|参与|协办|协助)$")
_LEAD_WORDS = frozenset({"牵头", "主责", "牵头单位", "牵头部门", "主责单位", "负责"})
_SUPPORT_WORDS = frozenset({"配合", "协办", "配合单位", "配合部门", "协办单位", "参与", "参与单位", "协助"})


def _role_of(word: str) -> str | None:
    if word in _LEAD_WORDS:
        return "lead"
    if word in _SUPPORT_WORDS:
        return "support"
    return None


@dataclass(frozen=True)
class NamedRole:
    name: str
    role: str | None  # "lead", "support", or None when the cell does not say


def split_departments(cell: str | None) -> list[NamedRole]:
    """Names in a department cell, with the role the cell marks (any separator: 、，, ；spaces, newlines)."""
    if not cell:
        return []
    result: list[NamedRole] = []
    seen: set[str] = set()
    for clause in _CLAUSE_SPLIT.split(cell.strip()):
        clause = clause.strip()
        if not clause:
            continue
        clause_role = None
        label = _CLAUSE_LABEL.match(clause)
        if label:
            clause_role = _role_of(label.group(1))
            clause = clause[label.end() :]
        trailing = _TRAILING_ROLE.search(clause)
        if trailing and _PAREN_MARK.search(clause) is None and len(clause) > len(trailing.group(1)):
            clause_role = _role_of(trailing.group(1)) or clause_role
            clause = clause[: trailing.start()]
        for piece in _NAME_SPLIT.split(clause):
            role = clause_role
            mark = _PAREN_MARK.search(piece)
            if mark:
                role = _role_of(mark.group(1))
                piece = _PAREN_MARK.sub("", piece)
            name = piece.strip().rstrip("等").strip()
            if not name or name in ("牵头", "配合") or name in seen:
                continue
            seen.add(name)
            result.append(NamedRole(name, role))
    return result


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
