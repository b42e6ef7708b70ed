"""Finding tables in flattened text and reading them into header columns and rows.

Two flattenings are common: web pages copied as text put **one cell per line** (with blank lines in
between and empty cells simply missing), while Word and spreadsheets give **tab-separated rows** (or
markdown ``|`` rows). Either way a table starts with a header made of recognisable column names
(序号, 指标名称, 单位, 2020年基期值, 2025年, 责任单位 …). This module only recovers the grid; what the
rows mean (indicators, task assignments) is decided by :mod:`indicators` and :mod:`tasks`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ipdesk.intake.cleanup import Line
from ipdesk.intake.model import ParseWarning
from ipdesk.intake.quantities import DASH_ONLY, NUMBER_ONLY, UNIT_ONLY
from ipdesk.intake.text import Aligned

_YEAR_LABEL = r"(?:基期值|基准值|基期|基数|目标值|预测值|预期值|目标|现状值|现状|实际值|完成值|值|规划值|预计值|预计)"
_HEADER_CELL = re.compile(
    r"^(?:序号|编号|序|类别|类型|分类|领域|方面|一级指标|二级指标|指标类别|指标类型|指标|指标名称|主要指标|指标内容|"
    r"名称|项目|内容|工作任务|重点任务|主要任务|任务|任务内容|具体任务|工作内容|重点工作|具体措施|工作措施|主要措施|"
    r"单位|计量单位|属性|指标属性|性质|备注|说明|责任单位|牵头单位|配合单位|责任部门|牵头部门|配合部门|参与单位|"
    r"协办单位|协同单位|主要责任单位|完成时限|时间节点|完成时间|时限|进度安排|时间安排|年均增长|年均增速|增幅|增长率|"
    r"增速|累计增长|年份|"
    rf"(?:19|20)\d{{2}}年?(?:底|末)?{_YEAR_LABEL}?|{_YEAR_LABEL})"
    r"(?:\((?:单位|%|[^()]{1,8})\))?$"
)
_YEAR = re.compile(r"((?:19|20)\d{2})")
MAX_CELLS = 20_000
"""A one-cell-per-line table is read up to this many cells (a guard against pathological input)."""
_KEEP_CAPTION = re.compile(
    r"^(?:#|附\s*[件表]|第[一二三四五六七八九十百\d]+[章节]|[一二三四五六七八九十]+[、.]|\(?[一二三四五六七八九十\d]+[)、.])"
)
"""A line above a table that is also a heading or an annex marker: it names the table but stays in the outline."""
_LABEL_ONLY = re.compile(rf"^{_YEAR_LABEL}$")
_STOP = re.compile(
    r"^(?:\(?注\s*\d?\s*[:：]|备注\s*[:：]|说明\s*[:：]|附件|附表|#|"
    r"第[一二三四五六七八九十百\d]+[章节]|[一二三四五六七八九十]+[、.])"
)

SEQ = "seq"
CATEGORY = "category"
NAME = "name"
TASK = "task"
MEASURES = "measures"
UNIT = "unit"
ATTR = "attr"
NOTE = "note"
LEAD = "lead"
SUPPORT = "support"
RESPONSIBLE = "responsible"
DEADLINE = "deadline"
GROWTH = "growth"
BASE = "base"
TARGET = "target"
OTHER = "other"

_ROLE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (SEQ, re.compile(r"^(?:序号|编号|序)$")),
    (CATEGORY, re.compile(r"^(?:类别|类型|分类|领域|方面|一级指标|指标类别|指标类型)$")),
    (NAME, re.compile(r"^(?:指标|指标名称|主要指标|指标内容|名称|项目|二级指标)")),
    (TASK, re.compile(r"^(?:工作任务|重点任务|主要任务|任务|任务内容|具体任务|工作内容|重点工作|内容)$")),
    (MEASURES, re.compile(r"^(?:具体措施|工作措施|主要措施)$")),
    (UNIT, re.compile(r"^(?:单位|计量单位)$")),
    (ATTR, re.compile(r"^(?:属性|指标属性|性质)$")),
    (NOTE, re.compile(r"^(?:备注|说明)$")),
    (LEAD, re.compile(r"^(?:牵头单位|牵头部门|主要责任单位)$")),
    (SUPPORT, re.compile(r"^(?:配合单位|配合部门|参与单位|协办单位|协同单位)$")),
    (RESPONSIBLE, re.compile(r"^(?:责任单位|责任部门)$")),
    (DEADLINE, re.compile(r"^(?:完成时限|时间节点|完成时间|时限|进度安排|时间安排)$")),
    (GROWTH, re.compile(r"^(?:年均增长|年均增速|增幅|增长率|增速|累计增长)")),
)
_BASE_WORDS = re.compile(r"基期|基准|基数|现状|实际|完成")


@dataclass(slots=True)
class Column:
    header: str
    role: str
    year: int | None = None
    label: str = ""
    """Header text besides the year (基期值, 预测值 …)."""


@dataclass(slots=True)
class Cell:
    text: Aligned
    line: int

    @property
    def norm(self) -> str:
        return self.text.norm

    @property
    def is_value(self) -> bool:
        norm = self.norm.replace(" ", "")
        return bool(NUMBER_ONLY.match(norm) or DASH_ONLY.match(norm))

    @property
    def is_unit(self) -> bool:
        return bool(UNIT_ONLY.match(self.norm.replace(" ", "")))


@dataclass(slots=True)
class Row:
    cells: dict[int, Cell]
    """Column index -> cell; columns the row leaves empty are absent."""
    line_first: int
    line_last: int
    seq: str | None = None

    def get(self, index: int) -> Cell | None:
        return self.cells.get(index)


@dataclass(slots=True)
class Table:
    columns: list[Column]
    rows: list[Row]
    line_first: int
    line_last: int
    caption: str | None = None
    caption_line: int | None = None
    layout: str = "cells"
    """``cells`` (one cell per line) or ``delimited`` (tab / ``|`` separated rows)."""
    consumed: set[int] = field(default_factory=set)
    warnings: list[ParseWarning] = field(default_factory=list)

    def index_of(self, role: str) -> list[int]:
        return [i for i, column in enumerate(self.columns) if column.role == role]

    @property
    def is_task_table(self) -> bool:
        roles = {column.role for column in self.columns}
        return bool(roles & {TASK, MEASURES}) and bool(roles & {LEAD, SUPPORT, RESPONSIBLE}) and NAME not in roles

    @property
    def is_indicator_table(self) -> bool:
        roles = {column.role for column in self.columns}
        return not self.is_task_table and bool(roles & {BASE, TARGET}) and bool(roles & {NAME, SEQ, TASK})


_SPACES = re.compile(r"\s+")


def _compact(text: str) -> str:
    return _SPACES.sub("", text)


def is_header_cell(norm: str) -> bool:
    return len(norm) <= 16 and bool(_HEADER_CELL.match(_compact(norm)))


def _column(header: str) -> Column:
    compact = _compact(header)
    for role, pattern in _ROLE_WORDS:
        if pattern.match(compact):
            return Column(header, role)
    year = _YEAR.search(compact)
    label = _YEAR.sub("", compact).lstrip("年").strip("()")
    if year:
        role = BASE if _BASE_WORDS.search(label) else TARGET
        return Column(header, role, int(year.group(1)), label)
    if _LABEL_ONLY.match(compact):
        return Column(header, BASE if _BASE_WORDS.search(compact) else TARGET, None, compact)
    return Column(header, OTHER)


def _columns(headers: list[str]) -> list[Column]:
    """Columns from header cells, joining a year cell with the label cell under it ("2020年" + "基期值")."""
    columns: list[Column] = []
    for header in headers:
        compact = _compact(header)
        if (
            columns
            and _LABEL_ONLY.match(compact)
            and columns[-1].year is not None
            and not columns[-1].label
        ):
            previous = columns[-1]
            previous.header += compact
            previous.label = compact
            previous.role = BASE if _BASE_WORDS.search(compact) else TARGET
            continue
        columns.append(_column(header))
    return columns


def _useful(columns: list[Column]) -> bool:
    roles = [column.role for column in columns]
    has_subject = any(role in (NAME, TASK, MEASURES) for role in roles)
    has_values = any(role in (BASE, TARGET, LEAD, RESPONSIBLE, SUPPORT, UNIT) for role in roles)
    return (len(columns) >= 2 and has_subject and has_values) or (SEQ in roles and has_values and len(columns) >= 3)


def _split_delimited(raw: str) -> list[str] | None:
    stripped = raw.strip()
    if stripped.startswith("|") and stripped.count("|") >= 3:
        cells = [cell.strip() for cell in stripped.strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", cell) for cell in cells if cell):
            return []  # the |---|---| separator row
        return cells
    if "\t" in raw.strip("\r\n") and raw.strip():
        return [cell.strip() for cell in raw.rstrip("\r\n").split("\t")]
    return None


def _caption(lines: list[Line], start: int) -> tuple[str | None, int | None, int | None]:
    """The short title line right above a table, if any: (text, line number, index)."""
    for back in range(start - 1, max(-1, start - 4), -1):
        line = lines[back]
        if line.blank:
            continue
        norm = line.text.norm.lstrip("#").strip()
        if len(norm) <= 60 and not re.search(r"[。;；,，:：]$", norm) and "。" not in norm:
            return line.text.orig.lstrip("#").strip(), line.no, back
        return None, None, None
    return None, None, None


def _delimited_table(lines: list[Line], start: int) -> tuple[Table | None, int]:
    """A tab- or pipe-separated table whose header row is ``lines[start]``; returns (table, next index)."""
    header_cells = _split_delimited(lines[start].raw)
    if not header_cells:
        return None, start + 1
    non_empty = [cell for cell in header_cells if cell]
    recognised = sum(is_header_cell(Aligned.of(cell).norm) for cell in non_empty)
    if len(non_empty) < 2 or recognised < max(2, len(non_empty) // 2):
        return None, start + 1
    columns = [_column(Aligned.of(cell).norm) if cell else Column("", OTHER) for cell in header_cells]
    for column, cell in zip(columns, header_cells, strict=True):
        column.header = cell
    if not _useful(columns):
        return None, start + 1
    table = Table(columns, [], lines[start].no, lines[start].no, layout="delimited")
    table.consumed.add(lines[start].no)
    index = start + 1
    while index < len(lines):
        line = lines[index]
        if line.blank:
            # a blank line inside the table is fine when the next non-blank line is another row
            ahead = index + 1
            while ahead < len(lines) and lines[ahead].blank:
                ahead += 1
            if ahead < len(lines) and _split_delimited(lines[ahead].raw) is not None:
                index = ahead
                continue
            break
        cells = _split_delimited(line.raw)
        if cells is None:
            break
        index += 1
        table.consumed.add(line.no)
        if not cells:
            continue
        row = Row({}, line.no, line.no)
        for position, cell in enumerate(cells):
            if position < len(columns) and cell and not (columns[position].role == SEQ and not cell.strip()):
                row.cells[position] = Cell(Aligned.of(cell), line.no)
        if len(cells) > len(columns):
            extra = " ".join(cell for cell in cells[len(columns) :] if cell)
            if extra:
                table.warnings.append(
                    ParseWarning("table_extra_cells", "表格这一行的格子比表头多，多出的内容已忽略。", line.no)
                )
        seq_index = next((i for i, c in enumerate(columns) if c.role == SEQ), None)
        if seq_index is not None and (seq_cell := row.cells.get(seq_index)):
            row.seq = seq_cell.text.orig.strip()
        if row.cells:
            table.rows.append(row)
            table.line_last = line.no
    return table, index


def _cells_table(lines: list[Line], start: int) -> tuple[Table | None, int]:
    """A one-cell-per-line table whose first header cell is ``lines[start]``."""
    headers: list[str] = []
    header_lines: list[int] = []
    index = start
    while index < len(lines):
        line = lines[index]
        if line.blank:
            index += 1
            continue
        if not is_header_cell(line.text.norm) or len(headers) >= 16:
            break
        headers.append(line.text.norm)
        header_lines.append(line.no)
        index += 1
    if len(headers) < 3:
        return None, start + 1
    columns = _columns(headers)
    if not _useful(columns):
        return None, index  # none of these header-like lines starts a table either
    task_like = any(column.role in (TASK, MEASURES) for column in columns)
    has_seq = any(column.role == SEQ for column in columns)
    header_end = index
    cells: list[Cell] = []
    while index < len(lines) and len(cells) < MAX_CELLS:
        line = lines[index]
        if line.blank:
            index += 1
            continue
        norm = line.text.norm
        if line.note or _STOP.match(norm) or (not task_like and len(norm) > 80) or is_header_cell(norm):
            break
        if has_seq and not cells and _compact(norm).rstrip(".、") != "1":
            return None, header_end  # rows of a table with 序号 start at 1
        cells.append(Cell(line.text, line.no))
        index += 1
    table = Table(columns, [], lines[start].no, lines[start].no, layout="cells")
    table.consumed.update(header_lines)
    rows = _segment(columns, cells, table)  # drops the cells after the table's last row
    table.rows = rows
    if rows:
        table.line_last = rows[-1].line_last
        table.consumed.update(cell.line for cell in cells)  # 序号 cells included
    else:
        return None, header_end
    return table, index


def _segment(columns: list[Column], cells: list[Cell], table: Table) -> list[Row]:
    """Cut a flat list of cells into rows, using the 序号 column when there is one."""
    seq_index = next((i for i, column in enumerate(columns) if column.role == SEQ), None)
    groups: list[tuple[str | None, list[Cell]]] = []
    seq_lines: list[int] = []
    if seq_index is not None:
        expected = 1
        current: list[Cell] | None = None
        for position, cell in enumerate(cells):
            compact = _compact(cell.norm).rstrip(".、")
            following = cells[position + 1] if position + 1 < len(cells) else None
            starts_row = compact == str(expected) and (
                following is None or not following.is_value or current is None
            )
            if starts_row:
                current = []
                groups.append((cell.text.orig.strip(), current))
                seq_lines.append(cell.line)
                expected += 1
            elif current is not None:
                current.append(cell)
            else:
                break  # cells before the first row: not this table
        consumed = sum(len(group) + 1 for _, group in groups)
        if consumed < len(cells):
            del cells[consumed:]
    else:
        width = len(columns)
        if width and len(cells) % width == 0:
            groups = [(None, cells[i : i + width]) for i in range(0, len(cells), width)]
        else:
            table.warnings.append(
                ParseWarning(
                    "table_unparsed", "无法判断这张表格每行从哪里开始（没有序号列），请手工录入。", table.line_first
                )
            )
            return []
    rows = []
    data_columns = [i for i in range(len(columns)) if i != seq_index]
    for position, (seq, group) in enumerate(groups):
        if not group:
            continue
        first = seq_lines[position] if position < len(seq_lines) else group[0].line
        row = Row({}, first, group[-1].line, seq)
        if len(group) == len(data_columns):
            for column_index, cell in zip(data_columns, group, strict=True):
                row.cells[column_index] = cell
        else:
            align_cells(columns, data_columns, group, row)
        rows.append(row)
    return rows


_VALUE_TEXT = re.compile(
    r"^(?:高于|低于|不低于|不高于|不少于|不超过|达到|保持|位居|位列|进入|显著|明显|稳步|持续|全面|基本|力争)"
)


def align_cells(columns: list[Column], data_columns: list[int], group: list[Cell], row: Row) -> None:
    """Place the cells of a row that lost its empty cells, by what each cell looks like.

    Text cells come first (类别 and 指标名称; a single one is the name), then an optional unit, then the
    values; a trailing percentage goes to the 增幅 column, the other values fill the year columns from the
    right (a missing base value is more common than a missing target).
    """
    roles = {i: columns[i].role for i in data_columns}
    texts: list[Cell] = []
    position = 0
    while position < len(group):
        cell = group[position]
        if cell.is_value or cell.is_unit or (texts and _VALUE_TEXT.match(cell.norm)):
            break
        texts.append(cell)
        position += 1
    text_columns = [i for i in data_columns if roles[i] in (CATEGORY, NAME, TASK, MEASURES)]
    if len(texts) >= len(text_columns):
        for column_index, cell in zip(text_columns, texts[-len(text_columns) :] if text_columns else [], strict=False):
            row.cells[column_index] = cell
    elif texts:
        # fewer text cells than text columns: the later columns (the name) win, 类别 spans rows
        for column_index, cell in zip(text_columns[-len(texts) :], texts, strict=True):
            row.cells[column_index] = cell
    rest = group[position:]
    unit_columns = [i for i in data_columns if roles[i] == UNIT]
    if rest and rest[0].is_unit and unit_columns:
        row.cells[unit_columns[0]] = rest[0]
        rest = rest[1:]
    trailing_columns = [i for i in data_columns if roles[i] in (LEAD, SUPPORT, RESPONSIBLE, DEADLINE, NOTE, ATTR)]
    tail: list[Cell] = []
    while rest and trailing_columns and not rest[-1].is_value and len(tail) < len(trailing_columns):
        tail.insert(0, rest.pop())
    for column_index, cell in zip(trailing_columns[: len(tail)], tail, strict=True):
        row.cells[column_index] = cell
    growth_columns = [i for i in data_columns if roles[i] == GROWTH]
    value_columns = [i for i in data_columns if roles[i] in (BASE, TARGET)]
    if rest and growth_columns and rest[-1].norm.replace(" ", "").endswith("%") and (
        len(rest) > len(value_columns) or len(value_columns) == 1
    ):
        row.cells[growth_columns[0]] = rest.pop()
    if len(rest) > len(value_columns):
        rest = rest[: len(value_columns)]
    for column_index, cell in zip(value_columns[len(value_columns) - len(rest) :], rest, strict=True):
        row.cells[column_index] = cell


def find_tables(lines: list[Line]) -> list[Table]:
    """Every table in ``lines`` (cleaned lines), in document order."""
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.blank:
            index += 1
            continue
        table: Table | None = None
        next_index = index + 1
        if _split_delimited(line.raw):
            table, next_index = _delimited_table(lines, index)
        elif is_header_cell(line.text.norm):
            table, next_index = _cells_table(lines, index)
        if table is None:
            index = max(next_index, index + 1)
            continue
        caption, caption_line, caption_index = _caption(lines, index)
        if caption and caption_line is not None and caption_index is not None:
            table.caption, table.caption_line = caption, caption_line
            if not _KEEP_CAPTION.match(lines[caption_index].text.norm):
                table.consumed.add(caption_line)
        tables.append(table)
        index = max(next_index, index + 1)
    return tables
