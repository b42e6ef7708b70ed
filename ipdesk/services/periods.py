"""Reporting periods: opened on demand, with due dates and a lock once the period is closed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipdesk.domain.enums import PeriodKind
from ipdesk.domain.periods import Period
from ipdesk.errors import LockedPeriodError, NotFoundError, ValidationError
from ipdesk.i18n import translate
from ipdesk.services.base import Service
from ipdesk.storage.models import ReportingPeriod


@dataclass(frozen=True)
class PeriodInfo:
    id: int
    code: str
    kind: str
    year: int
    number: int
    start_date: date
    end_date: date
    due_date: date
    locked: bool

    @property
    def period(self) -> Period:
        return Period(self.year, PeriodKind(self.kind), self.number)

    @property
    def label(self) -> str:
        return self.period.label


def period_info(row: ReportingPeriod) -> PeriodInfo:
    return PeriodInfo(
        row.id, row.code, row.kind, row.year, row.number, row.start_date, row.end_date, row.due_date, row.locked
    )


def get_or_create_period(session: Session, code: str | Period, due_date: date | None = None) -> ReportingPeriod:
    period = code if isinstance(code, Period) else Period.parse(code)
    row = session.scalars(select(ReportingPeriod).where(ReportingPeriod.code == period.code)).one_or_none()
    if row is None:
        row = ReportingPeriod(
            code=period.code,
            kind=period.kind.value,
            year=period.year,
            number=period.number,
            start_date=period.start,
            end_date=period.end,
            due_date=due_date or period.default_due,
            locked=False,
        )
        session.add(row)
        session.flush()
    return row


def find_period(session: Session, code: str | Period) -> ReportingPeriod:
    period = code if isinstance(code, Period) else Period.parse(code)
    row = session.scalars(select(ReportingPeriod).where(ReportingPeriod.code == period.code)).one_or_none()
    if row is None:
        raise NotFoundError(translate("Fields", "Reporting period"), period.code)
    return row


def ensure_unlocked(row: ReportingPeriod) -> None:
    if row.locked:
        raise LockedPeriodError(row.code)


class PeriodService(Service):
    def list(self) -> list[PeriodInfo]:
        with self.db.reading() as session:
            rows = session.scalars(
                select(ReportingPeriod).order_by(ReportingPeriod.start_date, ReportingPeriod.end_date)
            )
            return [period_info(r) for r in rows]

    def get(self, code: str) -> PeriodInfo:
        with self.db.reading() as session:
            return period_info(find_period(session, code))

    def open(self, code: str, due_date: date | None = None) -> PeriodInfo:
        """Open a period for reporting (or return it when it exists)."""
        with self.db.transaction() as session:
            row = get_or_create_period(session, code, due_date)
            if due_date is not None and row.due_date != due_date:
                self._set_due(row, due_date)
            return period_info(row)

    def set_due_date(self, code: str, due_date: date) -> PeriodInfo:
        with self.db.transaction() as session:
            row = find_period(session, code)
            self._set_due(row, due_date)
            return period_info(row)

    def set_locked(self, code: str, locked: bool) -> PeriodInfo:
        with self.db.transaction() as session:
            row = find_period(session, code)
            row.locked = locked
            return period_info(row)

    @staticmethod
    def _set_due(row: ReportingPeriod, due_date: date) -> None:
        if due_date < row.start_date:
            raise ValidationError(
                translate("Errors", "The due date cannot be before the period starts ({start}).").format(
                    start=row.start_date.isoformat()
                ),
                field="due_date",
            )
        row.due_date = due_date
