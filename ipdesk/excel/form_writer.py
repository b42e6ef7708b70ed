"""Writing one department's report form for one period (tasks, indicators, instructions, identity).

Pre-filled cells are locked (sheet protection without a password, so a department can still resize
rows); the cells to fill are unlocked, tinted and validated: a status drop-down, 0–100 whole numbers
for the percentage, decimals for indicator values. Rows are sized to show wrapped text when printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ipdesk.domain.campaigns import DEFAULT_CAMPAIGN
from ipdesk.domain.periods import Period
from ipdesk.excel import formspec as spec
from ipdesk.excel import styles
from ipdesk.excel.vocabulary import ROLE_WORDS, STATUS_CHOICES, STATUS_WORDS


@dataclass(frozen=True)
class FormTask:
    assignment_id: int
    task_id: int
    number: str
    title: str
    measure: str | None
    role: str
    deadline: str | None
    # the report already on file for this period, pre-filled so a department can update it
    status: str | None = None
    percent: int | None = None
    progress: str | None = None
    problems: str | None = None
    next_steps: str | None = None


@dataclass(frozen=True)
class FormGroup:
    label: str  # a plan (or section) heading shown as a category row; "" for none
    tasks: tuple[FormTask, ...]


@dataclass(frozen=True)
class FormIndicator:
    indicator_id: int
    name: str
    unit: str
    target: float | str | None
    actual: float | str | None = None
    note: str | None = None
    is_text: bool = False


@dataclass(frozen=True)
class DepartmentForm:
    period: Period
    department_id: int
    department_name: str
    groups: tuple[FormGroup, ...]
    indicators: tuple[FormIndicator, ...] = ()
    plan_ids: tuple[int, ...] = ()
    installation: str | None = None
    office: str | None = None
    reporter: str | None = None
    phone: str | None = None
    campaign: str = DEFAULT_CAMPAIGN  # 知识产权强市建设, 知识产权强县建设 … (ipdesk.domain.campaigns)
    exported_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))

    @property
    def task_count(self) -> int:
        return sum(len(g.tasks) for g in self.groups)


def _header_block(ws: Worksheet, form: DepartmentForm, last_col: int) -> None:
    """Row 2: 填报单位（盖章） / 填报人 / 联系电话 / 填报日期, the three latter to be filled."""
    layout = (
        (1, 2, "填报单位（盖章）：", form.department_name, 3, False),
        (4, 4, "填报人：", form.reporter, 5, True),
        (6, 6, "联系电话：", form.phone, 7, True),
        (8, 8, "填报日期：", None, last_col, True),
    )
    for label_first, label_last, label, value, value_last, editable in layout:
        if label_last > label_first:
            ws.merge_cells(start_row=2, start_column=label_first, end_row=2, end_column=label_last)
        label_cell = ws.cell(row=2, column=label_first)
        styles.put_text(label_cell, label)
        label_cell.font = styles.LABEL_FONT
        label_cell.alignment = styles.LEFT
        first_value = label_last + 1
        if value_last > first_value:
            ws.merge_cells(start_row=2, start_column=first_value, end_row=2, end_column=value_last)
        cell = ws.cell(row=2, column=first_value)
        styles.put_text(cell, value, where=label)
        cell.font = styles.BODY_FONT
        cell.alignment = styles.LEFT
        if editable:
            for col in range(first_value, value_last + 1):
                ws.cell(row=2, column=col).protection = styles.UNLOCKED
                ws.cell(row=2, column=col).fill = styles.INPUT_FILL
    ws.row_dimensions[2].height = 28.0


def _protect(ws: Worksheet) -> None:
    ws.protection.sheet = True
    ws.protection.formatRows = False  # False = allowed: rows may be resized to show long answers
    ws.protection.formatColumns = False
    ws.protection.formatCells = True
    ws.protection.sort = True
    ws.protection.autoFilter = True


def _task_sheet(ws: Worksheet, form: DepartmentForm, identity_rows: list[spec.IdentityRow]) -> None:
    columns = spec.FORM_COLUMNS
    last = len(columns)
    title = f"{form.department_name}{spec.period_words(form.period)}{form.campaign}重点任务进展情况表"
    styles.title_row(ws, 1, title, last)
    _header_block(ws, form, last)
    styles.header_row(ws, spec.FORM_HEADER_ROW, columns)
    styles.set_widths(ws, spec.FORM_WIDTHS)
    row = spec.FORM_HEADER_ROW + 1
    first_data = row
    show_groups = len(form.groups) > 1 or any(g.label for g in form.groups)
    for index, group in enumerate(form.groups, start=1):
        if show_groups and group.label:
            styles.category_row(ws, row, f"{spec.chinese_number(index)}、{group.label}", last)
            row += 1
        for task in group.tasks:
            cells = (
                task.number,
                task.title,
                task.measure,
                ROLE_WORDS.get(task.role, task.role),
                task.deadline,
                task.progress,
                STATUS_WORDS.get(task.status) if task.status else None,
                task.percent,
                task.problems,
                task.next_steps,
            )
            for col, value in enumerate(cells, start=1):
                cell = ws.cell(row=row, column=col)
                styles.put_text(cell, value, where=f"{spec.TASK_SHEET}!{get_column_letter(col)}{row}")
                cell.font = styles.BODY_FONT
                cell.border = styles.BORDER
                cell.alignment = styles.CENTER if col in (1, 4, 5, 7, 8) else styles.LEFT_TOP
                if col in spec.FORM_FILL_COLUMNS:
                    cell.protection = styles.UNLOCKED
                    cell.fill = styles.INPUT_FILL
            ws.cell(row=row, column=spec.PERCENT_COL).number_format = "0"
            styles.fit_row_height(ws, row, spec.FORM_WIDTHS, minimum=48.0)
            identity_rows.append(
                spec.IdentityRow(spec.TASK_SHEET, row, "task", task.assignment_id, task.task_id, task.number)
            )
            row += 1
    last_row = max(first_data, row - 1)
    status = DataValidation(
        type="list",
        formula1='"' + ",".join(STATUS_CHOICES) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="完成状态",
        error="请从下拉列表中选择：" + "、".join(STATUS_CHOICES),
        promptTitle="完成状态",
        prompt="请选择：" + "、".join(STATUS_CHOICES),
        showInputMessage=True,
    )
    percent = DataValidation(
        type="whole",
        operator="between",
        formula1="0",
        formula2="100",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="完成比例",
        error="请填写0至100之间的整数，例如 80 表示完成80%。",
    )
    report_date = DataValidation(
        type="date",
        operator="between",
        formula1="36526",  # 2000-01-01
        formula2="73051",  # 2099-12-31
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="warning",
        errorTitle="填报日期",
        error="请填写日期，例如 2024-07-05。",
    )
    for validation in (status, percent, report_date):
        ws.add_data_validation(validation)
    status.add(f"{get_column_letter(spec.STATUS_COL)}{first_data}:{get_column_letter(spec.STATUS_COL)}{last_row}")
    percent.add(f"{get_column_letter(spec.PERCENT_COL)}{first_data}:{get_column_letter(spec.PERCENT_COL)}{last_row}")
    report_date.add("I2")
    ws.freeze_panes = ws.cell(row=first_data, column=1)
    styles.page_setup(ws, title_rows=f"{spec.FORM_HEADER_ROW}:{spec.FORM_HEADER_ROW}")
    _protect(ws)


def _indicator_sheet(ws: Worksheet, form: DepartmentForm, identity_rows: list[spec.IdentityRow]) -> None:
    columns = spec.indicator_columns(form.period.year)
    last = len(columns)
    title = f"{form.department_name}{spec.period_words(form.period)}知识产权指标完成情况表"
    styles.title_row(ws, 1, title, last)
    label = ws.cell(row=2, column=1)
    styles.put_text(label, "填报单位（盖章）：")
    label.font = styles.LABEL_FONT
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=2)
    styles.put_text(ws.cell(row=2, column=3), form.department_name)
    ws.merge_cells(start_row=2, start_column=3, end_row=2, end_column=last)
    ws.cell(row=2, column=3).font = styles.BODY_FONT
    styles.header_row(ws, spec.INDICATOR_HEADER_ROW, columns)
    styles.set_widths(ws, spec.INDICATOR_WIDTHS)
    row = spec.INDICATOR_HEADER_ROW + 1
    numeric_rows: list[int] = []
    for index, indicator in enumerate(form.indicators, start=1):
        cells = (index, indicator.name, indicator.unit, indicator.target, indicator.actual, indicator.note)
        for col, value in enumerate(cells, start=1):
            cell = ws.cell(row=row, column=col)
            styles.put_text(cell, value, where=f"{spec.INDICATOR_SHEET}!{get_column_letter(col)}{row}")
            cell.font = styles.BODY_FONT
            cell.border = styles.BORDER
            cell.alignment = styles.LEFT if col in (2, 6) else styles.CENTER
            if col in spec.INDICATOR_FILL_COLUMNS:
                cell.protection = styles.UNLOCKED
                cell.fill = styles.INPUT_FILL
        if not indicator.is_text:
            numeric_rows.append(row)
            ws.cell(row=row, column=spec.ACTUAL_COL).number_format = "General"
        styles.fit_row_height(ws, row, spec.INDICATOR_WIDTHS, minimum=30.0)
        identity_rows.append(spec.IdentityRow(spec.INDICATOR_SHEET, row, "indicator", indicator.indicator_id))
        row += 1
    if numeric_rows:
        number = DataValidation(
            type="decimal",
            operator="between",
            formula1="-1E+15",
            formula2="1E+15",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="本期实际值",
            error="请只填写数字（单位见“单位”列），说明写在备注中。",
        )
        ws.add_data_validation(number)
        for target_row in numeric_rows:
            number.add(f"{get_column_letter(spec.ACTUAL_COL)}{target_row}")
    ws.freeze_panes = ws.cell(row=spec.INDICATOR_HEADER_ROW + 1, column=1)
    styles.page_setup(ws, title_rows=f"{spec.INDICATOR_HEADER_ROW}:{spec.INDICATOR_HEADER_ROW}")
    _protect(ws)


def _help_sheet(ws: Worksheet, form: DepartmentForm) -> None:
    ws.column_dimensions["A"].width = 110
    office = form.office or "市知识产权局"
    for row, line in enumerate(spec.HELP_LINES, start=1):
        cell = ws.cell(row=row, column=1)
        styles.put_text(cell, line.replace("{office}", office))
        cell.font = styles.TITLE_FONT if row == 1 else styles.BODY_FONT
        cell.alignment = styles.CENTER if row == 1 else styles.LEFT
        styles.fit_row_height(ws, row, (110.0,), minimum=30.0 if row == 1 else 22.0)
    styles.page_setup(ws, title_rows="1:1", landscape=False)


def write_identity_sheet(workbook: Workbook, identity: spec.Identity) -> None:
    ws = workbook.create_sheet(spec.IDENTITY_SHEET)
    for line in spec.identity_lines(identity):
        ws.append([str(x) if not isinstance(x, int) else x for x in line])
    ws.sheet_state = "veryHidden"
    ws.protection.sheet = True
    ws.protection.password = spec.PROTECTION_PASSWORD
    workbook.security = WorkbookProtection(workbookPassword=spec.PROTECTION_PASSWORD, lockStructure=True)


def write_department_form(form: DepartmentForm, path: str | Path) -> Path:
    """Write ``form`` to ``path`` (.xlsx) and return the path."""
    workbook = Workbook()
    tasks = workbook.active
    tasks.title = spec.TASK_SHEET
    identity_rows: list[spec.IdentityRow] = []
    _task_sheet(tasks, form, identity_rows)
    if form.indicators:
        _indicator_sheet(workbook.create_sheet(spec.INDICATOR_SHEET), form, identity_rows)
    _help_sheet(workbook.create_sheet(spec.HELP_SHEET), form)
    identity = spec.Identity(
        kind=spec.PROGRESS_FORM,
        version=spec.FORM_VERSION,
        period=form.period.code,
        department_id=form.department_id,
        department=form.department_name,
        plan_ids=form.plan_ids,
        installation=form.installation,
        exported_at=form.exported_at.isoformat(),
        rows=tuple(identity_rows),
    )
    write_identity_sheet(workbook, identity)
    workbook.active = 0
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(target)
    return target
