"""Text going into or coming out of a cell: control characters, formula injection, Excel's length limit."""

from __future__ import annotations

import re

EXCEL_CELL_LIMIT = 32_767
FORMULA_TRIGGERS = ("=", "+", "-", "@")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_XML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def strip_control(text: str) -> str:
    """Drop control characters (XML cannot hold them and no clerk typed them); keep tab and newline."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def unescape_ooxml(text: str) -> str:
    """Undo OOXML's ``_xHHHH_`` escaping of characters XML cannot carry (Excel writes CR as ``_x000D_``)."""
    if "_x" not in text:
        return text
    return _XML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def clean_read_text(text: str) -> str:
    return strip_control(unescape_ooxml(text)).strip()


def safe_cell_text(text: str) -> tuple[str, bool]:
    """Text fit for a cell, and whether it must be marked as literal text (quote prefix).

    Leading whitespace (tab, CR, LF included) is removed; text starting with ``= + - @`` is kept as
    written but must be stored as a string with Excel's quote prefix, so neither Excel nor WPS ever
    runs it as a formula, even after the cell is edited. Nothing is cut: callers check the length.
    """
    cleaned = strip_control(text).lstrip(" \t\n\u3000")
    return cleaned, cleaned.startswith(FORMULA_TRIGGERS)
