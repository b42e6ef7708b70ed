"""`ipdesk unit add|list|use`: a new installation names its region, city and 旗 from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_support import run


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "units.sqlite3")
    assert run(capsys, "--db", path, "init")[0] == 0
    return path


def test_units_added_listed_and_chosen(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", db, "unit", "list")
    assert code == 0 and "No administrative units yet" in out
    assert run(capsys, "--db", db, "unit", "add", "内蒙古自治区", "--level", "region")[0] == 0
    assert run(capsys, "--db", db, "unit", "add", "鄂尔多斯市", "--level", "city", "--parent", "内蒙古自治区")[0] == 0
    code, out, _ = run(capsys, "--db", db, "unit", "add", "伊金霍洛旗", "--level", "county", "--parent", "鄂尔多斯市")
    assert code == 0 and "伊金霍洛旗" in out and "number 3" in out
    code, out, _ = run(capsys, "--db", db, "unit", "use", "伊金霍洛旗", "--office", "伊金霍洛旗市场监督管理局")
    assert code == 0 and "伊金霍洛旗市场监督管理局" in out

    code, out, _ = run(capsys, "--db", db, "unit", "list", "--json")
    listed = json.loads(out)
    assert [(u["name"], u["level"], u["parent_id"]) for u in listed["units"]] == [
        ("内蒙古自治区", "region", None),
        ("鄂尔多斯市", "city", 1),
        ("伊金霍洛旗", "county", 2),
    ]
    office = "伊金霍洛旗市场监督管理局"
    assert listed["installation"] == {"unit_id": 3, "unit_name": "伊金霍洛旗", "office_name": office}
    code, out, _ = run(capsys, "--db", db, "unit", "list")
    assert code == 0 and out.splitlines()[2].startswith("*") and "伊金霍洛旗" in out.splitlines()[2]

    # Choosing again by number without --office keeps the office's name.
    assert run(capsys, "--db", db, "unit", "use", "3")[0] == 0
    listed = json.loads(run(capsys, "--db", db, "unit", "list", "--json")[1])
    assert listed["installation"]["office_name"] == "伊金霍洛旗市场监督管理局"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("add", "东胜区", "--level", "county", "--parent", "包头市"), 'No administrative unit is called "包头市"'),
        (("add", "伊金霍洛旗", "--level", "county", "--parent", "鄂尔多斯市"), "already exists"),
        (("add", "东胜区", "--level", "town", "--parent", "鄂尔多斯市"), '"town" is not a valid'),
        (("add", "包头市", "--level", "region", "--parent", "内蒙古自治区"), "cannot sit under"),
        (("add", "  ", "--level", "county"), "Unit name"),
        (("add", "东胜区", "--level", "county", "--code", "150627"), "The code 150627 already belongs to 伊金霍洛旗."),
        (("use", "达拉特旗"), 'No administrative unit is called "达拉特旗"'),
    ],
)
def test_bad_input_is_refused_in_one_line(
    db: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    for unit in (
        ("内蒙古自治区", "--level", "region"),
        ("鄂尔多斯市", "--level", "city", "--parent", "内蒙古自治区"),
        ("伊金霍洛旗", "--level", "county", "--parent", "鄂尔多斯市", "--code", "150627"),
    ):
        assert run(capsys, "--db", db, "unit", "add", *unit)[0] == 0
    code, out, err = run(capsys, "--db", db, "unit", *args)
    assert code != 0 and not out
    assert err.startswith("ipdesk: ") and err.count("\n") == 1 and message in err
    assert len(json.loads(run(capsys, "--db", db, "unit", "list", "--json")[1])["units"]) == 3  # nothing added


def test_a_name_used_twice_asks_for_the_number(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", db, "unit", "add", "鄂尔多斯市", "--level", "city")[0] == 0
    assert run(capsys, "--db", db, "unit", "add", "城区", "--level", "county", "--parent", "鄂尔多斯市")[0] == 0
    assert run(capsys, "--db", db, "unit", "add", "包头市", "--level", "city")[0] == 0
    assert run(capsys, "--db", db, "unit", "add", "城区", "--level", "county", "--parent", "包头市")[0] == 0
    code, _, err = run(capsys, "--db", db, "unit", "use", "城区")
    assert code != 0 and "give the number: 2 城区; 4 城区" in err
    assert run(capsys, "--db", db, "unit", "use", "4")[0] == 0
