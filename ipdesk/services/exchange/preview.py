"""The preview: read every file, plan what committing would do, write nothing; and its problems sent back."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from ipdesk.domain.enums import BatchKind
from ipdesk.domain.periods import Period
from ipdesk.errors import NotFoundError, ValidationError
from ipdesk.excel.guards import Limits
from ipdesk.excel.problems_writer import write_problem_report
from ipdesk.excel.progress import Progress, report
from ipdesk.excel.sandbox import SandboxReader
from ipdesk.i18n import translate
from ipdesk.services.departments import DepartmentService
from ipdesk.services.exchange.form_import import plan_form
from ipdesk.services.exchange.paths import expand_paths
from ipdesk.services.exchange.planning import FilePlan, ParsedFile, PlanningContext
from ipdesk.services.exchange.reading import read_file
from ipdesk.services.exchange.records import FilePreview, FileState, ImportPreview, Resolutions, RowState
from ipdesk.services.exchange.table_import import plan_table
from ipdesk.storage.database import Database

APPLICABLE_ROWS = (RowState.NEW, RowState.CHANGED, RowState.UNCHANGED, RowState.CONFLICT)


def plan_file(context: PlanningContext, parsed: ParsedFile) -> FilePlan:
    plan = plan_table(context, parsed) if parsed.kind == BatchKind.ASSIGNMENT.value else plan_form(context, parsed)
    return _refused_when_nothing_applies(plan)


def _refused_when_nothing_applies(plan: FilePlan) -> FilePlan:
    """A ready file none of whose rows can go in is refused: not imported, not recorded, not archived.

    Importing it would record the department as having sent its form (and supersede its last good one)
    while nothing was taken from it; its problem list goes back to the department instead.
    """
    file = plan.preview
    if file.state != FileState.READY or any(r.state in APPLICABLE_ROWS for r in file.rows):
        return plan
    rejected = file.count(RowState.INVALID)
    if rejected:
        message = translate(
            "Excel",
            "Every row was refused ({count}); nothing will be imported. "
            "Export the problem list and send it back to be corrected.",
        ).format(count=rejected)
    else:
        message = translate("Excel", "Nothing in this file is filled in; nothing will be imported.")
    plan.preview = replace(file, state=FileState.REFUSED, message=message, supersedes_batch_id=None)
    return plan


def preview(
    db: Database,
    paths: Iterable[str | Path],
    *,
    limits: Limits,
    isolate: bool,
    plan_id: int | None = None,
    period: str | None = None,
    resolutions: Resolutions | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    if period is not None:
        period = Period.parse(period).code
    files = expand_paths(paths)
    resolutions = resolutions or Resolutions()
    previews: list[FilePreview] = []
    parsed_all: list[ParsedFile | None] = []
    registry = DepartmentService(db).registry()
    with SandboxReader(limits) as reader:
        for index, path in enumerate(files):
            report(progress, index, len(files))
            parsed = read_file(db, index, path, reader, limits=limits, isolate=isolate)
            if isinstance(parsed, FilePreview):
                parsed_all.append(None)
                previews.append(parsed)
                continue
            parsed_all.append(parsed)
            with db.reading() as session:
                context = PlanningContext.create(session, registry, resolutions, plan_id, period)
                previews.append(plan_file(context, parsed).preview)
    report(progress, len(files), len(files))
    return ImportPreview(tuple(previews), {"plan_id": plan_id, "period": period}, tuple(parsed_all))


def export_problems(preview: ImportPreview, file_index: int, path: str | Path) -> Path:
    file = next((f for f in preview.files if f.index == file_index), None)
    if file is None:
        raise NotFoundError(translate("Excel", "Previewed file"), file_index)
    if not file.problems:
        raise ValidationError(translate("Excel", "{name} has no problems to send back.").format(name=file.name))
    parsed = preview._parsed[preview.files.index(file)]
    grid = parsed.read.grid if parsed is not None else None
    return write_problem_report(list(file.problems), path, original=file.path, grid=grid)
