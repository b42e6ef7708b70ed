"""Excel exchange through the database: exports, import preview, all-or-nothing commit, undo.

The flow the GUI page and the CLI share::

    preview = exchange.preview(paths, progress=...)        # reads files (sandboxed), touches nothing
    result = exchange.commit(preview, Resolutions(...))     # one transaction for every file, or none
    exchange.undo(result.batch_ids[0])                      # puts the database back as it was

Each applied file becomes an ``ImportBatch`` (SHA-256, archived original, counts); every row it
writes is tagged with the batch in the audit log, which is what undo replays backwards. The same file
is recognised by its hash and not applied twice; a newer form from the same department and period
supersedes the older batch, and both stay in history.

Where things live: ``records`` (what callers get), ``paths`` (files, hashes, archive), ``reading``
(one file read and classified), ``form_import`` + ``form_rows`` / ``table_import`` (planning a
returned form or a 分工表; ``planning`` holds what preview hands to commit), ``preview``, ``commit``
with ``form_writes`` / ``table_writes``, ``undo``, ``form_export`` / ``table_export``; ``labels``
and ``queries`` are shared by several of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from ipdesk.excel.guards import DEFAULT_LIMITS, Limits
from ipdesk.excel.progress import Progress
from ipdesk.services.base import Service
from ipdesk.services.exchange.paths import EXCEL_SUFFIXES
from ipdesk.services.exchange.records import (
    ExportResult,
    FieldChange,
    FilePreview,
    FileResult,
    FileState,
    FormTarget,
    ImportPreview,
    ImportResult,
    Resolutions,
    RowPreview,
    RowState,
    UndoResult,
    UnknownDepartment,
)
from ipdesk.storage.database import Database


class ExchangeService(Service):
    """The one entry point for Excel work on the database; each method hands over to the module that does it.

    Those modules (and openpyxl behind them) are imported by the method that needs them, not at start-up:
    the window opens without paying for Excel until the clerk first exports or imports.
    """

    def __init__(self, database: Database, *, limits: Limits = DEFAULT_LIMITS, isolate: bool = True) -> None:
        super().__init__(database)
        self.limits = limits
        self.isolate = isolate

    # ---- exports -----------------------------------------------------------------------------------------

    def export_assignment_table(
        self, plan_id: int, path: str | Path, *, year: int | None = None, department_id: int | None = None
    ) -> ExportResult:
        """Write the plan's 任务分工表 (whole plan, one year — undated tasks included — or one department)."""
        from ipdesk.services.exchange import table_export

        return table_export.export_assignment_table(self.db, plan_id, path, year=year, department_id=department_id)

    def form_targets(self, period: str, *, plan_ids: Sequence[int] | None = None) -> list[FormTarget]:
        """Departments with tasks or indicators in the chosen plans (all plans by default)."""
        from ipdesk.services.exchange import form_export

        return form_export.form_targets(self.db, period, plan_ids=plan_ids)

    def export_form(
        self, period: str, department_id: int, path: str | Path, *, plan_ids: Sequence[int] | None = None
    ) -> ExportResult:
        """Write one department's report form for ``period`` (its tasks pre-filled and locked)."""
        from ipdesk.services.exchange import form_export

        return form_export.export_form(self.db, period, department_id, path, plan_ids=plan_ids)

    def export_forms(
        self,
        period: str,
        directory: str | Path,
        *,
        department_ids: Sequence[int] | None = None,
        plan_ids: Sequence[int] | None = None,
        progress: Progress | None = None,
    ) -> list[ExportResult]:
        """One form per department into ``directory`` (every department with work, unless chosen)."""
        from ipdesk.services.exchange import form_export

        return form_export.export_forms(
            self.db, period, directory, department_ids=department_ids, plan_ids=plan_ids, progress=progress
        )

    # ---- import ------------------------------------------------------------------------------------------

    def preview(
        self,
        paths: Iterable[str | Path],
        *,
        plan_id: int | None = None,
        period: str | None = None,
        resolutions: Resolutions | None = None,
        progress: Progress | None = None,
    ) -> ImportPreview:
        """Read every file (folders: the files inside) and show what committing would do; writes nothing.

        ``plan_id`` names the plan a foreign 分工表 goes into (otherwise the file's identity, a title
        match or a new plan); ``period`` applies to forms that do not name their period.
        """
        from ipdesk.services.exchange import preview as _preview

        return _preview.preview(
            self.db,
            paths,
            limits=self.limits,
            isolate=self.isolate,
            plan_id=plan_id,
            period=period,
            resolutions=resolutions,
            progress=progress,
        )

    def commit(
        self, preview: ImportPreview, resolutions: Resolutions | None = None, *, progress: Progress | None = None
    ) -> ImportResult:
        """Apply every applicable file of ``preview`` in one transaction: all of them, or none.

        Files that are duplicates, unreadable, blocked or refused (no row of them can go in) are skipped
        and reported; they leave no import behind. Each file is re-planned against the database inside
        the transaction; a file changed on disk since the preview is refused. Unresolved department
        names abort the whole commit before anything is written.
        """
        from ipdesk.services.exchange import commit as _commit

        return _commit.commit(self.db, preview, resolutions, progress=progress)

    def export_problems(self, preview: ImportPreview, file_index: int, path: str | Path) -> Path:
        """The problems of one previewed file as an .xlsx with the offending cells highlighted."""
        from ipdesk.services.exchange import preview as _preview

        return _preview.export_problems(preview, file_index, path)

    # ---- undo ---------------------------------------------------------------------------------------------

    def undo(self, batch_id: int) -> UndoResult:
        """Put back everything import ``batch_id`` changed, from its audit entries, newest first.

        Refused when a later change (by hand, or by an import that is still applied) touched the same
        rows: undo that first, or correct by hand.
        """
        from ipdesk.services.exchange import undo as _undo

        return _undo.undo(self.db, batch_id)

    def last_undoable_batch(self) -> int | None:
        """The newest applied import (what the GUI's "undo last import" acts on)."""
        from ipdesk.services.exchange import undo as _undo

        return _undo.last_undoable_batch(self.db)


__all__ = [
    "EXCEL_SUFFIXES",
    "ExchangeService",
    "ExportResult",
    "FieldChange",
    "FilePreview",
    "FileResult",
    "FileState",
    "FormTarget",
    "ImportPreview",
    "ImportResult",
    "Resolutions",
    "RowPreview",
    "RowState",
    "UndoResult",
    "UnknownDepartment",
]
