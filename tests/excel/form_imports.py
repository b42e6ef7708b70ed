"""What the tests of imported forms share: importing a file, and the audit trail of the rows it wrote."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from ipdesk.services.exchange import ExchangeService
from ipdesk.storage.database import Database
from ipdesk.storage.models import AuditEntry

AuditLine = tuple[str, str | None, str | None, str | None]  # action, field, old value, new value


def import_file(exchange: ExchangeService, path: Path) -> int:
    """Preview and commit one file, which must go in; returns its batch."""
    result = exchange.commit(exchange.preview([path]))
    assert result.files[0].applied, result.files[0].message
    return result.batch_ids[0]


def audit_trail(database: Database, table: str, row_id: int, after: int = 0) -> list[AuditLine]:
    """A row's audit entries after entry ``after``, sorted (so field changes come in field order)."""
    with database.reading() as session:
        entries = session.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == table, AuditEntry.row_key == str(row_id), AuditEntry.id > after
            )
        ).all()
        return sorted((e.action, e.field, e.old_value, e.new_value) for e in entries if e.field != "updated_at")


def last_audit_id(database: Database) -> int:
    with database.reading() as session:
        return max(session.scalars(select(AuditEntry.id)).all(), default=0)
