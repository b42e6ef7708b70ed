"""Reading the rows of a 分工表, progress form or indicator form into plain data, checking every cell.

This is what ``ipdesk read-table`` prints and what the import preview builds on; it touches no
database. Titles, blank, note (注：…), 合计 and repeated header rows are skipped; category rows (一、…)
and merged category cells carry down; hidden rows are left out and counted; every rejected cell is a
:class:`CellProblem` with sheet, row, column, value and reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ipdesk.domain.deadlines import parse_deadline
from ipdesk.excel import layout as lay
from ipdesk.excel import values
from ipdesk.excel import vocabulary as v
from ipdesk.excel.departments import split_departments
from ipdesk.excel.grid import SheetGrid, WorkbookGrid, column_letter
from ipdesk.excel.guards import DEFAULT_LIMITS, Limits
from ipdesk.excel.reading import read_workbook
from ipdesk.i18n import translate

ERROR = "error"
WARNING = "warning"

_CATEGORY_ROW = re.compile(
    r"^(?:[一二三四五六七八九十百]+\s*[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[部分章节项类]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+[、.．])"
)
_NOTE_ROW = re.compile(r"^(?:注|备注|说明|附注|填表说明|填报说明)\s*\d*\s*[:：.、]|^注\d*[:：]?$|^※")
_TOTAL_ROW = re.compile(r"^(?:合\s*计|总\s*计|小\s*计|累\s*计)\s*[:：]?$")
_SIGN_OFF = re.compile(r"^(?:审核人|审核|负责人|单位负责人|分管领导|主要领导|签字|签发|制表人|制表|盖章)\s*[:：]?")
_FIRST_IS_LEAD = re.compile(r"(?:第一|首位|首个|排名第一|排在第一|列第一|列在首位|排在首位).{0,6}(?:为|是)?.{0,4}牵头")
_AMBIGUOUS_MONTH = re.compile(r"^(19|20)\d{2}\.1$")


@dataclass(frozen=True)
class CellProblem:
    sheet: str
    row: int
    column: str  # letter, "" for a whole-row or whole-file problem
    heading: str
    value: str
    message: str
    severity: str = ERROR

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column or None, "value": self.value, "message": self.message}


@dataclass
class TableRow:
    row: int
    no: str | None = None
    category: str | None = None
    task: str | None = None
    measure: str | None = None
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    responsible: tuple[str, ...] = ()  # named without a lead/support mark
    deadline: str | None = None
    deadline_date: date | None = None
    role: str | None = None
    status: str | None = None  # TaskStatus key
    percent: int | None = None
    progress: str | None = None
    problems: str | None = None
    next_steps: str | None = None
    indicator: str | None = None
    unit: str | None = None
    target: float | str | None = None
    actual: float | str | None = None
    note: str | None = None
    continued: bool = False  # a measure row without its own task (the task carries down)
    has_errors: bool = False

    @property
    def filled(self) -> bool:
        """True when a department wrote anything in the fill-in cells of a progress row."""
        return any(
            x not in (None, "") for x in (self.status, self.percent, self.progress, self.problems, self.next_steps)
        )

    def to_json(self, kind: str) -> dict[str, Any]:
        progress_kind = kind == lay.PROGRESS
        indicator_kind = kind == lay.INDICATOR
        assignment_kind = kind == lay.ASSIGNMENT
        lead = list(self.lead) + list(self.responsible)
        return {
            "row": self.row,
            "no": self.no,
            "category": self.category,
            "task": self.task if not indicator_kind else None,
            "measure": self.measure if not indicator_kind else None,
            "lead": lead if assignment_kind or lead else ([] if not indicator_kind else None),
            "support": list(self.support) if assignment_kind or self.support else ([] if not indicator_kind else None),
            "deadline": self.deadline,
            "deadline_date": self.deadline_date.isoformat() if self.deadline_date else None,
            "status": v.STATUS_WORDS.get(self.status) if self.status else None,
            "percent": self.percent if progress_kind else None,
            "progress": self.progress if progress_kind else None,
            "problems": self.problems if progress_kind else None,
            "next_steps": self.next_steps if progress_kind else None,
            "indicator": self.indicator if indicator_kind else None,
            "unit": self.unit if indicator_kind else None,
            "target": self.target if indicator_kind else None,
            "actual": self.actual if indicator_kind else None,
        }


@dataclass
class TableRead:
    sheet: str
    kind: str
    layout: lay.Layout
    title: str | None = None
    meta: dict[str, str | None] = field(default_factory=lambda: dict.fromkeys(v.META_LABELS))
    meta_cells: dict[str, tuple[int, int]] = field(default_factory=dict)
    rows: list[TableRow] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    hidden_rows_skipped: int = 0

    @property
    def header_row(self) -> int:
        return self.layout.header_row

    @property
    def errors(self) -> list[CellProblem]:
        return [p for p in self.problems if p.severity == ERROR]

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "meta": {key: self.meta.get(key) for key in ("department", "reporter", "phone", "date")},
            "rows": [row.to_json(self.kind) for row in self.rows],
            "errors": [p.to_json() for p in self.errors],
        }


@dataclass(frozen=True)
class SheetNote:
    sheet: str
    reason: str


@dataclass
class WorkbookRead:
    name: str
    grid: WorkbookGrid
    tables: list[TableRead] = field(default_factory=list)
    ignored: list[SheetNote] = field(default_factory=list)

    def table(self, sheet: str | None = None) -> TableRead | None:
        if sheet is None:
            return self.tables[0] if self.tables else None
        return next((t for t in self.tables if t.sheet == sheet), None)


# -- reading -----------------------------------------------------------------------------------------


def _text(value: object) -> str | None:
    return values.text(value)  # type: ignore[arg-type]


def _row_texts(sheet: SheetGrid, row: int) -> list[tuple[int, str]]:
    result = []
    for col, value in sorted(sheet.cells.get(row, {}).items()):
        if col in sheet.hidden_cols:
            continue
        text = values.raw_text(value).strip()
        if text:
            result.append((col, text))
    return result


def _meta_from_row(table: TableRead, sheet: SheetGrid, row: int) -> bool:
    """Pick 填报单位 / 填报人 / 联系电话 / 填报日期 out of ``row``; True if the row held any."""
    cells = _row_texts(sheet, row)
    found = False
    for index, (col, text) in enumerate(cells):
        labelled = v.meta_label(text)
        if labelled is None:
            continue
        key, value = labelled
        found = True
        value_cell = (row, col)
        if not value and index + 1 < len(cells) and v.meta_label(cells[index + 1][1]) is None:
            value_cell = (row, cells[index + 1][0])
            value = cells[index + 1][1]
        if value and not v.is_placeholder(value) and not table.meta.get(key):
            table.meta[key] = value.strip()
            table.meta_cells[key] = value_cell
        elif key not in table.meta_cells:
            table.meta_cells[key] = value_cell
    return found


def _deadline(value: object) -> tuple[str | None, date | None, str | None]:
    """(as written, the date it means, a warning) for a deadline cell."""
    if value is None:
        return None, None, None
    if isinstance(value, datetime):
        return value.date().isoformat(), value.date(), None
    if isinstance(value, date):
        return value.isoformat(), value, None
    if isinstance(value, int | float) and not isinstance(value, bool):
        written = values.raw_text(value)
        if 1990 <= value <= 2100:
            warning = None
            if _AMBIGUOUS_MONTH.match(written):
                warning = translate(
                    "Excel", '"{value}" was typed as a number: it is read as January; type 2024.10 as text for October.'
                ).format(value=written)
            return written, parse_deadline(written), warning
        return written, parse_deadline(value), None
    written = _text(value)
    return written, parse_deadline(written) if written else None, None


class _RowReader:
    def __init__(self, sheet: SheetGrid, table: TableRead) -> None:
        self.sheet = sheet
        self.table = table
        self.layout = table.layout
        self.header_texts = {
            col: text for col, text in _row_texts(sheet, table.layout.header_row) if col in table.layout.headings
        }

    def problem(self, row: int, key: str, message: str, severity: str = ERROR) -> None:
        col = self.layout.columns.get(key)
        value = values.raw_text(self.sheet.value(row, col)) if col else ""
        self.table.problems.append(
            CellProblem(
                self.sheet.name,
                row,
                column_letter(col) if col else "",
                self.layout.heading(key) if col else "",
                value,
                message,
                severity,
            )
        )

    def cell(self, row: int, key: str) -> tuple[object, int]:
        col = self.layout.columns.get(key)
        if col is None:
            return None, 0
        return self.sheet.value(row, col), self.sheet.flag(row, col)

    def text(self, row: int, key: str) -> str | None:
        value, flags = self.cell(row, key)
        try:
            values.check_flags(flags)
        except values.CellError as exc:
            self.problem(row, key, exc.message)
            return None
        return _text(value)


def _classify_row(reader: _RowReader, row: int) -> str:
    """One of "data", "blank", "header", "note", "total", "signoff", "category"."""
    sheet, layout = reader.sheet, reader.layout
    texts = _row_texts(sheet, row)
    if not texts:
        return "blank"
    mapped = [(col, text) for col, text in texts if col in layout.headings]
    if not mapped:
        first = texts[0][1]
        if _NOTE_ROW.match(first):
            return "note"
        if v.meta_label(first) or _SIGN_OFF.match(first):
            return "signoff"
        return "note" if len(texts) == 1 else "blank"
    first = texts[0][1]
    if _NOTE_ROW.match(first):
        return "note"
    if _TOTAL_ROW.match(first.replace(" ", "")):
        return "total"
    if all(reader.header_texts.get(col) == text for col, text in mapped) and len(mapped) >= 2:
        return "header"
    if v.meta_label(first) or _SIGN_OFF.match(first):
        return "signoff"
    distinct = {text for _, text in mapped}
    if len(distinct) == 1 and len(mapped) >= 2:
        return "category"
    if len(mapped) == 1:
        col, text = mapped[0]
        if col in (
            layout.columns.get(v.NO),
            layout.columns.get(v.TASK),
            layout.columns.get(v.INDICATOR),
            layout.columns.get(v.CATEGORY),
        ) and (_CATEGORY_ROW.match(text) or col == layout.columns.get(v.CATEGORY)):
            return "category"
    return "data"


def _departments(row: TableRow, reader: _RowReader, number: int) -> None:
    lead: list[str] = []
    support: list[str] = []
    responsible: list[str] = []
    for key, default in ((v.LEAD, "lead"), (v.SUPPORT, "support"), (v.RESPONSIBLE, None)):
        written = reader.text(number, key)
        named = split_departments(written)
        marked = any(n.role for n in named)
        for item in named:
            role = item.role or default
            if role is None and marked and key == v.RESPONSIBLE:
                role = "support"  # in a 责任单位 cell with a （牵头） mark, the unmarked ones support
            target = lead if role == "lead" else support if role == "support" else responsible
            if item.name not in lead + support + responsible:
                target.append(item.name)
    row.lead, row.support, row.responsible = tuple(lead), tuple(support), tuple(responsible)


def _read_data_row(reader: _RowReader, number: int, kind: str, category: str | None) -> TableRow:
    row = TableRow(row=number, category=category)
    before = len(reader.table.errors)
    row.no = reader.text(number, v.NO)
    own_category = reader.text(number, v.CATEGORY)
    if own_category:
        row.category = own_category
    row.task = reader.text(number, v.TASK)
    row.measure = reader.text(number, v.MEASURE)
    row.note = reader.text(number, v.NOTE)
    if kind in (lay.ASSIGNMENT, lay.PROGRESS):
        _departments(row, reader, number)
        value, flags = reader.cell(number, v.DEADLINE)
        if flags:
            row.deadline = reader.text(number, v.DEADLINE)
            row.deadline_date = parse_deadline(row.deadline) if row.deadline else None
        else:
            row.deadline, row.deadline_date, warning = _deadline(value)
            if warning:
                reader.problem(number, v.DEADLINE, warning, WARNING)
        role_text = reader.text(number, v.ROLE)
        if role_text:
            role = next((key for key, word in v.ROLE_WORDS.items() if word in role_text), None)
            row.role = role
    if kind == lay.PROGRESS:
        _progress_cells(reader, number, row)
    if kind == lay.INDICATOR:
        _indicator_cells(reader, number, row)
    row.has_errors = len(reader.table.errors) > before
    return row


def _progress_cells(reader: _RowReader, number: int, row: TableRow) -> None:
    value, flags = reader.cell(number, v.STATUS)
    try:
        values.check_flags(flags)
        row.status = values.status(value)  # type: ignore[arg-type]
    except values.CellError as exc:
        reader.problem(number, v.STATUS, exc.message)
    value, flags = reader.cell(number, v.PERCENT)
    try:
        row.percent = values.percent(value, flags)  # type: ignore[arg-type]
    except values.CellError as exc:
        reader.problem(number, v.PERCENT, exc.message)
    row.progress = reader.text(number, v.PROGRESS)
    row.problems = reader.text(number, v.PROBLEMS)
    row.next_steps = reader.text(number, v.NEXT_STEPS)
    status_col = reader.layout.columns.get(v.STATUS)
    blank_status = row.status is None and status_col and reader.sheet.value(number, status_col) in (None, "")
    if blank_status and any((row.percent is not None, row.progress, row.problems, row.next_steps)):
        reader.problem(
            number,
            v.STATUS,
            translate("Excel", "The completion status is missing; choose one of: {choices}.").format(
                choices="、".join(v.STATUS_CHOICES)
            ),
        )
    if row.status == "done" and row.percent is not None and row.percent < 100:
        reader.problem(
            number,
            v.PERCENT,
            translate(
                "Excel", "Marked as done but only {percent}% complete; check the status or the percentage."
            ).format(percent=row.percent),
            WARNING,
        )


def _indicator_cells(reader: _RowReader, number: int, row: TableRow) -> None:
    row.indicator = reader.text(number, v.INDICATOR)
    row.unit = reader.text(number, v.UNIT)
    for key in (v.TARGET, v.ACTUAL):
        value, flags = reader.cell(number, key)
        try:
            parsed: float | str | None = values.number(value, flags, unit=row.unit)  # type: ignore[arg-type]
        except values.CellError as exc:
            written = _text(value)
            target_is_text = isinstance(row.target, str) or row.unit in (None, "")
            if key == v.TARGET or (target_is_text and written and not flags):
                parsed = written  # qualitative targets and their qualitative results stay text
            else:
                reader.problem(number, key, exc.message)
                parsed = None
        setattr(row, key, parsed)


def read_sheet(sheet: SheetGrid, layout: lay.Layout) -> TableRead:
    """All rows of ``sheet`` under ``layout`` (merged cells must already be filled)."""
    table = TableRead(sheet=sheet.name, kind=layout.kind, layout=layout)
    for row in sheet.row_numbers():
        if row >= layout.header_row:
            break
        if sheet.hidden_rows and row in sheet.hidden_rows:
            continue
        if _meta_from_row(table, sheet, row):
            continue
        texts = _row_texts(sheet, row)
        if texts and table.title is None and len({t for _, t in texts}) == 1:
            table.title = texts[0][1]
    reader = _RowReader(sheet, table)
    category: str | None = None
    previous: TableRow | None = None
    first_is_lead = False
    for number in sheet.row_numbers():
        if number <= layout.last_header_row:
            continue
        if number in sheet.hidden_rows:
            if _row_texts(sheet, number):
                table.hidden_rows_skipped += 1
            continue
        kind = _classify_row(reader, number)
        if kind == "blank" or kind == "header" or kind == "total":
            continue
        if kind in ("note", "signoff"):
            texts = _row_texts(sheet, number)
            text = " ".join(t for _, t in texts)
            table.notes.append(text)
            first_is_lead = first_is_lead or bool(_FIRST_IS_LEAD.search(text))
            _meta_from_row(table, sheet, number)
            continue
        if kind == "category":
            category = _row_texts(sheet, number)[0][1]
            continue
        row = _read_data_row(reader, number, layout.kind, category)
        if layout.kind == lay.ASSIGNMENT and not row.task and row.measure and previous is not None:
            row.no, row.task, row.continued = previous.no, previous.task, True
            row.category = row.category or previous.category
        subject = row.indicator if layout.kind == lay.INDICATOR else (row.task or row.measure)
        if not subject:
            if layout.kind == lay.PROGRESS and not row.filled and not row.no:
                continue
            key = v.INDICATOR if layout.kind == lay.INDICATOR else v.TASK
            reader.problem(number, key, translate("Excel", "The row has content but no task or indicator name."))
            row.has_errors = True
        table.rows.append(row)
        previous = row
    if first_is_lead:
        for row in table.rows:
            if row.responsible and not row.lead:
                row.lead, row.support = row.responsible[:1], row.responsible[1:] + row.support
                row.responsible = ()
    if table.hidden_rows_skipped:
        table.notes.append(
            translate("Excel", "{count} hidden rows were left out.").format(count=table.hidden_rows_skipped)
        )
    return table


def interpret(grid: WorkbookGrid, name: str = "") -> WorkbookRead:
    """Find and read every table in the visible sheets of ``grid``; other sheets are reported."""
    result = WorkbookRead(name=name, grid=grid)
    for sheet in grid.sheets:
        if not sheet.visible:
            continue  # hidden sheets (and the form's identity sheet) are never read as tables
        if not sheet.cells:
            continue
        sheet.fill_merged()
        layout = lay.find_layout(sheet)
        if layout is None:
            result.ignored.append(
                SheetNote(sheet.name, translate("Excel", "no 分工表 or form header (序号 / 重点任务 …) found"))
            )
            continue
        result.tables.append(read_sheet(sheet, layout))
    return result


def read_tables(
    path: str | Path, *, limits: Limits = DEFAULT_LIMITS, isolate: bool = True, reader: object = None
) -> WorkbookRead:
    grid = read_workbook(path, limits=limits, isolate=isolate, reader=reader)
    return interpret(grid, Path(path).name)
