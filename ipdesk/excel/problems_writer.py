"""The problem list as a workbook to send back to a department, offending cells highlighted.

When the returned file is an .xlsx the department's own workbook is annotated (so they fix it in place
and the identity sheet survives); otherwise — or if that fails — its cells are rebuilt from the grid.
Either way a first sheet 问题清单 lists sheet, row, column, heading, value and reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.utils import column_index_from_string

from ipdesk.excel import styles
from ipdesk.excel.grid import WorkbookGrid
from ipdesk.excel.tables import ERROR, CellProblem
from ipdesk.i18n import translate

PROBLEM_SHEET = "问题清单"
_HEADINGS = ("工作表", "行", "列", "栏目", "填写内容", "问题")
_WIDTHS = (16.0, 7.0, 6.0, 16.0, 36.0, 70.0)


def _list_sheet(workbook: Workbook, problems: Sequence[CellProblem], title: str) -> None:
    ws = workbook.create_sheet(PROBLEM_SHEET, 0)
    styles.title_row(ws, 1, title, len(_HEADINGS), height=30.0)
    styles.header_row(ws, 2, _HEADINGS)
    styles.set_widths(ws, _WIDTHS)
    for offset, problem in enumerate(problems, start=3):
        cells = (problem.sheet, problem.row or None, problem.column, problem.heading, problem.value, problem.message)
        for col, value in enumerate(cells, start=1):
            cell = ws.cell(row=offset, column=col)
            styles.put_text(cell, value)
            cell.font = styles.BODY_FONT
            cell.border = styles.BORDER
            cell.alignment = styles.LEFT
            if col == 6:
                cell.fill = styles.PROBLEM_FILL if problem.severity == ERROR else styles.WARNING_FILL
        styles.fit_row_height(ws, offset, _WIDTHS)
    ws.freeze_panes = "A3"
    styles.page_setup(ws, title_rows="2:2")
    for other in workbook.worksheets:
        other.sheet_view.tabSelected = other is ws
    workbook.active = 0


def _mark(workbook: Workbook, problems: Sequence[CellProblem]) -> None:
    for problem in problems:
        if not problem.column or problem.row < 1 or problem.sheet not in workbook.sheetnames:
            continue
        ws = workbook[problem.sheet]
        cell = ws.cell(row=problem.row, column=column_index_from_string(problem.column))
        if type(cell).__name__ == "MergedCell":
            continue
        cell.fill = styles.PROBLEM_FILL if problem.severity == ERROR else styles.WARNING_FILL
        text = problem.message if cell.comment is None else f"{cell.comment.text}\n{problem.message}"
        comment = Comment(text, "ipdesk")
        comment.width, comment.height = 300, 120
        cell.comment = comment


def _rebuild(grid: WorkbookGrid, problems: Sequence[CellProblem]) -> Workbook:
    workbook = Workbook()
    workbook.remove(workbook.active)
    wanted = {p.sheet for p in problems}
    for sheet in grid.sheets:
        if sheet.name not in wanted and not sheet.visible:
            continue
        ws = workbook.create_sheet(sheet.name[:31])
        for row, cols in sheet.cells.items():
            for col, value in cols.items():
                styles.put_text(ws.cell(row=row, column=col), value)
    return workbook


def write_problem_report(
    problems: Sequence[CellProblem],
    path: str | Path,
    *,
    original: str | Path | None = None,
    grid: WorkbookGrid | None = None,
    title: str | None = None,
) -> Path:
    """Write ``problems`` to ``path``; annotate ``original`` (.xlsx) or rebuild from ``grid``."""
    title = title or translate("Excel", "Problems found in the returned form; please correct the marked cells")
    workbook: Workbook | None = None
    if original is not None and grid is not None and grid.format == "xlsx":
        try:
            workbook = load_workbook(original)
        except Exception:  # any failure falls back to the rebuilt copy; the problem list is what matters
            workbook = None
    if workbook is None:
        workbook = _rebuild(grid, problems) if grid is not None else Workbook()
        if grid is None:
            workbook.remove(workbook.active)
    if PROBLEM_SHEET in workbook.sheetnames:
        workbook.remove(workbook[PROBLEM_SHEET])
    _mark(workbook, problems)
    _list_sheet(workbook, problems, title)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(target)
    return target
