"""The department registry (责任单位): names, aliases, collectives, contacts, 机构改革 merges."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from ipdesk.domain.enums import DepartmentKind
from ipdesk.errors import ConflictError, ValidationError
from ipdesk.i18n import translate
from ipdesk.services.base import Service, check_choice, clean_text, fetch, flush_or_conflict, require_text
from ipdesk.storage.models import (
    AdminUnit,
    Department,
    DepartmentAlias,
    IndicatorDepartment,
    TaskAssignment,
)


@dataclass(frozen=True)
class DepartmentInfo:
    id: int
    name: str
    short_name: str | None
    kind: str
    unit_id: int | None
    unit_name: str | None
    aliases: tuple[str, ...]
    contact_person: str | None
    phone: str | None
    active: bool
    merged_into_id: int | None
    note: str | None = None
    unit_level: str | None = None  # region / city / county: which places are peers when matching names

    @property
    def display_name(self) -> str:
        return self.short_name or self.name

    @property
    def names(self) -> tuple[str, ...]:
        """Every name this department answers to."""
        return tuple(dict.fromkeys(n for n in (self.name, self.short_name, *self.aliases) if n))


def _info(dept: Department) -> DepartmentInfo:
    return DepartmentInfo(
        id=dept.id,
        name=dept.name,
        short_name=dept.short_name,
        kind=dept.kind,
        unit_id=dept.unit_id,
        unit_name=dept.unit.name if dept.unit else None,
        aliases=tuple(a.alias for a in dept.aliases),
        contact_person=dept.contact_person,
        phone=dept.phone,
        active=dept.active,
        merged_into_id=dept.merged_into_id,
        note=dept.note,
        unit_level=dept.unit.level if dept.unit else None,
    )


_LOAD = (selectinload(Department.aliases), selectinload(Department.unit))
_WHAT = "Department"


class DepartmentService(Service):
    def list(self, *, unit_id: int | None = None, include_inactive: bool = False) -> list[DepartmentInfo]:
        with self.db.reading() as session:
            query = select(Department).options(*_LOAD).order_by(Department.position, Department.id)
            if unit_id is not None:
                query = query.where(Department.unit_id == unit_id)
            if not include_inactive:
                query = query.where(Department.active.is_(True))
            return [_info(d) for d in session.scalars(query)]

    def registry(self) -> list[DepartmentInfo]:
        """Active departments with all their names, for matching names found in documents and forms."""
        return self.list()

    def get(self, department_id: int) -> DepartmentInfo:
        with self.db.reading() as session:
            return _info(fetch(session, Department, department_id, translate("Fields", "Department")))

    def find(self, name: str) -> DepartmentInfo | None:
        """The active department whose name, short name or alias is exactly ``name``."""
        text = name.strip()
        with self.db.reading() as session:
            dept = session.scalars(
                select(Department)
                .options(*_LOAD)
                .outerjoin(DepartmentAlias)
                .where(
                    Department.active.is_(True),
                    or_(Department.name == text, Department.short_name == text, DepartmentAlias.alias == text),
                )
                .order_by(Department.id)
            ).first()
            return _info(dept) if dept else None

    def create(
        self,
        name: str,
        *,
        short_name: str | None = None,
        kind: str = DepartmentKind.AGENCY.value,
        unit_id: int | None = None,
        aliases: tuple[str, ...] | list[str] = (),
        contact_person: str | None = None,
        phone: str | None = None,
        note: str | None = None,
    ) -> DepartmentInfo:
        name = require_text(name, translate("Fields", "Department name"), max_length=200)
        check_choice(kind, DepartmentKind.values(), translate("Fields", "Department kind"))
        with self.db.transaction() as session:
            if unit_id is not None:
                fetch(session, AdminUnit, unit_id, translate("Fields", "Administrative unit"))
            position = session.scalar(select(func.count(Department.id))) or 0
            dept = Department(
                name=name,
                short_name=clean_text(short_name, translate("Fields", "Short name"), max_length=100),
                kind=kind,
                unit_id=unit_id,
                contact_person=clean_text(contact_person, translate("Fields", "Contact person"), max_length=100),
                phone=clean_text(phone, translate("Fields", "Phone"), max_length=50),
                note=clean_text(note, translate("Fields", "Note")),
                position=position,
            )
            session.add(dept)
            flush_or_conflict(
                session, translate("Errors", "A department named {name} already exists.").format(name=name)
            )
            for alias in aliases:
                self._add_alias(session, dept, alias)
            session.flush()
            session.refresh(dept)
            return _info(dept)

    def update(self, department_id: int, **fields: object) -> DepartmentInfo:
        """Change name, short_name, kind, unit_id, contact_person, phone, note or active."""
        allowed = {"name", "short_name", "kind", "unit_id", "contact_person", "phone", "note", "active"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValidationError(f"unknown department fields: {sorted(unknown)}")
        with self.db.transaction() as session:
            dept = fetch(session, Department, department_id, translate("Fields", "Department"))
            if "name" in fields:
                dept.name = require_text(fields["name"], translate("Fields", "Department name"), max_length=200)
            if "short_name" in fields:
                dept.short_name = clean_text(fields["short_name"], translate("Fields", "Short name"), max_length=100)
            if "kind" in fields:
                dept.kind = check_choice(
                    str(fields["kind"]), DepartmentKind.values(), translate("Fields", "Department kind")
                )
            if "unit_id" in fields:
                unit_id = fields["unit_id"]
                if unit_id is not None:
                    fetch(session, AdminUnit, unit_id, translate("Fields", "Administrative unit"))
                dept.unit_id = unit_id  # type: ignore[assignment]
            for key, label, limit in (
                ("contact_person", translate("Fields", "Contact person"), 100),
                ("phone", translate("Fields", "Phone"), 50),
                ("note", translate("Fields", "Note"), None),
            ):
                if key in fields:
                    setattr(dept, key, clean_text(fields[key], label, max_length=limit))
            if "active" in fields:
                dept.active = bool(fields["active"])
            flush_or_conflict(
                session, translate("Errors", "A department named {name} already exists.").format(name=dept.name)
            )
            session.refresh(dept)
            return _info(dept)

    def add_alias(self, department_id: int, alias: str) -> DepartmentInfo:
        with self.db.transaction() as session:
            dept = fetch(session, Department, department_id, translate("Fields", "Department"))
            self._add_alias(session, dept, alias)
            session.flush()
            session.refresh(dept)
            return _info(dept)

    def remove_alias(self, department_id: int, alias: str) -> DepartmentInfo:
        with self.db.transaction() as session:
            dept = fetch(session, Department, department_id, translate("Fields", "Department"))
            for row in list(dept.aliases):
                if row.alias == alias:
                    dept.aliases.remove(row)
            session.flush()
            session.refresh(dept)
            return _info(dept)

    def _add_alias(self, session: Session, dept: Department, alias: str) -> None:
        text = require_text(alias, translate("Fields", "Alias"), max_length=200)
        if text in (dept.name, dept.short_name) or any(a.alias == text for a in dept.aliases):
            return
        clash = session.scalars(
            select(Department)
            .outerjoin(DepartmentAlias)
            .where(
                Department.id != dept.id,
                Department.active.is_(True),
                Department.unit_id == dept.unit_id if dept.unit_id is not None else Department.unit_id.is_(None),
                or_(Department.name == text, Department.short_name == text, DepartmentAlias.alias == text),
            )
        ).first()
        if clash is not None:
            raise ConflictError(
                translate("Errors", '"{alias}" already names {other}; one name cannot mean two departments.').format(
                    alias=text, other=clash.name
                )
            )
        dept.aliases.append(DepartmentAlias(alias=text))

    def merge(self, old_id: int, into_id: int) -> DepartmentInfo:
        """Fold ``old_id`` into ``into_id`` after a rename or merger (机构改革).

        Assignments and indicator responsibilities move to the successor; the old department stays,
        inactive and pointing to its successor, so reports already filed keep their history; its
        names become aliases of the successor, so documents using them still match.
        """
        if old_id == into_id:
            raise ValidationError(translate("Errors", "A department cannot be merged into itself."))
        with self.db.transaction() as session:
            old = fetch(session, Department, old_id, translate("Fields", "Department"))
            new = fetch(session, Department, into_id, translate("Fields", "Department"))
            if not new.active:
                raise ValidationError(
                    translate("Errors", "{name} is no longer active; merge into its successor instead.").format(
                        name=new.name
                    )
                )
            taken = set(
                session.scalars(select(TaskAssignment.task_id).where(TaskAssignment.department_id == new.id)).all()
            )
            for assignment in session.scalars(select(TaskAssignment).where(TaskAssignment.department_id == old.id)):
                if assignment.task_id in taken:
                    continue  # the successor already has this task; the old assignment keeps its reports
                assignment.department_id = new.id
            taken_ind = set(
                session.scalars(
                    select(IndicatorDepartment.indicator_id).where(IndicatorDepartment.department_id == new.id)
                ).all()
            )
            for link in session.scalars(select(IndicatorDepartment).where(IndicatorDepartment.department_id == old.id)):
                if link.indicator_id in taken_ind:
                    session.delete(link)
                else:
                    link.department_id = new.id
            old_names = [old.name, old.short_name, *(a.alias for a in old.aliases)]
            old.active = False
            old.merged_into_id = new.id
            session.flush()
            for name in old_names:
                if name:
                    self._add_alias(session, new, name)
            session.flush()
            session.refresh(new)
            return _info(new)

    def delete(self, department_id: int) -> None:
        """Delete a department that no task or indicator refers to (otherwise deactivate or merge it)."""
        with self.db.transaction() as session:
            dept = fetch(session, Department, department_id, translate("Fields", "Department"))
            used = session.scalar(
                select(func.count(TaskAssignment.id)).where(TaskAssignment.department_id == dept.id)
            ) or session.scalar(
                select(func.count(IndicatorDepartment.id)).where(IndicatorDepartment.department_id == dept.id)
            )
            if used:
                raise ConflictError(
                    translate(
                        "Errors",
                        "{name} still has tasks or indicators. Merge it into another department or mark it inactive.",
                    ).format(name=dept.name)
                )
            session.delete(dept)
