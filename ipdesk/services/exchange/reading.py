"""Reading one file for import: its hash, whether it was applied before, its tables and what kind of form it is."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from ipdesk.domain.enums import BatchKind, BatchStatus
from ipdesk.errors import InputFileError
from ipdesk.excel import formspec as spec
from ipdesk.excel import layout as lay
from ipdesk.excel.guards import Limits
from ipdesk.excel.sandbox import SandboxReader
from ipdesk.excel.tables import WorkbookRead, read_tables
from ipdesk.i18n import translate
from ipdesk.services.exchange.paths import sha256_of
from ipdesk.services.exchange.planning import ParsedFile
from ipdesk.services.exchange.records import FilePreview, FileState
from ipdesk.storage.database import Database
from ipdesk.storage.models import ImportBatch


def read_file(
    db: Database, index: int, path: Path, reader: SandboxReader, *, limits: Limits, isolate: bool
) -> ParsedFile | FilePreview:
    """The file read and classified, or the preview saying why it goes no further (missing, duplicate …)."""
    name = path.name
    try:
        digest = sha256_of(path)
    except OSError:
        return FilePreview(
            index,
            str(path),
            name,
            FileState.UNREADABLE,
            translate("Excel", "The file does not exist or cannot be opened."),
        )
    with db.reading() as session:
        earlier = session.scalars(
            select(ImportBatch)
            .where(ImportBatch.sha256 == digest, ImportBatch.status == BatchStatus.APPLIED.value)
            .order_by(ImportBatch.id.desc())
        ).first()
        if earlier is not None:
            return FilePreview(
                index,
                str(path),
                name,
                FileState.DUPLICATE,
                translate(
                    "Excel", "This exact file was already imported on {date} (import {batch}); it is skipped."
                ).format(date=earlier.imported_at.strftime("%Y-%m-%d %H:%M"), batch=earlier.id),
                sha256=digest,
                kind=earlier.kind,
                duplicate_of_batch_id=earlier.id,
            )
    try:
        read = read_tables(path, limits=limits, isolate=isolate, reader=reader)
    except InputFileError as exc:
        return FilePreview(index, str(path), name, FileState.UNREADABLE, exc.message, sha256=digest)
    identity = spec.read_identity(read.grid)
    kind = _kind(read, identity)
    if kind is None:
        reasons = "; ".join(f"{n.sheet}: {n.reason}" for n in read.ignored) or translate("Excel", "no sheets")
        return FilePreview(
            index,
            str(path),
            name,
            FileState.BLOCKED,
            translate("Excel", "No 分工表 or report form was found in the file ({reasons}).").format(reasons=reasons),
            sha256=digest,
        )
    return ParsedFile(index, path, digest, read, identity, kind)


def _kind(read: WorkbookRead, identity: spec.Identity | None) -> str | None:
    """The :class:`BatchKind` of a workbook: by its identity sheet if it has one, else by its tables."""
    if identity is not None and identity.kind == spec.ASSIGNMENT_TABLE:
        return BatchKind.ASSIGNMENT.value
    if (identity is not None and identity.kind == spec.PROGRESS_FORM) or any(
        t.kind == lay.PROGRESS for t in read.tables
    ):
        return BatchKind.PROGRESS.value
    if any(t.kind == lay.ASSIGNMENT for t in read.tables):
        return BatchKind.ASSIGNMENT.value
    if read.tables:
        return BatchKind.INDICATOR.value
    return None
