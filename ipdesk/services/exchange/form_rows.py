"""The rows of a returned form: each matched to an assignment or indicator, and what importing it would do.

A row is matched by the form's hidden identity sheet when its checksum holds, else by wording and
number. It ends up new, changed, unchanged, conflicting with what is on file, blank, or rejected;
rejected rows are also listed as problems, which go back to the department.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipdesk.domain.enums import Source
from ipdesk.errors import ValidationError
from ipdesk.excel import formspec as spec
from ipdesk.excel.tables import CellProblem, TableRead, TableRow
from ipdesk.excel.vocabulary import normalise
from ipdesk.i18n import translate
from ipdesk.services.exchange.labels import field_label, shown
from ipdesk.services.exchange.planning import (
    FilePlan,
    ParsedFile,
    PlanningContext,
    ReportAction,
    ValueAction,
    invalid_row,
)
from ipdesk.services.exchange.queries import current_value, department_assignments, reports_by_assignment, value_unit
from ipdesk.services.exchange.records import FieldChange, RowPreview, RowState
from ipdesk.services.reports import check_percent
from ipdesk.services.values import check_value
from ipdesk.storage.models import (
    Department,
    Indicator,
    IndicatorDepartment,
    IndicatorValue,
    ReportingPeriod,
    TaskAssignment,
    TaskReport,
)

RowOutcome = tuple[RowState, tuple[FieldChange, ...], str | None]


@dataclass
class FormRows:
    """Plans the rows of one form from one department for one period, collecting previews and problems."""

    context: PlanningContext
    parsed: ParsedFile
    department: Department
    period: ReportingPeriod | None
    plan: FilePlan
    problems: list[CellProblem]
    rows: list[RowPreview] = field(default_factory=list)

    def plan_reports(self, tables: list[TableRead]) -> None:
        session = self.context.session
        assignments = department_assignments(session, self.department.id)
        by_id = {a.id: a for a in assignments}
        existing = reports_by_assignment(session, self.period.id, by_id) if self.period is not None else {}
        for table in tables:
            for row in table.rows:
                label = " ".join(x for x in (row.no, row.task) if x)[:80]
                assignment = match_assignment(self.parsed.identity, table, row, assignments, by_id)
                if assignment is None:
                    message = translate(
                        "Excel", "This task is not among {department}'s tasks; the row was not imported."
                    ).format(department=self.department.name)
                    self._reject(table, row, label, message, problem=(label, "", ""))
                elif not self._readable(table, row, label, filled=row.filled):
                    continue
                else:
                    values = {
                        "status": row.status,
                        "percent": check_percent(row.percent),
                        "progress": row.progress,
                        "problems": row.problems,
                        "next_steps": row.next_steps,
                        "reporter": (self.plan.meta.get("reporter") or None),
                    }
                    key = self._key(table, row)
                    outcome = report_state(
                        existing.get(assignment.id), values, self.plan.submitted_on, self._overwrites(key)
                    )
                    self._add(table, row, label, outcome)
                    self.plan.reports.append(ReportAction(key, assignment.id, values, outcome[0]))

    def plan_values(self, tables: list[TableRead]) -> None:
        session = self.context.session
        unit_id = value_unit(session, self.department)
        for table in tables:
            for row in table.rows:
                label = (row.indicator or "")[:80]
                indicator = match_indicator(session, self.parsed.identity, table, row, self.department)
                if indicator is None:
                    message = translate("Excel", "This indicator is not in the database; the row was not imported.")
                    self._reject(table, row, label, message, problem=(label, "", ""))
                    continue
                if not self._readable(table, row, label, filled=row.actual is not None):
                    continue
                if indicator.kind != "text" and isinstance(row.actual, str):
                    message = translate("Excel", 'Write a number here, not "{value}".').format(value=row.actual)
                    self._reject(table, row, label, message, problem=(row.actual, "E", "本期实际值"))
                    continue
                written = shown("value", row.actual) or ""  # how the cell reads: a text indicator keeps it so
                try:  # the writer's own checks (text of at most 200 characters) reject the row, not the import
                    number, text = check_value(indicator, written if indicator.kind == "text" else row.actual)
                except ValidationError as exc:
                    self._reject(table, row, label, exc.message, problem=(written, "E", "本期实际值"))
                    continue
                if unit_id is None:
                    message = translate(
                        "Excel", "Set this installation's administrative unit in Settings before importing values."
                    )
                    self._reject(table, row, label, message)
                    continue
                current = current_value(session, indicator.id, self.period.id, unit_id) if self.period else None
                key = self._key(table, row)
                outcome = value_state(current, number, text, row.note, self._overwrites(key))
                self._add(table, row, label, outcome)
                self.plan.values.append(ValueAction(key, indicator.id, unit_id, number, text, row.note, outcome[0]))

    # -- helpers --------------------------------------------------------------------------------------------

    def _key(self, table: TableRead, row: TableRow) -> str:
        return self.parsed.row_key(table.sheet, row.row)

    def _overwrites(self, key: str) -> bool:
        return self.context.resolutions.overwrites(key)

    def _add(self, table: TableRead, row: TableRow, label: str, outcome: RowOutcome) -> None:
        state, changes, message = outcome
        self.rows.append(RowPreview(self._key(table, row), table.sheet, row.row, state, label, changes, message))

    def _reject(
        self, table: TableRead, row: TableRow, label: str, message: str, *, problem: tuple[str, str, str] | None = None
    ) -> None:
        """Reject the row; ``problem`` (value, column, heading) also lists it among the problems."""
        self._add(table, row, label, (RowState.INVALID, (), message))
        if problem is not None:
            value, column, heading = problem
            self.problems.append(CellProblem(table.sheet, row.row, column, heading, value, message))

    def _readable(self, table: TableRead, row: TableRow, label: str, *, filled: bool) -> bool:
        """False (and the row shown as rejected or blank) when its cells break a rule or it was left empty."""
        if row.has_errors:
            self.rows.append(invalid_row(self._key(table, row), table.sheet, row.row, label))
            return False
        if not filled:
            self._add(table, row, label, (RowState.BLANK, (), None))
            return False
        return True


# -- matching rows ---------------------------------------------------------------------------------------


def match_assignment(
    identity: spec.Identity | None,
    table: TableRead,
    row: TableRow,
    assignments: Sequence[TaskAssignment],
    by_id: Mapping[int, TaskAssignment],
) -> TaskAssignment | None:
    if identity is not None and identity.checksum_ok:
        known = identity.row_at(table.sheet, row.row)
        if known is not None and known.kind == "task" and known.key in by_id:
            candidate = by_id[known.key]
            if row.task is None or normalise(row.task) == normalise(candidate.task.title):
                return candidate
    title = normalise(row.task or "")
    same_title = [a for a in assignments if title and normalise(a.task.title) == title]
    if len(same_title) == 1:
        return same_title[0]
    number = normalise(row.no or "")
    pool = same_title or list(assignments)
    same_number = [a for a in pool if number and normalise(a.task.number) == number]
    if len(same_number) == 1:
        return same_number[0]
    if title:
        starts = [
            a
            for a in pool
            if normalise(a.task.title).startswith(title[:15]) or title.startswith(normalise(a.task.title)[:15])
        ]
        if len(starts) == 1:
            return starts[0]
    return None


def match_indicator(
    session: Session, identity: spec.Identity | None, table: TableRead, row: TableRow, department: Department
) -> Indicator | None:
    if identity is not None and identity.checksum_ok:
        known = identity.row_at(table.sheet, row.row)
        if known is not None and known.kind == "indicator":
            candidate = session.get(Indicator, known.key)
            if candidate is not None and normalise(candidate.name) == normalise(row.indicator or ""):
                return candidate
    name = normalise(row.indicator or "")
    if not name:
        return None
    own = session.scalars(
        select(Indicator).join(IndicatorDepartment).where(IndicatorDepartment.department_id == department.id)
    ).all()
    for pool in (own, session.scalars(select(Indicator)).all()):
        found = [i for i in pool if normalise(i.name) == name]
        if len(found) == 1:
            return found[0]
    return None


# -- what a row would do ---------------------------------------------------------------------------------


def _hand_entered() -> str:
    return translate(
        "Excel", "Entered by hand in ipdesk; the file's version replaces it only if you choose to overwrite."
    )


def _by_hand(source: str | None) -> bool:
    return source in (Source.MANUAL.value, Source.CLI.value)


def _filled(value: object) -> object:
    """A field as compared for a change: an empty text is a blank, but 0 is a value (a task at 0 % is reported)."""
    return None if value == "" else value


def report_state(
    current: TaskReport | None, values: Mapping[str, Any], submitted: date | None, overwrite: bool
) -> RowOutcome:
    if current is None:
        changes = tuple(
            FieldChange(k, field_label(k), None, shown(k, v)) for k, v in values.items() if v not in (None, "")
        )
        return RowState.NEW, changes, None
    changes = tuple(
        FieldChange(k, field_label(k), shown(k, getattr(current, k)), shown(k, v))
        for k, v in values.items()
        if _filled(getattr(current, k)) != _filled(v) and not (k == "reporter" and v is None)
    )
    if not changes:
        return RowState.UNCHANGED, (), None
    if overwrite:
        return RowState.CHANGED, changes, None
    if _by_hand(current.source):
        return RowState.CONFLICT, changes, _hand_entered()
    if submitted is not None and current.submitted_on is not None and current.submitted_on > submitted:
        newer = translate("Excel", "A newer report (submitted {date}) is already on file.")
        return RowState.CONFLICT, changes, newer.format(date=current.submitted_on.isoformat())
    return RowState.CHANGED, changes, None


def value_state(
    current: IndicatorValue | None, number: float | None, text: str | None, note: str | None, overwrite: bool
) -> RowOutcome:
    new = shown("value", number if number is not None else text)
    if current is None:
        return RowState.NEW, (FieldChange("value", field_label("value"), None, new),), None
    old = shown("value", current.value if current.value is not None else current.value_text)
    changes = []
    if old != new:
        changes.append(FieldChange("value", field_label("value"), old, new))
    if note is not None and _filled(current.note) != _filled(note):
        changes.append(FieldChange("note", field_label("note"), current.note, note))
    if not changes:
        return RowState.UNCHANGED, (), None
    if not overwrite and _by_hand(current.source):
        return RowState.CONFLICT, tuple(changes), _hand_entered()
    return RowState.CHANGED, tuple(changes), None
