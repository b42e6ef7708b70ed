"""Writing a 任务分工表 the way an office would make it by hand, plus a hidden identity for re-import.

Merged title, 序号 / 重点任务 / 具体措施 / 牵头单位 / 配合单位 / 完成时限, a merged category row per
section (一、…), 宋体 headings and 仿宋 body, borders, wrapped text, rows sized for print, A4
landscape fitted to the page width, the header row repeated on every page, 第X页 共Y页, frozen header.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from ipdesk.excel import formspec as spec
from ipdesk.excel import styles
from ipdesk.excel.form_writer import write_identity_sheet


@dataclass(frozen=True)
class TableTask:
    task_id: int
    number: str
    title: str
    measure: str | None
    leads: tuple[str, ...]
    supports: tuple[str, ...]
    deadline: str | None


@dataclass(frozen=True)
class TableCategory:
    label: str  # as printed, e.g. "一、强化知识产权创造"; "" when the plan has no sections
    tasks: tuple[TableTask, ...]


@dataclass(frozen=True)
class AssignmentTable:
    title: str
    plan_id: int
    categories: tuple[TableCategory, ...]
    installation: str | None = None

    @property
    def task_count(self) -> int:
        return sum(len(c.tasks) for c in self.categories)


def write_assignment_table(table: AssignmentTable, path: str | Path) -> Path:
    workbook = Workbook()
    ws = workbook.active
    ws.title = spec.TABLE_SHEET
    last = len(spec.TABLE_COLUMNS)
    styles.title_row(ws, 1, table.title, last, height=44.0)
    styles.header_row(ws, spec.TABLE_HEADER_ROW, spec.TABLE_COLUMNS)
    styles.set_widths(ws, spec.TABLE_WIDTHS)
    identity_rows: list[spec.IdentityRow] = []
    row = spec.TABLE_HEADER_ROW + 1
    for category in table.categories:
        if category.label:
            styles.category_row(ws, row, category.label, last)
            row += 1
        for task in category.tasks:
            cells = (
                task.number,
                task.title,
                task.measure,
                "、".join(task.leads),
                "、".join(task.supports),
                task.deadline,
            )
            for col, value in enumerate(cells, start=1):
                cell = ws.cell(row=row, column=col)
                styles.put_text(cell, value, where=f"{spec.TABLE_SHEET}!{get_column_letter(col)}{row}")
                cell.font = styles.BODY_FONT
                cell.border = styles.BORDER
                cell.alignment = styles.CENTER if col in (1, 6) else styles.LEFT
            styles.fit_row_height(ws, row, spec.TABLE_WIDTHS, minimum=30.0)
            identity_rows.append(
                spec.IdentityRow(spec.TABLE_SHEET, row, "task", task.task_id, task.task_id, task.number)
            )
            row += 1
    ws.freeze_panes = ws.cell(row=spec.TABLE_HEADER_ROW + 1, column=1)
    styles.page_setup(ws, title_rows=f"{spec.TABLE_HEADER_ROW}:{spec.TABLE_HEADER_ROW}")
    identity = spec.Identity(
        kind=spec.ASSIGNMENT_TABLE,
        version=spec.FORM_VERSION,
        plan_ids=(table.plan_id,),
        installation=table.installation,
        exported_at=datetime.now().replace(microsecond=0).isoformat(),
        rows=tuple(identity_rows),
    )
    write_identity_sheet(workbook, identity)
    workbook.security = None  # the 分工表 stays an ordinary workbook the office may rework freely
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(target)
    return target
