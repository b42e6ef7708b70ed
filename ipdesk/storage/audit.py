"""Automatic audit trail and change tracking for every ORM flush.

Every inserted or deleted row is written to ``audit_log`` with its values as JSON; every changed field
as old → new. The session's ``info`` carries the source (manual, import …) and the import batch, so
an import can later be undone from its audit entries. The tables touched are collected so that, after
commit, one "changed" notification can tell every screen what to refresh.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, attributes

from ipdesk.domain.enums import AuditAction, Source
from ipdesk.storage.models import AuditEntry
from ipdesk.storage.models.base import utcnow

SOURCE_KEY = "audit_source"
BATCH_KEY = "audit_batch_id"
CHANGED_KEY = "changed_tables"
IGNORED_TABLES = frozenset({AuditEntry.__tablename__})
IGNORED_FIELDS = frozenset({"created_at", "updated_at"})


def encode(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _row_json(obj: Any) -> str:
    mapper = inspect(obj).mapper
    values = {attr.key: getattr(obj, attr.key) for attr in mapper.column_attrs}
    return json.dumps(values, ensure_ascii=False, default=lambda v: v.isoformat())


def _entries(session: Session) -> list[dict[str, Any]]:
    source = str(session.info.get(SOURCE_KEY, Source.MANUAL))
    batch_id = session.info.get(BATCH_KEY)
    now = utcnow()
    changed: set[str] = session.info.setdefault(CHANGED_KEY, set())
    rows: list[dict[str, Any]] = []

    def add(obj: Any, action: AuditAction, **values: Any) -> None:
        rows.append(
            {
                "at": now,
                "table_name": obj.__tablename__,
                "row_key": ",".join(str(v) for v in inspect(obj).mapper.primary_key_from_instance(obj)),
                "action": action.value,
                "source": source,
                "batch_id": batch_id,
                **values,
            }
        )

    for obj in session.new:
        if obj.__tablename__ in IGNORED_TABLES:
            continue
        changed.add(obj.__tablename__)
        add(obj, AuditAction.INSERT, field=None, old_value=None, new_value=_row_json(obj))
    for obj in session.dirty:
        if obj.__tablename__ in IGNORED_TABLES or not session.is_modified(obj, include_collections=False):
            continue
        for attr in inspect(obj).mapper.column_attrs:
            if attr.key in IGNORED_FIELDS:
                continue
            history = attributes.get_history(obj, attr.key)
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old == new:
                continue
            changed.add(obj.__tablename__)
            add(obj, AuditAction.UPDATE, field=attr.key, old_value=encode(old), new_value=encode(new))
    for obj in session.deleted:
        if obj.__tablename__ in IGNORED_TABLES:
            continue
        changed.add(obj.__tablename__)
        add(obj, AuditAction.DELETE, field=None, old_value=_row_json(obj), new_value=None)
    return rows


def _after_flush(session: Session, _flush_context: Any) -> None:
    if session.info.get("audit_disabled"):
        return
    rows = _entries(session)
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


class AuditedSession(Session):
    """The session class every :class:`Database` uses: each flush is audited and its tables collected.

    The hook is attached to this class once, at import. Attaching it to each ``sessionmaker`` instead
    (guarded by ``event.contains``) let a database go unaudited now and then: SQLAlchemy keys class
    listeners by ``id()`` and never forgets them, so a new sessionmaker's class allocated where a
    collected one had been was taken to have the hook already.
    """


event.listen(AuditedSession, "after_flush", _after_flush)
