"""The import history under the page: every file taken in, newest first, and 撤销上次导入."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ipdesk.domain.enums import BatchStatus
from ipdesk.services.history import BatchInfo
from ui.models.batch_table import BatchColumn, BatchTableModel
from ui.widgets import fit_columns, make_table_view


def undo_targets(batches: Sequence[BatchInfo], last_commit: Sequence[int]) -> list[BatchInfo]:
    """What 撤销上次导入 takes back, newest first: every file of the last confirmed import if it is still the
    newest, else the newest applied file alone."""
    applied = sorted((b for b in batches if b.status == BatchStatus.APPLIED.value), key=lambda b: b.id, reverse=True)
    if not applied:
        return []
    if applied[0].id in last_commit:
        return [b for b in applied if b.id in last_commit]
    return applied[:1]


class HistoryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = BatchTableModel(self)
        self._busy = False
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.undo_button = QPushButton(self)
        self.undo_button.setEnabled(False)
        self.table = make_table_view(self.model, self)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.table)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Import history"))
        self.undo_button.setText(self.tr("Undo last import…"))
        self.empty_label.setText(
            self.tr(
                "No files have been imported into this database yet. Task assignment tables, progress forms and "
                "indicator forms imported from Excel will be listed here."
            )
        )
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_batches(self, batches: list[BatchInfo]) -> None:
        self.model.set_rows(batches)
        self.stack.setCurrentWidget(self.table if batches else self.empty_label)
        fit_columns(self.table, stretch=(BatchColumn.FILE,))
        self._update_undo()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_undo()

    def _update_undo(self) -> None:
        applied = any(b.status == BatchStatus.APPLIED.value for b in self.model.rows())
        self.undo_button.setEnabled(applied and not self._busy)
