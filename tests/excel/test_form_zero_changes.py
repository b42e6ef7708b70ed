"""Zero is a value: a returned form's 0 % (a task not started) or indicator value 0 is not a blank cell."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ipdesk.excel import formspec as spec
from ipdesk.services import Services
from ipdesk.services.exchange import ExchangeService, RowState
from ipdesk.services.exchange.records import RowPreview

PERIOD = "2027Q1"
INDICATOR = "有效注册商标"


@pytest.fixture(autouse=True)
def open_period(demo: Services) -> None:
    demo.periods.open(PERIOD)


def _form(
    exchange: ExchangeService,
    department: int,
    path: Path,
    *,
    percent: int | None = None,
    actual: float | None = None,
) -> Path:
    """The department's form with its first task reported (推进中, the given percent) and the indicator's value."""
    workbook = openpyxl.load_workbook(exchange.export_form(PERIOD, department, path).path)
    ws = workbook[spec.TASK_SHEET]
    ws["G2"] = path.stem  # 联系电话: each file differs, so none is skipped as already imported
    row = next(r for r in range(spec.FORM_HEADER_ROW + 1, ws.max_row + 1) if ws.cell(r, 2).value)
    ws.cell(row, 6).value, ws.cell(row, spec.STATUS_COL).value = "尚未启动", "推进中"
    ws.cell(row, spec.PERCENT_COL).value = percent
    sheet = workbook[spec.INDICATOR_SHEET]
    (row,) = [r for r in range(spec.INDICATOR_HEADER_ROW + 1, sheet.max_row + 1) if sheet.cell(r, 2).value == INDICATOR]
    sheet.cell(row, spec.ACTUAL_COL).value = actual
    workbook.save(path)
    return path


def _row(exchange: ExchangeService, path: Path, sheet: str) -> RowPreview:
    """The previewed first task row, or the indicator's row; the file is then imported."""
    preview = exchange.preview([path])
    rows = [r for r in preview.files[0].rows if r.sheet == sheet]
    row = rows[0] if sheet == spec.TASK_SHEET else next(r for r in rows if r.label == INDICATOR)
    result = exchange.commit(preview)
    assert result.files[0].applied, result.files[0].message
    return row


def _changes(row: RowPreview) -> list[tuple[str, str | None, str | None]]:
    return [(c.field, c.old, c.new) for c in row.changes]


def _percent(demo: Services, department: int) -> int | None:
    return demo.reports.rows(PERIOD, department_id=department)[0].percent


def _actual(demo: Services) -> list[float | None]:
    return [v.value for v in demo.values.list(period_code=PERIOD)]


def test_a_percent_from_blank_to_zero_and_back_is_a_change(
    exchange: ExchangeService, demo: Services, market: int, tmp_path: Path
) -> None:
    assert _row(exchange, _form(exchange, market, tmp_path / "v1.xlsx"), spec.TASK_SHEET).state == RowState.NEW
    assert _percent(demo, market) is None

    row = _row(exchange, _form(exchange, market, tmp_path / "v2.xlsx", percent=0), spec.TASK_SHEET)
    assert (row.state, _changes(row)) == (RowState.CHANGED, [("percent", None, "0")])
    assert _percent(demo, market) == 0

    row = _row(exchange, _form(exchange, market, tmp_path / "v3.xlsx", percent=0), spec.TASK_SHEET)
    assert (row.state, _changes(row)) == (RowState.UNCHANGED, [])

    row = _row(exchange, _form(exchange, market, tmp_path / "v4.xlsx"), spec.TASK_SHEET)
    assert (row.state, _changes(row)) == (RowState.CHANGED, [("percent", "0", None)])
    assert _percent(demo, market) is None


def test_a_new_report_at_zero_percent_shows_its_zero(
    exchange: ExchangeService, demo: Services, market: int, tmp_path: Path
) -> None:
    row = _row(exchange, _form(exchange, market, tmp_path / "v1.xlsx", percent=0), spec.TASK_SHEET)
    assert row.state == RowState.NEW and ("percent", None, "0") in _changes(row)
    assert _percent(demo, market) == 0


def test_an_indicator_value_of_zero_is_written_kept_and_not_cleared_by_a_blank(
    exchange: ExchangeService, demo: Services, market: int, tmp_path: Path
) -> None:
    row = _row(exchange, _form(exchange, market, tmp_path / "v1.xlsx"), spec.INDICATOR_SHEET)
    assert row.state == RowState.BLANK and _actual(demo) == []

    row = _row(exchange, _form(exchange, market, tmp_path / "v2.xlsx", actual=0), spec.INDICATOR_SHEET)
    assert (row.state, _changes(row)) == (RowState.NEW, [("value", None, "0")])
    assert _actual(demo) == [0.0]

    row = _row(exchange, _form(exchange, market, tmp_path / "v3.xlsx", actual=0), spec.INDICATOR_SHEET)
    assert (row.state, _changes(row)) == (RowState.UNCHANGED, [])

    # a blank 本期实际值 is "not written": the 0 on file stays (a value is removed by hand, never by a form)
    row = _row(exchange, _form(exchange, market, tmp_path / "v4.xlsx"), spec.INDICATOR_SHEET)
    assert row.state == RowState.BLANK and _actual(demo) == [0.0]

    row = _row(exchange, _form(exchange, market, tmp_path / "v5.xlsx", actual=3), spec.INDICATOR_SHEET)
    assert (row.state, _changes(row)) == (RowState.CHANGED, [("value", "0", "3")])
    row = _row(exchange, _form(exchange, market, tmp_path / "v6.xlsx", actual=0), spec.INDICATOR_SHEET)
    assert (row.state, _changes(row)) == (RowState.CHANGED, [("value", "3", "0")])
    assert _actual(demo) == [0.0]
