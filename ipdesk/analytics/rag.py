"""The red / yellow / green rule: how far progress is behind schedule, with the thresholds kept in settings.

A ratio of 1.0 means "exactly on schedule" (actual progress equals 序时进度). At or above ``green`` the
item is on track, at or above ``yellow`` it is worth watching, below that it is behind.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from ipdesk.errors import ValidationError
from ipdesk.i18n import QT_TRANSLATE_NOOP, translate

SETTINGS_KEY = "rag_thresholds"
DEFAULT_SETTING: dict[str, float] = {"green": 0.95, "yellow": 0.80}


class Rag(StrEnum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    NONE = "none"  # not rated: no data, no target, or a qualitative indicator

    @property
    def label(self) -> str:
        return translate("Analytics", _LABELS[self])

    @property
    def rank(self) -> int:
        """Worst first when sorting: red 0, yellow 1, green 2, not rated 3."""
        return _RANK[self]


_LABELS = {
    Rag.GREEN: QT_TRANSLATE_NOOP("Analytics", "On track"),  # zh: 正常
    Rag.YELLOW: QT_TRANSLATE_NOOP("Analytics", "Watch"),  # zh: 预警
    Rag.RED: QT_TRANSLATE_NOOP("Analytics", "Behind"),  # zh: 滞后
    Rag.NONE: QT_TRANSLATE_NOOP("Analytics", "Not rated"),  # zh: 未评价
}
_RANK = {Rag.RED: 0, Rag.YELLOW: 1, Rag.GREEN: 2, Rag.NONE: 3}


@dataclass(frozen=True)
class RagThresholds:
    """Schedule ratios (actual ÷ expected progress) at which an item turns green or yellow."""

    green: float = DEFAULT_SETTING["green"]
    yellow: float = DEFAULT_SETTING["yellow"]

    def __post_init__(self) -> None:
        if not (0 < self.yellow <= self.green <= 2):
            raise ValidationError(
                translate(
                    "Errors",
                    "The traffic-light thresholds must satisfy 0 < yellow ≤ green ≤ 200% (got green {green}, "
                    "yellow {yellow}).",
                ).format(green=self.green, yellow=self.yellow),
                field=SETTINGS_KEY,
            )

    @classmethod
    def from_setting(cls, value: object) -> RagThresholds:
        """Read the stored setting; percentages (95, 80) are accepted, anything unusable gives the defaults.

        Printing must not fail over a mistyped setting, so a bad value falls back instead of raising.
        """
        if not isinstance(value, dict):
            return cls()
        try:
            green = _fraction(value.get("green", DEFAULT_SETTING["green"]))
            yellow = _fraction(value.get("yellow", DEFAULT_SETTING["yellow"]))
            return cls(green, yellow)
        except (TypeError, ValueError, ValidationError):
            return cls()

    def to_setting(self) -> dict[str, float]:
        return {"green": self.green, "yellow": self.yellow}

    def classify(self, ratio: float | None) -> Rag:
        if ratio is None or math.isnan(ratio):
            return Rag.NONE
        if ratio >= self.green - 1e-9:
            return Rag.GREEN
        if ratio >= self.yellow - 1e-9:
            return Rag.YELLOW
        return Rag.RED


def _fraction(raw: object) -> float:
    if isinstance(raw, bool):
        raise TypeError("a threshold is a number")
    number = float(raw)  # type: ignore[arg-type]
    if math.isnan(number) or math.isinf(number):
        raise ValueError("a threshold is a finite number")
    return number / 100 if number > 2 else number
