"""The clerk's quarter shared by the end-to-end tests (command line and window): one 旗 under 鄂尔多斯市, a
small plan, five registered departments, and departments filling in their returned forms."""

from __future__ import annotations

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
到2025年，全旗有效发明专利拥有量达到300件。

二、重点任务
（一）加强知识产权创造
1.提升专利质量。实施高价值专利培育计划，支持企业开展专利布局。（旗科技局牵头，旗财政局配合）
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
}
JUSTICE = "伊金霍洛旗司法局"  # not in the registry: the clerk creates it while reviewing the plan


def set_up_installation(services: Services) -> int:
    """Step 1: the region, the city and the 旗 this installation works for, with its registered departments."""
    region = services.units.create("内蒙古自治区", "region")
    city = services.units.create("鄂尔多斯市", "city", parent_id=region.id)
    county = services.units.create("伊金霍洛旗", "county", parent_id=city.id)
    services.units.set_installation(county.id, "伊金霍洛旗市场监督管理局")
    for short, name in DEPARTMENTS.items():
        services.departments.create(name, short_name=short, unit_id=county.id)
    return county.id


def fill(form: Path, rows: dict[str, tuple[Any, Any]], submitted: date | None, target: Path | None = None) -> None:
    """A department fills in its form: per task number a status and a percent, with a line of progress."""
    workbook = openpyxl.load_workbook(form)
    ws = workbook[spec.TASK_SHEET]
    ws["E2"], ws["G2"], ws["I2"] = "张三", "0477-1234567", submitted
    for row in range(spec.FORM_HEADER_ROW + 1, ws.max_row + 1):
        number = str(ws.cell(row, 1).value or "")
        if number in rows:
            ws.cell(row, 6).value = f"第{number}项任务本季度已召开推进会，完成阶段性工作。"
            ws.cell(row, spec.STATUS_COL).value, ws.cell(row, spec.PERCENT_COL).value = rows[number]
    workbook.save(target or form)
