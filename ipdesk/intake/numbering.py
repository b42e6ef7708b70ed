"""The numbering grammar of Chinese policy documents.

Styles, from the usual outermost to the innermost: 第一章 (``chapter``), 第一节 (``jie``), 一、
(``cn``), （一） (``pcn``), 1. / 1、 / １． (``num``), （1） (``pnum``), 1) (``rnum``), ① (``circ``), and
第一条 (``article``). A document's hierarchy is the order in which it nests them, not a fixed ranking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ipdesk.intake.text import CN_NUMERAL, cn_to_int

_CN = f"[{CN_NUMERAL}]{{1,4}}"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(rf"^第\s*({_CN}|\d{{1,3}})\s*(?:章|编|篇|部分)")),
    ("jie", re.compile(rf"^第\s*({_CN}|\d{{1,3}})\s*节")),
    ("article", re.compile(rf"^第\s*({_CN}|\d{{1,3}})\s*条(?=\s|[\u3400-\u9fff])")),
    ("cn", re.compile(rf"^({_CN})\s*[、.](?!\d)")),
    ("pcn", re.compile(rf"^\(\s*({_CN})\s*\)")),
    ("pnum", re.compile(r"^\(\s*(\d{1,3})\s*\)")),
    ("num", re.compile(r"^(\d{1,3})\s{0,2}(?:\.(?!\d)|、)")),
    ("rnum", re.compile(r"^(\d{1,2})\)")),
    ("circ", re.compile(r"^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])")),
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# Separators dropped from a label: "1." -> "1", "一、" -> "一" (parentheses and 第…章 stay).
_TRAILING_SEPARATOR = re.compile(r"[\s、.．,，]+$")


@dataclass(frozen=True, slots=True)
class Numbering:
    style: str
    ordinal: int
    end: int
    """Index just past the numbering (and its separator) in the text it was matched on."""


def match_numbering(norm: str) -> Numbering | None:
    """The numbering at the start of ``norm`` (a normalised, left-stripped line), or None."""
    if not norm:
        return None
    first = norm[0]
    if not (first in "第(" or first.isdigit() or first in CN_NUMERAL or first in _CIRCLED):
        return None
    for style, pattern in _PATTERNS:
        match = pattern.match(norm)
        if not match:
            continue
        token = match.group(1)
        ordinal = _CIRCLED.index(token) + 1 if style == "circ" else cn_to_int(token)
        if ordinal is None or ordinal <= 0:
            continue
        return Numbering(style, ordinal, match.end())
    return None


def label_of(orig: str) -> str:
    """The label as written, without its trailing separator: "1." -> "1", "（十）" stays."""
    return _TRAILING_SEPARATOR.sub("", orig.strip())
