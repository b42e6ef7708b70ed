"""The assessment report is named after the plan's own campaign: 强县 for a 旗/县, 强市 for a city."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from ipdesk.domain.campaigns import campaign_of
from ipdesk.domain.enums import Role
from ipdesk.reports.kinds import ReportKind, ReportRequest, build_document
from ipdesk.services import Services
from ipdesk.storage.database import Database
from ipdesk.storage.location import sqlite_url


def test_campaign_of_plans_printed_together() -> None:
    county = ["伊金霍洛旗知识产权强县建设工作方案", "鄂尔多斯市知识产权强市建设实施方案"]
    assert campaign_of(county, "伊金霍洛旗", "county") == "知识产权强县建设"
    assert campaign_of(["伊金霍洛旗知识产权工作要点"], "伊金霍洛旗", "county") == "知识产权强旗建设"
    city = ["关于巴彦淖尔市贯彻落实自治区加快知识产权强区建设的实施意见"]
    assert campaign_of(city, "巴彦淖尔市", "city") == "知识产权强市建设"
    assert campaign_of([], None, None) == "知识产权强市建设"
    # The unit's stored level decides, not its name: a 地区 is a city-level unit whose name ends in 区.
    assert campaign_of(["某地区知识产权工作要点"], "某地区", "city") == "知识产权强市建设"
    assert campaign_of(["内蒙古自治区知识产权工作要点"], "内蒙古自治区", "region") == "知识产权强区建设"


def test_a_unit_named_like_a_county_but_of_city_level_prints_strong_city(tmp_path: Path) -> None:
    """A 地区 (prefecture) is a city-level unit though its name ends in 区: the stored level decides."""
    database = Database.open(sqlite_url(tmp_path / "prefecture.sqlite3"))
    try:
        services = Services(database)
        prefecture = services.units.create("阿里地区", "city")
        services.units.set_installation(prefecture.id, "阿里地区市场监督管理局")
        plan = services.plans.create("阿里地区知识产权工作要点", unit_id=prefecture.id, start_year=2024, end_year=2025)
        office = services.departments.create("地区科学技术局", unit_id=prefecture.id)
        task = services.tasks.create(plan.id, "提升专利质量", number="1")
        services.tasks.assign(task.id, office.id, Role.LEAD.value)
        services.periods.open("2024Q2")
        request = ReportRequest(ReportKind.ASSESSMENT, "2024Q2", today=date(2024, 7, 20))
        assert build_document(services, request).title.endswith("assessment of the IP-strong-city plan")
    finally:
        database.dispose()


def test_a_city_assessment_says_strong_city(demo: Services) -> None:
    request = ReportRequest(ReportKind.ASSESSMENT, "2026Q3", today=date(2026, 11, 21))
    assert build_document(demo, request).title == "Annual assessment of the IP-strong-city plan"


def _county_database(path: Path) -> None:
    database = Database.open(sqlite_url(path))
    services = Services(database)
    region = services.units.create("内蒙古自治区", "region")
    city = services.units.create("鄂尔多斯市", "city", parent_id=region.id)
    county = services.units.create("伊金霍洛旗", "county", parent_id=city.id)
    assert services.units.set_installation(county.id, "伊金霍洛旗市场监督管理局").unit_level == "county"
    assert services.units.installation().unit_level == "county"
    plan = services.plans.create(
        "伊金霍洛旗知识产权强县建设工作方案", unit_id=county.id, start_year=2024, end_year=2027
    )
    science = services.departments.create("伊金霍洛旗科学技术局", unit_id=county.id)
    task = services.tasks.create(plan.id, "提升专利质量", number="1")
    services.tasks.assign(task.id, science.id, Role.LEAD.value)
    services.periods.open("2024Q2")
    database.dispose()


def test_a_county_assessment_says_strong_county(tmp_path: Path) -> None:
    db = tmp_path / "county.sqlite3"
    _county_database(db)
    database = Database.open(sqlite_url(db))
    try:
        request = ReportRequest(ReportKind.ASSESSMENT, "2024Q2", today=date(2024, 7, 20))
        document = build_document(Services(database), request)
        assert document.title == "Annual assessment of the IP-strong-county plan"
        assert "city" not in document.title
    finally:
        database.dispose()
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    pdf = tmp_path / "assessment.pdf"
    env = {**os.environ, "IPDESK_LANG": "zh_CN"}
    command = ["report", "assessment", "--period", "2024Q2", "--today", "2024-07-20", "--pdf", str(pdf)]
    result = subprocess.run(
        [sys.executable, "-m", "ipdesk", "--db", str(db), *command],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "知识产权强县建设年度评估报告" in "".join(text.split()) and "强市" not in text
