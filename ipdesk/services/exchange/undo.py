"""Undo of an import: replay its audit entries backwards, newest first, unless later changes touched the same rows."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, select, update
from sqlalchemy.orm import Session

from ipdesk.domain.enums import BatchStatus, Source
from ipdesk.errors import ConflictError, NotFoundError
from ipdesk.i18n import translate
from ipdesk.services.exchange.records import UndoResult
from ipdesk.storage.database import Database
from ipdesk.storage.models import AuditEntry, Base, ImportBatch
from ipdesk.storage.models.base import utcnow


def undo(db: Database, batch_id: int) -> UndoResult:
    with db.transaction(source=Source.IMPORT, batch_id=batch_id) as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFoundError(translate("Excel", "Import"), batch_id)
        if batch.status != BatchStatus.APPLIED.value:
            raise ConflictError(translate("Excel", "Import {batch} was already undone.").format(batch=batch_id))
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.batch_id == batch_id, AuditEntry.table_name != ImportBatch.__tablename__)
            .order_by(AuditEntry.id.desc())
        ).all()
        if entries:
            _check_no_later_changes(session, batch_id, entries)
        models = {mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers}
        for entry in entries:
            model = models.get(entry.table_name)
            if model is not None:
                _revert(session, model, entry)
        session.execute(
            update(ImportBatch).where(ImportBatch.superseded_by_id == batch_id).values(superseded_by_id=None)
        )
        batch.status = BatchStatus.UNDONE.value
        batch.undone_at = utcnow()
        return UndoResult(batch_id, batch.file_name, len(entries))


def last_undoable_batch(db: Database) -> int | None:
    with db.reading() as session:
        return session.scalars(
            select(ImportBatch.id)
            .where(ImportBatch.status == BatchStatus.APPLIED.value)
            .order_by(ImportBatch.id.desc())
        ).first()


def _revert(session: Session, model: type, entry: AuditEntry) -> None:
    """Take back one audited insert, update or delete."""
    key = _primary_key(entry.row_key)
    if entry.action == "insert":
        obj = session.get(model, key)
        if obj is not None:
            session.delete(obj)
            session.flush()
    elif entry.action == "update":
        obj = session.get(model, key)
        if obj is not None and entry.field:
            setattr(obj, entry.field, _decode(model, entry.field, entry.old_value))
            session.flush()
    elif entry.action == "delete" and entry.old_value:
        raw = json.loads(entry.old_value)
        values = {name: _decode(model, name, _json_text(value)) for name, value in raw.items()}
        session.add(model(**values))
        session.flush()


def _check_no_later_changes(session: Session, batch_id: int, entries: Sequence[AuditEntry]) -> None:
    first = min(e.id for e in entries)
    touched = {(e.table_name, e.row_key) for e in entries}
    later = session.scalars(
        select(AuditEntry).where(
            AuditEntry.id > first,
            AuditEntry.table_name != ImportBatch.__tablename__,
            (AuditEntry.batch_id.is_(None)) | (AuditEntry.batch_id != batch_id),
        )
    ).all()
    undone = set(session.scalars(select(ImportBatch.id).where(ImportBatch.status == BatchStatus.UNDONE.value)).all())
    blocking = [
        e for e in later if (e.table_name, e.row_key) in touched and (e.batch_id is None or e.batch_id not in undone)
    ]
    if blocking:
        by = sorted({str(e.batch_id) for e in blocking if e.batch_id is not None})
        raise ConflictError(
            translate(
                "Excel",
                "Rows of import {batch} were changed afterwards ({who}); undo those changes first.",
            ).format(
                batch=batch_id,
                who=translate("Excel", "imports {ids}").format(ids=", ".join(by))
                if by
                else translate("Excel", "by hand"),
            )
        )


def _primary_key(row_key: str) -> Any:
    parts = row_key.split(",")
    values = [int(p) if p.lstrip("-").isdigit() else p for p in parts]
    return values[0] if len(values) == 1 else tuple(values)


def _json_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value)


def _decode(model: type, name: str, text: str | None) -> Any:
    """Turn an audit log value (as :func:`ipdesk.storage.audit.encode` wrote it) back into the column's type."""
    if text is None:
        return None
    column = model.__table__.columns[name]  # type: ignore[attr-defined]
    kind = column.type
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(text)
    if isinstance(kind, Date):
        return date.fromisoformat(text[:10])
    if isinstance(kind, Boolean):
        return text in ("true", "1", "True")
    if isinstance(kind, Integer):
        return int(float(text))
    if isinstance(kind, Float):
        return float(text)
    return text
