"""Checking one cell: statuses, percentages, numbers, dates and text, forgiving honest variation only.

Every parser returns the clean value or raises :class:`CellError` with a message for the department
("write a number between 0 and 100"), never guessing: 80, 80%, 0.8 and ８０ are the same percentage;
120% and 八成 are errors. Placeholders (无, —, blank) mean "nothing reported".
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime

from ipdesk.domain.deadlines import parse_deadline
from ipdesk.excel import vocabulary
from ipdesk.excel.grid import ERROR_VALUE, NO_CACHED_VALUE, PERCENT_FORMAT, CellValue
from ipdesk.excel.textsafety import clean_read_text
from ipdesk.i18n import translate


class CellError(ValueError):
    """A cell that breaks a rule; ``message`` says what to write instead."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_MULTIPLIERS = (("亿", 1e8), ("万", 1e4), ("千", 1e3))


def check_flags(flags: int) -> None:
    """Formula cells without a saved result and error values are errors, not blanks."""
    if flags & NO_CACHED_VALUE:
        raise CellError(
            translate(
                "Excel",
                "The cell holds a formula without a saved result; open the file in Excel or WPS, save it and send it "
                "again (or type the value).",
            )
        )
    if flags & ERROR_VALUE:
        raise CellError(translate("Excel", "The cell shows an error value; type the correct value."))


def text(value: CellValue) -> str | None:
    """Any cell as text (numbers without a spurious ``.0``); blank and placeholders give None."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        result = str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    elif isinstance(value, datetime):
        result = value.isoformat(sep=" ")
    elif isinstance(value, date):
        result = value.isoformat()
    else:
        result = clean_read_text(str(value))
    return None if vocabulary.is_placeholder(result) else result


def raw_text(value: CellValue) -> str:
    """The cell as text for messages and previews (placeholders kept)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def status(value: CellValue) -> str | None:
    """The status key (``in_progress`` …) for a cell, None when blank."""
    written = text(value)
    if written is None:
        return None
    key = vocabulary.status_key(written)
    if key is None:
        raise CellError(
            translate("Excel", '"{value}" is not a status; choose one of: {choices}.').format(
                value=written, choices="、".join(vocabulary.STATUS_CHOICES)
            )
        )
    return key


def _number_text(raw: str) -> str:
    cleaned = unicodedata.normalize("NFKC", raw)
    cleaned = re.sub(r"[\s\u3000]", "", cleaned)
    if _THOUSANDS.match(cleaned):
        cleaned = cleaned.replace(",", "")
    return cleaned


def _finite(number: float) -> float:
    if math.isnan(number) or math.isinf(number):
        raise CellError(translate("Excel", "Write a number here."))
    return number


def percent(value: CellValue, flags: int = 0) -> int | None:
    """A completion percentage 0–100 from 80, "80%", 0.8, "８０％"; None when blank."""
    check_flags(flags)
    if value is None or (isinstance(value, str) and text(value) is None):
        return None
    out_of_range = translate("Excel", 'Completion must be between 0 and 100 (%), not "{value}".')
    if isinstance(value, (bool, date)):
        raise CellError(
            translate("Excel", 'Write the completion as a number from 0 to 100, not "{value}".').format(
                value=raw_text(value)
            )
        )
    if isinstance(value, int | float):
        number = _finite(float(value))
        if flags & PERCENT_FORMAT or (0 < number < 1 and not number.is_integer()):
            number *= 100
    else:
        cleaned = _number_text(str(value))
        has_sign = cleaned.endswith("%")
        cleaned = cleaned.rstrip("%")
        if not _NUMBER.match(cleaned):
            raise CellError(
                translate("Excel", 'Write the completion as a number from 0 to 100, not "{value}".').format(
                    value=raw_text(value)
                )
            )
        number = float(cleaned)
        if not has_sign and 0 < number < 1:
            number *= 100
    if not 0 <= number <= 100.0000001:
        raise CellError(out_of_range.format(value=raw_text(value)))
    return min(100, math.floor(number + 0.5))


def number(value: CellValue, flags: int = 0, *, unit: str | None = None) -> float | None:
    """A number from 1234, "1,234", "１２３４", "12.5万", "30%" (for a % indicator); None when blank."""
    check_flags(flags)
    if value is None or (isinstance(value, str) and text(value) is None):
        return None
    if isinstance(value, (bool, date)):
        raise CellError(translate("Excel", 'Write a number here, not "{value}".').format(value=raw_text(value)))
    if isinstance(value, int | float):
        result = _finite(float(value))
        return result * 100 if flags & PERCENT_FORMAT and unit == "%" else result
    cleaned = _number_text(str(value))
    unit_clean = _number_text(unit) if unit else ""
    if unit_clean and cleaned.endswith(unit_clean) and cleaned != unit_clean:
        cleaned = cleaned[: -len(unit_clean)]
    if unit_clean == "%" and cleaned.endswith("%"):
        cleaned = cleaned[:-1]
    factor = 1.0
    for suffix, multiplier in _MULTIPLIERS:
        if cleaned.endswith(suffix) and len(cleaned) > len(suffix):
            cleaned, factor = cleaned[: -len(suffix)], multiplier
            break
    if _THOUSANDS.match(cleaned):
        cleaned = cleaned.replace(",", "")
    if not _NUMBER.match(cleaned):
        raise CellError(translate("Excel", 'Write a number here, not "{value}".').format(value=raw_text(value)))
    return _finite(float(cleaned) * factor)


def report_date(value: CellValue) -> date | None:
    """A 填报日期 as written (2024-07-05, 2024.7.5, 2024年7月5日, an Excel date); None when blank."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    written = text(value)
    if written is None:
        return None
    result = parse_deadline(value if isinstance(value, int | float) else written)
    if result is None:
        raise CellError(
            translate("Excel", 'Write the date as 2024-07-05 or 2024年7月5日, not "{value}".').format(value=written)
        )
    return result
