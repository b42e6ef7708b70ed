"""The colours of the analytics' tones (green, yellow, red …), shared by the charts and the tables' icons.

Kept apart from the charts so that a table can colour its icons without loading pyqtgraph.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from ipdesk.analytics.charts import BLUE, GREEN, GREY, ORANGE, RED, TEAL, YELLOW

TONES: dict[str, str] = {
    GREEN: "#2f9e5b",
    YELLOW: "#e6a817",
    RED: "#d64545",
    GREY: "#a3abb5",
    BLUE: "#3a6fc4",
    TEAL: "#2a9d8f",
    ORANGE: "#e07b39",
}


def tone(name: str) -> QColor:
    return QColor(TONES.get(name, TONES[GREY]))
