"""Exported workbooks: layout, print setup, locking, validation, identity, and no formula ever."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from ipdesk.domain.periods import Period
from ipdesk.excel import formspec as spec
from ipdesk.excel.assignment_writer import AssignmentTable, TableCategory, TableTask, write_assignment_table
from ipdesk.excel.form_writer import DepartmentForm, FormGroup, FormIndicator, FormTask, write_department_form
from ipdesk.excel.reading import read_workbook
from ipdesk.excel.styles import TextTooLong
from ipdesk.excel.tables import read_tables

HOSTILE = ('=HYPERLINK("http://x","点我")', "+86-471", "-持续推进", "@SUM(A1)", "\t=1+1", "\r\n任务\x07")


def _table(tasks: tuple[TableTask, ...]) -> AssignmentTable:
    return AssignmentTable("《某市行动方案》任务分工表", 7, (TableCategory("一、强化创造", tasks),))


def test_assignment_table_layout_and_print_setup(tmp_path: Path) -> None:
    task = TableTask(
        1, "1", "实施专利导航", "措施" * 200, ("市市场监管局",), ("市科技局", "市财政局"), "2024年12月底前"
    )
    path = write_assignment_table(_table((task,)), tmp_path / "fg.xlsx")
    workbook = openpyxl.load_workbook(path)
    ws = workbook[spec.TABLE_SHEET]
    assert "A1:F1" in {str(r) for r in ws.merged_cells.ranges} and "A3:F3" in {str(r) for r in ws.merged_cells.ranges}
    assert [c.value for c in ws[2]] == list(spec.TABLE_COLUMNS)
    assert ws["A1"].font.name == "宋体" and ws["B4"].font.name == "仿宋" and ws["B4"].alignment.wrap_text
    assert ws["B4"].border.left.style == "thin"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$2:$2" and ws.freeze_panes == "A3"
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    assert ws.row_dimensions[4].height > 100  # tall enough for 400 characters of measures
    assert workbook[spec.IDENTITY_SHEET].sheet_state == "veryHidden"


def test_department_form_locks_prefilled_cells_and_validates_inputs(tmp_path: Path) -> None:
    form = DepartmentForm(
        Period.parse("2024Q2"),
        12,
        "某市科学技术局",
        (FormGroup("《方案》", (FormTask(5, 50, "1", "任务一", "措施", "lead", "2024年底"),)),),
        (FormIndicator(3, "有效发明专利", "件", 1200.0),),
        plan_ids=(7,),
    )
    path = write_department_form(form, tmp_path / "form.xlsx")
    workbook = openpyxl.load_workbook(path)
    ws = workbook[spec.TASK_SHEET]
    assert ws.protection.sheet and not ws.protection.formatRows
    row = spec.FORM_HEADER_ROW + 2  # after the plan's category row
    assert ws.cell(row, 2).value == "任务一" and ws.cell(row, 2).protection.locked
    assert all(not ws.cell(row, col).protection.locked for col in spec.FORM_FILL_COLUMNS)
    rules = {v.type: v for v in ws.data_validations.dataValidation}
    assert rules["list"].formula1 == '"未启动,推进中,已完成,滞后,持续推进"'
    assert (rules["whole"].formula1, rules["whole"].formula2) == ("0", "100")
    assert workbook[spec.INDICATOR_SHEET].data_validations.dataValidation[0].type == "decimal"
    assert spec.HELP_SHEET in workbook.sheetnames
    identity = spec.read_identity(read_workbook(path))
    assert identity is not None and identity.checksum_ok
    assert (identity.period, identity.department_id, identity.plan_ids) == ("2024Q2", 12, (7,))
    assert identity.row_at(spec.TASK_SHEET, row).key == 5  # type: ignore[union-attr]
    assert workbook[spec.IDENTITY_SHEET].sheet_state == "veryHidden" and workbook.security.lockStructure


def test_tampered_identity_fails_its_checksum(tmp_path: Path) -> None:
    form = DepartmentForm(
        Period.parse("2024"), 1, "单位", (FormGroup("", (FormTask(1, 1, "1", "任务", None, "lead", None),)),)
    )
    path = write_department_form(form, tmp_path / "form.xlsx")
    workbook = openpyxl.load_workbook(path)
    workbook[spec.IDENTITY_SHEET]["B4"] = 2  # department_id edited by hand
    workbook.save(path)
    identity = spec.read_identity(read_workbook(path))
    assert identity is not None and not identity.checksum_ok


def test_formula_injection_round_trip(tmp_path: Path) -> None:
    tasks = tuple(
        TableTask(i, str(i), text, text, (text.strip() or "x",), (), text) for i, text in enumerate(HOSTILE, start=1)
    )
    path = write_assignment_table(_table(tasks), tmp_path / "hostile.xlsx")
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet  # no formula anywhere
    workbook = openpyxl.load_workbook(path)
    ws = workbook[spec.TABLE_SHEET]
    assert ws["B4"].data_type == "s" and ws["B4"].quotePrefix
    rows = read_tables(path).tables[0].rows
    expected = [t.lstrip("\t\r\n").replace("\x07", "").replace("\r\n", "\n").strip() for t in HOSTILE]
    assert [r.task for r in rows] == expected


def test_text_longer_than_a_cell_is_refused_not_cut(tmp_path: Path) -> None:
    task = TableTask(1, "1", "任务", "字" * 40_000, ("市科技局",), (), None)
    with pytest.raises(TextTooLong, match="40000"):
        write_assignment_table(_table((task,)), tmp_path / "long.xlsx")


def test_the_help_sheet_names_the_issuing_office_not_a_city_bureau(tmp_path: Path) -> None:
    """A county's forms told departments to contact 市知识产权局; both lines name the office that issued them."""
    form = DepartmentForm(
        Period.parse("2024Q2"),
        1,
        "伊金霍洛旗公安局",
        (FormGroup("", (FormTask(1, 1, "1", "任务", None, "lead", None),)),),
        office="伊金霍洛旗市场监督管理局",
    )
    sheet = openpyxl.load_workbook(write_department_form(form, tmp_path / "f.xlsx"))[spec.HELP_SHEET]
    lines = [row[0] for row in sheet.iter_rows(values_only=True)]
    assert "市知识产权局" not in "".join(lines)
    assert sum("伊金霍洛旗市场监督管理局" in line for line in lines) == 2
