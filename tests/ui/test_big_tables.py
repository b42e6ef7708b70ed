"""100,000 rows: the table models sort and filter inside the model (no proxy) and hand rows to views in batches.

This checks correctness only; ``bench/desk_bench.py`` prints the times.
"""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipdesk.services.departments import DepartmentInfo
from ui.models.department_table import DepartmentColumn, DepartmentTableModel
from ui.models.table import FETCH_BATCH
from ui.widgets import make_table_view

ROWS = 100_000


def departments(count: int = ROWS, seed: int = 3) -> list[DepartmentInfo]:
    rng = random.Random(seed)
    stems = ["市场监督管理局", "科学技术局", "财政局", "公安局", "统计局", "教育局"]
    return [
        DepartmentInfo(
            id=i + 1,
            name=f"第{i:06d}号{stems[i % len(stems)]}",
            short_name=None,
            kind="agency",
            unit_id=None,
            unit_name=f"{rng.randrange(100):02d}县",
            aliases=(),
            contact_person=None,
            phone=f"0471-{rng.randrange(10_000_000):07d}",
            active=i % 10 != 0,
            merged_into_id=None,
        )
        for i in range(count)
    ]


def test_sorting_and_filtering_100000_rows_in_the_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    rows = departments()
    model = DepartmentTableModel()
    model.set_rows(rows)
    assert model.visible_count() == ROWS
    assert model.rowCount() == FETCH_BATCH  # the rest is fetched as a view scrolls

    model.sort(DepartmentColumn.PHONE, Qt.SortOrder.AscendingOrder)
    phones = [r.phone for r in model.rows()]
    assert phones == sorted(r.phone for r in rows)
    model.sort(DepartmentColumn.UNIT, Qt.SortOrder.DescendingOrder)
    units = [r.unit_name for r in model.rows()]
    assert units == sorted(units, reverse=True)

    model.set_filter(lambda d: d.active)
    assert model.visible_count() == sum(1 for r in rows if r.active)
    assert all(r.active for r in model.rows())
    assert [r.unit_name for r in model.rows()] == sorted((r.unit_name for r in rows if r.active), reverse=True)

    model.set_word_filter("统计局 07")
    expected = {r.id for r in rows if "统计局" in r.name and "07" in r.unit_name + (r.phone or "") + r.name}
    assert {r.id for r in model.rows()} == expected and expected

    model.set_filter(None)
    target = rows[-1]
    row = model.row_of_id(target.id)
    assert row is not None and model.record(row) == target
    assert model.rowCount() > row  # fetched up to it

    small = DepartmentTableModel()
    small.set_rows(rows[: FETCH_BATCH + 50])
    qtmodeltester.check(small)
    small.sort(DepartmentColumn.PHONE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(small)


def test_a_view_fetches_more_as_it_scrolls(qtbot: QtBot) -> None:
    model = DepartmentTableModel()
    model.set_rows(departments(3 * FETCH_BATCH))
    view = make_table_view(model)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    assert model.rowCount() == FETCH_BATCH
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > FETCH_BATCH)
    view.sortByColumn(DepartmentColumn.PHONE, Qt.SortOrder.AscendingOrder)
    assert model.index(0, DepartmentColumn.PHONE).data() == min(d.phone or "" for d in model.all_rows())
