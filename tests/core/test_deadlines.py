from datetime import date, datetime

import pytest

from ipdesk.domain.deadlines import parse_deadline


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024年12月底前", date(2024, 12, 31)),
        ("2024.10", date(2024, 10, 31)),
        ("2018年底前", date(2018, 12, 31)),
        ("2024年6月30日", date(2024, 6, 30)),
        ("2025年上半年", date(2025, 6, 30)),
        ("2024年第三季度", date(2024, 9, 30)),
        ("２０２４年９月", date(2024, 9, 30)),
        ("2024-3", date(2024, 3, 31)),
        ("2024/02/30", date(2024, 2, 29)),  # impossible day: the month's end
        ("持续推进", None),
        ("长期坚持", None),
        ("", None),
        (None, None),
        (45000, date(2023, 3, 15)),  # Excel serial
        (12, None),
        (datetime(2024, 5, 6, 12, 0), date(2024, 5, 6)),
        (date(2024, 5, 6), date(2024, 5, 6)),
        ("9999年", None),
    ],
)
def test_parse_deadline(value: object, expected: date | None) -> None:
    assert parse_deadline(value) == expected
