"""`ipdesk indicator list|assign`: the department responsible for an indicator the plan gave to nobody."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipdesk.services import Services
from ipdesk.storage.database import Database
from ipdesk.storage.location import sqlite_url
from tests.cli_support import run


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A plan with one indicator (baseline 200 in 2023, 300 by 2025) and nobody responsible for it."""
    path = tmp_path / "indicators.sqlite3"
    database = Database.open(sqlite_url(path))
    try:
        services = Services(database)
        services.departments.create("伊金霍洛旗科学技术局", short_name="旗科技局")
        services.departments.create("伊金霍洛旗财政局", short_name="旗财政局")
        plan = services.plans.create("伊金霍洛旗知识产权强县建设工作方案")
        services.indicators.create(
            plan.id, "有效发明专利拥有量", unit="件", baseline_year=2023, baseline_value=200, targets={2025: 300}
        )
    finally:
        database.dispose()
    return str(path)


def test_an_indicator_is_given_a_department(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", db, "indicator", "list")
    assert code == 0 and "有效发明专利拥有量（件）  200（2023） → 2025: 300  (nobody responsible)" in out
    code, out, _ = run(capsys, "--db", db, "indicator", "assign", "有效发明专利拥有量", "旗科技局")
    assert code == 0 and "旗科技局 responsible for 有效发明专利拥有量" in out
    (listed,) = json.loads(run(capsys, "--db", db, "indicator", "list", "--json")[1])
    assert (listed["name"], listed["baseline"], listed["targets"]) == (
        "有效发明专利拥有量",
        {"year": 2023, "value": 200.0},
        {"2025": 300.0},
    )
    assert [(d["name"], d["role"]) for d in listed["departments"]] == [("旗科技局", "responsible")]
    # By number, with a role.
    assert (
        run(capsys, "--db", db, "indicator", "assign", str(listed["id"]), "伊金霍洛旗财政局", "--role", "support")[0]
        == 0
    )
    (listed,) = json.loads(run(capsys, "--db", db, "indicator", "list", "--json")[1])
    assert [(d["name"], d["role"]) for d in listed["departments"]] == [
        ("旗科技局", "responsible"),
        ("旗财政局", "support"),
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("专利", "旗科技局"), 'No indicator is called "专利"'),
        (("有效发明专利拥有量", "旗教育局"), 'No single department is called "旗教育局"'),
        (("有效发明专利拥有量", "旗科技局"), "already responsible"),
        (("有效发明专利拥有量", "旗财政局", "--role", "boss"), '"boss" is not a valid'),
    ],
)
def test_bad_input_is_refused_in_one_line(
    db: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    assert run(capsys, "--db", db, "indicator", "assign", "有效发明专利拥有量", "旗科技局")[0] == 0
    code, out, err = run(capsys, "--db", db, "indicator", "assign", *args)
    assert code != 0 and not out
    assert err.startswith("ipdesk: ") and err.count("\n") == 1 and message in err
    (listed,) = json.loads(run(capsys, "--db", db, "indicator", "list", "--json")[1])
    assert [d["name"] for d in listed["departments"]] == ["旗科技局"]  # nothing else linked
