"""Indicators, their yearly targets and responsible departments."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ipdesk.domain.enums import Direction, IndicatorCategory, IndicatorKind, Role
from ipdesk.errors import ConflictError, ValidationError
from ipdesk.i18n import translate
from ipdesk.services.base import (
    Service,
    check_choice,
    check_year,
    clean_text,
    fetch,
    flush_or_conflict,
    require_text,
)
from ipdesk.storage.models import Department, Indicator, IndicatorDepartment, IndicatorTarget, Plan


@dataclass(frozen=True)
class IndicatorInfo:
    id: int
    plan_id: int
    code: str | None
    name: str
    unit: str
    category: str
    kind: str
    direction: str
    baseline_year: int | None
    baseline_value: float | None
    definition: str | None
    note: str | None
    position: int
    targets: dict[int, float | None] = field(default_factory=dict)
    target_texts: dict[int, str] = field(default_factory=dict)
    departments: tuple[tuple[int, str, str], ...] = ()  # (department id, display name, role)

    def target_for(self, year: int) -> float | None:
        return self.targets.get(year)

    @property
    def final_year(self) -> int | None:
        return max(self.targets) if self.targets else None

    @property
    def department_names(self) -> list[str]:
        return [name for _id, name, _role in self.departments]


def indicator_info(ind: Indicator) -> IndicatorInfo:
    return IndicatorInfo(
        ind.id,
        ind.plan_id,
        ind.code,
        ind.name,
        ind.unit,
        ind.category,
        ind.kind,
        ind.direction,
        ind.baseline_year,
        ind.baseline_value,
        ind.definition,
        ind.note,
        ind.position,
        {t.year: t.value for t in ind.targets},
        {t.year: t.value_text for t in ind.targets if t.value_text},
        tuple((d.department_id, d.department.short_name or d.department.name, d.role) for d in ind.departments),
    )


def check_number(value: object, label: str) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValidationError(translate("Errors", "{field} must be a number.").format(field=label), field=label)
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        raise ValidationError(
            translate("Errors", '{field} must be a number, not "{value}".').format(field=label, value=value),
            field=label,
        ) from exc
    if math.isnan(number) or math.isinf(number):
        raise ValidationError(translate("Errors", "{field} must be a number.").format(field=label), field=label)
    return number


def store_target(indicator: Indicator, year: int, value: float | str | None) -> None:
    """Set (None or blank: remove) one year's target of a loaded indicator inside the caller's transaction;
    text that is not a number is kept as a text target."""
    year = check_year(int(year), translate("Fields", "Target year"))  # type: ignore[assignment]
    existing = next((t for t in indicator.targets if t.year == year), None)
    if value is None or (isinstance(value, str) and not value.strip()):
        if existing is not None:
            indicator.targets.remove(existing)
        return
    number: float | None
    text: str | None = None
    if isinstance(value, str):
        try:
            number = check_number(value.strip(), translate("Fields", "Target"))
        except ValidationError:
            number, text = None, value.strip()
    else:
        number = check_number(value, translate("Fields", "Target"))
    if existing is None:
        indicator.targets.append(IndicatorTarget(year=year, value=number, value_text=text))
    else:
        existing.value, existing.value_text = number, text


_LOAD = (
    selectinload(Indicator.targets),
    selectinload(Indicator.departments).selectinload(IndicatorDepartment.department),
)
_FIELDS = {
    "code",
    "name",
    "unit",
    "category",
    "kind",
    "direction",
    "baseline_year",
    "baseline_value",
    "definition",
    "note",
    "line_first",
    "line_last",
}


class IndicatorService(Service):
    def list(self, *, plan_id: int | None = None) -> list[IndicatorInfo]:
        with self.db.reading() as session:
            query = select(Indicator).options(*_LOAD).order_by(Indicator.plan_id, Indicator.position, Indicator.id)
            if plan_id is not None:
                query = query.where(Indicator.plan_id == plan_id)
            return [indicator_info(i) for i in session.scalars(query)]

    def get(self, indicator_id: int) -> IndicatorInfo:
        with self.db.reading() as session:
            return indicator_info(fetch(session, Indicator, indicator_id, translate("Fields", "Indicator")))

    def create(
        self,
        plan_id: int,
        name: str,
        *,
        targets: dict[int, float | str | None] | None = None,
        department_ids: list[int] | tuple[int, ...] = (),
        **fields: object,
    ) -> IndicatorInfo:
        with self.db.transaction() as session:
            fetch(session, Plan, plan_id, translate("Fields", "Plan"))
            position = (
                session.scalar(select(func.max(Indicator.position)).where(Indicator.plan_id == plan_id)) or 0
            ) + 1
            indicator = Indicator(plan_id=plan_id, name="", position=position)
            self._apply(indicator, {"name": name, **fields})
            session.add(indicator)
            flush_or_conflict(
                session,
                translate("Errors", "The plan already has an indicator named {name}.").format(name=indicator.name),
            )
            for year, value in (targets or {}).items():
                self._set_target(session, indicator, year, value)
            for dept_id in department_ids:
                self._link(session, indicator, dept_id, Role.RESPONSIBLE.value)
            session.flush()
            session.refresh(indicator)
            return indicator_info(indicator)

    def update(self, indicator_id: int, **fields: object) -> IndicatorInfo:
        with self.db.transaction() as session:
            indicator = fetch(session, Indicator, indicator_id, translate("Fields", "Indicator"))
            self._apply(indicator, fields)
            flush_or_conflict(
                session,
                translate("Errors", "The plan already has an indicator named {name}.").format(name=indicator.name),
            )
            return indicator_info(indicator)

    def delete(self, indicator_id: int) -> None:
        with self.db.transaction() as session:
            session.delete(fetch(session, Indicator, indicator_id, translate("Fields", "Indicator")))

    def set_target(self, indicator_id: int, year: int, value: float | str | None) -> IndicatorInfo:
        """Set (or, with None, remove) the target for ``year``; text targets are kept as text."""
        with self.db.transaction() as session:
            indicator = fetch(session, Indicator, indicator_id, translate("Fields", "Indicator"))
            self._set_target(session, indicator, year, value)
            session.flush()
            session.refresh(indicator)
            return indicator_info(indicator)

    def add_department(
        self, indicator_id: int, department_id: int, role: str = Role.RESPONSIBLE.value
    ) -> IndicatorInfo:
        with self.db.transaction() as session:
            indicator = fetch(session, Indicator, indicator_id, translate("Fields", "Indicator"))
            self._link(session, indicator, department_id, role)
            session.flush()
            session.refresh(indicator)
            return indicator_info(indicator)

    def remove_department(self, indicator_id: int, department_id: int) -> IndicatorInfo:
        with self.db.transaction() as session:
            indicator = fetch(session, Indicator, indicator_id, translate("Fields", "Indicator"))
            for link in list(indicator.departments):
                if link.department_id == department_id:
                    indicator.departments.remove(link)
            session.flush()
            session.refresh(indicator)
            return indicator_info(indicator)

    def _apply(self, indicator: Indicator, fields: dict[str, object]) -> None:
        unknown = set(fields) - _FIELDS
        if unknown:
            raise ValidationError(f"unknown indicator fields: {sorted(unknown)}")
        if "name" in fields:
            indicator.name = require_text(fields["name"], translate("Fields", "Indicator name"), max_length=200)
        if "code" in fields:
            indicator.code = clean_text(fields["code"], translate("Fields", "Code"), max_length=20)
        if "unit" in fields:
            indicator.unit = clean_text(fields["unit"], translate("Fields", "Unit of measure"), max_length=30) or ""
        for key, enum, label in (
            ("category", IndicatorCategory, translate("Fields", "Category")),
            ("kind", IndicatorKind, translate("Fields", "Indicator kind")),
            ("direction", Direction, translate("Fields", "Direction")),
        ):
            if key in fields:
                setattr(indicator, key, check_choice(str(fields[key]), enum.values(), label))
        if "baseline_year" in fields:
            indicator.baseline_year = check_year(fields["baseline_year"], translate("Fields", "Baseline year"))  # type: ignore[arg-type]
        if "baseline_value" in fields:
            indicator.baseline_value = check_number(fields["baseline_value"], translate("Fields", "Baseline value"))
        if indicator.baseline_value is not None and indicator.baseline_year is None:
            raise ValidationError(
                translate("Errors", "A baseline value needs its baseline year."), field="baseline_year"
            )
        for key in ("definition", "note"):
            if key in fields:
                setattr(indicator, key, clean_text(fields[key], key))
        for key in ("line_first", "line_last"):
            if key in fields:
                setattr(indicator, key, fields[key])

    def _set_target(self, session: Session, indicator: Indicator, year: int, value: float | str | None) -> None:
        store_target(indicator, year, value)

    def _link(self, session: Session, indicator: Indicator, department_id: int, role: str) -> None:
        check_choice(role, Role.values(), translate("Fields", "Role"))
        dept = fetch(session, Department, department_id, translate("Fields", "Department"))
        if any(link.department_id == dept.id for link in indicator.departments):
            raise ConflictError(
                translate("Errors", "{name} is already responsible for this indicator.").format(name=dept.name)
            )
        indicator.departments.append(IndicatorDepartment(department_id=dept.id, role=role))
