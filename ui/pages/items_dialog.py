"""The items behind a chart bar or point, listed so the clerk can see exactly what was counted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.models.text_rows import TextRowsModel
from ui.widgets import fit_columns, make_table_view, title_label


class ItemsDialog(QDialog):
    def __init__(
        self,
        title: str,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        note: str = "",
        sort_values: Sequence[Sequence[Any]] | None = None,
        stretch: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.model = TextRowsModel(self)
        self.model.set_rows(headers, rows, sort_values=sort_values)
        self.heading = title_label(self)
        self.heading.setText(title)
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.table = make_table_view(self.model, self)
        fit_columns(self.table, stretch=(stretch,))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("中")
        self.resize(em * 64, self.fontMetrics().lineSpacing() * 26)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
