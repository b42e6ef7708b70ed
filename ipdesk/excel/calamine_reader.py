""".xls (Excel 97–2003 and WPS .et), .ods and .xlsb through python-calamine, into a sparse grid.

calamine builds a dense rectangle per sheet, so this runs only inside the sandbox child, whose memory
limit turns a pathological sheet into a clean error instead of an aborted application.
"""

from __future__ import annotations

from datetime import date, datetime

import python_calamine as calamine

from ipdesk.excel.grid import DATE_FORMAT, HIDDEN, VERY_HIDDEN, VISIBLE, SheetGrid, WorkbookGrid, normalise_value
from ipdesk.excel.guards import DEFAULT_LIMITS, Limits, UnreadableFile

_STATES = {"Visible": VISIBLE, "Hidden": HIDDEN, "VeryHidden": VERY_HIDDEN}


def _state(meta: object) -> str:
    visible = getattr(meta, "visible", None)
    name = getattr(visible, "name", str(visible))
    return _STATES.get(str(name).rpartition(".")[2], VISIBLE)


def read_with_calamine(path: str, file_format: str, limits: Limits = DEFAULT_LIMITS) -> WorkbookGrid:
    try:
        with open(path, "rb") as handle:
            workbook = calamine.CalamineWorkbook.from_filelike(handle)
            return _read(workbook, file_format, limits)
    except calamine.PasswordError as exc:
        raise UnreadableFile("encrypted") from exc
    except UnreadableFile:
        raise
    except (calamine.CalamineError, ValueError, OSError, RuntimeError) as exc:
        raise UnreadableFile("damaged", str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__) from exc
    except BaseException as exc:  # pyo3 turns Rust panics into PanicException (a BaseException)
        if type(exc).__name__ == "PanicException":
            raise UnreadableFile("damaged", "reader panic") from exc
        raise


def _read(workbook: calamine.CalamineWorkbook, file_format: str, limits: Limits) -> WorkbookGrid:
    grid = WorkbookGrid(format=file_format)
    budget = limits.max_cells
    metas = list(workbook.sheets_metadata)
    if not metas:
        raise UnreadableFile("no_sheets")
    for meta in metas:
        sheet = SheetGrid(name=meta.name, state=_state(meta), hidden_rows_known=False)
        grid.sheets.append(sheet)
        if "WorkSheet" not in str(getattr(meta, "typ", "WorkSheet")):
            continue
        data = workbook.get_sheet_by_name(meta.name)
        start = data.start or (0, 0)
        for r_offset, row in enumerate(data.iter_rows()):
            if row.count("") == len(row):
                continue  # an empty row of the dense rectangle (a stray far cell makes millions)
            for c_offset, raw in enumerate(row):
                if raw is None or raw == "":
                    continue
                budget -= 1
                if budget < 0:
                    raise UnreadableFile("too_many_cells", "")
                value = normalise_value(raw)
                flags = DATE_FORMAT if isinstance(raw, date | datetime) else 0
                if isinstance(value, datetime) and value.time() == datetime.min.time():
                    value = value.date()
                sheet.set(start[0] + r_offset + 1, start[1] + c_offset + 1, value, flags)
        for (r1, c1), (r2, c2) in data.merged_cell_ranges or []:
            sheet.merged.append((r1 + 1, c1 + 1, r2 + 1, c2 + 1))
    return grid
