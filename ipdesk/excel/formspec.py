"""The department report form and the 任务分工表, described once for the writers and the readers.

A returned file is recognised without asking by its hidden, protected identity sheet (plan, department,
period, form version, the row → assignment map, and a SHA-256 checksum over all of it). When a
department retyped the form into a new file that sheet is gone; then the header block (填报单位 …) and
the column headings identify it, through the ordinary table reader.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from ipdesk.domain.enums import PeriodKind
from ipdesk.domain.periods import Period
from ipdesk.errors import ValidationError
from ipdesk.excel.grid import SheetGrid, WorkbookGrid

FORM_VERSION = 1
IDENTITY_SHEET = "_ipdesk"
IDENTITY_MARK = "ipdesk"
PROTECTION_PASSWORD = "ipdesk-form"  # keeps the identity sheet out of casual reach; not a secret
PROGRESS_FORM = "progress_form"
ASSIGNMENT_TABLE = "assignment_table"

TASK_SHEET = "任务进展"
INDICATOR_SHEET = "指标完成情况"
HELP_SHEET = "填报说明"
TABLE_SHEET = "任务分工表"

# Task sheet of the department form.
FORM_HEADER_ROW = 3
FORM_COLUMNS = (
    "序号",
    "重点任务",
    "具体措施",
    "责任分工",
    "完成时限",
    "进展情况",
    "完成状态",
    "完成比例（%）",
    "存在问题",
    "下步计划",
)
FORM_WIDTHS = (7.0, 30.0, 42.0, 9.0, 14.0, 42.0, 12.0, 11.0, 28.0, 28.0)
FORM_FILL_COLUMNS = (6, 7, 8, 9, 10)  # 进展情况 … 下步计划
STATUS_COL, PERCENT_COL = 7, 8

# Indicator sheet of the department form.
INDICATOR_HEADER_ROW = 3
INDICATOR_WIDTHS = (7.0, 40.0, 10.0, 16.0, 16.0, 36.0)
INDICATOR_FILL_COLUMNS = (5, 6)
ACTUAL_COL = 5


def indicator_columns(year: int) -> tuple[str, ...]:
    return ("序号", "指标名称", "单位", f"{year}年目标值", "本期实际值", "备注")


# 任务分工表.
TABLE_HEADER_ROW = 2
TABLE_COLUMNS = ("序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限")
TABLE_WIDTHS = (7.0, 34.0, 52.0, 22.0, 30.0, 16.0)

_CN_NUMBERS = "一二三四五六七八九十"


def chinese_number(number: int) -> str:
    """1 → 一, 12 → 十二, 25 → 二十五 (category labels)."""
    if number <= 10:
        return _CN_NUMBERS[number - 1]
    tens, ones = divmod(number, 10)
    head = "十" if tens == 1 else _CN_NUMBERS[tens - 1] + "十"
    return head + (_CN_NUMBERS[ones - 1] if ones else "")


def period_words(period: Period) -> str:
    """The period as a Chinese document writes it: 2024年度, 2024年上半年, 2024年第二季度, 2024年5月."""
    if period.kind is PeriodKind.YEAR:
        return f"{period.year}年度"
    if period.kind is PeriodKind.HALF:
        return f"{period.year}年{'上' if period.number == 1 else '下'}半年"
    if period.kind is PeriodKind.QUARTER:
        return f"{period.year}年第{chinese_number(period.number)}季度"
    return f"{period.year}年{period.number}月"


_PERIOD_IN_TEXT = re.compile(
    r"((?:19|20)\d{2})\s*年\s*(第?\s*[1-4一二三四]\s*季度|[上下]\s*半年|\d{1,2}\s*月份?|度|全年)"
)


def period_in_text(text: str) -> Period | None:
    """The reporting period a title names (…2024年第二季度…), or None."""
    for match in _PERIOD_IN_TEXT.finditer(text):
        phrase = (match.group(1) + "年" + match.group(2)).replace(" ", "").replace("月份", "月")
        try:
            return Period.parse(phrase)
        except ValidationError:
            continue
    return None


# -- the identity sheet ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class IdentityRow:
    """A data row of the form: its sheet, row number and what it stands for."""

    sheet: str
    row: int
    kind: str  # "task" or "indicator"
    key: int  # assignment id or indicator id
    task_id: int | None = None
    number: str = ""


@dataclass(frozen=True)
class Identity:
    kind: str
    version: int
    period: str | None = None
    department_id: int | None = None
    department: str | None = None
    plan_ids: tuple[int, ...] = ()
    installation: str | None = None
    exported_at: str | None = None
    rows: tuple[IdentityRow, ...] = field(default_factory=tuple)
    checksum_ok: bool = True

    def row_at(self, sheet: str, row: int) -> IdentityRow | None:
        return next((r for r in self.rows if r.sheet == sheet and r.row == row), None)


def identity_lines(identity: Identity) -> list[list[str | int]]:
    """The rows written to the identity sheet, checksum last."""
    lines: list[list[str | int]] = [
        [IDENTITY_MARK, identity.kind],
        ["version", identity.version],
        ["period", identity.period or ""],
        ["department_id", identity.department_id or ""],
        ["department", identity.department or ""],
        ["plans", ",".join(str(p) for p in identity.plan_ids)],
        ["installation", identity.installation or ""],
        ["exported_at", identity.exported_at or datetime.now().replace(microsecond=0).isoformat()],
    ]
    for item in identity.rows:
        lines.append([item.kind, item.sheet, item.row, item.key, item.task_id or "", item.number])
    lines.append(["checksum", _checksum(lines)])
    return lines


def _checksum(lines: list[list[str | int]]) -> str:
    # Trailing empty cells are not stored by every writer, so they do not count.
    text = "\n".join("\t".join(str(cell) for cell in line).rstrip("\t") for line in lines)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _int(text: str) -> int | None:
    return int(text) if text.strip().lstrip("-").isdigit() else None


def read_identity(grid: WorkbookGrid) -> Identity | None:
    """The identity written by :func:`identity_lines`, if the workbook has one (checksum verified)."""
    sheet = grid.sheet(IDENTITY_SHEET)
    if sheet is None:
        return None
    return _parse_identity(sheet)


def _parse_identity(sheet: SheetGrid) -> Identity | None:
    lines: list[list[str]] = []
    for row in sheet.row_numbers():
        cols = sheet.cells[row]
        width = max(cols) if cols else 0
        if width > 10:
            return None
        line = [_as_text(cols.get(c)) for c in range(1, width + 1)]
        if line:
            lines.append(line)
    if not lines or lines[0][0] != IDENTITY_MARK or len(lines[0]) < 2:
        return None
    body, last = lines[:-1], lines[-1]
    checksum_ok = last[0] == "checksum" and len(last) > 1 and last[1] == _checksum(body)  # type: ignore[arg-type]
    values = {line[0]: (line[1] if len(line) > 1 else "") for line in body}
    rows = []
    for line in body:
        if line[0] in ("task", "indicator") and len(line) >= 4:
            row, key = _int(line[2]), _int(line[3])
            if row is None or key is None:
                continue
            task_id = _int(line[4]) if len(line) > 4 else None
            rows.append(IdentityRow(line[1], row, line[0], key, task_id, line[5] if len(line) > 5 else ""))
    plans = tuple(p for p in (_int(x) for x in values.get("plans", "").split(",")) if p is not None)
    return Identity(
        kind=lines[0][1],
        version=_int(values.get("version", "")) or 0,
        period=values.get("period") or None,
        department_id=_int(values.get("department_id", "")),
        department=values.get("department") or None,
        plan_ids=plans,
        installation=values.get("installation") or None,
        exported_at=values.get("exported_at") or None,
        rows=tuple(rows),
        checksum_ok=checksum_ok,
    )


HELP_LINES = (
    "填报说明",
    "一、本表由{office}制发，请在规定时间内填报后以原文件（.xlsx）报送，不要另存为其他格式，不要修改表格结构。",
    "二、灰色底纹的序号、任务、措施、分工、时限为预填内容，已锁定；请在黄色底纹的单元格中填写。",
    "三、“完成状态”请从下拉列表中选择：未启动、推进中、已完成、滞后、持续推进。",
    "四、“完成比例”填写0至100之间的整数（如80，表示完成80%）；持续推进的任务可不填。",
    "五、“进展情况”请写明本期主要工作和取得的成效，尽量附具体数据；“存在问题”“下步计划”无内容的可填“无”。",
    "六、“指标完成情况”表中，“本期实际值”只填数字（单位见“单位”列，如 1234 或 12.5），不要填写文字说明，"
    "说明写在“备注”列。",
    "七、表头的填报人、联系电话、填报日期请如实填写，并加盖单位公章后报送扫描件备查。",
    "八、如任务分工有误或已调整，请在“存在问题”中注明，并与{office}联系，不要直接修改预填内容。",
)
