"""导入导出, first version: the history of imported files, newest first.

Importing and exporting Excel forms come with the import/export issue; each import will appear here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from ipdesk.services.history import BatchInfo
from ui.context import AppContext
from ui.models.batch_table import BatchColumn, BatchTableModel
from ui.operations import Work
from ui.pages.base import Page
from ui.widgets import fit_columns, hint_label, make_table_view, title_label


class ExchangePage(Page):
    KEY = "exchange"
    WATCHES = frozenset({"import_batches"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = BatchTableModel(self)
        self.title = title_label(self)
        self.hint = hint_label(self)
        self.table = make_table_view(self.model, self)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.table)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.stack, 1)
        self.setFocusProxy(self.table)
        self.retranslate_ui()

    def nav_title(self) -> str:
        return self.tr("Import and export")

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Import history"))
        self.hint.setText(
            self.tr(
                "Every Excel file taken into ipdesk is recorded here: when, what kind of form, and how many rows "
                "were new, changed, unchanged or rejected."
            )
        )
        self.empty_label.setText(
            self.tr(
                "No files have been imported into this database yet. Task assignment tables, progress forms and "
                "indicator forms imported from Excel will be listed here."
            )
        )
        self.model.retranslate()

    def loader(self) -> Work[Any]:
        services = self.ctx.services
        return lambda _context: services.history.batches()

    def show_data(self, data: list[BatchInfo]) -> None:
        self.model.set_rows(data)
        self.stack.setCurrentWidget(self.table if data else self.empty_label)
        fit_columns(self.table, stretch=(BatchColumn.FILE,))
