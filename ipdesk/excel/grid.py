"""A workbook as plain, sparse data: what every reader produces and every interpreter consumes.

Cells are kept sparse (row → column → value), so a stray cell at XFD1048576 costs one entry, not a
billion. Rows and columns are 1-based, as Excel shows them. The grid crosses the process boundary of
the sandbox as JSON (never pickle: the child parsed a hostile file and is not trusted).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

CellValue = str | int | float | bool | date | datetime | None

# Flags per cell (bit mask).
FORMULA = 1  # the cell holds a formula (value is its cached result)
NO_CACHED_VALUE = 2  # a formula without a saved result: the value is unknown, not empty
PERCENT_FORMAT = 4  # number shown as a percentage (0.8 shows as 80%)
ERROR_VALUE = 8  # #N/A, #DIV/0! …; value is the error text
DATE_FORMAT = 16  # number formatted as a date (value already converted)

VISIBLE = "visible"
HIDDEN = "hidden"
VERY_HIDDEN = "veryHidden"


@dataclass
class SheetGrid:
    name: str
    state: str = VISIBLE
    cells: dict[int, dict[int, CellValue]] = field(default_factory=dict)
    flags: dict[tuple[int, int], int] = field(default_factory=dict)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # (row1, col1, row2, col2) inclusive
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    hidden_rows_known: bool = True  # False for formats whose reader cannot see hidden rows

    @property
    def visible(self) -> bool:
        return self.state == VISIBLE

    def value(self, row: int, col: int) -> CellValue:
        return self.cells.get(row, {}).get(col)

    def flag(self, row: int, col: int) -> int:
        return self.flags.get((row, col), 0)

    def row_numbers(self) -> list[int]:
        return sorted(self.cells)

    @property
    def max_row(self) -> int:
        return max(self.cells, default=0)

    @property
    def max_col(self) -> int:
        return max((max(cols) for cols in self.cells.values() if cols), default=0)

    def set(self, row: int, col: int, value: CellValue, flags: int = 0) -> None:
        self.cells.setdefault(row, {})[col] = value
        if flags:
            self.flags[(row, col)] = flags

    def fill_merged(self) -> None:
        """Copy each merged range's top-left value into its other cells (Excel shows it across the range)."""
        for r1, c1, r2, c2 in self.merged:
            if (r2 - r1 + 1) * (c2 - c1 + 1) > 100_000:
                continue  # an absurd merge (whole columns): showing one value there carries no meaning
            value = self.value(r1, c1)
            if value is None or value == "":
                continue
            flag = self.flag(r1, c1)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1) and self.value(r, c) in (None, ""):
                        self.set(r, c, value, flag)

    def merge_at(self, row: int, col: int) -> tuple[int, int, int, int] | None:
        for merge in self.merged:
            if merge[0] <= row <= merge[2] and merge[1] <= col <= merge[3]:
                return merge
        return None


@dataclass
class WorkbookGrid:
    format: str  # "xlsx", "xls", "ods", "xlsb"
    sheets: list[SheetGrid] = field(default_factory=list)

    def sheet(self, name: str) -> SheetGrid | None:
        return next((s for s in self.sheets if s.name == name), None)


def column_letter(col: int) -> str:
    letters = ""
    while col > 0:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# -- transport -------------------------------------------------------------------------------------

_DATE = "D"
_DATETIME = "T"


def _encode_value(value: CellValue) -> Any:
    if isinstance(value, datetime):
        return [_DATETIME, value.isoformat()]
    if isinstance(value, date):
        return [_DATE, value.isoformat()]
    return value


def _decode_value(raw: Any) -> CellValue:
    if isinstance(raw, list):
        if len(raw) == 2 and raw[0] == _DATE and isinstance(raw[1], str):
            return date.fromisoformat(raw[1])
        if len(raw) == 2 and raw[0] == _DATETIME and isinstance(raw[1], str):
            return datetime.fromisoformat(raw[1])
        raise ValueError("bad cell value")
    if raw is None or isinstance(raw, str | int | float | bool):
        return raw
    raise ValueError("bad cell value")


def normalise_value(value: object) -> CellValue:
    """Map reader-specific values (time, timedelta) to the grid's small set of types."""
    if value is None or isinstance(value, str | bool | int | float | date):
        return value  # type: ignore[return-value]
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds() / 86400
    return str(value)


def to_transport(grid: WorkbookGrid) -> dict[str, Any]:
    sheets = []
    for sheet in grid.sheets:
        cells = [
            [r, c, _encode_value(v), sheet.flags.get((r, c), 0)]
            for r, cols in sheet.cells.items()
            for c, v in cols.items()
        ]
        sheets.append(
            {
                "name": sheet.name,
                "state": sheet.state,
                "cells": cells,
                "merged": [list(m) for m in sheet.merged],
                "hidden_rows": sorted(sheet.hidden_rows),
                "hidden_cols": sorted(sheet.hidden_cols),
                "hidden_rows_known": sheet.hidden_rows_known,
            }
        )
    return {"format": grid.format, "sheets": sheets}


def from_transport(data: Any) -> WorkbookGrid:
    """Rebuild a grid from the child's JSON, checking every type on the way (ValueError if malformed)."""
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("format"), str)
        or not isinstance(data.get("sheets"), list)
    ):
        raise ValueError("bad workbook")
    grid = WorkbookGrid(format=data["format"])
    for raw in data["sheets"]:
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
            raise ValueError("bad sheet")
        sheet = SheetGrid(name=raw["name"], state=str(raw.get("state", VISIBLE)))
        for item in raw.get("cells", []):
            r, c, v, f = item
            if not (isinstance(r, int) and isinstance(c, int) and isinstance(f, int)) or r < 1 or c < 1:
                raise ValueError("bad cell")
            sheet.set(r, c, _decode_value(v), f)
        for merge in raw.get("merged", []):
            r1, c1, r2, c2 = (int(x) for x in merge)
            sheet.merged.append((r1, c1, r2, c2))
        sheet.hidden_rows = {int(x) for x in raw.get("hidden_rows", [])}
        sheet.hidden_cols = {int(x) for x in raw.get("hidden_cols", [])}
        sheet.hidden_rows_known = bool(raw.get("hidden_rows_known", True))
        grid.sheets.append(sheet)
    return grid
