"""What the two export dialogs share: choices above, an inline message, 导出 / 打开文件夹 / 关闭 below.

The export runs through the operation runner (progress dialog after half a second, Cancel); the dialog
stays open afterwards and says what was written, with a button that opens the folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipdesk.errors import IpdeskError
from ipdesk.excel.progress import Cancelled
from ui.context import AppContext
from ui.operations import Operation, Work

ERROR_STYLE = "color: #b3261e;"


def documents_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class PathField(QWidget):
    """A path typed or chosen with 浏览…; ``chooser`` asks for it (the dialogs' ``ask_*`` methods)."""

    def __init__(self, chooser: Callable[[], Path | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self._browse)
        self._chooser = chooser
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse_button)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path) -> None:
        self.edit.setText(str(path))

    def _browse(self) -> None:
        chosen = self._chooser()
        if chosen is not None:
            self.set_path(chosen)


class ExportDialog(QDialog):
    """Subclasses add rows to ``form``, implement ``retranslate_ui`` and ``export`` and call ``run``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setDefault(True)
        self.open_folder_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button.hide()
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export)
        self.open_folder_button.clicked.connect(self.open_folder)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.folder: Path | None = None
        self.operation: Operation[Any] | None = None
        self.setMinimumWidth(620)

    # -- what subclasses provide ----------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.export_button.setText(self.tr("Export"))
        self.open_folder_button.setText(self.tr("Open folder"))
        self.close_button.setText(self.tr("Close"))

    def export(self) -> None:
        raise NotImplementedError

    def cancelled_text(self) -> str:
        return self.tr("Export cancelled.")

    # -- shared ---------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def load(self, work: Work[Any], on_success: Callable[[Any], None]) -> None:
        """Read the choices (plans, periods, departments) in the background."""
        self.export_button.setEnabled(False)
        operation = self.ctx.operations.run(work, parent=self, label=self.tr("Loading…"), on_success=on_success)
        operation.finished.connect(lambda: self.export_button.setEnabled(True))

    def run(self, work: Work[Any], label: str, on_success: Callable[[Any], None]) -> None:
        """Run the export with a cancellable progress dialog; clerk-facing errors are said in the dialog."""

        def failed(error: BaseException) -> bool:
            if isinstance(error, Cancelled):
                self.say(self.cancelled_text())
                return True
            if isinstance(error, IpdeskError):
                self.say(error.message, error=True)
                return True
            return False

        self.export_button.setEnabled(False)
        self.open_folder_button.hide()
        self.say("")
        self.operation = self.ctx.operations.run(
            work, parent=self, label=label, on_success=on_success, on_failure=failed, cancellable=True
        )
        self.operation.finished.connect(lambda: self.export_button.setEnabled(True))

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def show_result(self, text: str, folder: Path) -> None:
        self.say(text)
        self.folder = folder
        self.open_folder_button.show()

    def open_folder(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
