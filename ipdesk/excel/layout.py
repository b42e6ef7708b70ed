"""Finding the table in a sheet: the header row (one or two rows), what each column means, the kind.

Tables from other offices put their header anywhere in the first rows, under a title and a 填报单位
line, sometimes in two rows (责任单位 over 牵头单位 / 配合单位), with any of the usual synonyms.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ipdesk.excel import vocabulary as v
from ipdesk.excel.grid import SheetGrid

SCAN_ROWS = 30  # the header must start within the first 30 non-empty rows

ASSIGNMENT = "assignment"
PROGRESS = "progress"
INDICATOR = "indicator"
KINDS = (ASSIGNMENT, PROGRESS, INDICATOR)

_PROGRESS_KEYS = frozenset({v.STATUS, v.PERCENT, v.PROGRESS, v.PROBLEMS, v.NEXT_STEPS})
_DEPARTMENT_KEYS = frozenset({v.LEAD, v.SUPPORT, v.RESPONSIBLE})


@dataclass(frozen=True)
class Layout:
    sheet: str
    kind: str
    header_row: int  # first header row (1-based)
    last_header_row: int  # equals header_row for one-row headers
    columns: dict[str, int]  # field key → column (1-based)
    headings: dict[int, str] = field(default_factory=dict)  # column → heading as written

    def heading(self, key: str) -> str:
        col = self.columns.get(key)
        return self.headings.get(col, key) if col else key


def _cell_text(sheet: SheetGrid, row: int, col: int) -> str:
    value = sheet.value(row, col)
    return value.strip() if isinstance(value, str) else ""


def _row_keys(sheet: SheetGrid, row: int) -> dict[int, str]:
    keys: dict[int, str] = {}
    for col, value in sheet.cells.get(row, {}).items():
        key = v.heading_key(value)
        if key is not None:
            keys[col] = key
    return keys


def _kind(keys: set[str]) -> str | None:
    if v.INDICATOR in keys and (v.TARGET in keys or v.ACTUAL in keys):
        return INDICATOR
    if keys & _PROGRESS_KEYS and (v.TASK in keys or v.NO in keys or v.MEASURE in keys):
        return PROGRESS
    if (v.TASK in keys or v.MEASURE in keys) and (keys & _DEPARTMENT_KEYS or v.DEADLINE in keys):
        return ASSIGNMENT
    return None


def _assign(columns: dict[str, int], key: str, col: int) -> None:
    if key not in columns:
        columns[key] = col
    elif key == v.TASK and v.MEASURE not in columns:
        columns[v.MEASURE] = col  # a second task-like column (任务 / 具体任务) holds the measures


def _sub_header(sheet: SheetGrid, row: int, below: int) -> dict[int, str] | None:
    """The keys of ``below`` when it continues the header of ``row`` (two-row header), else None."""
    cells = sheet.cells.get(below, {})
    if not cells:
        return None
    keys = _row_keys(sheet, below)
    if not keys:
        return None
    for col, value in cells.items():
        if col in keys or value in (None, ""):
            continue
        if value != sheet.value(row, col):  # an unknown word that is not the merged heading from above
            return None
    return keys


def find_layout(sheet: SheetGrid) -> Layout | None:
    """The best-scoring table header in the first rows of ``sheet`` (merged cells already filled)."""
    rows = [r for r in sheet.row_numbers() if r not in sheet.hidden_rows][:SCAN_ROWS]
    best: tuple[int, Layout] | None = None
    for position, row in enumerate(rows):
        keys = _row_keys(sheet, row)
        if len(set(keys.values())) < 2:
            continue
        below = rows[position + 1] if position + 1 < len(rows) else None
        sub = _sub_header(sheet, row, below) if below is not None else None
        merged: dict[int, str] = dict(keys)
        if sub:
            for col, key in sub.items():
                merged[col] = key  # the specific heading (牵头单位) beats the group heading (责任单位)
        columns: dict[str, int] = {}
        for col in sorted(merged):
            _assign(columns, merged[col], col)
        kind = _kind(set(columns))
        if kind is None:
            continue
        last = below if sub and below is not None else row
        headings = {}
        for col in sorted(merged):
            upper, lower = _cell_text(sheet, row, col), _cell_text(sheet, last, col)
            headings[col] = lower if lower and lower != upper and sub else upper or lower
        layout = Layout(sheet.name, kind, row, last, columns, headings)
        score = len(columns) * 10 - position
        if best is None or score > best[0]:
            best = (score, layout)
    return best[1] if best else None
