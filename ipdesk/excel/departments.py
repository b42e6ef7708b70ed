"""Department cells: splitting ``市科技局（牵头）、市财政局`` into names and roles, and matching names.

Matching is one small class over registry records (anything with ``id, name, short_name, aliases,
kind`` and optionally ``unit_id``), so the intake module's matcher can replace it without touching the
callers. Unknown or ambiguous names are never guessed: they come back with suggestions for the clerk.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ipdesk.excel.vocabulary import normalise
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


def _keys(name: str, unit_names: Iterable[str]) -> set[str]:
    base = normalise(name)
    keys = {base}
    for unit in unit_names:
        if unit and base.startswith(unit) and len(base) > len(unit) + 1:
            keys.add(base[len(unit) :])
    for key in list(keys):
        if key.startswith("市") and len(key) > 3:
            keys.add(key[1:])
        elif not key.startswith("市") and len(key) >= 2:
            keys.add("市" + key)
    return keys


class DepartmentMatcher:
    """Match written names against the registry, preferring departments of ``unit_id`` when names clash."""

    def __init__(self, registry: Sequence[RegistryRecord], *, unit_id: int | None = None) -> None:
        self.unit_id = unit_id
        self._records = {r.id: r for r in registry}
        self._unit_names = sorted(
            {str(getattr(r, "unit_name", "") or "") for r in registry} - {""}, key=len, reverse=True
        )
        self._exact: dict[str, set[int]] = {}
        self._loose: dict[str, set[int]] = {}
        for record in registry:
            for written in (record.name, record.short_name, *record.aliases):
                if not written:
                    continue
                self._exact.setdefault(normalise(written), set()).add(record.id)
                for key in _keys(written, self._unit_names):
                    self._loose.setdefault(key, set()).add(record.id)
        self._all_names = {normalise(n): r.id for r in registry for n in (r.name, r.short_name, *r.aliases) if n}

    def _pick(self, ids: set[int]) -> int | None:
        if len(ids) == 1:
            return next(iter(ids))
        if self.unit_id is not None:
            local = [i for i in ids if getattr(self._records[i], "unit_id", None) == self.unit_id]
            if len(local) == 1:
                return local[0]
        return None

    def _label(self, department_id: int) -> str:
        record = self._records[department_id]
        unit = getattr(record, "unit_name", None)
        return f"{record.name}（{unit}）" if unit and unit not in record.name else record.name

    def match(self, name: str) -> Match:
        written = normalise(name)
        for ids in (self._exact.get(written), self._loose_ids(name)):
            if ids:
                picked = self._pick(ids)
                if picked is not None:
                    return Match(name, picked)
                ordered = sorted(ids, key=lambda i: (getattr(self._records[i], "unit_id", None) != self.unit_id, i))
                return Match(name, None, tuple((i, self._label(i)) for i in ordered[:5]))
        close = difflib.get_close_matches(written, list(self._all_names), n=6, cutoff=0.5)
        ids: list[int] = []
        for key in close:
            department_id = self._all_names[key]
            if department_id not in ids:
                ids.append(department_id)
        return Match(name, None, tuple((i, self._label(i)) for i in ids[:3]))

    def _loose_ids(self, name: str) -> set[int]:
        found: set[int] = set()
        for key in _keys(name, self._unit_names):
            found |= self._loose.get(key, set())
        return found
