"""导入导出: take in the Excel files departments send back, and send out forms and task assignment tables.

Files come in by a drop (on the drop zone or anywhere on the window), the file picker or the folder
picker. They are previewed first — per file its state, per row what would change, every problem —
and written only on 确认导入, all of them in one transaction. Unknown department names are resolved
inline, conflicts overwritten only where ticked. All Excel work runs on the operation runner's worker
thread with a cancellable progress dialog; the import history below refreshes itself from the change
signal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipdesk.errors import IpdeskError
from ipdesk.excel.progress import Cancelled
from ipdesk.services.departments import DepartmentInfo
from ipdesk.services.exchange import EXCEL_SUFFIXES, FilePreview, ImportPreview, ImportResult, Resolutions, UndoResult
from ipdesk.services.history import BatchInfo
from ui.context import AppContext
from ui.dialogs.export_forms_dialog import ExportFormsDialog
from ui.dialogs.export_table_dialog import ExportTableDialog
from ui.operations import Operation, OperationContext, Work
from ui.pages.base import Page
from ui.pages.exchange.drop_zone import DropZone
from ui.pages.exchange.history_panel import HistoryPanel, undo_targets
from ui.pages.exchange.preview_panel import PreviewPanel
from ui.pages.exchange.result_panel import ResultPanel
from ui.pages.exchange.summary import result_summary
from ui.widgets import hint_label, title_label

INFO_STYLE = "background: #e8f0fb; border: 1px solid #b7cbe8; border-radius: 4px; padding: 6px;"
ERROR_STYLE = "background: #fdecea; border: 1px solid #e6a49c; border-radius: 4px; padding: 6px; color: #8c1d13;"

PreviewData = tuple[ImportPreview, list[DepartmentInfo]]


def folder_link(path: Path, text: str) -> str:
    """A link that opens the folder holding ``path`` (the message label opens it with QDesktopServices)."""
    return f'<a href="{QUrl.fromLocalFile(str(path.parent)).toString()}">{escape(text)}</a>'


class ExchangePage(Page):
    KEY = "exchange"
    WATCHES = frozenset({"import_batches"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._paths: list[str] = []
        self._departments: dict[str, int | None] = {}  # the clerk's answers for unknown names
        self._last_commit: tuple[int, ...] = ()
        self._result: tuple[ImportPreview, ImportResult] | None = None
        self._operation: Operation[Any] | None = None

        self.title = title_label(self)
        self.hint = hint_label(self)
        self.table_export_button = QPushButton(self)
        self.forms_export_button = QPushButton(self)
        self.drop_zone = DropZone(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setOpenExternalLinks(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.message.hide()
        self.preview_panel = PreviewPanel(self)
        self.result_panel = ResultPanel(self)
        self.preview_panel.hide()
        self.result_panel.hide()
        self.history = HistoryPanel(self)
        self.stack, self.empty_label = self.history.stack, self.history.empty_label  # as the first version had them

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.table_export_button, 0, Qt.AlignmentFlag.AlignBottom)
        header.addWidget(self.forms_export_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.hint)
        layout.addWidget(self.drop_zone)
        layout.addWidget(self.message)
        layout.addWidget(self.result_panel)
        layout.addWidget(self.preview_panel, 1)  # the preview and the history take turns
        layout.addWidget(self.history, 1)

        self.drop_zone.dropped.connect(self.import_paths)
        self.drop_zone.files_requested.connect(self.choose_files)
        self.drop_zone.folder_requested.connect(self.choose_folder)
        self.preview_panel.confirm_requested.connect(self.confirm)
        self.preview_panel.cancel_requested.connect(self.cancel_preview)
        self.preview_panel.export_problems_requested.connect(self.export_problems)
        self.preview_panel.departments_resolved.connect(self.resolve_departments)
        self.result_panel.closed.connect(self._show_history)
        self.history.undo_button.clicked.connect(self.undo_last)
        self.table_export_button.clicked.connect(self.open_table_export)
        self.forms_export_button.clicked.connect(self.open_forms_export)
        self.setFocusProxy(self.drop_zone)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Import and export"))
        self.hint.setText(
            self.tr(
                "Take in the forms departments send back and the task assignment tables you receive; send out "
                "report forms and task assignment tables. Every import is previewed first and can be undone."
            )
        )
        self.table_export_button.setText(self.tr("Export task assignment table…"))
        self.forms_export_button.setText(self.tr("Export report forms…"))
        if self._result is not None:
            self.result_panel.show_summary(result_summary(*self._result))

    # -- history ------------------------------------------------------------------------------------------

    def loader(self) -> Work[Any]:
        services = self.ctx.services
        return lambda _context: services.history.batches()

    def show_data(self, data: list[BatchInfo]) -> None:
        self.history.show_batches(data)

    # -- what tests and the window drive --------------------------------------------------------------------

    def import_paths(self, paths: Sequence[str]) -> None:
        """Preview ``paths`` (files and folders) as a new import."""
        if self.is_busy():
            self.say(self.tr("Please wait until the current step has finished."), error=True)
            return
        self._paths = [str(p) for p in paths]
        self._departments = {}
        self._result = None
        self.preview_panel.clear()
        self.say("")
        self._preview({})

    def is_busy(self) -> bool:
        return self._operation is not None and self._operation.is_running()

    def ask_files(self) -> list[str]:
        """Files from an open dialog (tests replace this)."""
        patterns = " ".join(f"*{suffix}" for suffix in EXCEL_SUFFIXES)
        filters = ";;".join(
            (self.tr("Excel and WPS spreadsheets ({patterns})").format(patterns=patterns), self.tr("All files (*)"))
        )
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Choose the files to import"), self._start_dir(), filters
        )
        return paths

    def ask_folder(self) -> str | None:
        """A folder from a folder dialog (tests replace this)."""
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder to import"), self._start_dir())
        return path or None

    def ask_problem_path(self, file: FilePreview) -> Path | None:
        """Where to save a file's problem list (tests replace this)."""
        original = Path(file.path)
        suggested = original.with_name(self.tr("{stem} - problems.xlsx").format(stem=original.stem))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the problem list"), str(suggested), self.tr("Excel workbooks (*.xlsx)")
        )
        if not path:
            return None
        target = Path(path)
        return target if target.suffix.lower() == ".xlsx" else target.with_suffix(".xlsx")

    def ask_confirmation(self, title: str, text: str) -> bool:
        """Yes or no from a message box (tests replace this)."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _start_dir(self) -> str:
        return str(Path(self._paths[0]).parent) if self._paths else str(Path.home())

    def choose_files(self) -> None:
        paths = self.ask_files()
        if paths:
            self.import_paths(paths)

    def choose_folder(self) -> None:
        folder = self.ask_folder()
        if folder:
            self.import_paths([folder])

    # -- preview --------------------------------------------------------------------------------------------

    def _preview(self, aliases: dict[str, int]) -> None:
        services = self.ctx.services
        paths = list(self._paths)
        resolutions = Resolutions(departments=dict(self._departments))

        def work(context: OperationContext) -> PreviewData:
            for name, department_id in aliases.items():
                services.departments.add_alias(department_id, name)
            preview = services.exchange.preview(paths, resolutions=resolutions, progress=context.as_progress())
            return preview, services.departments.list()

        self._run(work, self.tr("Reading and checking the files…"), self._previewed)

    def _previewed(self, data: PreviewData) -> None:
        preview, departments = data
        self.preview_panel.show_preview(preview, departments)
        self._show_preview()
        if not preview.files:
            self.say(self.tr("The folder holds no files to import."), error=True)

    def resolve_departments(self, choices: dict[str, int | None]) -> None:
        """Remember the clerk's answers (a mapping also as an alias of the department) and preview again."""
        if not choices:
            self.say(self.tr("Choose a department for at least one of the names first."), error=True)
            return
        self._departments.update(choices)
        self._preview({name: department_id for name, department_id in choices.items() if department_id is not None})

    def cancel_preview(self) -> None:
        self.preview_panel.clear()
        self._show_history()
        self.say(self.tr("Import cancelled; nothing was written."))

    def export_problems(self, file_index: int) -> None:
        preview = self.preview_panel.preview
        file = next((f for f in preview.files if f.index == file_index), None) if preview else None
        if preview is None or file is None:
            return
        path = self.ask_problem_path(file)
        if path is None:
            return
        exchange = self.ctx.services.exchange
        self._run(
            lambda _context: exchange.export_problems(preview, file_index, path),
            self.tr("Writing the problem list…"),
            self._problems_exported,
            cancellable=False,
        )

    def _problems_exported(self, path: Path) -> None:
        text = self.tr("Problem list saved: {path}. Send it back to the department; the cells to fix are marked.")
        self.say(
            escape(text.format(path=path)) + " " + folder_link(path, self.tr("Open folder")),
            rich=True,
        )

    # -- commit and undo ------------------------------------------------------------------------------------

    def confirm(self) -> None:
        preview = self.preview_panel.preview
        if preview is None or not self.preview_panel.confirm_button.isEnabled():
            return
        resolutions = Resolutions(
            departments=dict(self._departments),
            overwrite=self.preview_panel.overwrite_keys(),
            skip_files=self.preview_panel.skipped_files(),
        )
        exchange = self.ctx.services.exchange

        def work(context: OperationContext) -> tuple[ImportPreview, ImportResult]:
            return preview, exchange.commit(preview, resolutions, progress=context.as_progress())

        self._run(work, self.tr("Importing…"), self._committed)

    def _committed(self, outcome: tuple[ImportPreview, ImportResult]) -> None:
        preview, result = outcome
        self._last_commit = result.batch_ids
        self._result = outcome
        self.preview_panel.clear()
        self.result_panel.show_summary(result_summary(preview, result))
        self._show_result()
        self.say("")

    def undo_last(self) -> None:
        targets = undo_targets(self.history.model.rows(), self._last_commit)
        if not targets:
            self.say(self.tr("There is no import to undo."), error=True)
            return
        if len(targets) == 1:
            text = self.tr(
                'Undo the import of "{name}" ({when})? Everything it wrote is put back as it was before.'
            ).format(name=targets[0].file_name, when=targets[0].imported_at.strftime("%Y-%m-%d %H:%M"))
        else:
            text = self.tr(
                "Undo the last import of {count} files ({names})? Everything they wrote is put back as it was before."
            ).format(
                count=len(targets),
                names="、".join(t.file_name for t in targets[:3]) + ("…" if len(targets) > 3 else ""),
            )
        if not self.ask_confirmation(self.tr("Undo last import"), text):
            return
        exchange = self.ctx.services.exchange
        ids = [t.id for t in targets]

        def work(_context: OperationContext) -> list[UndoResult]:
            return [exchange.undo(batch_id) for batch_id in ids]

        self._run(work, self.tr("Undoing the import…"), self._undone, cancellable=False)

    def _undone(self, results: list[UndoResult]) -> None:
        self._last_commit = ()
        if self._result is not None:
            self._result = None
            self._show_history()
        names = "、".join(r.file_name for r in results)
        self.say(
            self.tr("Import undone: {names} ({count} changes put back).").format(
                names=names, count=sum(r.reverted for r in results)
            )
        )

    # -- exports --------------------------------------------------------------------------------------------

    def open_table_export(self) -> ExportTableDialog:
        dialog = ExportTableDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_forms_export(self) -> ExportFormsDialog:
        dialog = ExportFormsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- plumbing -------------------------------------------------------------------------------------------

    def say(self, text: str, *, rich: bool = False, error: bool = False) -> None:
        """The inline message under the drop zone (empty hides it)."""
        self.message.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.message.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show_preview(self) -> None:
        """A preview takes the room of the history."""
        self.result_panel.hide()
        self.history.hide()
        self.preview_panel.show()
        self.drop_zone.set_compact(True)

    def _show_result(self) -> None:
        """The summary of an import, above the history that now lists its files."""
        self.preview_panel.hide()
        self.history.show()
        self.result_panel.show()
        self.drop_zone.set_compact(True)

    def _show_history(self) -> None:
        self._result = None
        self.preview_panel.hide()
        self.result_panel.hide()
        self.history.show()
        self.drop_zone.set_compact(False)

    def _run(self, work: Work[Any], label: str, on_success: Callable[[Any], None], *, cancellable: bool = True) -> None:
        def failed(error: BaseException) -> bool:
            if isinstance(error, Cancelled):
                self.say(self.tr("Cancelled; nothing was written."))
                return True
            if isinstance(error, IpdeskError):
                self.say(error.message, error=True)  # a clerk's matter: said on the page
                return True
            return False  # a bug: the error presenter shows it with its details

        self._set_busy(True)
        self._operation = self.ctx.operations.run(
            work, parent=self, label=label, on_success=on_success, on_failure=failed, cancellable=cancellable
        )
        self._operation.finished.connect(lambda: self._set_busy(False))

    def _set_busy(self, busy: bool) -> None:
        """While a step runs, nothing else can be started from the page."""
        self.drop_zone.files_button.setEnabled(not busy)
        self.drop_zone.folder_button.setEnabled(not busy)
        self.preview_panel.set_busy(busy)
        self.history.set_busy(busy)
