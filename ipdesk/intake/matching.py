"""Matching department names as written against the department registry.

Names are compared through a *key*: Simplified characters, no spaces, no level prefix (市/区/县…, or a
city name before 市), the usual abbreviations applied (科学技术局 -> 科技局, 市场监督管理局 -> 市场监管局,
人民政府办公室 -> 政府办 …), and a 挂牌 name in brackets ("（知识产权局）") tried separately. A name
that only matches through a predecessor of the 2018 机构改革 (工商质监局 -> 市场监管局) is reported as
``renamed`` for the clerk to confirm. Collectives (各旗县区人民政府) only match collectives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol

from ipdesk.intake.model import DepartmentMatch, DepartmentRef
from ipdesk.intake.text import normalise


class RegistryDepartment(Protocol):
    """What the matcher needs of a registry entry (``services.departments.registry()`` items)."""

    @property
    def id(self) -> int: ...

    @property
    def name(self) -> str: ...

    @property
    def short_name(self) -> str | None: ...

    @property
    def aliases(self) -> tuple[str, ...]: ...

    @property
    def kind(self) -> str: ...


# Full form -> short form, applied longest first so both spellings reach the same key.
_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("人民政府办公室", "政府办"),
    ("人民政府办公厅", "政府办"),
    ("政府办公室", "政府办"),
    ("发展和改革委员会", "发改委"),
    ("发展改革委员会", "发改委"),
    ("发展改革委", "发改委"),
    ("发展和改革局", "发改局"),
    ("科学技术局", "科技局"),
    ("科学技术厅", "科技厅"),
    ("科学技术委员会", "科委"),
    ("市场监督管理局", "市场监管局"),
    ("市场监督管理厅", "市场监管厅"),
    ("人力资源和社会保障局", "人社局"),
    ("人力资源社会保障局", "人社局"),
    ("住房和城乡建设局", "住建局"),
    ("住房城乡建设局", "住建局"),
    ("工业和信息化局", "工信局"),
    ("经济和信息化委员会", "经信委"),
    ("经济和信息化局", "经信局"),
    ("文化和旅游局", "文旅局"),
    ("文化旅游局", "文旅局"),
    ("卫生健康委员会", "卫健委"),
    ("卫生和计划生育委员会", "卫计委"),
    ("食品药品监督管理局", "食药监局"),
    ("银行保险监督管理", "银保监"),
    ("银行业监督管理", "银监"),
    ("机构编制委员会办公室", "编办"),
    ("网络安全和信息化委员会办公室", "网信办"),
    ("外事办公室", "外事办"),
    ("国有资产监督管理委员会", "国资委"),
    ("生态环境局", "环境局"),
    ("农牧业局", "农牧局"),
    ("农业农村局", "农业局"),
    ("林业和草原局", "林草局"),
    ("中级人民法院", "中院"),
    ("中级法院", "中院"),
    ("人民检察院", "检察院"),
    ("人民法院", "法院"),
    ("委员会", "委"),
    ("办公室", "办"),
    ("人民政府", "政府"),
)
# 2018 机构改革: old name key -> new name key (only used when nothing matches directly).
_PREDECESSORS: dict[str, tuple[str, ...]] = {
    "工商质监局": ("市场监管局",),
    "工商局": ("市场监管局",),
    "质监局": ("市场监管局",),
    "质量技术监督局": ("市场监管局",),
    "食药监局": ("市场监管局",),
    "知识产权局": ("市场监管局",),
    "文新广局": ("文旅局",),
    "文广新局": ("文旅局",),
    "文化局": ("文旅局",),
    "旅游局": ("文旅局",),
    "卫计委": ("卫健委",),
    "经信委": ("工信局",),
    "法制办": ("司法局",),
    "国税局": ("税务局",),
    "地税局": ("税务局",),
    "环保局": ("环境局",),
    "国土资源局": ("自然资源局",),
    "国土局": ("自然资源局",),
    "规划局": ("自然资源局",),
    "林业局": ("林草局",),
    "农牧业局": ("农牧局",),
    "农业局": ("农牧局", "农业局"),
    "银监局": ("银保监局", "银保监分局"),
    "银监分局": ("银保监分局", "银保监局"),
    "保监局": ("银保监局",),
    "安监局": ("应急局", "应急管理局"),
    "民委": ("民宗局",),
}
_BRACKETED = re.compile(r"[(（]([^()（）]+)[)）]")
_CITY_PREFIX = re.compile(r"^[\u3400-\u9fff]{2,6}?(?:市|盟|州|地区)(?!场|委|政府)")
_LEVEL_PREFIX = re.compile(r"^(?:自治区|省|市|区|县|旗|盟|州)(?!场|委|直|县|区|旗)")


def name_keys(name: str) -> list[str]:
    """Comparable keys of a department name, most specific first."""
    text = re.sub(r"\s", "", normalise(name)).replace("(", "（").replace(")", "）")
    bracketed = [match.group(1) for match in _BRACKETED.finditer(text)]
    base = _BRACKETED.sub("", text)
    keys: list[str] = []
    for candidate in [base, *bracketed]:
        key = candidate
        key = _CITY_PREFIX.sub("", key, count=1) if len(key) > 4 else key
        key = _LEVEL_PREFIX.sub("", key, count=1) if len(key) > 2 else key
        for long, short in _ABBREVIATIONS:
            key = key.replace(long, short)
        for variant in (key, candidate):
            if variant and variant not in keys:
                keys.append(variant)
    return keys


def _plain(name: str) -> str:
    return re.sub(r"\s", "", normalise(name)).replace("(", "（").replace(")", "）")


def _is_collective(kind: str) -> bool:
    return kind == "collective"


class DepartmentMatcher:
    """Index of a registry for matching many names; the registry is read once."""

    def __init__(self, registry: Iterable[RegistryDepartment]) -> None:
        self._entries = list(registry)
        self._places: set[tuple[str, str | None]] | None = None  # (place, level) the registry knows, when needed
        self._index: dict[str, list[int]] = {}
        self._exact: dict[str, list[int]] = {}
        for position, entry in enumerate(self._entries):
            names = [entry.name, *(entry.aliases or ())]
            if entry.short_name:
                names.append(entry.short_name)
            for name in names:
                exact = self._exact.setdefault(_plain(name), [])
                if position not in exact:
                    exact.append(position)
                for key in name_keys(name):
                    bucket = self._index.setdefault(key, [])
                    if position not in bucket:
                        bucket.append(position)

    def __len__(self) -> int:
        return len(self._entries)

    def _lookup(self, keys: Sequence[str], collective: bool, index: dict[str, list[int]] | None = None) -> list[int]:
        for key in keys:
            bucket = (self._index if index is None else index).get(key, [])
            hits = [i for i in bucket if _is_collective(self._entries[i].kind) == collective]
            if hits:
                return hits
        return []

    def _place_of(self, position: int) -> str | None:
        """The city/county an entry belongs to: its ``unit_name`` when the registry has one, else its name's prefix."""
        entry = self._entries[position]
        unit = getattr(entry, "unit_name", None)
        if isinstance(unit, str) and unit:
            return unit
        prefix = _CITY_PREFIX.match(_plain(entry.name))
        return prefix.group(0) if prefix else None

    def _elsewhere(self, position: int, context: str) -> bool:
        """True when the only department found belongs to another city or county than the one the plan names:
        赤峰's plan naming 市商务局 must not be given 巴彦淖尔's without the clerk saying so.

        Only places of the same level count (a registry that knows its units' levels says so): the region's
        知识产权局 is no other place's for a city's plan, it is the level above.
        """
        place = self._place_of(position)
        if not context or not place or place in context:
            return False
        if self._places is None:
            self._places = {
                (found, getattr(self._entries[i], "unit_level", None))
                for i in range(len(self._entries))
                if (found := self._place_of(i))
            }
        level = getattr(self._entries[position], "unit_level", None)
        return any(
            other != place and other in context and (level is None or other_level in (None, level))
            for other, other_level in self._places
        )

    def match(
        self, name: str, *, qualified_name: str | None = None, collective: bool = False, context: str = ""
    ) -> DepartmentMatch:
        """Match one name; ``context`` (the plan's issuer and title) settles ties between places."""
        if not self._entries:
            return DepartmentMatch("new")
        keys = name_keys(name)
        if qualified_name and qualified_name != name:
            keys = [*name_keys(qualified_name), *keys]
        spelled = [_plain(qualified_name)] if qualified_name else []
        hits = self._lookup([*spelled, _plain(name)], collective, self._exact)  # a name the registry knows as is
        if not hits:
            hits = self._lookup(keys, collective)
        status = "matched"
        via = None
        if not hits and not collective:
            for key in keys:
                for successor in _PREDECESSORS.get(key, ()):
                    hits = self._lookup(name_keys(successor), collective)
                    if hits:
                        status, via = "renamed", successor
                        break
                if hits:
                    break
        if not hits:
            return DepartmentMatch("new")
        if len(hits) > 1:
            # prefer an entry whose own name (not an alias) gives the same key
            own = [i for i in hits if set(name_keys(self._entries[i].name)) & set(keys)]
            if len(own) == 1:
                hits = own
        if len(hits) > 1 and context:
            # 科技局 exists in every city of a provincial registry: the plan's own place decides
            local = [i for i in hits if (place := self._place_of(i)) and place in context]
            if local:
                hits = local
        if len(hits) > 1 and (level := _LEVEL_PREFIX.match(_plain(qualified_name or name))):
            # 市科技局 and 区科技局 share a key; the written (or implied) level decides
            same_level = [i for i in hits if _plain(self._entries[i].name).startswith(level.group(0))]
            if len(same_level) == 1:
                hits = same_level
        if len(hits) > 1 or self._elsewhere(hits[0], context):
            return DepartmentMatch("ambiguous", candidates=tuple(self._entries[i].id for i in hits))
        entry = self._entries[hits[0]]
        return DepartmentMatch(status, entry.id, entry.name, (entry.id,), via)


def match_department(
    name: str, registry: Iterable[RegistryDepartment], *, qualified_name: str | None = None, collective: bool = False
) -> DepartmentMatch:
    """Match one name (builds a throw-away index; use :class:`DepartmentMatcher` for many names)."""
    return DepartmentMatcher(registry).match(name, qualified_name=qualified_name, collective=collective)


def match_all(refs: Iterable[DepartmentRef], registry: Iterable[RegistryDepartment], *, context: str = "") -> None:
    """Set ``match`` on every reference (``new`` for all when the registry is empty).

    ``context`` is text naming the plan's place (issuer, title), used to choose among same-named departments of
    different cities or counties.
    """
    matcher = DepartmentMatcher(registry)
    cache: dict[tuple[str, str, bool], DepartmentMatch] = {}
    for ref in refs:
        key = (ref.name, ref.qualified_name, ref.is_collective)
        if key not in cache:
            cache[key] = matcher.match(
                ref.name, qualified_name=ref.qualified_name or None, collective=ref.is_collective, context=context
            )
        found = cache[key]
        ref.match = DepartmentMatch(
            found.status, found.department_id, found.department_name, found.candidates, found.via
        )


def proposed_departments(refs: Iterable[DepartmentRef]) -> list[DepartmentRef]:
    """Distinct unmatched names, first occurrence each: the new departments to propose to the clerk."""
    seen: set[str] = set()
    out: list[DepartmentRef] = []
    for ref in refs:
        if ref.match is not None and ref.match.status != "new":
            continue
        key = name_keys(ref.qualified_name or ref.name)[0]
        if key not in seen:
            seen.add(key)
            out.append(ref)
    return out
