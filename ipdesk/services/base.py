"""Shared plumbing for services: lookups that raise clerk-readable errors, and input cleaning."""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ipdesk.errors import ConflictError, NotFoundError, ValidationError
from ipdesk.i18n import translate
from ipdesk.storage.database import Database

M = TypeVar("M")


class Service:
    """A service owns its transactions: one public call, one unit of work, plain data returned."""

    def __init__(self, database: Database) -> None:
        self.db = database


def fetch(session: Session, model: type[M], key: Any, what: str) -> M:
    obj = session.get(model, key)
    if obj is None:
        raise NotFoundError(what, key)
    return obj


def clean_text(value: object, label: str, *, required: bool = False, max_length: int | None = None) -> str | None:
    """Trim ``value``; None/blank becomes None (or an error when required); length is checked, never cut."""
    text = "" if value is None else str(value).strip()
    if not text:
        if required:
            raise ValidationError(translate("Errors", "{field} must not be empty.").format(field=label), field=label)
        return None
    if max_length is not None and len(text) > max_length:
        raise ValidationError(
            translate("Errors", "{field} is too long ({length} characters; at most {limit}).").format(
                field=label, length=len(text), limit=max_length
            ),
            field=label,
        )
    return text


def require_text(value: object, label: str, *, max_length: int | None = None) -> str:
    text = clean_text(value, label, required=True, max_length=max_length)
    assert text is not None
    return text


def check_choice(value: str, allowed: tuple[str, ...], label: str) -> str:
    if value not in allowed:
        raise ValidationError(
            translate("Errors", '"{value}" is not a valid {field}; choose one of: {choices}.').format(
                value=value, field=label, choices=", ".join(allowed)
            ),
            field=label,
        )
    return value


def check_year(value: int | None, label: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1990 <= value <= 2100:
        raise ValidationError(
            translate("Errors", "{field} must be a year between 1990 and 2100.").format(field=label), field=label
        )
    return value


def check_submitted_on(value: date | None, today: date | None = None) -> date | None:
    """The day a department submitted a report or value: none yet to come (None: not given)."""
    if value is not None and value > (today or date.today()):
        raise ValidationError(
            translate("Errors", "The submission date {date} is in the future.").format(date=value.isoformat()),
            field="submitted_on",
        )
    return value


def flush_or_conflict(session: Session, message: str) -> None:
    """Flush, turning a unique-key violation into a ConflictError with ``message``."""
    try:
        session.flush()
    except IntegrityError as exc:
        raise ConflictError(message) from exc
