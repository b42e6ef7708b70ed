"""Read access to the audit log and the import batches."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ipdesk.services.base import Service
from ipdesk.storage.models import AuditEntry, ImportBatch


@dataclass(frozen=True)
class AuditInfo:
    id: int
    at: datetime
    table_name: str
    row_key: str
    action: str
    field: str | None
    old_value: str | None
    new_value: str | None
    source: str
    batch_id: int | None


@dataclass(frozen=True)
class BatchInfo:
    id: int
    file_name: str
    sha256: str
    kind: str
    status: str
    imported_at: datetime
    rows_total: int
    rows_new: int
    rows_changed: int
    rows_unchanged: int
    rows_rejected: int


class HistoryService(Service):
    def changes(
        self, *, table_name: str | None = None, row_key: str | int | None = None, limit: int = 500
    ) -> list[AuditInfo]:
        """Newest changes first, optionally of one table or one row."""
        with self.db.reading() as session:
            query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
            if table_name is not None:
                query = query.where(AuditEntry.table_name == table_name)
            if row_key is not None:
                query = query.where(AuditEntry.row_key == str(row_key))
            return [
                AuditInfo(
                    e.id,
                    e.at,
                    e.table_name,
                    e.row_key,
                    e.action,
                    e.field,
                    e.old_value,
                    e.new_value,
                    e.source,
                    e.batch_id,
                )
                for e in session.scalars(query)
            ]

    def batches(self, limit: int = 200) -> list[BatchInfo]:
        with self.db.reading() as session:
            query = select(ImportBatch).order_by(ImportBatch.id.desc()).limit(limit)
            return [
                BatchInfo(
                    b.id,
                    b.file_name,
                    b.sha256,
                    b.kind,
                    b.status,
                    b.imported_at,
                    b.rows_total,
                    b.rows_new,
                    b.rows_changed,
                    b.rows_unchanged,
                    b.rows_rejected,
                )
                for b in session.scalars(query)
            ]
