"""The data-entry desk: what one department has to report for a period, and saving its grid in one go.

Reads are shaped for the entry page (counts come from SQL, so a province database with tens of thousands of
assignments still fills the department list at once); :meth:`EntryService.save` writes the task reports and
the indicator values of one grid in a single transaction, so a save is all or nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.orm import selectinload

from ipdesk.domain.enums import IndicatorKind
from ipdesk.domain.periods import Period
from ipdesk.i18n import translate
from ipdesk.services.base import Service, fetch
from ipdesk.services.indicators import store_target
from ipdesk.services.reports import ReportInput, SaveResult, check_report_inputs, store_reports
from ipdesk.services.values import ValueInput, store_value
from ipdesk.storage.models import (
    Department,
    Indicator,
    IndicatorDepartment,
    IndicatorValue,
    Installation,
    ReportingPeriod,
    TaskAssignment,
    TaskReport,
)


@dataclass(frozen=True)
class DepartmentLoad:
    """A department that has tasks, with how many of them it has reported on in the period."""

    id: int
    name: str
    short_name: str | None
    assignments: int
    reported: int

    @property
    def missing(self) -> int:
        return self.assignments - self.reported

    @property
    def display_name(self) -> str:
        return self.short_name or self.name


@dataclass(frozen=True)
class IndicatorEntry:
    """One indicator a department is responsible for, with its target for the period's year and the period's value."""

    indicator_id: int
    plan_id: int
    name: str
    unit: str
    kind: str
    target_year: int
    target: float | None
    target_text: str | None
    unit_id: int | None  # the administrative unit the value is stored for (None: unknown, cannot be entered)
    value_id: int | None
    value: float | None
    value_text: str | None

    @property
    def is_text(self) -> bool:
        return self.kind == IndicatorKind.TEXT.value


@dataclass(frozen=True)
class IndicatorSaveResult:
    targets: int
    values_written: int
    values_removed: int


@dataclass(frozen=True)
class EntrySaveResult:
    reports: SaveResult
    values_written: int
    values_removed: int


class EntryService(Service):
    def departments(self, period_code: str) -> list[DepartmentLoad]:
        """Every department with assignments, in registry order, with its reports in the period counted."""
        code = Period.parse(period_code).code
        with self.db.reading() as session:
            period_id = session.scalar(select(ReportingPeriod.id).where(ReportingPeriod.code == code))
            report_join = and_(TaskReport.assignment_id == TaskAssignment.id, TaskReport.period_id == period_id)
            rows = session.execute(
                select(
                    Department.id,
                    Department.name,
                    Department.short_name,
                    func.count(TaskAssignment.id),
                    func.count(TaskReport.id),
                )
                .join(TaskAssignment, TaskAssignment.department_id == Department.id)
                .outerjoin(TaskReport, report_join)
                .group_by(Department.id)
                .order_by(Department.position, Department.id)
            ).all()
            return [DepartmentLoad(int(i), str(n), s, int(a), int(r)) for i, n, s, a, r in rows]

    def indicators(self, period_code: str, department_id: int) -> list[IndicatorEntry]:
        """The department's indicators with the target for the period's year and the value stored for the period.

        The value belongs to the plan's administrative unit, else to this installation's unit.
        """
        period = Period.parse(period_code)
        with self.db.reading() as session:
            home = session.scalar(select(Installation.unit_id).where(Installation.id == 1))
            period_id = session.scalar(select(ReportingPeriod.id).where(ReportingPeriod.code == period.code))
            indicators = session.scalars(
                select(Indicator)
                .join(IndicatorDepartment)
                .options(selectinload(Indicator.targets), selectinload(Indicator.plan))
                .where(IndicatorDepartment.department_id == department_id)
                .order_by(Indicator.plan_id, Indicator.position, Indicator.id)
            ).all()
            values: dict[tuple[int, int], IndicatorValue] = {}
            if period_id is not None and indicators:
                for row in session.scalars(
                    select(IndicatorValue).where(
                        IndicatorValue.period_id == period_id,
                        IndicatorValue.indicator_id.in_([i.id for i in indicators]),
                    )
                ):
                    values[(row.indicator_id, row.unit_id)] = row
            entries = []
            for indicator in indicators:
                unit_id = indicator.plan.unit_id if indicator.plan.unit_id is not None else home
                target = next((t for t in indicator.targets if t.year == period.year), None)
                stored = values.get((indicator.id, unit_id)) if unit_id is not None else None
                entries.append(
                    IndicatorEntry(
                        indicator.id,
                        indicator.plan_id,
                        indicator.name,
                        indicator.unit,
                        indicator.kind,
                        period.year,
                        target.value if target else None,
                        target.value_text if target else None,
                        unit_id,
                        stored.id if stored else None,
                        stored.value if stored else None,
                        stored.value_text if stored else None,
                    )
                )
            return entries

    def save(
        self, period_code: str, reports: Iterable[ReportInput] = (), values: Iterable[ValueInput] = ()
    ) -> EntrySaveResult:
        """Store the grid's task reports and indicator values for one period in one transaction."""
        report_items = list(reports)
        value_items = list(values)
        check_report_inputs(report_items)
        result = SaveResult(0, 0, 0)
        written = removed = 0
        with self.db.transaction() as session:
            if report_items:
                result = store_reports(session, period_code, report_items)
            for item in value_items:
                if store_value(session, item, period_code) is None:
                    removed += 1
                else:
                    written += 1
        return EntrySaveResult(result, written, removed)

    def save_indicator(
        self,
        indicator_id: int,
        targets: Mapping[int, float | str | None] | None = None,
        values: Iterable[tuple[str, ValueInput]] = (),
    ) -> IndicatorSaveResult:
        """One indicator's yearly targets (None removes one) and its values for several periods, in one transaction."""
        targets = dict(targets or {})
        written = removed = 0
        with self.db.transaction() as session:
            indicator = fetch(session, Indicator, indicator_id, translate("Fields", "Indicator"))
            for year, value in sorted(targets.items()):
                store_target(indicator, year, value)
            session.flush()
            for period_code, item in values:
                if store_value(session, item, period_code) is None:
                    removed += 1
                else:
                    written += 1
        return IndicatorSaveResult(len(targets), written, removed)
