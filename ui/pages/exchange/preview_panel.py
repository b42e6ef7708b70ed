"""The preview of dropped files before anything is written: the files, and for the selected one its rows
(state, changes old → new, the 覆盖 choice for conflicts) and its problems; then 确认导入 or 取消.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ipdesk.services.departments import DepartmentInfo
from ipdesk.services.exchange import FilePreview, ImportPreview, RowState
from ui.models.import_changes import ChangeColumn, ImportChangeModel
from ui.models.import_files import FileColumn, ImportFileModel
from ui.models.import_problems import ImportProblemModel, ProblemColumn
from ui.models.import_rows import ImportRowModel, RowColumn
from ui.pages.exchange.check_delegate import CheckDelegate
from ui.pages.exchange.departments_box import DepartmentsBox, department_labels, unknown_names
from ui.pages.exchange.summary import preview_status
from ui.widgets import fit_columns, hint_label, make_table_view, splitter

ERROR_STYLE = "color: #b3261e;"


CHECK = int(Qt.ItemDataRole.CheckStateRole)


class PreviewPanel(QWidget):
    confirm_requested = Signal()
    cancel_requested = Signal()
    export_problems_requested = Signal(int)  # file index
    departments_resolved = Signal(dict)  # {written name: department id, or None to create}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self._busy = False
        self.files_model = ImportFileModel(self)
        self.rows_model = ImportRowModel(self)
        self.changes_model = ImportChangeModel(self)
        self.problems_model = ImportProblemModel(self)
        self.headline = QLabel(self)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.files_view = make_table_view(self.files_model, self)
        self.departments = DepartmentsBox(self)
        self.departments.resolved.connect(self.departments_resolved)
        self.file_notes = hint_label(self)
        self.file_notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.rows_view = make_table_view(self.rows_model, self)
        self.rows_view.setItemDelegateForColumn(RowColumn.OVERWRITE, CheckDelegate(self.rows_view))
        self.changes_view = make_table_view(self.changes_model, self)
        self.problems_view = make_table_view(self.problems_model, self)
        self.overwrite_all_button = QPushButton(self)
        self.overwrite_all_button.clicked.connect(self._overwrite_all)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._rows_tab(), "")
        self.tabs.addTab(self.problems_view, "")
        notes = QScrollArea(self)
        notes.setWidget(self.file_notes)
        notes.setWidgetResizable(True)
        notes.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tabs.addTab(notes, "")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.confirm_button = QPushButton(self)
        self.confirm_button.setDefault(True)
        self.export_button.clicked.connect(self._export_problems)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.confirm_button.clicked.connect(self.confirm_requested)

        rows = self.files_view.verticalHeader().defaultSectionSize()
        self.files_view.setMinimumHeight(self.files_view.horizontalHeader().sizeHint().height() + 3 * rows + 4)
        split = splitter(Qt.Orientation.Vertical, self, (self.files_view, 2), (self.tabs, 5))
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(self.departments)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

        self.files_view.selectionModel().selectionChanged.connect(self._file_selected)
        self.rows_view.selectionModel().selectionChanged.connect(self._row_selected)
        self.files_model.checks_changed.connect(self.refresh_status)
        self.rows_model.checks_changed.connect(self.refresh_status)
        self.departments.hide()
        self.retranslate_ui()

    def _rows_tab(self) -> QWidget:
        tab = QWidget(self)
        split = splitter(Qt.Orientation.Horizontal, tab, (self.rows_view, 7), (self.changes_view, 3))
        top = QHBoxLayout()
        self.rows_hint = QLabel(tab)
        self.rows_hint.setWordWrap(True)
        top.addWidget(self.rows_hint, 1)
        top.addWidget(self.overwrite_all_button)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        return tab

    def retranslate_ui(self) -> None:
        self.rows_hint.setText(self.tr("Select a row to see each field as it is on file and as the form has it."))
        self.overwrite_all_button.setText(self.tr("Overwrite all conflicts of this file"))
        self.export_button.setText(self.tr("Export problem list…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.confirm_button.setText(self.tr("Confirm import"))
        for model in (self.files_model, self.rows_model, self.changes_model, self.problems_model):
            model.retranslate()
        self._update_tabs()
        self.refresh_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- content ------------------------------------------------------------------------------------------

    def show_preview(self, preview: ImportPreview, departments: Sequence[DepartmentInfo]) -> None:
        """Show a (new or repeated) preview; ticks and overwrite choices of the same files are kept."""
        self.preview = preview
        selected = self.current_file()
        self.files_model.set_rows(preview.files)
        ready = sum(f.applicable for f in preview.files)
        self.headline.setText(
            self.tr("Preview of {count} files, {ready} of them can be imported. Nothing has been written yet.").format(
                count=len(preview.files), ready=ready
            )
        )
        self.departments.show_names(unknown_names(preview.files), department_labels(departments))
        fit_columns(self.files_view, stretch=(FileColumn.MESSAGE,))
        row = self.files_model.row_of_id(selected.index) if selected is not None else None
        self.files_view.selectRow(row if row is not None else self._first_interesting_row())
        self.refresh_status()

    def clear(self) -> None:
        self.preview = None
        self.files_model.set_rows([])
        self.files_model.skipped.clear()
        self.rows_model.set_rows([])
        self.rows_model.overwrite.clear()
        self.changes_model.set_rows([])
        self.problems_model.set_rows([])
        self.departments.show_names([], [])
        self.file_notes.clear()

    def _first_interesting_row(self) -> int:
        """The first file with problems or a question, else the first file."""
        files = self.files_model.rows()
        for row, file in enumerate(files):
            if file.problems or file.unknown_departments:
                return row
        return 0

    def current_file(self) -> FilePreview | None:
        rows = self.files_view.selectionModel().selectedRows() if self.files_view.selectionModel() else []
        return self.files_model.record(rows[0].row()) if rows else None

    def skipped_files(self) -> frozenset[int]:
        return frozenset(self.files_model.skipped)

    def overwrite_keys(self) -> frozenset[str]:
        return frozenset(self.rows_model.overwrite)

    def _file_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        file = self.current_file()
        self.rows_model.set_rows(file.rows if file else [])
        self.problems_model.set_rows(file.problems if file else [])
        self.changes_model.set_rows([])
        fit_columns(self.rows_view, stretch=(RowColumn.CHANGES,))
        fit_columns(self.problems_view, stretch=(ProblemColumn.REASON,))
        self._describe(file)
        self._update_tabs()
        if file is None:
            return
        changed = next((row for row, r in enumerate(self.rows_model.rows()) if r.changes), None)
        if changed is not None:
            self.rows_view.selectRow(changed)  # the cell diff beside it is never empty
        if file.problems and changed is None:
            self.tabs.setCurrentIndex(1)
        elif file.rows:
            self.tabs.setCurrentIndex(0)
        else:
            self.tabs.setCurrentIndex(2)

    def _row_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.rows_view.selectionModel().selectedRows()
        record = self.rows_model.record(rows[0].row()) if rows else None
        self.changes_model.set_rows(record.changes if record else [])
        fit_columns(self.changes_view, stretch=(ChangeColumn.OLD, ChangeColumn.NEW))

    def _describe(self, file: FilePreview | None) -> None:
        """The 说明 tab: the file's message, how it was recognised, and the reader's notes."""
        if file is None:
            self.file_notes.clear()
            return
        parts = [file.message] if file.message else []
        if file.identified_by:
            parts.append(self.tr("Recognised by: {how}.").format(how=file.identified_by))
        parts += list(file.notes)
        self.file_notes.setText("\n".join(parts))

    def _update_tabs(self) -> None:
        file = self.current_file()
        rows = len(file.rows) if file else 0
        problems = len(file.problems) if file else 0
        self.tabs.setTabText(0, self.tr("Rows ({count})").format(count=rows))
        self.tabs.setTabText(1, self.tr("Problems ({count})").format(count=problems))
        self.tabs.setTabText(2, self.tr("About the file"))
        self.export_button.setEnabled(problems > 0)
        conflicts = file is not None and any(r.state == RowState.CONFLICT for r in file.rows)
        self.overwrite_all_button.setVisible(conflicts)

    def refresh_status(self) -> None:
        files = self.files_model.rows()
        included = {f.index for f in files if self.files_model.included(f)}
        status = preview_status(files, included, self.rows_model.overwrite)
        self.status.setText(status.text)
        self.status.setStyleSheet("" if status.can_commit else ERROR_STYLE)
        self.confirm_button.setEnabled(status.can_commit and not self._busy)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.departments.apply_button.setEnabled(not busy)
        self.refresh_status()

    def _overwrite_all(self) -> None:
        file = self.current_file()
        if file is None:
            return
        for row, record in enumerate(self.rows_model.rows()):
            if record.state == RowState.CONFLICT:
                self.rows_model.setData(self.rows_model.index(row, RowColumn.OVERWRITE), Qt.CheckState.Checked, CHECK)

    def _export_problems(self) -> None:
        file = self.current_file()
        if file is not None and file.problems:
            self.export_problems_requested.emit(file.index)
