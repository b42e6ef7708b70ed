"""The plan document's text with line numbers; warning lines tinted, the chosen item's lines selected."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QResizeEvent, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

WARNING_BACKGROUND = QColor("#fff1c2")
GUTTER_BACKGROUND = QColor("#f3f3f3")
GUTTER_TEXT = QColor("#8a8a8a")
GUTTER_WARNING = QColor("#b54708")


class _Gutter(QWidget):
    def __init__(self, view: SourceView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self) -> QSize:
        return QSize(self._view.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._view.paint_gutter(event)


class SourceView(QPlainTextEdit):
    """Read-only source text. ``show_lines(first, last)`` scrolls to and selects lines (1-based, inclusive)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._warnings: dict[int, str] = {}
        self._gutter = _Gutter(self)
        self.blockCountChanged.connect(lambda _count: self._fit_gutter())
        self.updateRequest.connect(self._scroll_gutter)
        self._fit_gutter()

    # -- content ------------------------------------------------------------------------------------

    def set_source(self, text: str, warnings: Mapping[int, str] | None = None) -> None:
        """Show ``text``; ``warnings`` maps a line number to what the parser was unsure about there."""
        self.setPlainText(text)
        self.set_warnings(warnings or {})

    def set_warnings(self, warnings: Mapping[int, str]) -> None:
        self._warnings = dict(warnings)
        selections = []
        for line in sorted(self._warnings):
            block = self.document().findBlockByNumber(line - 1)
            if not block.isValid():
                continue
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(WARNING_BACKGROUND)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.cursor = QTextCursor(block)
            selections.append(selection)
        self.setExtraSelections(selections)
        self._gutter.update()

    def warning_lines(self) -> list[int]:
        return sorted(self._warnings)

    def show_lines(self, first: int | None, last: int | None = None) -> None:
        """Select lines ``first``..``last`` and scroll them into the middle of the view."""
        if first is None:
            return
        document = self.document()
        start = document.findBlockByNumber(max(first, 1) - 1)
        end = document.findBlockByNumber(max(last or first, first) - 1)
        if not start.isValid():
            return
        if not end.isValid():
            end = document.lastBlock()
        cursor = QTextCursor(end)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        self.setTextCursor(cursor)
        self.centerCursor()
        cursor.setPosition(start.position(), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def selected_lines(self) -> tuple[int, int] | None:
        """(first, last) of the selection, 1-based; None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        document = self.document()
        first = document.findBlock(cursor.selectionStart()).blockNumber() + 1
        last = document.findBlock(cursor.selectionEnd()).blockNumber() + 1
        return first, last

    # -- the line-number gutter -------------------------------------------------------------------------

    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 12 + self.fontMetrics().horizontalAdvance("9") * max(digits, 3)

    def _fit_gutter(self) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _scroll_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        area = self.contentsRect()
        self._gutter.setGeometry(QRect(area.left(), area.top(), self.gutter_width(), area.height()))

    def paint_gutter(self, event: QPaintEvent) -> None:
        painter = QPainter(self._gutter)
        painter.fillRect(event.rect(), GUTTER_BACKGROUND)
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        width = self._gutter.width() - 6
        while block.isValid() and top <= event.rect().bottom():
            bottom = top + round(self.blockBoundingRect(block).height())
            if block.isVisible() and bottom >= event.rect().top():
                number = block.blockNumber() + 1
                warned = number in self._warnings
                painter.setPen(GUTTER_WARNING if warned else GUTTER_TEXT)
                font = painter.font()
                font.setBold(warned)
                painter.setFont(font)
                painter.drawText(0, top, width, height, Qt.AlignmentFlag.AlignRight, str(number))
            block = block.next()
            top = bottom
        painter.end()

    def line_at(self, point: QPoint) -> int:
        return self.cursorForPosition(point).blockNumber() + 1

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            message = self._warnings.get(self.line_at(event.pos()))
            if message:
                QToolTip.showText(event.globalPos(), message, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
