"""Administrative units, this installation's unit, departments and their aliases."""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ipdesk.domain.enums import DepartmentKind, UnitLevel
from ipdesk.storage.models.base import Base, Timestamped, not_blank, one_of


def _unique_where_null(name: str, column: str, nullable: str) -> Index:
    """UNIQUE(column) among rows whose ``nullable`` column is NULL (a plain UNIQUE treats NULLs as distinct)."""
    condition = text(f"{nullable} IS NULL")
    return Index(name, column, unique=True, sqlite_where=condition, postgresql_where=condition)


class AdminUnit(Base):
    """自治区 → 盟市 → 旗县区."""

    __tablename__ = "admin_units"
    __table_args__ = (
        UniqueConstraint("parent_id", "name"),
        _unique_where_null("uq_admin_units_root_name", "name", "parent_id"),
        one_of("level", UnitLevel.values(), "level"),
        not_blank("name", "name"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    level: Mapped[str] = mapped_column(String(16))
    code: Mapped[str | None] = mapped_column(String(12), unique=True)  # 行政区划代码 where known
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("admin_units.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    parent: Mapped[AdminUnit | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[AdminUnit]] = relationship(back_populates="parent", order_by="AdminUnit.position")


class Installation(Base):
    """The single row saying which administrative unit this database belongs to."""

    __tablename__ = "installation"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("admin_units.id", ondelete="SET NULL"))
    office_name: Mapped[str | None] = mapped_column(String(200))  # the clerk's office, printed on sheets

    unit: Mapped[AdminUnit | None] = relationship()


class Department(Timestamped, Base):
    """A responsible body (责任单位). Collective entries (各旗县区人民政府) have kind ``collective``.

    After a 机构改革 rename or merger, the old department points to its successor through
    ``merged_into_id`` and stays for history; new work goes to the successor.
    """

    __tablename__ = "departments"
    __table_args__ = (
        UniqueConstraint("unit_id", "name"),
        _unique_where_null("uq_departments_unitless_name", "name", "unit_id"),
        one_of("kind", DepartmentKind.values(), "kind"),
        not_blank("name", "name"),
        CheckConstraint("merged_into_id IS NULL OR merged_into_id <> id", name="not_merged_into_self"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str | None] = mapped_column(String(100))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("admin_units.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default=DepartmentKind.AGENCY.value)
    contact_person: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(50))
    note: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    unit: Mapped[AdminUnit | None] = relationship()
    aliases: Mapped[list[DepartmentAlias]] = relationship(
        back_populates="department", cascade="all, delete-orphan", order_by="DepartmentAlias.alias"
    )
    merged_into: Mapped[Department | None] = relationship(remote_side=[id])


class DepartmentAlias(Base):
    """Another name a document uses for a department (科技局, 市科技局, 工商质监局 …)."""

    __tablename__ = "department_aliases"
    __table_args__ = (UniqueConstraint("department_id", "alias"), not_blank("alias", "alias"))

    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(200), index=True)

    department: Mapped[Department] = relationship(back_populates="aliases")
