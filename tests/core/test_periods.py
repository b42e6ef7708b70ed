from datetime import date

import pytest

from ipdesk.domain.enums import PeriodKind
from ipdesk.domain.periods import Period, periods_between
from ipdesk.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "code", "start", "end"),
    [
        ("2024", "2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("2024H1", "2024H1", date(2024, 1, 1), date(2024, 6, 30)),
        ("2024h2", "2024H2", date(2024, 7, 1), date(2024, 12, 31)),
        ("2024Q2", "2024Q2", date(2024, 4, 1), date(2024, 6, 30)),
        ("2024q4", "2024Q4", date(2024, 10, 1), date(2024, 12, 31)),
        ("2024-05", "2024-05", date(2024, 5, 1), date(2024, 5, 31)),
        ("2024-2", "2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        (" 2024年第二季度 ", "2024Q2", date(2024, 4, 1), date(2024, 6, 30)),
        ("2024年上半年", "2024H1", date(2024, 1, 1), date(2024, 6, 30)),
        ("2024年5月", "2024-05", date(2024, 5, 1), date(2024, 5, 31)),
        ("2024年度", "2024", date(2024, 1, 1), date(2024, 12, 31)),
    ],
)
def test_parse_notation(text: str, code: str, start: date, end: date) -> None:
    period = Period.parse(text)
    assert period.code == code
    assert str(period) == code
    assert (period.start, period.end) == (start, end)
    assert Period.parse(period.code) == period


@pytest.mark.parametrize(
    "text", ["", "24", "2024Q5", "2024Q0", "2024H3", "2024-13", "2024-00", "1800", "Q2 2024", "abc"]
)
def test_bad_notation_is_refused_with_a_hint(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        Period.parse(text)
    assert "2024Q2" in str(info.value) or "out of range" in str(info.value)


def test_next_previous_and_ranges() -> None:
    assert Period.parse("2024Q4").next().code == "2025Q1"
    assert Period.parse("2025Q1").previous().code == "2024Q4"
    assert Period.parse("2024-12").next().code == "2025-01"
    assert [p.code for p in periods_between(Period.parse("2024Q3"), Period.parse("2025Q2"))] == [
        "2024Q3",
        "2024Q4",
        "2025Q1",
        "2025Q2",
    ]
    with pytest.raises(ValidationError):
        periods_between(Period.parse("2024"), Period.parse("2024Q1"))


def test_containing_and_due() -> None:
    assert Period.containing(date(2026, 11, 21), PeriodKind.QUARTER).code == "2026Q4"
    assert Period.containing(date(2026, 11, 21), PeriodKind.HALF).code == "2026H2"
    assert Period.parse("2024Q2").default_due == date(2024, 7, 10)
    assert Period.parse("2024Q2").contains(date(2024, 5, 1))
