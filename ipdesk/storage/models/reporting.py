"""Reporting periods and departments' task progress reports."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ipdesk.domain.enums import PeriodKind, Source, TaskStatus
from ipdesk.storage.models.base import Base, Timestamped, one_of
from ipdesk.storage.models.history import ImportBatch
from ipdesk.storage.models.plans import YEAR_RANGE, TaskAssignment

PERIOD_COVER_INDEX = "ix_task_reports_period_cover"


class ReportingPeriod(Base):
    """A period departments report for, written ``2024``, ``2024H1``, ``2024Q2`` or ``2024-05``."""

    __tablename__ = "reporting_periods"
    __table_args__ = (
        UniqueConstraint("code"),
        UniqueConstraint("kind", "year", "number"),
        one_of("kind", PeriodKind.values(), "kind"),
        CheckConstraint(f"year {YEAR_RANGE}", name="year"),
        CheckConstraint(
            "(kind = 'year' AND number = 1) OR (kind = 'half' AND number BETWEEN 1 AND 2)"
            " OR (kind = 'quarter' AND number BETWEEN 1 AND 4) OR (kind = 'month' AND number BETWEEN 1 AND 12)",
            name="number",
        ),
        CheckConstraint("end_date >= start_date", name="date_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(8))
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer, default=1)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)


class TaskReport(Timestamped, Base):
    """The current progress report of one assignment for one period.

    Earlier versions live in the audit log (and in the archived import files), so a newer submission
    replaces this row while history keeps both.
    """

    __tablename__ = "task_reports"
    __table_args__ = (
        UniqueConstraint("assignment_id", "period_id"),
        one_of("status", TaskStatus.values(), "status"),
        one_of("source", Source.values(), "source"),
        CheckConstraint("percent IS NULL OR percent BETWEEN 0 AND 100", name="percent"),
        # The overview counts a whole period's reports by status, percent and date: with these columns in the
        # index it reads only the index, never the rows with their long texts (see db/versions/0002).
        Index(PERIOD_COVER_INDEX, "period_id", "assignment_id", "status", "percent", "submitted_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("task_assignments.id", ondelete="CASCADE"), index=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("reporting_periods.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(16), default=TaskStatus.IN_PROGRESS.value)
    percent: Mapped[int | None] = mapped_column(Integer)
    progress: Mapped[str | None] = mapped_column(Text)  # 进展情况
    problems: Mapped[str | None] = mapped_column(Text)  # 存在问题
    next_steps: Mapped[str | None] = mapped_column(Text)  # 下步计划
    reporter: Mapped[str | None] = mapped_column(String(100))  # 填报人
    submitted_on: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(16), default=Source.MANUAL.value)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id", ondelete="SET NULL"), index=True)

    assignment: Mapped[TaskAssignment] = relationship()
    period: Mapped[ReportingPeriod] = relationship()
    batch: Mapped[ImportBatch | None] = relationship()
