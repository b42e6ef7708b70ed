"""Reported indicator values per indicator, period and administrative unit."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from ipdesk.domain.enums import IndicatorKind, Source
from ipdesk.errors import ValidationError
from ipdesk.i18n import translate
from ipdesk.services.base import Service, check_submitted_on, clean_text, fetch
from ipdesk.services.indicators import check_number
from ipdesk.services.periods import ensure_unlocked, find_period, get_or_create_period
from ipdesk.storage.models import (
    AdminUnit,
    Department,
    Indicator,
    IndicatorValue,
    Installation,
    ReportingPeriod,
)

VALUE_TEXT_LIMIT = 200  # IndicatorValue.value_text


@dataclass(frozen=True)
class ValueInfo:
    id: int
    indicator_id: int
    period_code: str
    period_end: date
    unit_id: int
    unit_name: str
    department_id: int | None
    value: float | None
    value_text: str | None
    submitted_on: date | None
    source: str
    note: str | None


def value_info(row: IndicatorValue) -> ValueInfo:
    return ValueInfo(
        row.id,
        row.indicator_id,
        row.period.code,
        row.period.end_date,
        row.unit_id,
        row.unit.name,
        row.department_id,
        row.value,
        row.value_text,
        row.submitted_on,
        row.source,
        row.note,
    )


def home_unit_id(session: Session) -> int:
    installation = session.get(Installation, 1)
    if installation is None or installation.unit_id is None:
        raise ValidationError(
            translate("Errors", "Set this installation's administrative unit in Settings before entering values."),
            field="unit",
        )
    return installation.unit_id


@dataclass(frozen=True)
class ValueInput:
    """One indicator value to store for a period (``value`` None or blank removes it).

    ``department_id``, ``submitted_on`` and ``note`` None mean "not given": a correction keeps what is on
    file (see :func:`store_value`), so a blank never erases who reported, when, or a note.
    """

    indicator_id: int
    value: float | str | None
    unit_id: int | None = None  # None: this installation's unit
    department_id: int | None = None
    submitted_on: date | None = None
    note: str | None = None


def check_value(indicator: Indicator, value: float | str) -> tuple[float | None, str | None]:
    """(number, text) to store for a value that is not blank: text only for text indicators, at most 200 characters."""
    if indicator.kind == IndicatorKind.TEXT.value:
        return None, clean_text(value, translate("Fields", "Value"), max_length=VALUE_TEXT_LIMIT)
    return check_number(value, indicator.name), None


def store_value(
    session: Session,
    entry: ValueInput,
    period_code: str,
    *,
    source: Source = Source.MANUAL,
    batch_id: int | None = None,
) -> ValueInfo | None:
    """Write one value inside the caller's transaction (see :meth:`ValueService.set`).

    The one writer of indicator values, for hand entry and imported forms alike (``source`` and ``batch_id``
    tag the rows an import writes). A value comes in on the day given (never a day still to come); without one
    a new value is today's and a correction keeps its day. A department or note not given keeps the one on
    file. A value saved as it is on file is left untouched, its source and batch too.
    """
    indicator = fetch(session, Indicator, entry.indicator_id, translate("Fields", "Indicator"))
    period = get_or_create_period(session, period_code)
    ensure_unlocked(period)
    unit = fetch(
        session,
        AdminUnit,
        entry.unit_id if entry.unit_id is not None else home_unit_id(session),
        translate("Fields", "Administrative unit"),
    )
    if entry.department_id is not None:
        fetch(session, Department, entry.department_id, translate("Fields", "Department"))
    row = session.scalars(
        select(IndicatorValue).where(
            IndicatorValue.indicator_id == indicator.id,
            IndicatorValue.period_id == period.id,
            IndicatorValue.unit_id == unit.id,
        )
    ).one_or_none()
    value = entry.value
    if value is None or (isinstance(value, str) and not value.strip()):
        if row is not None:
            session.delete(row)
        return None
    number, text = check_value(indicator, value)
    fields: dict[str, object] = {"value": number, "value_text": text}
    note = clean_text(entry.note, translate("Fields", "Note"))
    if note is not None or row is None:
        fields["note"] = note
    if entry.department_id is not None or row is None:
        fields["department_id"] = entry.department_id
    if entry.submitted_on is not None or row is None:
        fields["submitted_on"] = check_submitted_on(entry.submitted_on) or date.today()
    if row is None:
        row = IndicatorValue(indicator_id=indicator.id, period_id=period.id, unit_id=unit.id)
        session.add(row)
    elif all(getattr(row, k) == v for k, v in fields.items()):
        return value_info(row)
    for key, field_value in fields.items():
        setattr(row, key, field_value)
    row.source, row.batch_id = str(source), batch_id
    session.flush()
    session.refresh(row)
    return value_info(row)


class ValueService(Service):
    def list(
        self, *, indicator_id: int | None = None, period_code: str | None = None, plan_id: int | None = None
    ) -> list[ValueInfo]:
        with self.db.reading() as session:
            query = (
                select(IndicatorValue)
                .join(ReportingPeriod)
                .options(joinedload(IndicatorValue.period), joinedload(IndicatorValue.unit))
                .order_by(IndicatorValue.indicator_id, ReportingPeriod.end_date)
            )
            if indicator_id is not None:
                query = query.where(IndicatorValue.indicator_id == indicator_id)
            if period_code is not None:
                query = query.where(IndicatorValue.period_id == find_period(session, period_code).id)
            if plan_id is not None:
                query = query.join(Indicator).where(Indicator.plan_id == plan_id)
            return [value_info(v) for v in session.scalars(query)]

    def set(
        self,
        indicator_id: int,
        period_code: str,
        value: float | str | None,
        *,
        unit_id: int | None = None,
        department_id: int | None = None,
        submitted_on: date | None = None,
        note: str | None = None,
        source: Source = Source.MANUAL,
        batch_id: int | None = None,
    ) -> ValueInfo | None:
        """Store the value (None or blank removes it). Text is kept only for text indicators."""
        with self.db.transaction(source=source, batch_id=batch_id) as session:
            return store_value(
                session,
                ValueInput(indicator_id, value, unit_id, department_id, submitted_on, note),
                period_code,
                source=source,
                batch_id=batch_id,
            )

    def save(
        self,
        period_code: str,
        entries: Iterable[ValueInput],
        *,
        source: Source = Source.MANUAL,
        batch_id: int | None = None,
    ) -> list[ValueInfo | None]:
        """Store several values of one period in one transaction (None for each value removed)."""
        with self.db.transaction(source=source, batch_id=batch_id) as session:
            return [store_value(session, entry, period_code, source=source, batch_id=batch_id) for entry in entries]

    def delete(self, value_id: int) -> None:
        with self.db.transaction() as session:
            row = fetch(session, IndicatorValue, value_id, translate("Fields", "Indicator value"))
            ensure_unlocked(row.period)
            session.delete(row)

    def latest(self, indicator_id: int, *, unit_id: int | None = None) -> ValueInfo | None:
        """The value of the most recent period that has one."""
        with self.db.reading() as session:
            query = (
                select(IndicatorValue)
                .join(ReportingPeriod)
                .options(joinedload(IndicatorValue.period), joinedload(IndicatorValue.unit))
                .where(IndicatorValue.indicator_id == indicator_id)
                .order_by(ReportingPeriod.end_date.desc())
            )
            if unit_id is not None:
                query = query.where(IndicatorValue.unit_id == unit_id)
            row = session.scalars(query).first()
            return value_info(row) if row else None
