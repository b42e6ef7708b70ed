"""A streaming, sparse .xlsx reader that cannot be tricked into hanging or exhausting memory.

Why not calamine or openpyxl here: calamine allocates the full rectangle up to the farthest cell (one
stray cell at XFD1048576 aborts the process), and openpyxl's read-only mode trusts the ``<dimension>``
record (a wrong one drops rows or pads a million empty ones). This reader keeps only the cells that
exist, ignores ``<dimension>``, and sees what the interpreters need: hidden rows and sheets, merged
ranges, formulas without a saved result, percent and date formats.

XML safety follows defusedxml: small parts are parsed with :mod:`defusedxml.ElementTree`
(``forbid_dtd=True``); the large parts (shared strings, sheets) go through expat with the same
handlers defusedxml installs, raising its exceptions for any DOCTYPE, entity or external reference.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import IO, Any
from xml.etree.ElementTree import Element
from xml.parsers import expat

import defusedxml
import defusedxml.ElementTree as SafeET

from ipdesk.excel.grid import (
    DATE_FORMAT,
    ERROR_VALUE,
    FORMULA,
    NO_CACHED_VALUE,
    PERCENT_FORMAT,
    VISIBLE,
    SheetGrid,
    WorkbookGrid,
)
from ipdesk.excel.guards import DEFAULT_LIMITS, Limits, UnreadableFile
from ipdesk.excel.textsafety import unescape_ooxml

_REL_OFFICE_DOCUMENT = "/officeDocument"
_BUILTIN_DATE_FORMATS = frozenset(
    {14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47}
) | frozenset(range(50, 59))
_BUILTIN_PERCENT_FORMATS = frozenset({9, 10})
_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')
_DATE_LETTERS = re.compile(r"[ymdhs]", re.I)
_CELL_REF = re.compile(r"([A-Z]{1,3})(\d{1,7})$")
_EPOCH_1900 = datetime(1899, 12, 30)
_EPOCH_1904 = datetime(1904, 1, 1)


_TAG_CACHE: dict[str, str] = {}


def _local(tag: str) -> str:
    """The tag without namespace or prefix (``x:c`` → ``c``); cached, tags repeat millions of times."""
    local = _TAG_CACHE.get(tag)
    if local is None:
        local = tag.rpartition("}")[2].rpartition(":")[2]
        if len(_TAG_CACHE) < 1000:
            _TAG_CACHE[tag] = local
    return local


def _column_number(letters: str) -> int:
    number = 0
    for char in letters:
        number = number * 26 + ord(char) - 64
    return number


def _parse_ref(ref: str) -> tuple[int, int] | None:
    match = _CELL_REF.match(ref.upper().replace("$", ""))
    if not match:
        return None
    return int(match.group(2)), _column_number(match.group(1))


def _read_member(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        return archive.read(name)
    except KeyError:
        return None


def _parse_small(data: bytes) -> Element:
    """Parse a small XML part (rels, workbook, styles) with defusedxml, DTDs forbidden."""
    try:
        return SafeET.fromstring(data, forbid_dtd=True)
    except defusedxml.DefusedXmlException as exc:
        raise UnreadableFile("xml_entities") from exc
    except SafeET.ParseError as exc:
        raise UnreadableFile("damaged", f"XML: {exc}") from exc


def _safe_expat() -> Any:
    """An expat parser with defusedxml's guards: any DOCTYPE, entity or external reference is refused."""
    parser = expat.ParserCreate()

    def forbid_dtd(name: str, sysid: str | None, pubid: str | None, has_internal_subset: bool) -> None:
        raise defusedxml.DTDForbidden(name, sysid, pubid)

    def forbid_entity(name: str, *args: object) -> None:
        raise defusedxml.EntitiesForbidden(name, None, None, None, None, None)

    def forbid_external(context: str, base: str | None, sysid: str | None, pubid: str | None) -> None:
        raise defusedxml.ExternalReferenceForbidden(context, base, sysid, pubid)

    parser.StartDoctypeDeclHandler = forbid_dtd
    parser.EntityDeclHandler = forbid_entity
    parser.UnparsedEntityDeclHandler = forbid_entity
    parser.ExternalEntityRefHandler = forbid_external
    parser.buffer_text = True
    parser.buffer_size = 1 << 16
    return parser


def _run_expat(parser: Any, stream: IO[bytes]) -> None:
    try:
        parser.ParseFile(stream)
    except defusedxml.DefusedXmlException as exc:
        raise UnreadableFile("xml_entities") from exc
    except expat.ExpatError as exc:
        raise UnreadableFile("damaged", f"XML: {exc}") from exc
    except (zipfile.BadZipFile, EOFError, OSError) as exc:  # CRC errors, truncated members
        raise UnreadableFile("damaged", str(exc)) from exc


def is_date_format(code: str) -> bool:
    stripped = _QUOTED.sub("", code)
    return bool(_DATE_LETTERS.search(stripped)) and "General" not in code


def is_percent_format(code: str) -> bool:
    return "%" in _QUOTED.sub("", code)


class _Styles:
    def __init__(self, root: Element | None) -> None:
        self.flags: list[int] = []
        if root is None:
            return
        custom: dict[int, str] = {}
        for element in root.iter():
            if _local(element.tag) == "numFmt":
                try:
                    custom[int(element.get("numFmtId", "-1"))] = element.get("formatCode", "")
                except ValueError:
                    continue
        for element in root:
            if _local(element.tag) != "cellXfs":
                continue
            for xf in element:
                try:
                    fmt = int(xf.get("numFmtId", "0"))
                except ValueError:
                    fmt = 0
                flag = 0
                if fmt in _BUILTIN_DATE_FORMATS or (fmt in custom and is_date_format(custom[fmt])):
                    flag = DATE_FORMAT
                elif fmt in _BUILTIN_PERCENT_FORMATS or (fmt in custom and is_percent_format(custom[fmt])):
                    flag = PERCENT_FORMAT
                self.flags.append(flag)

    def flag(self, index: int) -> int:
        return self.flags[index] if 0 <= index < len(self.flags) else 0


def _shared_strings(stream: IO[bytes]) -> list[str]:
    strings: list[str] = []
    parts: list[str] = []
    depth_t = 0
    in_phonetic = False
    parser = _safe_expat()

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal depth_t, in_phonetic
        tag = _local(name)
        if tag == "t":
            depth_t += 1
        elif tag == "rPh":
            in_phonetic = True
        elif tag == "si":
            parts.clear()

    def end(name: str) -> None:
        nonlocal depth_t, in_phonetic
        tag = _local(name)
        if tag == "t":
            depth_t -= 1
        elif tag == "rPh":
            in_phonetic = False
        elif tag == "si":
            strings.append(unescape_ooxml("".join(parts)))

    def text(data: str) -> None:
        if depth_t and not in_phonetic:
            parts.append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    _run_expat(parser, stream)
    return strings


def excel_serial_to_datetime(serial: float, date1904: bool = False) -> datetime | None:
    if not -1 < serial < 2_958_466:  # up to 9999-12-31
        return None
    epoch = _EPOCH_1904 if date1904 else _EPOCH_1900
    return epoch + timedelta(days=serial)


def _as_date(value: datetime) -> date | datetime:
    return value.date() if value.time() == datetime.min.time() else value


class _SheetParser:
    """Expat callbacks for one worksheet; fills a :class:`SheetGrid` sparsely."""

    def __init__(
        self, sheet: SheetGrid, strings: list[str], styles: _Styles, date1904: bool, budget: list[int]
    ) -> None:
        self.sheet = sheet
        self.strings = strings
        self.styles = styles
        self.date1904 = date1904
        self.budget = budget  # [cells left], shared across sheets
        self.row = 0
        self.col = 0
        self.cell_type = "n"
        self.style = 0
        self.has_formula = False
        self.value_parts: list[str] = []
        self.in_value = False
        self.in_inline = False
        self.in_text = 0
        self.in_phonetic = False
        self.has_value = False

    def start(self, name: str, attrs: dict[str, str]) -> None:
        tag = _local(name)
        if tag == "c":
            ref = attrs.get("r")
            position = _parse_ref(ref) if ref else None
            if position is not None:
                self.row, self.col = position
            else:
                self.col += 1
            self.cell_type = attrs.get("t", "n")
            try:
                self.style = int(attrs.get("s", "0"))
            except ValueError:
                self.style = 0
            self.has_formula = False
            self.has_value = False
            self.value_parts = []
        elif tag == "v":
            self.in_value = True
            self.has_value = True
        elif tag == "row":
            raw = attrs.get("r")
            self.row = int(raw) if raw and raw.isdigit() else self.row + 1
            self.col = 0
            if attrs.get("hidden") in ("1", "true"):
                self.sheet.hidden_rows.add(self.row)
        elif tag == "f":
            self.has_formula = True
        elif tag == "is":
            self.in_inline = True
            self.has_value = True
        elif tag == "t" and self.in_inline:
            self.in_text += 1
        elif tag == "rPh":
            self.in_phonetic = True
        elif tag == "mergeCell":
            self._merge(attrs.get("ref", ""))
        elif tag == "col" and attrs.get("hidden") in ("1", "true"):
            try:
                first, last = int(attrs.get("min", "0")), int(attrs.get("max", "0"))
            except ValueError:
                return
            if 0 < first <= last:
                self.sheet.hidden_cols.update(range(first, min(last, first + 200) + 1))

    def end(self, name: str) -> None:
        tag = _local(name)
        if tag == "c":
            self._store()
        elif tag == "v":
            self.in_value = False
        elif tag == "is":
            self.in_inline = False
        elif tag == "t" and self.in_inline:
            self.in_text -= 1
        elif tag == "rPh":
            self.in_phonetic = False

    def text(self, data: str) -> None:
        if self.in_value or (self.in_text and not self.in_phonetic):
            self.value_parts.append(data)

    def _merge(self, ref: str) -> None:
        first, _, last = ref.partition(":")
        a = _parse_ref(first)
        b = _parse_ref(last or first)
        if a and b:
            self.sheet.merged.append((min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])))

    def _store(self) -> None:
        raw = "".join(self.value_parts)
        flags = FORMULA if self.has_formula else 0
        kind = self.cell_type
        value: Any
        if self.has_formula and (not self.has_value or (raw == "" and kind != "str")):
            self._put(None, flags | NO_CACHED_VALUE)
            return
        if not self.has_value and raw == "":
            return
        if kind == "s":
            try:
                value = self.strings[int(raw)]
            except (ValueError, IndexError):
                value = ""
        elif kind in ("str", "inlineStr"):
            value = unescape_ooxml(raw)
        elif kind == "b":
            value = raw.strip() in ("1", "true")
        elif kind == "e":
            value, flags = raw, flags | ERROR_VALUE
        elif kind == "d":
            try:
                value = _as_date(datetime.fromisoformat(raw.strip().rstrip("Z")))
            except ValueError:
                value = raw
        else:
            text = raw.strip()
            if not text:
                return
            try:
                number = float(text)
            except ValueError:
                value = text
            else:
                style_flag = self.styles.flag(self.style)
                if style_flag == DATE_FORMAT:
                    converted = excel_serial_to_datetime(number, self.date1904)
                    value, flags = (_as_date(converted), flags | DATE_FORMAT) if converted else (number, flags)
                else:
                    flags |= style_flag
                    value = int(number) if number.is_integer() and abs(number) < 1e15 and "." not in text else number
        if value == "" and not flags:
            return
        self._put(value, flags)

    def _put(self, value: Any, flags: int) -> None:
        self.budget[0] -= 1
        if self.budget[0] < 0:
            raise UnreadableFile("too_many_cells", "")
        if self.row < 1 or self.col < 1:
            return
        self.sheet.set(self.row, self.col, value, flags)


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """rId → (type, absolute target) for ``part``'s .rels file."""
    folder, name = posixpath.split(part)
    data = _read_member(archive, posixpath.join(folder, "_rels", name + ".rels"))
    if data is None:
        return {}
    result = {}
    for rel in _parse_small(data):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External":
            continue
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        result[rel.get("Id", "")] = (rel.get("Type", ""), path)
    return result


def _workbook_part(archive: zipfile.ZipFile) -> str:
    for rel_type, target in _relationships(archive, "").values():
        if rel_type.endswith(_REL_OFFICE_DOCUMENT):
            return target
    names = set(archive.namelist())
    if "xl/workbook.xml" in names:
        return "xl/workbook.xml"
    raise UnreadableFile("damaged", "no workbook part")


def _find_member(archive: zipfile.ZipFile, path: str) -> str | None:
    names = archive.namelist()
    if path in names:
        return path
    lowered = path.lower()
    return next((n for n in names if n.lower() == lowered), None)


def read_xlsx(
    path: str, limits: Limits = DEFAULT_LIMITS, *, sheet_filter: Callable[[str, str], bool] | None = None
) -> WorkbookGrid:
    """Read every worksheet of the .xlsx at ``path`` (already passed :func:`guards.sniff`)."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnreadableFile("damaged", str(exc)) from exc
    with archive:
        workbook_part = _workbook_part(archive)
        workbook_data = _read_member(archive, workbook_part)
        if workbook_data is None:
            raise UnreadableFile("damaged", "no workbook part")
        workbook = _parse_small(workbook_data)
        relations = _relationships(archive, workbook_part)
        date1904 = False
        sheets: list[tuple[str, str, str]] = []
        for element in workbook.iter():
            tag = _local(element.tag)
            if tag == "workbookPr":
                date1904 = element.get("date1904") in ("1", "true")
            elif tag == "sheet":
                rid = next((v for k, v in element.attrib.items() if _local(k) == "id"), "")
                rel = relations.get(rid)
                if rel is not None and rel[0].endswith("/worksheet"):
                    sheets.append((element.get("name", ""), element.get("state", VISIBLE), rel[1]))
        if not sheets:
            raise UnreadableFile("no_sheets")
        strings: list[str] = []
        styles = _Styles(None)
        for rel_type, target in relations.values():
            member = _find_member(archive, target)
            if member is None:
                continue
            if rel_type.endswith("/sharedStrings"):
                with archive.open(member) as stream:
                    strings = _shared_strings(stream)
            elif rel_type.endswith("/styles"):
                data = _read_member(archive, member)
                styles = _Styles(_parse_small(data) if data else None)
        grid = WorkbookGrid(format="xlsx")
        budget = [limits.max_cells]
        for name, state, target in sheets:
            sheet = SheetGrid(name=name, state=state)
            grid.sheets.append(sheet)
            if sheet_filter is not None and not sheet_filter(name, state):
                continue
            member = _find_member(archive, target)
            if member is None:
                continue
            handler = _SheetParser(sheet, strings, styles, date1904, budget)
            parser = _safe_expat()
            parser.StartElementHandler = handler.start
            parser.EndElementHandler = handler.end
            parser.CharacterDataHandler = handler.text
            with archive.open(member) as stream:
                _run_expat(parser, stream)
        return grid
