"""Cell rules: honest variation accepted, real errors refused."""

from __future__ import annotations

from datetime import date

import pytest

from ipdesk.excel import values, vocabulary
from ipdesk.excel.grid import NO_CACHED_VALUE, PERCENT_FORMAT
from ipdesk.excel.textsafety import safe_cell_text


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("推进中", "in_progress"),
        ("进行中", "in_progress"),
        ("完成", "done"),
        ("已完成。", "done"),
        ("滞后", "lagging"),
        ("未启动", "not_started"),
        ("持续推进", "ongoing"),
        ("in_progress", "in_progress"),
        (" 已 完 成 ", "done"),
    ],
)
def test_status_synonyms(written: str, key: str) -> None:
    assert values.status(written) == key


@pytest.mark.parametrize("written", ["?", "差不多", "80%"])
def test_status_errors(written: str) -> None:
    with pytest.raises(values.CellError, match="not a status"):
        values.status(written)


def test_status_vocabulary_is_one_place() -> None:
    assert vocabulary.STATUS_CHOICES == ("未启动", "推进中", "已完成", "滞后", "持续推进")
    assert {vocabulary.status_key(w) for w in vocabulary.STATUS_CHOICES} == set(vocabulary.STATUS_WORDS)


@pytest.mark.parametrize(
    ("written", "flags", "expected"),
    [
        (80, 0, 80),
        ("80", 0, 80),
        ("80%", 0, 80),
        ("８０％", 0, 80),
        (0.8, 0, 80),
        (0.8, PERCENT_FORMAT, 80),
        (1, PERCENT_FORMAT, 100),
        (100, 0, 100),
        (0, 0, 0),
        ("无", 0, None),
        (None, 0, None),
        ("—", 0, None),
        (85.5, 0, 86),
    ],
)
def test_percent_forms(written: object, flags: int, expected: int | None) -> None:
    assert values.percent(written, flags) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("written", ["120%", 120, "八成", "-5", "大部分", True])
def test_percent_errors(written: object) -> None:
    with pytest.raises(values.CellError):
        values.percent(written)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("written", "unit", "expected"),
    [
        ("1,234", None, 1234.0),
        ("１２３４", None, 1234.0),
        ("12.5万", None, 125000.0),
        ("1.2亿", "元", 1.2e8),
        (" 3 000 ", None, 3000.0),
        ("120件", "件", 120.0),
        ("30%", "%", 30.0),
        (1234, None, 1234.0),
        ("无", None, None),
    ],
)
def test_number_forms(written: object, unit: str | None, expected: float | None) -> None:
    assert values.number(written, unit=unit) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("written", ["约100", "一百", "1,23", "12..5", "N/A 5"])
def test_number_errors(written: str) -> None:
    with pytest.raises(values.CellError):
        values.number(written)


def test_formula_without_cached_value_is_an_error_not_a_blank() -> None:
    with pytest.raises(values.CellError, match="formula"):
        values.percent(None, NO_CACHED_VALUE)
    with pytest.raises(values.CellError, match="formula"):
        values.number(None, NO_CACHED_VALUE)


def test_report_dates() -> None:
    assert values.report_date("2024.7.5") == date(2024, 7, 5)
    assert values.report_date("2024年7月5日") == date(2024, 7, 5)
    assert values.report_date(date(2024, 7, 5)) == date(2024, 7, 5)
    with pytest.raises(values.CellError):
        values.report_date("下周")


@pytest.mark.parametrize(
    ("text", "expected", "literal"),
    [
        ('=HYPERLINK("x")', '=HYPERLINK("x")', True),
        ("+86 471", "+86 471", True),
        ("-持续推进", "-持续推进", True),
        ("@sum", "@sum", True),
        ("\t=1+1", "=1+1", True),
        ("\r\n\n任务", "任务", False),
        ("a\x00b\x07c", "abc", False),
    ],
)
def test_cell_text_is_neutralised(text: str, expected: str, literal: bool) -> None:
    assert safe_cell_text(text) == (expected, literal)
