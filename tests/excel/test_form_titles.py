"""Form and 任务分工表 titles follow the plan: a 旗/县 plan's forms say 强县 (强旗), a city's 强市."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ipdesk.domain.campaigns import campaign_name
from ipdesk.domain.enums import Role
from ipdesk.excel import formspec as spec
from ipdesk.services import Services
from ipdesk.services.exchange import ExchangeService

PERIOD = "2024Q2"


@pytest.mark.parametrize(
    ("title", "level", "unit", "expected"),
    [
        ("伊金霍洛旗知识产权强县建设工作方案", "county", "伊金霍洛旗", "知识产权强县建设"),  # the title names it
        ("伊金霍洛旗知识产权工作要点", "county", "伊金霍洛旗", "知识产权强旗建设"),  # the unit is a 旗
        ("达拉特旗知识产权保护工作方案", "county", "某县", "知识产权强县建设"),
        ("赤峰市全面推进知识产权强市建设行动方案", "city", "赤峰市", "知识产权强市建设"),
        # The 强区 of the region the city follows is not the city's own campaign.
        ("关于巴彦淖尔市贯彻落实自治区加快知识产权强区建设的实施意见", "city", "巴彦淖尔市", "知识产权强市建设"),
        # A document quoted in 《》 names someone else's campaign.
        ("贯彻落实《知识产权强国建设纲要(2021—2035年)》实施方案", "region", "内蒙古自治区", "知识产权强区建设"),
        ("某县知识产权强县建设方案", None, None, "知识产权强县建设"),  # no unit: the title alone
        ("知识产权工作要点", None, None, "知识产权强市建设"),  # nothing known: as before
    ],
)
def test_campaign_follows_the_plan_title_then_its_unit(
    title: str, level: str | None, unit: str | None, expected: str
) -> None:
    assert campaign_name(title, level, unit) == expected


def _county_and_city(services: Services) -> dict[str, int]:
    region = services.units.create("内蒙古自治区", "region")
    city = services.units.create("鄂尔多斯市", "city", parent_id=region.id)
    county = services.units.create("伊金霍洛旗", "county", parent_id=city.id)
    services.units.set_installation(county.id, "伊金霍洛旗市场监督管理局")
    county_plan = services.plans.create("伊金霍洛旗知识产权强县建设工作方案", unit_id=county.id)
    city_plan = services.plans.create("鄂尔多斯市“十四五”知识产权保护和运用规划", unit_id=city.id)
    science = services.departments.create("伊金霍洛旗科学技术局", unit_id=county.id)
    bureau = services.departments.create("鄂尔多斯市市场监督管理局", unit_id=city.id)
    county_task = services.tasks.create(county_plan.id, "提升专利质量", number="1")
    city_task = services.tasks.create(city_plan.id, "加强行政执法", number="1")
    services.tasks.assign(county_task.id, science.id, Role.LEAD.value)
    services.tasks.assign(city_task.id, bureau.id, Role.LEAD.value)
    services.periods.open(PERIOD)
    return {"county_plan": county_plan.id, "city_plan": city_plan.id, "science": science.id, "bureau": bureau.id}


def _title(path: Path, sheet: str) -> str:
    return str(openpyxl.load_workbook(path)[sheet]["A1"].value)


def test_forms_of_a_county_plan_say_strong_county_and_of_a_city_plan_strong_city(
    services: Services, tmp_path: Path
) -> None:
    ids = _county_and_city(services)
    exchange = ExchangeService(services.database, isolate=False)
    county = exchange.export_form(PERIOD, ids["science"], tmp_path / "county.xlsx").path
    assert _title(county, spec.TASK_SHEET) == "伊金霍洛旗科学技术局2024年第二季度知识产权强县建设重点任务进展情况表"
    city = exchange.export_form(PERIOD, ids["bureau"], tmp_path / "city.xlsx").path
    assert _title(city, spec.TASK_SHEET) == "鄂尔多斯市市场监督管理局2024年第二季度知识产权强市建设重点任务进展情况表"
    # The returned county form is still recognised by its headings when retyped without the identity sheet.
    workbook = openpyxl.load_workbook(county)
    del workbook[spec.IDENTITY_SHEET]
    workbook.save(county)
    preview = exchange.preview([county])
    assert preview.files[0].department_id == ids["science"] and preview.files[0].period == PERIOD


def test_the_assignment_table_follows_the_plan_title(services: Services, tmp_path: Path) -> None:
    ids = _county_and_city(services)
    exchange = ExchangeService(services.database, isolate=False)
    table = exchange.export_assignment_table(ids["county_plan"], tmp_path / "fg.xlsx").path
    title = _title(table, spec.TABLE_SHEET)
    assert title == "《伊金霍洛旗知识产权强县建设工作方案》任务分工表" and "强市" not in title
