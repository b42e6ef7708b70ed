"""Where the clerk drops returned forms: files, several files or whole folders, or picks them with two buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

IDLE_STYLE = "#dropZone { border: 2px dashed #9aa5b1; border-radius: 6px; background: palette(base); }"
HOVER_STYLE = "#dropZone { border: 2px dashed #2f6fb3; border-radius: 6px; background: #e8f0fb; }"


def local_paths(mime: QMimeData) -> list[str]:
    """The local files and folders a drag carries (links to web pages and plain text are not taken)."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class DropZone(QFrame):
    """Emits ``dropped`` with local paths, from a drop or from the file and folder pickers."""

    dropped = Signal(list)
    files_requested = Signal()
    folder_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.setAcceptDrops(True)
        self.setStyleSheet(IDLE_STYLE)
        self.headline = QLabel(self)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        self.headline.setFont(font)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.files_button = QPushButton(self)
        self.folder_button = QPushButton(self)
        self.files_button.clicked.connect(self.files_requested)
        self.folder_button.clicked.connect(self.folder_requested)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.headline)
        texts.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addLayout(texts, 1)
        layout.addWidget(self.files_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.headline.setText(self.tr("Drop the returned forms or task assignment tables here"))
        self.detail.setText(
            self.tr(
                "One file, several files or a whole folder. Nothing is written until you have checked the preview "
                "and confirmed."
            )
        )
        self.files_button.setText(self.tr("Choose files…"))
        self.folder_button.setText(self.tr("Choose folder…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_compact(self, compact: bool) -> None:
        """One line only while a preview or result needs the room (dropping still works)."""
        self.detail.setVisible(not compact)
        self.layout().setContentsMargins(16, 4 if compact else 10, 16, 4 if compact else 10)

    # -- drag and drop ------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
            self.setStyleSheet(HOVER_STYLE)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.setStyleSheet(IDLE_STYLE)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.setStyleSheet(IDLE_STYLE)
        paths = local_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.dropped.emit(paths)
