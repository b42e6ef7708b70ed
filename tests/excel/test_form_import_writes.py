"""How an imported form writes task reports: the import's own rules, and the same result as hand entry.

A returned form and the entry grid both end in one writer (``store_reports``); these tests pin what an
import writes and check, field by field and audit entry by audit entry, that a report corrected by a form
ends up exactly like the same correction typed by hand.
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
from ipdesk.services.reports import ReportInput, ReportRow
from ipdesk.storage.models import AuditEntry, ReportingPeriod, TaskReport

PERIOD = "2027Q1"
FIRST_DAY = date(2026, 10, 8)  # the first submission: a day that is neither today nor in the future

Answer = tuple[str | None, int | None, str | None, str | None, str | None]  # status, percent, progress, problems, next
FIRST: Answer = ("推进中", 40, "已启动", "资金不足", "继续推进")
FIRST_STORED = ("in_progress", 40, "已启动", "资金不足", "继续推进", "王五", FIRST_DAY)  # as :func:`_content` gives it


@pytest.fixture(autouse=True)
def open_period(demo: Services) -> None:
    demo.periods.open(PERIOD)


@pytest.fixture
def science(demo: Services) -> int:
    return next(d.id for d in demo.departments.list() if d.name == "赤峰市市场监督管理局")


def _form(
    exchange: ExchangeService,
    department: int,
    path: Path,
    answers: list[Answer],
    *,
    reporter: str | None,
    submitted: str | None,
) -> Path:
    """Export the department's form and fill its first rows (the rest stay blank, so are not imported)."""
    workbook = openpyxl.load_workbook(exchange.export_form(PERIOD, department, path).path)
    ws = workbook[spec.TASK_SHEET]
    ws["E2"], ws["I2"] = reporter, submitted
    rows = [r for r in range(spec.FORM_HEADER_ROW + 1, ws.max_row + 1) if ws.cell(r, 2).value and ws.cell(r, 4).value]
    for row, (status, percent, progress, problems, next_steps) in zip(rows, answers, strict=False):
        ws.cell(row, 6).value = progress
        ws.cell(row, 7).value = status
        ws.cell(row, 8).value = percent
        ws.cell(row, 9).value = problems
        ws.cell(row, 10).value = next_steps
    workbook.save(path)
    return path


def _first_form(exchange: ExchangeService, department: int, tmp_path: Path) -> int:
    """Import the first task's first report (by 王五, dated FIRST_DAY); returns its batch."""
    path = _form(exchange, department, tmp_path / "v1.xlsx", [FIRST], reporter="王五", submitted=FIRST_DAY.isoformat())
    return import_file(exchange, path)


def _rows(demo: Services, department: int) -> list[ReportRow]:
    return demo.reports.rows(PERIOD, department_id=department)


def _content(row: ReportRow) -> tuple[object, ...]:
    return (row.status, row.percent, row.progress, row.problems, row.next_steps, row.reporter, row.submitted_on)


def _report(demo: Services, assignment_id: int) -> tuple[int, str, int | None]:
    with demo.database.reading() as session:
        report = session.scalars(
            select(TaskReport)
            .join(ReportingPeriod)
            .where(TaskReport.assignment_id == assignment_id, ReportingPeriod.code == PERIOD)
        ).one()
        return report.id, report.source, report.batch_id


def _audit(demo: Services, report_id: int, after: int = 0) -> list[AuditLine]:
    return audit_trail(demo.database, TaskReport.__tablename__, report_id, after)


# -- what an import writes (kept as it was) ----------------------------------------------------------------


def test_a_new_report_from_a_form_takes_its_cells_header_and_batch(
    exchange: ExchangeService, demo: Services, science: int, tmp_path: Path
) -> None:
    batch = _first_form(exchange, science, tmp_path)
    first = _rows(demo, science)[0]
    assert _content(first) == FIRST_STORED
    report_id, source, batch_id = _report(demo, first.assignment_id)
    assert (source, batch_id) == ("import", batch)
    with demo.database.reading() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "task_reports", AuditEntry.row_key == str(report_id))
        ).one()
        assert (entry.action, entry.source, entry.batch_id) == ("insert", "import", batch)
    assert all(r.report_id is None for r in _rows(demo, science)[1:])  # blank rows write nothing


def test_a_new_report_without_a_date_is_dated_today(
    exchange: ExchangeService, demo: Services, science: int, tmp_path: Path
) -> None:
    path = _form(
        exchange, science, tmp_path / "v1.xlsx", [("推进中", 40, "已启动", None, None)], reporter=None, submitted=None
    )
    import_file(exchange, path)
    first = _rows(demo, science)[0]
    assert (first.reporter, first.submitted_on) == (None, date.today())


def test_a_date_still_to_come_is_a_warning_and_left_out(
    exchange: ExchangeService, demo: Services, science: int, tmp_path: Path
) -> None:
    """Hand entry refuses a future 填报日期; a form's (a typo like 2062) is named and written as no date."""
    _first_form(exchange, science, tmp_path)
    correction: Answer = ("推进中", 60, "已过半", None, None)
    v2 = _form(exchange, science, tmp_path / "v2.xlsx", [correction], reporter=None, submitted="2062-11-02")
    preview = exchange.preview([v2])
    [problem] = [p for p in preview.files[0].problems if p.heading == "填报日期"]
    assert (problem.severity, problem.value, problem.sheet, problem.row, problem.column) == (
        "warning",
        "2062-11-02",
        spec.TASK_SHEET,
        2,
        "I",  # the cell it was read from: highlighted in the workbook sent back
    )
    assert "2062-11-02" in problem.message
    sent_back = openpyxl.load_workbook(exchange.export_problems(preview, 0, tmp_path / "back.xlsx"))
    assert sent_back[spec.TASK_SHEET]["I2"].comment is not None
    exchange.commit(preview)
    assert _rows(demo, science)[0].submitted_on == FIRST_DAY  # the correction kept its day
    fresh = _form(
        exchange,
        science,
        tmp_path / "v3.xlsx",
        [("推进中", 70, "过七成", None, None)] * 2,
        reporter=None,
        submitted="2062-11-02",
    )
    exchange.commit(exchange.preview([fresh]))
    assert _rows(demo, science)[1].submitted_on == date.today()  # a new report is today's


def test_a_correction_by_form_keeps_the_reporter_left_blank_and_takes_a_date_given(
    exchange: ExchangeService, demo: Services, science: int, tmp_path: Path
) -> None:
    _first_form(exchange, science, tmp_path)
    correction: Answer = ("推进中", 60, "已过半", None, "继续推进")
    v2 = _form(exchange, science, tmp_path / "v2.xlsx", [correction], reporter=None, submitted="2026-11-02")
    preview = exchange.preview([v2])
    changes = {(c.field, c.old, c.new) for c in preview.files[0].rows[0].changes}
    assert preview.files[0].rows[0].state == RowState.CHANGED
    assert {field for field, _old, _new in changes} == {"percent", "progress", "problems"}  # not the reporter
    second = exchange.commit(preview).batch_ids[0]
    first = _rows(demo, science)[0]
    # a blank cell of the form's row clears that field (the row is the department's whole report) ...
    assert _content(first) == ("in_progress", 60, "已过半", None, "继续推进", "王五", date(2026, 11, 2))
    assert _report(demo, first.assignment_id)[1:] == ("import", second)
    # ... and undoing the form brings every field back, the reporter and the date too
    exchange.undo(second)
    assert _content(_rows(demo, science)[0]) == FIRST_STORED


def test_a_correction_by_form_without_a_date_keeps_its_day(
    exchange: ExchangeService, demo: Services, science: int, tmp_path: Path
) -> None:
    _first_form(exchange, science, tmp_path)
    v2 = _form(
        exchange, science, tmp_path / "v2.xlsx", [("推进中", 60, "已过半", None, None)], reporter="王五", submitted=None
    )
    import_file(exchange, v2)
    first = _rows(demo, science)[0]
    assert (first.percent, first.submitted_on) == (60, FIRST_DAY)  # a correction is not a new submission


# -- the same correction, by form and by hand ------------------------------------------------------------


@pytest.mark.parametrize(
    ("reporter", "submitted"),
    [(None, None), ("赵六", None), (None, "2026-11-02"), ("赵六", "2026-11-02")],
    ids=["blank-reporter-no-date", "reporter-no-date", "blank-reporter-dated", "reporter-dated"],
)
def test_a_correction_by_form_is_written_exactly_as_by_hand(
    exchange: ExchangeService,
    demo: Services,
    science: int,
    tmp_path: Path,
    reporter: str | None,
    submitted: str | None,
) -> None:
    """The first task gets its reports from forms, the second the same ones typed by hand: same rows, same audit."""
    correction: Answer = ("滞后", 20, "因故暂停", None, "尽快恢复")
    by_hand = _rows(demo, science)[1].assignment_id
    _first_form(exchange, science, tmp_path)
    demo.reports.save(
        PERIOD, [ReportInput(by_hand, "in_progress", 40, "已启动", "资金不足", "继续推进", "王五", FIRST_DAY)]
    )
    form_row, hand_row = _rows(demo, science)[:2]
    assert _content(form_row) == _content(hand_row)
    form_id, hand_id = form_row.report_id, hand_row.report_id
    assert form_id is not None and hand_id is not None

    before = last_audit_id(demo.database)
    v2 = _form(exchange, science, tmp_path / "v2.xlsx", [correction], reporter=reporter, submitted=submitted)
    batch = import_file(exchange, v2)
    day = date.fromisoformat(submitted) if submitted else None
    demo.reports.save(PERIOD, [ReportInput(by_hand, "lagging", 20, "因故暂停", None, "尽快恢复", reporter, day)])

    form_row, hand_row = _rows(demo, science)[:2]
    assert _content(form_row) == _content(hand_row)
    assert _content(form_row) == ("lagging", 20, "因故暂停", None, "尽快恢复", reporter or "王五", day or FIRST_DAY)
    form_audit = [e for e in _audit(demo, form_id, before) if e[1] not in ("source", "batch_id")]
    assert form_audit == _audit(demo, hand_id, before)
    assert [e[3] for e in _audit(demo, form_id, before) if e[1] == "batch_id"] == [str(batch)]


def test_a_task_written_twice_in_one_form_takes_its_last_row(
    exchange: ExchangeService, demo: Services, tmp_path: Path
) -> None:
    """A retyped form may repeat a task: the row further down wins, as it did before imports used store_reports."""
    tech = next(d for d in demo.departments.list() if d.name == "赤峰市科学技术局")
    task = next(r for r in demo.reports.rows(PERIOD, department_id=tech.id) if r.report_id is None)
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.append(["赤峰市科学技术局2027年第一季度工作进展"])
    ws.append(["填报单位：赤峰市科学技术局", None, "填报人：赵六"])
    ws.append(["序号", "重点任务", "进展情况", "完成状态", "完成比例", "存在问题", "下步计划"])
    ws.append([task.task_number, task.task_title, "初稿", "推进中", 30, None, None])
    ws.append([task.task_number, task.task_title, "定稿", "推进中", 50, None, None])
    workbook.save(tmp_path / "twice.xlsx")
    import_file(exchange, tmp_path / "twice.xlsx")
    row = next(r for r in demo.reports.rows(PERIOD, department_id=tech.id) if r.assignment_id == task.assignment_id)
    assert (row.progress, row.percent, row.reporter) == ("定稿", 50, "赵六")
