"""How an imported form writes indicator values: the import's own rules, and the same result as hand entry.

A returned form's 指标完成情况 sheet and the entry grid both end in one writer (``store_value``); these tests
pin what an import writes and check, field by field and audit entry by audit entry, that a value corrected
by a form ends up exactly like the same correction typed by hand.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from form_imports import AuditLine, audit_trail, import_file, last_audit_id
from sqlalchemy import select

from ipdesk.excel import formspec as spec
from ipdesk.services import Services
from ipdesk.services.exchange import ExchangeService, RowState
from ipdesk.services.values import ValueInfo, ValueInput
from ipdesk.storage.models import AuditEntry, IndicatorValue

PERIOD = "2027Q1"
FIRST_DAY = date(2026, 10, 8)  # the first submission: a day that is neither today nor in the future
BY_FORM, BY_HAND = "有效注册商标", "地理标志证明商标"  # two of 赤峰市市场监督管理局's indicators

Cell = tuple[float | str | None, str | None]  # 本期实际值, 备注


@pytest.fixture(autouse=True)
def open_period(demo: Services) -> None:
    demo.periods.open(PERIOD)


def _indicator(demo: Services, department: int, name: str) -> int:
    return next(e.indicator_id for e in demo.entry.indicators(PERIOD, department) if e.name == name)


def _form(
    exchange: ExchangeService, department: int, path: Path, cells: dict[str, Cell], *, submitted: str | None
) -> Path:
    """Export the department's form and fill in the named indicators' rows (the task rows stay blank)."""
    workbook = openpyxl.load_workbook(exchange.export_form(PERIOD, department, path).path)
    workbook[spec.TASK_SHEET]["I2"] = submitted
    ws = workbook[spec.INDICATOR_SHEET]
    for name, (actual, note) in cells.items():
        (row,) = [r for r in range(spec.INDICATOR_HEADER_ROW + 1, ws.max_row + 1) if ws.cell(r, 2).value == name]
        ws.cell(row, spec.ACTUAL_COL).value = actual
        ws.cell(row, spec.ACTUAL_COL + 1).value = note
    workbook.save(path)
    return path


def _first_form(exchange: ExchangeService, department: int, tmp_path: Path) -> int:
    """Import the first value (120, with a note, dated FIRST_DAY); returns its batch."""
    path = _form(
        exchange, department, tmp_path / "v1.xlsx", {BY_FORM: (120, "含马德里商标")}, submitted=FIRST_DAY.isoformat()
    )
    return import_file(exchange, path)


def _value(demo: Services, indicator: int) -> ValueInfo:
    (value,) = [v for v in demo.values.list(indicator_id=indicator, period_code=PERIOD)]
    return value


def _content(value: ValueInfo) -> tuple[object, ...]:
    return (value.value, value.value_text, value.unit_id, value.department_id, value.submitted_on, value.note)


def _tags(demo: Services, value_id: int) -> tuple[str, int | None]:
    with demo.database.reading() as session:
        row = session.get(IndicatorValue, value_id)
        assert row is not None
        return row.source, row.batch_id


def _audit(demo: Services, value_id: int, after: int = 0) -> list[AuditLine]:
    return audit_trail(demo.database, IndicatorValue.__tablename__, value_id, after)


# -- what an import writes (kept as it was) ----------------------------------------------------------------


def test_a_new_value_from_a_form_takes_its_cells_department_date_and_batch(
    exchange: ExchangeService, demo: Services, market: int, tmp_path: Path
) -> None:
    batch = _first_form(exchange, market, tmp_path)
    value = _value(demo, _indicator(demo, market, BY_FORM))
    assert (value.value, value.value_text, value.department_id, value.submitted_on, value.note) == (
        120.0,
        None,
        market,
        FIRST_DAY,
        "含马德里商标",
    )
    assert _tags(demo, value.id) == ("import", batch)
    with demo.database.reading() as session:
        entry = session.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == IndicatorValue.__tablename__, AuditEntry.row_key == str(value.id)
            )
        ).one()
        assert (entry.action, entry.source, entry.batch_id) == ("insert", "import", batch)
    assert [v.indicator_id for v in demo.values.list(period_code=PERIOD)] == [value.indicator_id]  # blanks: nothing
    exchange.undo(batch)
    assert demo.values.list(period_code=PERIOD) == []


def test_a_new_value_without_a_date_is_dated_today(
    exchange: ExchangeService, demo: Services, market: int, tmp_path: Path
) -> None:
    import_file(exchange, _form(exchange, market, tmp_path / "v1.xlsx", {BY_FORM: ("1,234", None)}, submitted=None))
    value = _value(demo, _indicator(demo, market, BY_FORM))
    assert (value.value, value.submitted_on, value.note) == (1234.0, date.today(), None)


def test_a_correction_by_form_keeps_a_note_left_blank_and_undo_brings_back_every_field(
    exchange: ExchangeService, demo: Services, market: int, tmp_path: Path
) -> None:
    _first_form(exchange, market, tmp_path)
    indicator = _indicator(demo, market, BY_FORM)
    first = _content(_value(demo, indicator))
    v2 = _form(exchange, market, tmp_path / "v2.xlsx", {BY_FORM: (130, None)}, submitted="2026-11-02")
    preview = exchange.preview([v2])
    (row,) = [r for r in preview.files[0].rows if r.sheet == spec.INDICATOR_SHEET and r.state != RowState.BLANK]
    assert (row.state, [(c.field, c.old, c.new) for c in row.changes]) == (
        RowState.CHANGED,
        [("value", "120", "130")],
    )
    second = exchange.commit(preview).batch_ids[0]
    value = _value(demo, indicator)
    assert (value.value, value.submitted_on, value.note) == (130.0, date(2026, 11, 2), "含马德里商标")
    assert _tags(demo, value.id) == ("import", second)
    exchange.undo(second)
    assert _content(_value(demo, indicator)) == first


def test_a_note_written_in_a_form_replaces_the_one_on_file(
    exchange: ExchangeService, demo: Services, market: int, tmp_path: Path
) -> None:
    _first_form(exchange, market, tmp_path)
    v2 = _form(exchange, market, tmp_path / "v2.xlsx", {BY_FORM: (120, "不含马德里商标")}, submitted=None)
    import_file(exchange, v2)
    assert _value(demo, _indicator(demo, market, BY_FORM)).note == "不含马德里商标"


def test_a_value_typed_by_hand_is_kept_unless_the_clerk_overwrites_it(
    exchange: ExchangeService, demo: Services, market: int, tmp_path: Path
) -> None:
    indicator = _indicator(demo, market, BY_FORM)
    demo.values.save(PERIOD, [ValueInput(indicator, 118.0, department_id=market)])
    path = _form(exchange, market, tmp_path / "v1.xlsx", {BY_FORM: (120, None)}, submitted=None)
    result = exchange.commit(exchange.preview([path]))
    assert result.files[0].kept == 1 and _value(demo, indicator).value == 118.0


def test_a_text_indicator_takes_a_number_written_in_its_cell_as_text(
    exchange: ExchangeService, demo: Services, market: int, tmp_path: Path
) -> None:
    indicator = _text_indicator(demo, market)
    import_file(
        exchange, _form(exchange, market, tmp_path / "v1.xlsx", {"知识产权保护满意度": (85, None)}, submitted=None)
    )
    value = _value(demo, indicator)
    assert (value.value, value.value_text) == (None, "85")


def _text_indicator(demo: Services, department: int) -> int:
    plan = demo.indicators.get(_indicator(demo, department, BY_FORM)).plan_id
    created = demo.indicators.create(plan, "知识产权保护满意度", kind="text", department_ids=[department])
    return created.id


# -- where the import now follows hand entry's rules ---------------------------------------------------------


def test_a_correction_by_form_without_a_date_keeps_its_day(
    exchange: ExchangeService, demo: Services, market: int, tmp_path: Path
) -> None:
    _first_form(exchange, market, tmp_path)
    import_file(exchange, _form(exchange, market, tmp_path / "v2.xlsx", {BY_FORM: (130, None)}, submitted=None))
    value = _value(demo, _indicator(demo, market, BY_FORM))
    assert (value.value, value.submitted_on) == (130.0, FIRST_DAY)  # a correction is not a new submission


def test_a_text_value_too_long_for_the_database_is_rejected_by_its_row(
    exchange: ExchangeService, demo: Services, market: int, tmp_path: Path
) -> None:
    """Typed text is at most 200 characters; a form's longer cell is listed as a problem, the rest goes in."""
    indicator = _text_indicator(demo, market)
    long_text = "满意" * 101
    path = _form(
        exchange,
        market,
        tmp_path / "v1.xlsx",
        {"知识产权保护满意度": (long_text, None), BY_FORM: (5, None)},
        submitted=None,
    )
    preview = exchange.preview([path])
    file = preview.files[0]
    assert file.count(RowState.INVALID) == 1 and file.count(RowState.NEW) == 1
    (problem,) = file.problems
    assert (problem.sheet, problem.column, problem.value) == (spec.INDICATOR_SHEET, "E", long_text)
    assert "200" in problem.message
    exchange.commit(preview)
    assert demo.values.list(indicator_id=indicator) == []
    assert _value(demo, _indicator(demo, market, BY_FORM)).value == 5.0


# -- the same correction, by form and by hand ------------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "submitted"),
    [(None, None), ("按新口径统计", None), (None, "2026-11-02"), ("按新口径统计", "2026-11-02")],
    ids=["blank-note-no-date", "note-no-date", "blank-note-dated", "note-dated"],
)
def test_a_correction_by_form_is_written_exactly_as_by_hand(
    exchange: ExchangeService,
    demo: Services,
    market: int,
    tmp_path: Path,
    note: str | None,
    submitted: str | None,
) -> None:
    """One indicator gets its values from forms, another the same ones typed by hand: same rows, same audit."""
    by_form, by_hand = _indicator(demo, market, BY_FORM), _indicator(demo, market, BY_HAND)
    _first_form(exchange, market, tmp_path)
    unit = _value(demo, by_form).unit_id
    demo.values.save(PERIOD, [ValueInput(by_hand, 120.0, unit, market, FIRST_DAY, "含马德里商标")])
    form_value, hand_value = _value(demo, by_form), _value(demo, by_hand)
    assert _content(form_value) == _content(hand_value)

    before = last_audit_id(demo.database)
    v2 = _form(exchange, market, tmp_path / "v2.xlsx", {BY_FORM: (130, note)}, submitted=submitted)
    batch = import_file(exchange, v2)
    day = date.fromisoformat(submitted) if submitted else None
    demo.values.save(PERIOD, [ValueInput(by_hand, 130.0, unit, market, day, note)])

    form_value, hand_value = _value(demo, by_form), _value(demo, by_hand)
    assert _content(form_value) == _content(hand_value)
    assert _content(form_value) == (130.0, None, unit, market, day or FIRST_DAY, note or "含马德里商标")
    form_audit = [e for e in _audit(demo, form_value.id, before) if e[1] not in ("source", "batch_id")]
    assert form_audit == _audit(demo, hand_value.id, before)
    assert [e[3] for e in _audit(demo, form_value.id, before) if e[1] == "batch_id"] == [str(batch)]
