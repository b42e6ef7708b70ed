"""`ipdesk department add|list`: the 旗's departments registered from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_support import quarter_setup, run


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """An installation working for 伊金霍洛旗 (number 3), under 鄂尔多斯市 (2)."""
    path = str(tmp_path / "departments.sqlite3")
    for args in quarter_setup():
        assert run(capsys, "--db", path, *args)[0] == 0
    return path


def listed(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> list[dict[str, object]]:
    code, out, _ = run(capsys, "--db", db, "department", "list", "--json", *args)
    assert code == 0
    return list(json.loads(out))


def test_departments_added_and_listed(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", db, "department", "list")
    assert code == 0 and "No departments yet" in out

    code, out, _ = run(capsys, "--db", db, "department", "add", "伊金霍洛旗科学技术局", "--short", "旗科技局")
    assert (
        code == 0 and out == "Added department 伊金霍洛旗科学技术局 (short name 旗科技局, unit 伊金霍洛旗, number 1).\n"
    )
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "department",
        "add",
        "鄂尔多斯市科学技术局",
        "--unit",
        "鄂尔多斯市",
        "--short",
        "市科技局",
        "--alias",
        "市科技",
        "--contact",
        "李四",
        "--phone",
        "0477-7654321",
        "--json",
    )
    assert code == 0
    assert json.loads(out) == {
        "id": 2,
        "name": "鄂尔多斯市科学技术局",
        "short_name": "市科技局",
        "kind": "agency",
        "unit_id": 2,
        "unit_name": "鄂尔多斯市",
        "aliases": ["市科技"],
        "contact_person": "李四",
        "phone": "0477-7654321",
        "active": True,
        "merged_into_id": None,
    }
    assert run(capsys, "--db", db, "department", "add", "各旗县区人民政府", "--no-unit", "--kind", "Collective")[0] == 0

    everyone = listed(capsys, db)
    assert [(d["name"], d["unit_id"], d["kind"]) for d in everyone] == [
        ("伊金霍洛旗科学技术局", 3, "agency"),  # this installation's unit unless another is named
        ("鄂尔多斯市科学技术局", 2, "agency"),
        ("各旗县区人民政府", None, "collective"),
    ]
    assert [d["name"] for d in listed(capsys, db, "--unit", "伊金霍洛旗")] == ["伊金霍洛旗科学技术局"]
    assert [d["name"] for d in listed(capsys, db, "--unit", "2")] == ["鄂尔多斯市科学技术局"]
    code, out, _ = run(capsys, "--db", db, "department", "list")
    assert code == 0 and "旗科技局" in out.splitlines()[0] and "市科技局、市科技" in out.splitlines()[1]

    # The same name in another unit is another department.
    assert run(capsys, "--db", db, "department", "add", "伊金霍洛旗科学技术局", "--unit", "鄂尔多斯市")[0] == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("伊金霍洛旗科学技术局",), "A department named 伊金霍洛旗科学技术局 already exists."),
        (("  ",), "Department name must not be empty."),
        (("伊金霍洛旗公安局", "--unit", "包头市"), 'No administrative unit is called "包头市"'),
        (("伊金霍洛旗公安局", "--kind", "bureau"), '"bureau" is not a valid Department kind'),
        (("伊金霍洛旗公安局", "--alias", "旗科技局"), '"旗科技局" already names 伊金霍洛旗科学技术局'),
    ],
)
def test_bad_input_is_refused_in_one_line(
    db: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    assert run(capsys, "--db", db, "department", "add", "伊金霍洛旗科学技术局", "--short", "旗科技局")[0] == 0
    code, out, err = run(capsys, "--db", db, "department", "add", *args)
    assert code == 1 and not out
    assert err.startswith("ipdesk: ") and err.count("\n") == 1 and message in err
    assert len(listed(capsys, db)) == 1  # nothing added


def test_list_of_an_unknown_unit_is_refused(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", db, "department", "list", "--unit", "包头市")
    assert code == 1 and not out and 'No administrative unit is called "包头市"' in err
