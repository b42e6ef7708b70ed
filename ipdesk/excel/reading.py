"""One entry point for reading any spreadsheet into a :class:`WorkbookGrid`.

:func:`read_workbook` isolates the parse in the sandbox child by default; :func:`load_grid` is the
in-process parse the child itself runs (also used by benchmarks to show the isolation's cost).
"""

from __future__ import annotations

import os
from pathlib import Path

from ipdesk.errors import InputFileError
from ipdesk.excel import guards
from ipdesk.excel.grid import WorkbookGrid
from ipdesk.excel.guards import DEFAULT_LIMITS, Limits, UnreadableFile


def load_grid(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> WorkbookGrid:
    """Sniff and parse ``path`` in this process (raises :class:`UnreadableFile`)."""
    file_format = guards.sniff(path, limits)
    if file_format == guards.XLSX:
        from ipdesk.excel.xlsx_reader import read_xlsx

        return read_xlsx(str(path), limits)
    from ipdesk.excel.calamine_reader import read_with_calamine

    return read_with_calamine(str(path), file_format, limits)


def read_workbook(
    path: str | os.PathLike[str],
    *,
    limits: Limits = DEFAULT_LIMITS,
    isolate: bool = True,
    reader: object | None = None,
) -> WorkbookGrid:
    """Read ``path`` safely; any problem becomes an :class:`InputFileError` with a one-line reason.

    ``reader`` may be an open :class:`ipdesk.excel.sandbox.SandboxReader` to reuse its child process
    across many files.
    """
    name = Path(path).name
    try:
        # Cheap checks in-process first: a missing, empty or non-Excel file needs no child process.
        guards.sniff(path, limits)
        if not isolate:
            return load_grid(path, limits)
        from ipdesk.excel.sandbox import SandboxReader

        if isinstance(reader, SandboxReader):
            return reader.read(path)
        with SandboxReader(limits) as own:
            return own.read(path)
    except UnreadableFile as exc:
        raise guards.file_error(exc.code, exc.detail, name=name) from None
    except InputFileError:
        raise
