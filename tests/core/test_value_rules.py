"""The rules of the one indicator-value writer (``store_value``) as hand entry meets them."""

from __future__ import annotations

from datetime import date

import pytest

from ipdesk.domain.enums import Source
from ipdesk.errors import ValidationError
from ipdesk.services import Services
from ipdesk.services.values import ValueInfo, ValueInput

PERIOD = "2025Q1"
DAY = date(2025, 4, 3)


@pytest.fixture
def desk(services: Services) -> dict[str, int]:
    city = services.units.create("赤峰市", "city")
    services.units.set_installation(city.id, "赤峰市市场监督管理局")
    tech = services.departments.create("赤峰市科学技术局", unit_id=city.id)
    plan = services.plans.create("行动方案", start_year=2023, end_year=2025, unit_id=city.id)
    level = services.indicators.create(plan.id, "有效注册商标", unit="件", department_ids=[tech.id])
    words = services.indicators.create(plan.id, "满意度", kind="text", department_ids=[tech.id])
    services.periods.open(PERIOD)
    return {"tech": tech.id, "level": level.id, "words": words.id}


def _value(services: Services, indicator: int) -> ValueInfo:
    (value,) = services.values.list(indicator_id=indicator, period_code=PERIOD)
    return value


def test_a_correction_without_a_note_keeps_the_one_on_file(services: Services, desk: dict[str, int]) -> None:
    services.values.save(PERIOD, [ValueInput(desk["level"], 470.0, note="含马德里商标")])
    services.values.save(PERIOD, [ValueInput(desk["level"], 480.0, note="  ")])
    assert (_value(services, desk["level"]).value, _value(services, desk["level"]).note) == (480.0, "含马德里商标")
    services.values.save(PERIOD, [ValueInput(desk["level"], 480.0, note="不含马德里商标")])
    assert _value(services, desk["level"]).note == "不含马德里商标"  # a note given replaces it


def test_a_correction_without_a_department_keeps_the_one_on_file(services: Services, desk: dict[str, int]) -> None:
    """The indicator dialog names no department; correcting a value there does not forget who reported it."""
    services.values.save(PERIOD, [ValueInput(desk["level"], 470.0, department_id=desk["tech"])])
    services.values.save(PERIOD, [ValueInput(desk["level"], 480.0)])
    assert (_value(services, desk["level"]).value, _value(services, desk["level"]).department_id) == (
        480.0,
        desk["tech"],
    )


def test_a_value_comes_in_on_the_day_given_else_today_and_a_correction_keeps_its_day(
    services: Services, desk: dict[str, int]
) -> None:
    services.values.save(PERIOD, [ValueInput(desk["level"], 470.0)])
    assert _value(services, desk["level"]).submitted_on == date.today()
    services.values.save(PERIOD, [ValueInput(desk["level"], 475.0, submitted_on=DAY)])
    assert _value(services, desk["level"]).submitted_on == DAY
    services.values.save(PERIOD, [ValueInput(desk["level"], 480.0)])
    assert (_value(services, desk["level"]).value, _value(services, desk["level"]).submitted_on) == (480.0, DAY)


def test_a_value_dated_in_the_future_is_refused_and_nothing_is_written(
    services: Services, desk: dict[str, int]
) -> None:
    services.values.save(PERIOD, [ValueInput(desk["level"], 470.0, submitted_on=DAY)])
    with pytest.raises(ValidationError, match="2062-04-03"):
        services.values.save(
            PERIOD,
            [ValueInput(desk["words"], "满意"), ValueInput(desk["level"], 480.0, submitted_on=date(2062, 4, 3))],
        )
    assert (_value(services, desk["level"]).value, _value(services, desk["level"]).submitted_on) == (470.0, DAY)
    assert services.values.list(indicator_id=desk["words"], period_code=PERIOD) == []  # one transaction


def test_a_value_saved_unchanged_keeps_its_source(services: Services, desk: dict[str, int]) -> None:
    """Saving what is on file changes nothing: an imported value does not turn into one typed by hand."""
    services.values.save(PERIOD, [ValueInput(desk["level"], 470.0, submitted_on=DAY)], source=Source.IMPORT)
    services.values.save(PERIOD, [ValueInput(desk["level"], "470")])
    assert (_value(services, desk["level"]).source, _value(services, desk["level"]).submitted_on) == ("import", DAY)
    services.values.save(PERIOD, [ValueInput(desk["level"], 471.0)])
    assert _value(services, desk["level"]).source == "manual"


def test_text_values_are_trimmed_and_at_most_200_characters(services: Services, desk: dict[str, int]) -> None:
    services.values.save(PERIOD, [ValueInput(desk["words"], "  较高 ")])
    assert _value(services, desk["words"]).value_text == "较高"
    with pytest.raises(ValidationError, match="200"):
        services.values.save(PERIOD, [ValueInput(desk["words"], "高" * 201)])
