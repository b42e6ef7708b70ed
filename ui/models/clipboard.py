"""Cell blocks as Excel and WPS put them on the clipboard: tab-separated, multi-line cells in quotes.

Python's ``csv`` module with the ``excel-tab`` dialect reads and writes exactly that, quotes and doubled
quotes included, so nothing here parses by hand.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence


def to_tsv(rows: Sequence[Sequence[str]]) -> str:
    """Rows of cell texts as Excel copies them (CRLF line ends, a cell with a line break or tab in quotes)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, dialect="excel-tab", lineterminator="\r\n")
    writer.writerows(rows)
    return buffer.getvalue()


def from_tsv(text: str) -> list[list[str]]:
    """The cell block in ``text``; line breaks inside quoted cells stay in the cell (as ``\\n``)."""
    if not text:
        return []
    rows = [[cell.replace("\r\n", "\n") for cell in row] for row in csv.reader(io.StringIO(text), dialect="excel-tab")]
    while rows and rows[-1] in ([], [""]):
        rows.pop()
    return rows
