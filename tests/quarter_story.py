"""The clerk's quarter shared by the end-to-end tests (command line and window): one 旗 under 鄂尔多斯市, a
small plan with one indicator, six registered departments, and departments filling in their returned forms."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl

from ipdesk.excel import formspec as spec
from ipdesk.services import Services

PERIOD = "2024Q2"
PLAN = """伊金霍洛旗人民政府关于印发伊金霍洛旗知识产权强县建设工作方案的通知
伊政发〔2024〕12号

伊金霍洛旗知识产权强县建设工作方案

一、工作目标
到2025年，全旗有效发明专利拥有量由2023年的200件增加到300件。

二、重点任务
（一）加强知识产权创造
1.提升专利质量。实施高价值专利培育计划，支持企业开展专利布局。（旗科技局牵头，旗财政局、旗工信局配合）
2.培育商标品牌。推进商标品牌建设，培育一批知名品牌。（旗市场监管局牵头，旗商务局配合）
（二）强化知识产权保护
3.加强行政执法。开展知识产权专项执法行动。（旗市场监管局牵头，旗公安局配合）
4.完善纠纷调解。建立知识产权纠纷人民调解委员会。（旗司法局牵头）
"""
DEPARTMENTS = {
    "旗科技局": "伊金霍洛旗科学技术局",
    "旗财政局": "伊金霍洛旗财政局",
    "旗市场监管局": "伊金霍洛旗市场监督管理局",
    "旗商务局": "伊金霍洛旗商务局",
    "旗公安局": "伊金霍洛旗公安局",
    "旗工信局": "伊金霍洛旗工业和信息化局",
}
JUSTICE = "伊金霍洛旗司法局"  # not in the registry: the clerk creates it while reviewing the plan


# Step 1: the region, the city and the 旗 this installation works for, each under the one before.
UNITS = (("内蒙古自治区", "region"), ("鄂尔多斯市", "city"), ("伊金霍洛旗", "county"))
OFFICE = "伊金霍洛旗市场监督管理局"

# The plan's one indicator: nobody is named for it in the text, so the clerk names 旗科技局 while reviewing.
INDICATOR = "有效发明专利拥有量"
INDICATOR_DEPARTMENT = "旗科技局"
INDICATOR_VALUE = 210.0  # 旗科技局's figure for 2024Q2: ten up on the baseline of 200, with 300 due by 2025
# Progress due by 30 June 2024 on the straight line from 200 (end of 2023) to 300 (end of 2025), counted in
# days: 224.86; 10 made of the 24.86 due is 40.2 %, under the 80 % line: behind (滞后).
INDICATOR_EXPECTED = 224.8634
INDICATOR_COMPLETION = 0.70  # 210 ÷ 300
INDICATOR_SCHEDULE = 0.402


def register_departments(services: Services, unit_id: int) -> None:
    """The departments of the 旗 already in the registry when the plan comes in (all but 旗司法局)."""
    for short, name in DEPARTMENTS.items():
        services.departments.create(name, short_name=short, unit_id=unit_id)


def fill(
    form: Path,
    rows: dict[str, tuple[Any, Any]],
    submitted: date | None,
    target: Path | None = None,
    indicators: dict[str, float] | None = None,
) -> None:
    """A department fills in its form: per task number a status and a percent, with a line of progress; per
    indicator name the period's actual value."""
    workbook = openpyxl.load_workbook(form)
    ws = workbook[spec.TASK_SHEET]
    ws["E2"], ws["G2"], ws["I2"] = "张三", "0477-1234567", submitted
    for row in range(spec.FORM_HEADER_ROW + 1, ws.max_row + 1):
        number = str(ws.cell(row, 1).value or "")
        if number in rows:
            ws.cell(row, 6).value = f"第{number}项任务本季度已召开推进会，完成阶段性工作。"
            ws.cell(row, spec.STATUS_COL).value, ws.cell(row, spec.PERCENT_COL).value = rows[number]
    for name, value in (indicators or {}).items():
        sheet = workbook[spec.INDICATOR_SHEET]
        (row,) = [r for r in range(spec.INDICATOR_HEADER_ROW + 1, sheet.max_row + 1) if sheet.cell(r, 2).value == name]
        sheet.cell(row, spec.ACTUAL_COL).value = value
    workbook.save(target or form)


def retype(form: Path, target: Path) -> None:
    """A department copies its filled form by hand into a new workbook: same cells, no hidden identity sheet."""
    source = openpyxl.load_workbook(form)[spec.TASK_SHEET]
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = "Sheet1"
    for row in source.iter_rows():
        for cell in row:
            if cell.value is not None:
                ws.cell(cell.row, cell.column).value = cell.value
    workbook.save(target)


def save_as_xls(form: Path, folder: Path, profile: Path) -> Path:
    """Excel's "save as 97-2003" (LibreOffice, when installed, does the converting); the .xlsx otherwise."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return Path(shutil.copy(form, folder))
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "xls",
            "--outdir",
            str(folder),
            str(form),
        ],
        capture_output=True,
        check=True,
        timeout=120,
    )
    return folder / f"{form.stem}.xls"
