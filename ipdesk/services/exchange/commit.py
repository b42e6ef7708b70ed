"""Commit: apply every applicable previewed file in one transaction (all of them, or none), one batch each.

Each file is planned again inside the transaction, so a preview that has gone stale cannot write
stale data; a file changed on disk since the preview is refused. Every row written is tagged with
its :class:`ImportBatch` in the audit log, which is what undo replays backwards.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy.orm import Session

from ipdesk.domain.enums import BatchKind, BatchStatus, Source
from ipdesk.errors import ConflictError, ValidationError
from ipdesk.excel.departments import RegistryRecord
from ipdesk.excel.progress import Progress, report
from ipdesk.i18n import translate
from ipdesk.services.departments import DepartmentService
from ipdesk.services.exchange.form_writes import apply_form
from ipdesk.services.exchange.paths import archive, sha256_of
from ipdesk.services.exchange.planning import FilePlan, ParsedFile, PlanningContext
from ipdesk.services.exchange.preview import plan_file
from ipdesk.services.exchange.records import FileResult, FileState, ImportPreview, ImportResult, Resolutions, RowState
from ipdesk.services.exchange.table_writes import apply_table
from ipdesk.services.periods import ensure_unlocked, get_or_create_period
from ipdesk.storage import audit
from ipdesk.storage.database import Database
from ipdesk.storage.models import ImportBatch


def commit(
    db: Database, preview: ImportPreview, resolutions: Resolutions | None = None, *, progress: Progress | None = None
) -> ImportResult:
    resolutions = resolutions or Resolutions()
    options = dict(preview.options)
    registry = DepartmentService(db).registry()
    results: list[FileResult] = []
    selected: list[ParsedFile] = []
    for file, parsed in zip(preview.files, preview._parsed, strict=True):
        if file.index in resolutions.skip_files:
            results.append(FileResult(file.index, file.name, False, message=translate("Excel", "Skipped by you.")))
        elif parsed is None or not file.applicable:
            results.append(FileResult(file.index, file.name, False, message=file.message))
        else:
            selected.append(parsed)
    for parsed in selected:  # before anything is written: a file changed on disk since the preview stops it all
        _check_unchanged(parsed)
    with db.transaction(source=Source.IMPORT) as session:
        for done, parsed in enumerate(selected):
            report(progress, done, len(selected))
            context = PlanningContext.create(
                session, registry, resolutions, options.get("plan_id"), options.get("period")
            )
            plan = plan_file(context, parsed)
            file = plan.preview
            if file.state == FileState.NEEDS_RESOLUTION:
                names = "、".join(u.name for u in file.unknown_departments)
                raise ValidationError(
                    translate("Excel", "{name}: choose or create these departments first: {names}.").format(
                        name=parsed.path.name, names=names or file.message or ""
                    )
                )
            if file.state != FileState.READY:
                results.append(FileResult(parsed.index, parsed.path.name, False, message=file.message))
                continue
            archived = str(archive(parsed.path, parsed.sha256))  # only what is imported: never a refused file
            results.append(_apply(session, plan, parsed, archived, resolutions, registry))
        report(progress, len(selected), len(selected))
    return ImportResult(tuple(sorted(results, key=lambda r: r.index)))


def _check_unchanged(parsed: ParsedFile) -> None:
    """Refuse a file that changed on disk since it was previewed."""
    try:
        current = sha256_of(parsed.path)
    except OSError:
        current = None
    if current != parsed.sha256:
        raise ConflictError(
            translate("Excel", "{name} changed since the preview; preview it again before importing.").format(
                name=parsed.path.name
            )
        )


def _apply(
    session: Session,
    plan: FilePlan,
    parsed: ParsedFile,
    archive_path: str,
    resolutions: Resolutions,
    registry: Sequence[RegistryRecord],
) -> FileResult:
    """Write one file as a new batch, the rows it writes tagged with it; supersede an older form of the same kind."""
    file = plan.preview
    period = get_or_create_period(session, file.period) if file.period else None
    if period is not None:
        ensure_unlocked(period)
    batch = ImportBatch(
        file_name=parsed.path.name[:300],
        sha256=parsed.sha256,
        kind=parsed.kind,
        status=BatchStatus.APPLIED.value,
        plan_id=file.plan_id,
        department_id=file.department_id,
        period_id=period.id if period else None,
        archive_path=archive_path,
        note=json.dumps({k: v for k, v in plan.meta.items() if v}, ensure_ascii=False) if plan.meta else None,
    )
    session.add(batch)
    session.flush()
    session.info[audit.BATCH_KEY] = batch.id
    if parsed.kind == BatchKind.ASSIGNMENT.value:
        kept = apply_table(session, plan, batch, resolutions, registry)
    else:
        assert period is not None
        kept = apply_form(session, plan, period, batch)
    counts = {state: 0 for state in RowState}
    for row in file.rows:
        counts[row.state] += 1
    superseded = None
    if file.supersedes_batch_id is not None:
        older = session.get(ImportBatch, file.supersedes_batch_id)
        if older is not None:
            older.superseded_by_id = batch.id
            superseded = older.id
    batch.rows_total = len(file.rows)
    batch.rows_new = counts[RowState.NEW]
    batch.rows_changed = counts[RowState.CHANGED]
    batch.rows_unchanged = counts[RowState.UNCHANGED] + counts[RowState.BLANK]
    batch.rows_rejected = counts[RowState.INVALID]
    session.flush()
    session.info[audit.BATCH_KEY] = None
    return FileResult(
        parsed.index,
        parsed.path.name,
        True,
        batch.id,
        None,
        counts[RowState.NEW],
        counts[RowState.CHANGED],
        counts[RowState.UNCHANGED],
        counts[RowState.INVALID],
        kept,
        superseded,
    )
