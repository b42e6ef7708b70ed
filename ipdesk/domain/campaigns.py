"""知识产权强X建设: what a plan's campaign is called, by the plan's own title or the level of its unit.

A 旗 or 县 works on 知识产权强县建设 (强旗 when the 旗 says so), a city on 强市建设, the region on 强区建设;
department forms and printed sheets name the campaign of the plan they are about, never a fixed 强市.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ipdesk.domain.enums import UnitLevel

DEFAULT_CAMPAIGN = "知识产权强市建设"
_CAMPAIGN_IN_TEXT = re.compile(r"知识产权强([省市县旗区盟州])")
_QUOTED = re.compile(r"《[^》]*》|〈[^〉]*〉")
_PLACES_BY_LEVEL = {UnitLevel.REGION.value: "省区", UnitLevel.CITY.value: "市盟州", UnitLevel.COUNTY.value: "县旗区"}


def named_campaign(plan_title: str | None, level: str | None = None) -> str | None:
    """The campaign a plan's own title names (None if it names none that fits ``level``).

    A name inside 《》 is another document's (强国 of the national outline), and one that does not fit the
    unit's level is a higher level's campaign the plan follows (a city carrying out the region's 强区).
    """
    fitting = _PLACES_BY_LEVEL.get(level or "")
    for found in _CAMPAIGN_IN_TEXT.finditer(_QUOTED.sub("", plan_title or "")):
        if fitting is None or found.group(1) in fitting:
            return f"知识产权强{found.group(1)}建设"
    return None


def unit_campaign(level: str | None, unit_name: str | None = None) -> str:
    """By the unit: a 旗 强旗, other 旗县区 强县, a 盟 强盟, a city 强市, an 自治区 强区, a province 强省."""
    name = (unit_name or "").strip()
    if level == UnitLevel.COUNTY.value:
        return "知识产权强旗建设" if name.endswith("旗") else "知识产权强县建设"
    if level == UnitLevel.REGION.value:
        return "知识产权强区建设" if name.endswith("自治区") else "知识产权强省建设"
    if level == UnitLevel.CITY.value and name.endswith("盟"):
        return "知识产权强盟建设"
    return DEFAULT_CAMPAIGN


def campaign_name(plan_title: str | None, level: str | None = None, unit_name: str | None = None) -> str:
    """知识产权强县建设 (强市, 强旗 …) as a plan's forms call it: as its own title names it, else by its unit."""
    return named_campaign(plan_title, level) or unit_campaign(level, unit_name)


def campaign_of(plan_titles: Iterable[str], unit_name: str | None, level: str | None) -> str:
    """The campaign of several plans printed together for a unit (``level``: its UnitLevel value): the first
    title naming one that fits the unit, else the unit's own."""
    for title in plan_titles:
        named = named_campaign(title, level)
        if named is not None:
            return named
    return unit_campaign(level, unit_name)
