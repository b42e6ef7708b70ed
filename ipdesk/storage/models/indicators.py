"""Indicators, their yearly targets, responsible departments and reported values."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ipdesk.domain.enums import Direction, IndicatorCategory, IndicatorKind, Role, Source
from ipdesk.storage.models.base import Base, Timestamped, not_blank, one_of
from ipdesk.storage.models.history import ImportBatch
from ipdesk.storage.models.organisation import AdminUnit, Department
from ipdesk.storage.models.plans import YEAR_RANGE, Plan
from ipdesk.storage.models.reporting import ReportingPeriod


class Indicator(Timestamped, Base):
    __tablename__ = "indicators"
    __table_args__ = (
        UniqueConstraint("plan_id", "name"),
        not_blank("name", "name"),
        one_of("category", IndicatorCategory.values(), "category"),
        one_of("kind", IndicatorKind.values(), "kind"),
        one_of("direction", Direction.values(), "direction"),
        CheckConstraint(f"baseline_year IS NULL OR baseline_year {YEAR_RANGE}", name="baseline_year"),
        CheckConstraint("baseline_value IS NULL OR baseline_year IS NOT NULL", name="baseline_needs_year"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    code: Mapped[str | None] = mapped_column(String(20))  # 编号/序号 as written
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(30), default="")  # 件, 亿元, %, 件/万人 …
    category: Mapped[str] = mapped_column(String(16), default=IndicatorCategory.OTHER.value)
    kind: Mapped[str] = mapped_column(String(20), default=IndicatorKind.LEVEL.value)
    direction: Mapped[str] = mapped_column(String(8), default=Direction.HIGHER.value)
    baseline_year: Mapped[int | None] = mapped_column(Integer)
    baseline_value: Mapped[float | None] = mapped_column(Float)
    definition: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)  # 达到 / 突破 / 累计 / 年均增长, 预期性 …
    position: Mapped[int] = mapped_column(Integer, default=0)
    line_first: Mapped[int | None] = mapped_column(Integer)
    line_last: Mapped[int | None] = mapped_column(Integer)

    plan: Mapped[Plan] = relationship()
    targets: Mapped[list[IndicatorTarget]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", passive_deletes=True, order_by="IndicatorTarget.year"
    )
    departments: Mapped[list[IndicatorDepartment]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", passive_deletes=True
    )


class IndicatorTarget(Base):
    """The target for one year (a number, or text for qualitative indicators)."""

    __tablename__ = "indicator_targets"
    __table_args__ = (
        UniqueConstraint("indicator_id", "year"),
        CheckConstraint(f"year {YEAR_RANGE}", name="year"),
        CheckConstraint("value IS NOT NULL OR value_text IS NOT NULL", name="has_value"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    value: Mapped[float | None] = mapped_column(Float)
    value_text: Mapped[str | None] = mapped_column(String(200))

    indicator: Mapped[Indicator] = relationship(back_populates="targets")


class IndicatorDepartment(Base):
    __tablename__ = "indicator_departments"
    __table_args__ = (UniqueConstraint("indicator_id", "department_id"), one_of("role", Role.values(), "role"))

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"), index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id", ondelete="RESTRICT"), index=True)
    role: Mapped[str] = mapped_column(String(16), default=Role.RESPONSIBLE.value)

    indicator: Mapped[Indicator] = relationship(back_populates="departments")
    department: Mapped[Department] = relationship()


class IndicatorValue(Timestamped, Base):
    """An actual value of an indicator for one period and administrative unit."""

    __tablename__ = "indicator_values"
    __table_args__ = (
        UniqueConstraint("indicator_id", "period_id", "unit_id"),
        one_of("source", Source.values(), "source"),
        CheckConstraint("value IS NOT NULL OR value_text IS NOT NULL", name="has_value"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"), index=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("reporting_periods.id", ondelete="RESTRICT"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("admin_units.id", ondelete="RESTRICT"), index=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id", ondelete="SET NULL"))
    value: Mapped[float | None] = mapped_column(Float)
    value_text: Mapped[str | None] = mapped_column(String(200))
    submitted_on: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(16), default=Source.MANUAL.value)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id", ondelete="SET NULL"), index=True)
    note: Mapped[str | None] = mapped_column(Text)

    indicator: Mapped[Indicator] = relationship()
    period: Mapped[ReportingPeriod] = relationship()
    unit: Mapped[AdminUnit] = relationship()
    batch: Mapped[ImportBatch | None] = relationship()
