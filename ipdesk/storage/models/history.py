"""Import batches (every file taken in) and the audit log of every change."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ipdesk.domain.enums import AuditAction, BatchKind, BatchStatus, Source
from ipdesk.storage.models.base import Base, one_of, utcnow


class ImportBatch(Base):
    """One file applied to the database; its SHA-256 recognises the same file arriving again."""

    __tablename__ = "import_batches"
    __table_args__ = (
        one_of("kind", BatchKind.values(), "kind"),
        one_of("status", BatchStatus.values(), "status"),
        CheckConstraint("length(sha256) = 64", name="sha256"),
        CheckConstraint(
            "rows_total >= 0 AND rows_new >= 0 AND rows_changed >= 0 AND rows_unchanged >= 0 AND rows_rejected >= 0",
            name="counts",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default=BatchStatus.APPLIED.value)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id", ondelete="SET NULL"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id", ondelete="SET NULL"))
    period_id: Mapped[int | None] = mapped_column(ForeignKey("reporting_periods.id", ondelete="SET NULL"))
    rows_total: Mapped[int] = mapped_column(Integer, default=0)
    rows_new: Mapped[int] = mapped_column(Integer, default=0)
    rows_changed: Mapped[int] = mapped_column(Integer, default=0)
    rows_unchanged: Mapped[int] = mapped_column(Integer, default=0)
    rows_rejected: Mapped[int] = mapped_column(Integer, default=0)
    archive_path: Mapped[str | None] = mapped_column(String(500))
    superseded_by_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id", ondelete="SET NULL"))
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    note: Mapped[str | None] = mapped_column(Text)


class AuditEntry(Base):
    """One change: an inserted or deleted row (its values as JSON) or one changed field (old → new)."""

    __tablename__ = "audit_log"
    __table_args__ = (
        one_of("action", AuditAction.values(), "action"),
        one_of("source", Source.values(), "source"),
        Index("ix_audit_log_row", "table_name", "row_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    table_name: Mapped[str] = mapped_column(String(50))
    row_key: Mapped[str] = mapped_column(String(100))  # the primary key as text ("42", or a settings key)
    action: Mapped[str] = mapped_column(String(8))
    field: Mapped[str | None] = mapped_column(String(50))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16), default=Source.MANUAL.value)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id", ondelete="SET NULL"), index=True)
