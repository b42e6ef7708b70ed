"""Plain text from a ``.docx`` file: body paragraphs and tables in document order.

The package is opened with :mod:`zipfile` and parsed with :mod:`defusedxml` (no entity expansion, no
external references), with size limits against zip bombs. Table rows become one line each with cells
separated by tabs, which the table reader understands. Word's automatic list numbering is not part of
the paragraph text, so it is rebuilt from ``numbering.xml`` ("一、", "（一）", "1." …).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeET

from ipdesk.intake.numbering import match_numbering
from ipdesk.intake.text import normalise

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_PART_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200


class DocxError(ValueError):
    """The file is not a readable .docx package; the message is for the clerk."""


def _read_part(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_PART_BYTES or (
        info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 1024 * 1024
    ):
        raise DocxError("Word 文件内容异常（解压后过大），已拒绝读取。")
    with archive.open(info) as handle:
        data = handle.read(MAX_PART_BYTES + 1)
    if len(data) > MAX_PART_BYTES:
        raise DocxError("Word 文件内容异常（解压后过大），已拒绝读取。")
    return data


def _parse_xml(data: bytes) -> Element:
    try:
        return SafeET.fromstring(data)
    except Exception as exc:  # defusedxml raises several unrelated types for hostile/broken XML
        raise DocxError(f"Word 文件已损坏或格式不受支持：{type(exc).__name__}") from exc


_CN_SMALL = "零一二三四五六七八九"


def int_to_cn(number: int) -> str:
    """1 -> 一, 10 -> 十, 21 -> 二十一, 105 -> 一百零五 (enough for list numbering)."""
    if number <= 0:
        return str(number)
    if number < 10:
        return _CN_SMALL[number]
    if number < 20:
        return "十" + (_CN_SMALL[number - 10] if number > 10 else "")
    if number < 100:
        tens, ones = divmod(number, 10)
        return _CN_SMALL[tens] + "十" + (_CN_SMALL[ones] if ones else "")
    if number < 1000:
        hundreds, rest = divmod(number, 100)
        if rest == 0:
            tail = ""
        elif rest < 10:
            tail = "零" + _CN_SMALL[rest]
        elif rest < 20:
            tail = "一" + int_to_cn(rest)  # 一百一十二
        else:
            tail = int_to_cn(rest)
        return _CN_SMALL[hundreds] + "百" + tail
    return str(number)


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _format_number(value: int, fmt: str) -> str:
    if fmt in {"chineseCounting", "chineseCountingThousand", "ideographTraditional", "taiwaneseCounting",
               "japaneseCounting", "chineseLegalSimplified"}:
        return int_to_cn(value)
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(ord(ch) + 0xFEE0) for ch in str(value))
    if fmt in {"decimalEnclosedCircle", "decimalEnclosedCircleChinese"}:
        return _CIRCLED[value - 1] if 1 <= value <= len(_CIRCLED) else str(value)
    if fmt in {"upperLetter", "lowerLetter"}:
        letter = chr(ord("A") + (value - 1) % 26)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in {"upperRoman", "lowerRoman"}:
        numerals = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"]
        amounts = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]
        out, rest = "", value
        for numeral, amount in zip(numerals, amounts, strict=True):
            while rest >= amount:
                out, rest = out + numeral, rest - amount
        return out if fmt == "upperRoman" else out.lower()
    if fmt in {"bullet", "none"}:
        return ""
    return str(value)


@dataclass(slots=True)
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass(slots=True)
class _Numbering:
    """Rebuilds Word auto-numbering labels, counting per list (numId) and level."""

    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)
    styles: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)
    """Paragraph style id -> (numId, ilvl) its definition (or a style it is based on) numbers with."""
    heading_levels: dict[str, int] = field(default_factory=dict)
    """Paragraph style id -> outline level of heading styles (Heading 1 / 标题 1 / Title)."""
    nums: dict[str, str] = field(default_factory=dict)
    overrides: dict[tuple[str, int], int] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def load(cls, root: Element | None) -> _Numbering:
        numbering = cls()
        if root is None:
            return numbering
        for abstract in root.iter(f"{W}abstractNum"):
            levels: dict[int, _Level] = {}
            for lvl in abstract.iter(f"{W}lvl"):
                level = _Level()
                if (start := lvl.find(f"{W}start")) is not None:
                    level.start = int(start.get(f"{W}val", "1") or 1)
                if (fmt := lvl.find(f"{W}numFmt")) is not None:
                    level.fmt = fmt.get(f"{W}val", "decimal") or "decimal"
                if (text := lvl.find(f"{W}lvlText")) is not None:
                    level.text = text.get(f"{W}val", "") or ""
                levels[int(lvl.get(f"{W}ilvl", "0") or 0)] = level
            numbering.abstract[abstract.get(f"{W}abstractNumId", "")] = levels
        for num in root.iter(f"{W}num"):
            num_id = num.get(f"{W}numId", "")
            ref = num.find(f"{W}abstractNumId")
            if ref is not None:
                numbering.nums[num_id] = ref.get(f"{W}val", "")
            for override in num.iter(f"{W}lvlOverride"):
                start = override.find(f"{W}startOverride")
                if start is not None:
                    ilvl = int(override.get(f"{W}ilvl", "0") or 0)
                    numbering.overrides[(num_id, ilvl)] = int(start.get(f"{W}val", "1") or 1)
        return numbering

    def label(self, num_id: str, ilvl: int) -> str:
        levels = self.abstract.get(self.nums.get(num_id, ""), {})
        if ilvl not in levels or num_id == "0":
            return ""
        counters = self.counters.setdefault(num_id, [0] * 9)
        if not 0 <= ilvl < 9:
            return ""
        for lower in range(ilvl + 1, 9):
            counters[lower] = 0
        start = self.overrides.get((num_id, ilvl), levels[ilvl].start)
        counters[ilvl] = start if counters[ilvl] == 0 else counters[ilvl] + 1
        text = levels[ilvl].text
        for level_index in range(ilvl, -1, -1):
            level = levels.get(level_index)
            placeholder = f"%{level_index + 1}"
            if level is None or placeholder not in text:
                continue
            value = counters[level_index] or self.overrides.get((num_id, level_index), level.start)
            text = text.replace(placeholder, _format_number(value, level.fmt))
        return text


def _paragraph_text(paragraph: Element) -> str:
    parts: list[str] = []
    for node in paragraph.iter():
        tag = node.tag
        if tag == f"{W}t" and node.text:
            parts.append(node.text)
        elif tag == f"{W}tab":
            parts.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
    return "".join(parts)


def _style_id(paragraph: Element) -> str | None:
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    return style.get(f"{W}val") if style is not None else None


def _paragraph_label(paragraph: Element, numbering: _Numbering) -> str:
    """The automatic number Word shows before the paragraph (direct or from its style), or ""."""
    num_id: str | None = None
    ilvl: int | None = None
    num_pr = paragraph.find(f"{W}pPr/{W}numPr")
    if num_pr is not None:
        if (node := num_pr.find(f"{W}numId")) is not None:
            num_id = node.get(f"{W}val")
        if (node := num_pr.find(f"{W}ilvl")) is not None:
            ilvl = _int(node.get(f"{W}val"))
    style = _style_id(paragraph)
    if style and style in numbering.styles:
        style_num, style_level = numbering.styles[style]
        num_id = num_id if num_id is not None else style_num
        ilvl = ilvl if ilvl is not None else style_level
    if not num_id:
        return ""
    return numbering.label(num_id, ilvl or 0)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)


def _load_styles(root: Element | None, numbering: _Numbering) -> None:
    """Numbering and heading levels defined by paragraph styles (following basedOn, at most 10 deep)."""
    if root is None:
        return
    own: dict[str, tuple[str | None, int | None]] = {}
    based_on: dict[str, str] = {}
    for style in root.iter(f"{W}style"):
        style_id = style.get(f"{W}styleId")
        if not style_id or style.get(f"{W}type", "paragraph") != "paragraph":
            continue
        if (parent := style.find(f"{W}basedOn")) is not None and parent.get(f"{W}val"):
            based_on[style_id] = parent.get(f"{W}val") or ""
        num_pr = style.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            num = num_pr.find(f"{W}numId")
            level = num_pr.find(f"{W}ilvl")
            own[style_id] = (num.get(f"{W}val") if num is not None else None,
                             _int(level.get(f"{W}val")) if level is not None else None)
        name = style.find(f"{W}name")
        name_text = (name.get(f"{W}val") or "") if name is not None else ""
        if match := _HEADING_NAME.match(name_text.strip()) or _HEADING_NAME.match(style_id):
            numbering.heading_levels[style_id] = int(match.group(1))
    for style_id in set(own) | set(based_on):
        current, depth = style_id, 0
        while current and current not in own and depth < 10:
            current, depth = based_on.get(current, ""), depth + 1
        if current in own:
            numbering.styles[style_id] = own[current]


def _cell_text(cell: Element, numbering: _Numbering) -> str:
    texts = []
    for paragraph in cell.iter(f"{W}p"):
        text = _paragraph_label(paragraph, numbering) + _paragraph_text(paragraph)
        if text.strip():
            texts.append(text.strip().replace("\t", " ").replace("\n", " "))
    return " ".join(texts)


def _table_lines(table: Element, numbering: _Numbering) -> Iterator[str]:
    for row in table.findall(f"{W}tr"):
        cells: list[str] = []
        for cell in row.findall(f"{W}tc"):
            props = cell.find(f"{W}tcPr")
            span = 1
            if props is not None and (grid := props.find(f"{W}gridSpan")) is not None:
                span = max(1, min(50, int(grid.get(f"{W}val", "1") or 1)))
            cells.append(_cell_text(cell, numbering))
            cells.extend([""] * (span - 1))
        if any(cell.strip() for cell in cells):
            yield "\t".join(cells)


def _body_lines(body: Element, numbering: _Numbering) -> Iterator[str]:
    for child in body:
        if child.tag == f"{W}p":
            text = _paragraph_label(child, numbering) + _paragraph_text(child)
            level = numbering.heading_levels.get(_style_id(child) or "")
            if level and text.strip() and not match_numbering(normalise(text.strip())):
                text = "#" * level + " " + text.strip()  # an unnumbered Word heading becomes a markdown heading
            yield from text.split("\n")
        elif child.tag == f"{W}tbl":
            yield ""
            yield from _table_lines(child, numbering)
            yield ""
        elif child.tag == f"{W}sdt":  # content controls wrap ordinary paragraphs
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _body_lines(content, numbering)


def docx_text(data: bytes) -> str:
    """The text of a .docx file given as bytes. Raises :class:`DocxError`."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise DocxError("Word 文件已损坏，无法打开。") from exc
    with archive:
        if sum(info.file_size for info in archive.infolist()) > MAX_TOTAL_BYTES:
            raise DocxError("Word 文件内容异常（解压后过大），已拒绝读取。")
        document = _read_part(archive, "word/document.xml")
        if document is None:
            raise DocxError("这不是 Word（.docx）文件：缺少 word/document.xml。")
        numbering_xml = _read_part(archive, "word/numbering.xml")
        numbering = _Numbering.load(_parse_xml(numbering_xml) if numbering_xml else None)
        styles_xml = _read_part(archive, "word/styles.xml")
        _load_styles(_parse_xml(styles_xml) if styles_xml else None, numbering)
        root = _parse_xml(document)
    body = root.find(f"{W}body")
    if body is None:
        return ""
    return "\n".join(_body_lines(body, numbering))


__all__ = ["DocxError", "docx_text", "int_to_cn"]
