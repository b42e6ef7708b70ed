"""The red / yellow / green rule and its thresholds in settings."""

from __future__ import annotations

import pytest

from ipdesk.analytics.rag import Rag, RagThresholds
from ipdesk.errors import ValidationError


@pytest.mark.parametrize(
    ("ratio", "expected"),
    [
        (1.2, Rag.GREEN),
        (0.95, Rag.GREEN),
        (0.9499, Rag.YELLOW),
        (0.80, Rag.YELLOW),
        (0.79, Rag.RED),
        (0.0, Rag.RED),
        (-0.5, Rag.RED),
        (None, Rag.NONE),
        (float("nan"), Rag.NONE),
    ],
)
def test_default_thresholds(ratio: float | None, expected: Rag) -> None:
    assert RagThresholds().classify(ratio) is expected


@pytest.mark.parametrize(
    ("setting", "green", "yellow"),
    [
        ({"green": 0.9, "yellow": 0.7}, 0.9, 0.7),
        ({"green": 90, "yellow": 70}, 0.9, 0.7),  # percentages as typed by a clerk
        ({"green": 0.9}, 0.9, 0.8),
        (None, 0.95, 0.8),
        ("0.9", 0.95, 0.8),
        ({"green": 0.5, "yellow": 0.7}, 0.95, 0.8),  # yellow above green: unusable, defaults
        ({"green": "x"}, 0.95, 0.8),
        ({"green": True}, 0.95, 0.8),
    ],
)
def test_setting_is_read_leniently(setting: object, green: float, yellow: float) -> None:
    thresholds = RagThresholds.from_setting(setting)
    assert (thresholds.green, thresholds.yellow) == pytest.approx((green, yellow))


def test_thresholds_validate_when_built_directly() -> None:
    with pytest.raises(ValidationError):
        RagThresholds(green=0.5, yellow=0.9)
    assert RagThresholds.from_setting(RagThresholds(0.9, 0.6).to_setting()) == RagThresholds(0.9, 0.6)


def test_custom_thresholds_change_the_colour() -> None:
    strict = RagThresholds(green=1.0, yellow=0.9)
    assert strict.classify(0.95) is Rag.YELLOW
    assert RagThresholds().classify(0.95) is Rag.GREEN


def test_worst_first_ordering() -> None:
    assert sorted([Rag.NONE, Rag.GREEN, Rag.RED, Rag.YELLOW], key=lambda r: r.rank) == [
        Rag.RED,
        Rag.YELLOW,
        Rag.GREEN,
        Rag.NONE,
    ]
