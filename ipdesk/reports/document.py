"""The printable document model: what a sheet says, independent of how it is drawn or exported.

A :class:`Document` is a list of :class:`Part` objects; each part starts on a new page, numbers its own
pages (第X页 共Y页) and becomes one worksheet in the xlsx file. A part is a sequence of blocks: a title
block, headings, paragraphs, key figures, tables, charts and signature lines. Table cells keep their raw
values (numbers stay numbers, completion stays a fraction) so the xlsx export holds what the analytics
computed, and the column says how to show them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from ipdesk.analytics.charts import Chart
from ipdesk.analytics.numbers import fmt_date, fmt_number, fmt_percent, fmt_rate


class Orientation(StrEnum):
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


class Format(StrEnum):
    """How a column shows its values (and which number format the xlsx cell gets)."""

    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"  # up to ``decimals`` places, no trailing zeros
    PERCENT = "percent"  # a fraction shown as 81.2%
    RATE = "rate"  # a value already in percent: 18.2%
    DATE = "date"


class Tone(StrEnum):
    """A cell's traffic-light colour (a light fill on paper, a fill in the xlsx)."""

    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    GREY = "grey"


class RowKind(StrEnum):
    BODY = "body"
    GROUP = "group"  # a heading row spanning the table (a department, a plan); repeated with 续 after a break
    TOTAL = "total"  # 合计, in bold


Value = str | int | float | date | None


@dataclass(frozen=True)
class Column:
    title: str
    width: float = 1.0  # a share of the table width
    align: Align = Align.LEFT
    format: Format = Format.TEXT
    decimals: int = 2
    group: str | None = None  # a spanning header above consecutive columns with the same group
    xlsx_width: float | None = None  # characters; default from ``width``
    printed: bool = True  # False: only in the xlsx (e.g. a year kept apart from its value)
    exported: bool = True  # False: only on paper

    def display(self, value: Value) -> str:
        """The text a value shows as in this column."""
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        if isinstance(value, date):
            return fmt_date(value)
        if self.format is Format.PERCENT:
            return fmt_percent(float(value), self.decimals if self.decimals <= 2 else 1)
        if self.format is Format.RATE:
            return fmt_rate(float(value), self.decimals if self.decimals <= 2 else 1)
        if self.format is Format.INTEGER:
            return str(round(value))
        return fmt_number(value, self.decimals)


@dataclass(frozen=True)
class Cell:
    """A value with its own display text, colour or alignment when the column's defaults do not fit."""

    value: Value
    text: str | None = None
    tone: Tone | None = None
    bold: bool = False


CellLike = Cell | Value


def as_cell(item: CellLike) -> Cell:
    return item if isinstance(item, Cell) else Cell(item)


@dataclass(frozen=True)
class Row:
    cells: tuple[CellLike, ...]
    kind: RowKind = RowKind.BODY


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    caption: str | None = None  # a small heading printed above the table (kept with its first rows)
    font_scale: float = 1.0
    empty_text: str = ""  # printed in place of the body when there are no rows

    def cell_text(self, row: Row, index: int) -> str:
        cell = as_cell(row.cells[index]) if index < len(row.cells) else Cell(None)
        return cell.text if cell.text is not None else self.columns[index].display(cell.value)

    @property
    def has_groups(self) -> bool:
        return any(c.group for c in self.columns)

    def only(self, keep: Callable[[Column], bool]) -> Table:
        """The table with the columns ``keep`` accepts (group rows keep their single spanning cell)."""
        indices = [i for i, c in enumerate(self.columns) if keep(c)]
        if len(indices) == len(self.columns):
            return self
        rows = tuple(
            row if row.kind is RowKind.GROUP else Row(tuple(_pick(row.cells, indices)), row.kind) for row in self.rows
        )
        return replace(self, columns=tuple(self.columns[i] for i in indices), rows=rows)

    def printed_view(self) -> Table:
        return self.only(lambda c: c.printed)

    def exported_view(self) -> Table:
        return self.only(lambda c: c.exported)


def _pick(cells: tuple[CellLike, ...], indices: list[int]) -> list[CellLike]:
    return [cells[i] if i < len(cells) else None for i in indices]


@dataclass(frozen=True)
class TitleBlock:
    """The sheet's head: title, optional subtitle and 文号, then unit / period / date on one line."""

    title: str
    subtitle: str | None = None
    doc_number: str | None = None
    unit: str = ""
    period: str = ""
    date: str = ""


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    align: Align = Align.LEFT
    indent: bool = True  # first-line indent of two characters, as in official documents
    bold: bool = False
    space_before: float = 0.0  # in lines


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: str
    note: str = ""
    tone: Tone | None = None


@dataclass(frozen=True)
class KeyFigures:
    items: tuple[KeyFigure, ...]


@dataclass(frozen=True)
class ChartBlock:
    chart: Chart
    height_mm: float = 80.0
    width_share: float = 1.0  # charts of less than the full width sit side by side


@dataclass(frozen=True)
class Signatures:
    """The 制表人 / 审核人 line (labels followed by blanks to sign on)."""

    labels: tuple[str, ...]


@dataclass(frozen=True)
class Spacer:
    lines: float = 1.0


Block = TitleBlock | Heading | Paragraph | KeyFigures | Table | ChartBlock | Signatures | Spacer


@dataclass(frozen=True)
class Part:
    name: str  # the worksheet name
    blocks: tuple[Block, ...]
    printed: bool = True  # False: only in the xlsx (e.g. a summary of all letters)
    exported: bool = True  # False: only on paper


@dataclass(frozen=True)
class Document:
    kind: str
    title: str
    orientation: Orientation
    parts: tuple[Part, ...]
    footer: str = ""  # printed small at the left of each page's footer
    letter: bool = False  # official-letter margins and sizes (催办通知单)
    body_pt: float = 12.0  # running text size
    line_spacing: float = 1.3  # running text line spacing, in multiples of the font's line spacing
    warnings: tuple[str, ...] = field(default_factory=tuple)  # for the person printing, not on the paper

    @property
    def printed_parts(self) -> tuple[Part, ...]:
        return tuple(p for p in self.parts if p.printed)

    @property
    def exported_parts(self) -> tuple[Part, ...]:
        return tuple(p for p in self.parts if p.exported)

    def tables(self) -> list[Table]:
        return [b for part in self.parts for b in part.blocks if isinstance(b, Table)]
