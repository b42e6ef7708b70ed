"""Units, numbers and indicator-name helpers shared by the sentence and the table readers."""

from __future__ import annotations

import re

from ipdesk.intake.model import KIND_COUNT, KIND_CUMULATIVE, KIND_GROWTH, KIND_LEVEL, KIND_TEXT

# Longest first so that "万件" wins over "件" and "件/万人" over "件".
UNITS: tuple[str, ...] = tuple(
    sorted(
        {
            "件/万人", "件每万人", "件/万人口", "万件", "亿元", "万元", "千元", "元", "件", "个", "家", "项",
            "所", "座",
            "处", "名", "人次", "万人次", "人", "万人", "次", "户", "万户", "分", "个百分点", "百分点", "%", "‰", "倍",
            "平方米", "万平方米", "公顷", "亩", "万亩", "吨", "万吨", "条", "部", "批", "场", "期", "篇", "套", "台",
            "支", "个工作日", "工作日", "天", "小时", "万", "亿", "种", "类", "册", "款", "门", "位", "例", "宗", "起",
        },
        key=len,
        reverse=True,
    )
)
COUNT_UNITS = frozenset({"个", "家", "项", "所", "座", "处", "支", "批", "种", "类", "门", "款", "位"})
_UNIT_ALT = "|".join(re.escape(unit) for unit in UNITS)
UNIT_RE = re.compile(rf"(?:{_UNIT_ALT})")
UNIT_ONLY = re.compile(rf"^(?:{_UNIT_ALT})$")
NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)"
NUMBER_ONLY = re.compile(rf"^[≥≤>＞<＜约]?\s*({NUMBER})\s*(%|‰)?\s*(以上|以下|以内|左右)?$")
DASH_ONLY = re.compile(r"^[-—–/／\\~～]+$|^(?:无|暂无|/)$")
_BRACKETS = str.maketrans("（）", "()")
_TRAILING_UNIT = re.compile(rf"\((?P<unit>{_UNIT_ALT}|[^()]{{1,6}}/[^()]{{1,6}})\)\s*$")

METRIC_SUFFIX = re.compile(
    r"(?:量|数|数量|额|金额|率|比重|占比|比例|度|指数|规模|总数|总量|总额|增速|增幅|件数|次数|人数|户数)$"
)
LEADING_NOISE = re.compile(
    r"^(?:(?:全市|全区|全省|全盟|全州|全县|全旗|我市|我区|我省|本市|本区|全市范围内|其中|并且|并|且|同时|以及|及|和|"
    r"力争|确保|努力|实现|使|使得|推动|促进|年度|全年|每年|到期末|期末|基本|要|、)\s*)+"
)
_TRAILING_NOISE = re.compile(r"(?:的|为|要|须|需|均|分别|总计|合计|共|可|将)+$")
_QUANTIFIER = re.compile(r"^(?:各类|各种|一批|若干|一系列|一些)")
_CATEGORY_KEYS = (
    ("creation", ("创造",)),
    ("utilization", ("运用", "转化", "运营", "金融")),
    ("protection", ("保护",)),
    ("management", ("管理", "治理")),
    ("service", ("服务", "人才")),
)


def parse_number(text: str) -> float | None:
    match = NUMBER_ONLY.match(text.strip())
    if not match:
        return None
    return float(match.group(1).replace(",", ""))


def split_unit_suffix(name: str) -> tuple[str, str | None]:
    """"地理标志数量(件)" -> ("地理标志数量", "件"); names without a unit suffix come back unchanged."""
    match = _TRAILING_UNIT.search(name.translate(_BRACKETS))  # same length: indices hold for ``name``
    if not match:
        return name, None
    return name[: match.start()].rstrip(), name[match.start("unit") : match.end("unit")]


def clean_name(name: str) -> str:
    """Strip the connectives and subjects around an indicator name ("全市有效注册商标" -> "有效注册商标")."""
    previous = None
    while previous != name:
        previous = name
        name = LEADING_NOISE.sub("", name)
        name = _TRAILING_NOISE.sub("", name)
        name = _QUANTIFIER.sub("", name)
        name = name.strip(" ,，、;；:：")
    return name


def guess_kind(name: str, unit: str, *, cumulative: bool = False, growth: bool = False, counted: bool = False) -> str:
    if growth or re.search(r"年均增长|增长率|增速|增幅", name):
        return KIND_GROWTH
    if cumulative or "累计" in name:
        return KIND_CUMULATIVE
    if counted or (unit in COUNT_UNITS and not METRIC_SUFFIX.search(name)):
        return KIND_COUNT
    return KIND_LEVEL


def category_of(text: str | None) -> str:
    if not text:
        return "other"
    for key, words in _CATEGORY_KEYS:
        if any(word in text for word in words):
            return key
    return "other"


def merge_key(name: str) -> str:
    """A key under which a sentence's and a table's name for the same indicator coincide."""
    key = re.sub(r"\([^()]*\)", "", name)
    key = re.sub(r"[^\u3400-\u9fffA-Za-z0-9]", "", key)
    key = key.replace("每万人口", "每万人").replace("数量", "量").replace("累计", "")
    key = re.sub(r"(?<=[\u3400-\u9fff])数$", "量", key)
    key = re.sub(r"^(?:全市|全区|全省|我市|我区)", "", key)
    return key


def is_text_kind(kind: str) -> bool:
    return kind == KIND_TEXT
