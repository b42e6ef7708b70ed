"""Reading deadlines as written in plans and tables ("2024年12月底前", "2024.10", "2018年底前").

The text is always kept; the date is the last day the phrase allows, or None when the phrase names
no date (持续推进, 长期坚持).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

_FULLWIDTH = str.maketrans("０１２３４５６７８９．／－", "0123456789./-")
_YMD = re.compile(r"(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?")
_YM = re.compile(r"(\d{4})\s*[年./-]\s*(\d{1,2})\s*月?(?!\d)")
_HALF = re.compile(r"(\d{4})\s*年?\s*([上下])半年")
_QUARTER = re.compile(r"(\d{4})\s*年?\s*第?([1-4一二三四])季度")
_Y = re.compile(r"(\d{4})\s*年")
_EXCEL_EPOCH = date(1899, 12, 30)
_CN = {"一": 1, "二": 2, "三": 3, "四": 4}


def _month_end(year: int, month: int) -> date | None:
    if not 1 <= month <= 12 or not 1990 <= year <= 2100:
        return None
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_deadline(value: object) -> date | None:
    """The date a deadline phrase or cell value stands for, or None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 20000 <= value <= 80000:  # an Excel serial date that reached us as a number
            return _EXCEL_EPOCH + timedelta(days=int(value))
        return None
    text = str(value).translate(_FULLWIDTH).strip()
    if not text:
        return None
    if match := _YMD.search(text):
        year, month, day = (int(g) for g in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return _month_end(year, month)
    if match := _HALF.search(text):
        return _month_end(int(match.group(1)), 6 if match.group(2) == "上" else 12)
    if match := _QUARTER.search(text):
        raw = match.group(2)
        quarter = _CN.get(raw) or int(raw)
        return _month_end(int(match.group(1)), quarter * 3)
    if match := _YM.search(text):
        return _month_end(int(match.group(1)), int(match.group(2)))
    if match := _Y.search(text):
        return _month_end(int(match.group(1)), 12)
    if re.fullmatch(r"\d{4}", text):
        return _month_end(int(text), 12)
    return None
