"""Making the text of Qt's PDFs copy and search as the characters drawn.

Qt writes each embedded font's ToUnicode map glyph by glyph, taking for every glyph the lowest code point
that the font maps to it. CJK fonts share one glyph between several code points: an ideograph and its
Kangxi or CJK radical twin (赤 U+8D64 and ⾚ U+2F9A, 页 U+9875 and ⻚ U+2EDA), or a simplified and a
traditional form (户 U+6237 and 戶 U+6236). The lower code point wins, so a reader who copies 赤峰市 gets
⾚峰市 and no search finds it.

We know which characters were drawn, so :func:`fix_shared_glyphs` rewrites each map entry whose code
point was not drawn to the drawn character with the same glyph in that font. Every entry keeps its byte
length, so the file's cross-reference offsets stay valid.
"""

from __future__ import annotations

import re
import struct
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QFont, QRawFont

RADICALS = range(0x2E80, 0x2FE0)  # CJK Radicals Supplement and Kangxi Radicals

_TYPE0 = re.compile(rb"/BaseFont\s*/([^\s/>]+)[^>]*?/ToUnicode\s+(\d+)\s+0\s+R", re.S)
_TO_UNICODE = re.compile(rb"/ToUnicode\s+(\d+)\s+0\s+R")
_HEX4 = re.compile(rb"<([0-9A-Fa-f]{4})>")


def postscript_name(raw: QRawFont) -> str | None:
    """The font's PostScript name (name ID 6), which Qt writes as the PDF's /BaseFont."""
    table = bytes(raw.fontTable("name"))
    if len(table) < 6:
        return None
    _format, count, offset = struct.unpack(">HHH", table[:6])
    for index in range(count):
        start = 6 + index * 12
        if start + 12 > len(table):
            break
        platform, _encoding, _language, name_id, length, where = struct.unpack(">HHHHHH", table[start : start + 12])
        if name_id != 6:
            continue
        raw_name = table[offset + where : offset + where + length]
        try:
            return raw_name.decode("utf-16-be" if platform in (0, 3) else "latin-1")
        except UnicodeDecodeError:
            continue
    return None


def fix_shared_glyphs(path: Path, fonts: Iterable[QFont], drawn: str) -> int:
    """Rewrite ToUnicode entries of ``path`` to the characters in ``drawn``; returns how many changed."""
    data = bytearray(path.read_bytes())
    raw_fonts: dict[str, QRawFont] = {}
    for font in fonts:
        raw = QRawFont.fromFont(font)
        name = postscript_name(raw) if raw.isValid() else None
        if name:
            raw_fonts.setdefault(name, raw)
    owners = {int(m.group(2)): m.group(1).decode("latin-1") for m in _TYPE0.finditer(data)}
    used = {ord(ch) for ch in drawn if ord(ch) < 0x10000}
    changed = 0
    for number in sorted({int(m.group(1)) for m in _TO_UNICODE.finditer(data)}):
        span = _stream(data, number)
        if span is None:
            continue
        start, end = span
        stream = bytes(data[start:end])
        targets = {int(code, 16) for code in _destinations(stream)} - used
        if not targets:
            continue
        mapping = _radicals(targets)
        raw = raw_fonts.get(owners.get(number, ""))
        if raw is not None:
            mapping.update(_shared(raw, used, targets))
        fixed, count = _fix_cmap(stream, mapping)
        if count:
            data[start:end] = fixed
            changed += count
    if changed:
        path.write_bytes(bytes(data))
    return changed


def _stream(data: bytearray, number: int) -> tuple[int, int] | None:
    header = re.search(rb"(?:^|\n)%d 0 obj\s*<<(.*?)>>\s*stream\r?\n" % number, data, re.S)
    if header is None or b"/Filter" in header.group(1):
        return None  # a compressed map would change length; Qt writes them uncompressed
    end = data.find(b"endstream", header.end())
    return None if end < 0 else (header.end(), end)


def _radicals(codes: Iterable[int]) -> dict[int, int]:
    """Kangxi radicals → their ideographs (by NFKC), the fallback when the font cannot be matched."""
    mapping = {}
    for code in codes:
        if code in RADICALS:
            normal = unicodedata.normalize("NFKC", chr(code))
            if len(normal) == 1 and ord(normal) != code:
                mapping[code] = ord(normal)
    return mapping


def _shared(raw: QRawFont, used: set[int], targets: set[int]) -> dict[int, int]:
    """Each target code point → the drawn character that has the same glyph in ``raw``."""
    drawn = sorted(used)
    by_glyph: dict[int, int] = {}
    for code, glyph in zip(drawn, raw.glyphIndexesForString("".join(map(chr, drawn))), strict=False):
        if glyph:
            by_glyph.setdefault(glyph, code)
    wanted = sorted(targets)
    mapping = {}
    for code, glyph in zip(wanted, raw.glyphIndexesForString("".join(map(chr, wanted))), strict=False):
        if glyph and glyph in by_glyph:
            mapping[code] = by_glyph[glyph]
    return mapping


def _destinations(stream: bytes) -> list[bytes]:
    return [m.group(0)[1:-1] for _line, m in _destination_matches(stream)]


def _destination_matches(stream: bytes) -> list[tuple[int, re.Match[bytes]]]:
    """(line index, match) of every destination code in a ToUnicode CMap: never the CIDs on the left."""
    found: list[tuple[int, re.Match[bytes]]] = []
    section = b""
    for index, line in enumerate(stream.split(b"\n")):
        stripped = line.strip()
        if stripped.endswith((b"beginbfrange", b"beginbfchar")):
            section = stripped.rsplit(b" ", 1)[-1]
            continue
        if stripped.startswith((b"endbfrange", b"endbfchar")):
            section = b""
            continue
        matches = list(_HEX4.finditer(line))
        if section == b"beginbfrange":
            bracket = line.find(b"[")
            if bracket >= 0:
                found += [(index, m) for m in matches if m.start() > bracket]
            elif len(matches) == 3 and matches[0].group(1) == matches[1].group(1):
                found.append((index, matches[2]))  # a one-glyph range: its target may change
        elif section == b"beginbfchar" and len(matches) == 2:
            found.append((index, matches[1]))
    return found


def _fix_cmap(stream: bytes, mapping: dict[int, int]) -> tuple[bytes, int]:
    """Replace mapped destination codes in place (same length); returns the new stream and the count."""
    lines = stream.split(b"\n")
    edits: dict[int, list[re.Match[bytes]]] = {}
    for index, match in _destination_matches(stream):
        if int(match.group(1), 16) in mapping:
            edits.setdefault(index, []).append(match)
    count = 0
    for index, matches in edits.items():
        line = lines[index]
        for match in reversed(matches):
            replacement = b"<%04X>" % mapping[int(match.group(1), 16)]
            line = line[: match.start()] + replacement + line[match.end() :]
            count += 1
        lines[index] = line
    return b"\n".join(lines), count
