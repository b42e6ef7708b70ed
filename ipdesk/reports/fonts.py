"""Chinese font families for printing, named explicitly and chosen from what is installed.

With no family named, Qt falls back to whatever CJK face fontconfig offers first — with only Noto CJK that
is the Japanese variant, whose forms of some hanzi differ from the simplified-Chinese ones. So every role
lists the families an office PC or a Linux box is likely to have, in order of preference, and the first
installed one wins. Official-document habits set the order: 小标宋 / 黑体 for titles, 黑体 for headings,
仿宋 for running text, 宋体 for tables.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontDatabase

TITLE_FAMILIES = (
    "方正小标宋简体",
    "FZXiaoBiaoSong-B05S",
    "方正小标宋_GBK",
    "SimHei",
    "黑体",
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Songti SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
)
HEADING_FAMILIES = (
    "SimHei",
    "黑体",
    "Microsoft YaHei",
    "微软雅黑",
    "PingFang SC",
    "Heiti SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
)
BODY_FAMILIES = (
    "FangSong",
    "仿宋",
    "FangSong_GB2312",
    "仿宋_GB2312",
    "STFangsong",
    "SimSun",
    "宋体",
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Songti SC",
    "AR PL UMing CN",
    "Noto Sans CJK SC",
    "WenQuanYi Micro Hei",
)
TABLE_FAMILIES = (
    "SimSun",
    "宋体",
    "NSimSun",
    "新宋体",
    "Songti SC",
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Microsoft YaHei",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
)
ALL_CJK = tuple(dict.fromkeys(TITLE_FAMILIES + HEADING_FAMILIES + BODY_FAMILIES + TABLE_FAMILIES))
NO_SUBSTITUTION = ("locl", "liga", "clig", "dlig", "calt")


@dataclass(frozen=True)
class FontChoice:
    """The family chosen for each role (``None``: no Chinese font installed at all)."""

    title: str | None
    heading: str | None
    body: str | None
    table: str | None

    @property
    def complete(self) -> bool:
        return None not in (self.title, self.heading, self.body, self.table)

    def families(self) -> list[str]:
        return sorted({f for f in (self.title, self.heading, self.body, self.table) if f})


def installed_families() -> set[str]:
    """Families known to Qt's font database (needs a QGuiApplication)."""
    return set(QFontDatabase.families())


def choose_fonts(available: set[str] | None = None) -> FontChoice:
    have = installed_families() if available is None else available

    def first(candidates: tuple[str, ...]) -> str | None:
        return next((family for family in candidates if family in have), None)

    return FontChoice(first(TITLE_FAMILIES), first(HEADING_FAMILIES), first(BODY_FAMILIES), first(TABLE_FAMILIES))


def make_font(family: str | None, point_size: float, *, bold: bool = False) -> QFont:
    """A font of ``family`` with the other Chinese families behind it for any glyph it lacks."""
    font = QFont()
    families = [family] if family else []
    families += [f for f in ALL_CJK if f != family]
    font.setFamilies(families)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # metrics scale exactly with the page
    font.setKerning(True)
    # Substituted glyphs (CJK fonts' proportional Latin digits under 'locl', ligatures) have no code point in
    # the font's cmap, and Qt's PDF writer then drops them from the text: "第1页" would copy as "第页".
    for tag in NO_SUBSTITUTION:
        font.setFeature(QFont.Tag(tag), 0)
    return font


def variants(families: Iterable[str]) -> list[QFont]:
    """Regular and bold of each family, as the PDF may embed them."""
    return [make_font(family, 12, bold=bold) for family in families for bold in (False, True)]
