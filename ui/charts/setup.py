"""The shared pyqtgraph set-up: white background, antialiasing, colours for the analytics' tones, and fonts
with the Chinese families named explicitly (pyqtgraph draws text itself; without a named family Qt may pick
the Japanese variant of Noto CJK or no CJK font at all)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont, QGuiApplication

from ui.app import CJK_FONT_FAMILIES

TEXT_COLOUR = "#2b2f36"
_configured = False


def configure() -> None:
    """Global pyqtgraph options, once per process."""
    global _configured
    if _configured:
        return
    pg.setConfigOptions(antialias=True, background="w", foreground=TEXT_COLOUR, leftButtonPan=False)
    _configured = True


_FONTS: dict[tuple[str, float, bool], QFont] = {}


def chart_font(scale: float = 1.0, *, bold: bool = False) -> QFont:
    """The application font with the Chinese families named, ``scale`` times its size.

    Remembered per application font: a chart asks for one per value label (some 80 on the overview).
    """
    base = QGuiApplication.font()
    key = (base.key(), scale, bold)
    font = _FONTS.get(key)
    if font is None:
        font = QFont(base)
        families = [f for f in font.families() if f not in CJK_FONT_FAMILIES]
        font.setFamilies([*CJK_FONT_FAMILIES, *families])
        size = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
        font.setPointSizeF(size * scale)
        font.setBold(bold)
        _FONTS[key] = font
    return QFont(font)


def style_axis(axis: pg.AxisItem, label: str = "") -> None:
    font = chart_font(0.95)
    axis.setStyle(tickFont=font, tickTextOffset=4)
    axis.setTextPen(pg.mkPen(TEXT_COLOUR))
    axis.setPen(pg.mkPen("#8c939d"))
    if label:
        axis.setLabel(label)
        axis.label.setFont(chart_font(0.95))
    else:
        axis.showLabel(False)


def style_title(plot: pg.PlotItem, title: str) -> None:
    plot.setTitle(title)
    plot.titleLabel.item.setFont(chart_font(1.1, bold=True))
    plot.titleLabel.item.setDefaultTextColor(QColor(TEXT_COLOUR))


def style_legend(legend: pg.LegendItem) -> None:
    font = chart_font(0.95)
    for _sample, label in legend.items:
        label.item.setFont(font)
        label.item.setDefaultTextColor(QColor(TEXT_COLOUR))
