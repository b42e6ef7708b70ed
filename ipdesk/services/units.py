"""Administrative units (自治区 → 盟市 → 旗县区) and the unit this installation belongs to."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ipdesk.domain.enums import UnitLevel
from ipdesk.errors import ConflictError, ValidationError
from ipdesk.i18n import translate
from ipdesk.services.base import Service, check_choice, clean_text, fetch, flush_or_conflict, require_text
from ipdesk.storage.models import AdminUnit, Installation

_LEVEL_ORDER = {UnitLevel.REGION.value: 0, UnitLevel.CITY.value: 1, UnitLevel.COUNTY.value: 2}


@dataclass(frozen=True)
class UnitInfo:
    id: int
    name: str
    level: str
    parent_id: int | None
    code: str | None


@dataclass(frozen=True)
class InstallationInfo:
    unit_id: int | None
    unit_name: str | None
    office_name: str | None
    unit_level: str | None = None  # the unit's UnitLevel value


def _info(unit: AdminUnit) -> UnitInfo:
    return UnitInfo(unit.id, unit.name, unit.level, unit.parent_id, unit.code)


class UnitService(Service):
    def list(self) -> list[UnitInfo]:
        """All units, parents before children, in their configured order."""
        with self.db.reading() as session:  # columns, not ORM objects: a province has over a hundred units
            rows = session.execute(
                select(AdminUnit.id, AdminUnit.name, AdminUnit.level, AdminUnit.parent_id, AdminUnit.code).order_by(
                    AdminUnit.position, AdminUnit.id
                )
            ).all()
        by_parent: dict[int | None, list[UnitInfo]] = {}
        for row in rows:
            by_parent.setdefault(row.parent_id, []).append(UnitInfo(*row))
        ordered: list[UnitInfo] = []

        def walk(parent: int | None) -> None:
            for unit in by_parent.get(parent, []):
                ordered.append(unit)
                walk(unit.id)

        walk(None)
        return ordered

    def create(self, name: str, level: str, parent_id: int | None = None, code: str | None = None) -> UnitInfo:
        name = require_text(name, translate("Fields", "Unit name"), max_length=100)
        check_choice(level, UnitLevel.values(), translate("Fields", "Unit level"))
        with self.db.transaction() as session:
            if parent_id is not None:
                parent = fetch(session, AdminUnit, parent_id, translate("Fields", "Administrative unit"))
                if _LEVEL_ORDER[parent.level] >= _LEVEL_ORDER[level]:
                    raise ValidationError(
                        translate("Errors", "A {child} cannot sit under a {parent}.").format(
                            child=UnitLevel(level).label, parent=UnitLevel(parent.level).label
                        ),
                        field="level",
                    )
            code = clean_text(code, translate("Fields", "Unit code"), max_length=12)
            holder = session.scalars(select(AdminUnit).where(AdminUnit.code == code)).first() if code else None
            if holder is not None:
                message = translate("Errors", "The code {code} already belongs to {name}.")
                raise ConflictError(message.format(code=code, name=holder.name))
            position = len(session.scalars(select(AdminUnit.id).where(AdminUnit.parent_id == parent_id)).all())
            unit = AdminUnit(name=name, level=level, parent_id=parent_id, code=code, position=position)
            session.add(unit)
            flush_or_conflict(
                session, translate("Errors", "A unit named {name} already exists there.").format(name=name)
            )
            return _info(unit)

    def find(self, name: str) -> UnitInfo | None:
        with self.db.reading() as session:
            unit = session.scalars(select(AdminUnit).where(AdminUnit.name == name.strip())).first()
            return _info(unit) if unit else None

    def installation(self) -> InstallationInfo:
        with self.db.reading() as session:
            row = session.get(Installation, 1)
            if row is None:
                return InstallationInfo(None, None, None)
            unit = row.unit
            return InstallationInfo(
                row.unit_id, unit.name if unit else None, row.office_name, unit.level if unit else None
            )

    def set_installation(self, unit_id: int, office_name: str | None = None) -> InstallationInfo:
        with self.db.transaction() as session:
            unit = fetch(session, AdminUnit, unit_id, translate("Fields", "Administrative unit"))
            row = session.get(Installation, 1) or Installation(id=1)
            row.unit_id = unit.id
            row.office_name = clean_text(office_name, translate("Fields", "Office name"), max_length=200)
            session.add(row)
            return InstallationInfo(unit.id, unit.name, row.office_name, unit.level)
