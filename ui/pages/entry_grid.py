"""The spreadsheet-like view of an :class:`~ui.models.editable_grid.EditableGridModel`.

Keyboard first, as in Excel and WPS: typing starts editing (and replaces the cell), Enter and Tab commit and
move down or right, Alt+Enter starts a new line in a multi-line cell, Delete clears, Ctrl+D fills down, and
Ctrl+C / Ctrl+V copy and paste blocks of cells in the clipboard format those programs use. A refused cell
shows why in a note next to it.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ipdesk.domain.enums import TaskStatus
from ui.models.clipboard import from_tsv, to_tsv
from ui.models.editable_grid import CellKind, EditableGridModel
from ui.models.roles import EDIT, EDITOR_ROLE, ERROR_ROLE

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_NEW_LINE_MODIFIERS = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
CommitHint = QAbstractItemDelegate.EndEditHint


class GridDelegate(QStyledItemDelegate):
    """Editors by cell kind: a status list, a multi-line box, or a line for numbers and short text."""

    def __init__(self, view: GridView) -> None:
        super().__init__(view)
        self._view = view

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        kind = CellKind(index.data(EDITOR_ROLE))
        if kind is CellKind.STATUS:
            combo = QComboBox(parent)
            for status in TaskStatus:
                combo.addItem(status.label, status.value)
            return combo
        if kind is CellKind.MULTILINE:
            editor = QPlainTextEdit(parent)
            editor.setTabChangesFocus(True)
            editor.installEventFilter(self)
            return editor
        editor = QLineEdit(parent)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(EDIT)
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            editor.setCurrentIndex(found if found >= 0 else editor.findText(str(value or "")))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText("" if value is None else str(value))
            if self._view.last_trigger == QAbstractItemView.EditTrigger.AnyKeyPressed:
                editor.selectAll()  # typing replaces the cell, as in a spreadsheet
            else:
                editor.moveCursor(editor.textCursor().MoveOperation.End)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), EDIT)
        elif isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), EDIT)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), EDIT)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        rect = option.rect
        if isinstance(editor, QPlainTextEdit):  # room for several lines, kept inside the visible area
            metrics = editor.fontMetrics()
            width = max(rect.width(), metrics.horizontalAdvance("中") * 22)
            height = max(rect.height(), metrics.lineSpacing() * 6)
            area = self._view.viewport().rect()
            left = max(area.left(), min(rect.left(), area.right() - width))
            top = max(area.top(), min(rect.top(), area.bottom() - height))
            editor.setGeometry(left, top, min(width, area.width()), min(height, area.height()))
            return
        editor.setGeometry(rect)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QPlainTextEdit) and event.type() == QEvent.Type.KeyPress:
            key_event = cast(QKeyEvent, event)
            if key_event.key() in _ENTER_KEYS:
                if key_event.modifiers() & _NEW_LINE_MODIFIERS:
                    watched.insertPlainText("\n")  # Alt+Enter as in Excel and WPS
                    return True
                self.commitData.emit(watched)
                self.closeEditor.emit(watched, CommitHint.SubmitModelCache)
                return True
        return super().eventFilter(watched, event)


class GridView(QTableView):
    """A table view that behaves like a worksheet over an editable grid model."""

    message = Signal(str)  # what a paste or fill did, for the page's status line

    def __init__(self, model: EditableGridModel[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_trigger = QAbstractItemView.EditTrigger.NoEditTriggers
        self.note = QLabel(self.viewport())
        self.setModel(model)
        self.setItemDelegate(GridDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(False)
        self.verticalHeader().setVisible(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(round(self.fontMetrics().lineSpacing() * 2.4))
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(False)

        self.note.setObjectName("cellNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(
            "#cellNote { background: #fff5f5; color: #8a1c1c; border: 1px solid #d64545; border-radius: 3px;"
            " padding: 3px 6px; }"
        )
        self.note.hide()
        model.dataChanged.connect(self._update_note)
        model.modelReset.connect(self._update_note)
        self.horizontalScrollBar().valueChanged.connect(self._update_note)
        self.verticalScrollBar().valueChanged.connect(self._update_note)

    def grid(self) -> EditableGridModel[Any]:
        return cast(EditableGridModel[Any], self.model())

    def fit_columns(self, stretch: int | None = None) -> None:
        """Widths from each column's preferred number of characters (so they grow with the font); the
        ``stretch`` column takes the width left over."""
        em = self.fontMetrics().horizontalAdvance("中")
        header = self.horizontalHeader()
        for column, spec in enumerate(self.grid().COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            width = max(em * (spec.width + 1), header.sectionSizeHint(column))
            if spec.kind is CellKind.READ_ONLY and spec.width <= 6:  # short labels may be longer in English
                width = max(width, min(self.sizeHintForColumn(column), em * 10))
            self.setColumnWidth(column, width)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    # -- editing and moving ---------------------------------------------------------------------------

    def edit(self, index: QModelIndex, trigger: Any = None, event: QEvent | None = None) -> bool:  # type: ignore[override]
        if trigger is None:
            return super().edit(index)  # type: ignore[call-arg]
        self.last_trigger = trigger
        return super().edit(index, trigger, event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        moves = {
            CommitHint.SubmitModelCache: (1, 0),
            CommitHint.EditNextItem: (0, 1),
            CommitHint.EditPreviousItem: (0, -1),
        }
        super().closeEditor(editor, CommitHint.NoHint if hint in moves else hint)
        if hint in moves:
            self.move_by(*moves[hint])

    def move_by(self, rows: int, columns: int) -> None:
        """Move the current cell like a spreadsheet does after Enter (down) or Tab (right, wrapping)."""
        current = self.currentIndex()
        model = self.model()
        if not current.isValid() or model.rowCount() == 0:
            return
        row, column = current.row() + rows, current.column() + columns
        if column >= model.columnCount():
            row, column = row + 1, 0
        elif column < 0:
            row, column = row - 1, model.columnCount() - 1
        row = max(0, min(row, model.rowCount() - 1))
        self.setCurrentIndex(model.index(row, column))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_selection()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste()
                return
            if event.matches(QKeySequence.StandardKey.Cut):
                self.copy_selection()
                self.clear_selection()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_selection()
                return
            if event.key() == Qt.Key.Key_D and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
                self.fill_down()
                return
            if event.key() in _ENTER_KEYS:
                self.move_by(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1, 0)
                return
        super().keyPressEvent(event)

    # -- blocks of cells --------------------------------------------------------------------------------

    def selected_block(self) -> tuple[int, int, int, int] | None:
        """(top, left, bottom, right) around the selection, or the current cell."""
        indexes = self.selectionModel().selectedIndexes() or (
            [self.currentIndex()] if self.currentIndex().isValid() else []
        )
        if not indexes:
            return None
        rows = [i.row() for i in indexes]
        columns = [i.column() for i in indexes]
        return min(rows), min(columns), max(rows), max(columns)

    def copy_selection(self) -> str:
        block = self.selected_block()
        if block is None:
            return ""
        top, left, bottom, right = block
        grid = self.grid()
        text = to_tsv(
            [[grid.copy_text(row, column) for column in range(left, right + 1)] for row in range(top, bottom + 1)]
        )
        QGuiApplication.clipboard().setText(text)
        return text

    def paste(self, text: str | None = None) -> None:
        """Paste a block at the selection's top-left cell; one copied cell fills every selected cell."""
        block = from_tsv(QGuiApplication.clipboard().text() if text is None else text)
        target = self.selected_block()
        if not block or target is None:
            return
        grid = self.grid()
        top, left, bottom, right = target
        if len(block) == 1 and len(block[0]) == 1 and (bottom > top or right > left):
            cells = [(i.row(), i.column(), block[0][0]) for i in self.selectionModel().selectedIndexes()]
            height, width = bottom - top + 1, right - left + 1
        else:
            cells = [
                (top + r, left + c, value)
                for r, line in enumerate(block)
                for c, value in enumerate(line)
                if top + r < grid.rowCount() and left + c < grid.columnCount()
            ]
            height = min(len(block), grid.rowCount() - top)
            width = min(max(len(line) for line in block), grid.columnCount() - left)
        lost_rows = max(0, top + len(block) - grid.rowCount())
        changed, skipped = grid.set_cells(cells, self.tr("Paste"))
        parts = [self.tr("Pasted %n cell(s).", "", changed)]
        if skipped:
            parts.append(self.tr("%n cell(s) that cannot be changed here were left as they were.", "", skipped))
        if lost_rows:
            parts.append(self.tr("%n row(s) below the end of the table were not pasted.", "", lost_rows))
        self._select(top, left, top + height - 1, left + width - 1)
        self.message.emit(" ".join(parts))

    def fill_down(self) -> None:
        """Copy the top cell of each selected column into the cells below it (one row: from the row above)."""
        block = self.selected_block()
        if block is None:
            return
        top, left, bottom, right = block
        source = top if bottom > top else top - 1
        if source < 0:
            return
        grid = self.grid()
        cells = [
            (row, column, grid.raw(source, column))
            for column in range(left, right + 1)
            for row in range(source + 1, bottom + 1)
        ]
        changed, _skipped = grid.set_cells(cells, self.tr("Fill down"))
        self.message.emit(self.tr("Filled %n cell(s).", "", changed))

    def clear_selection(self) -> None:
        block = self.selected_block()
        if block is None:
            return
        cells = [(i.row(), i.column(), None) for i in self.selectionModel().selectedIndexes()]
        if not cells:
            cells = [(self.currentIndex().row(), self.currentIndex().column(), None)]
        changed, _skipped = self.grid().set_cells(cells, self.tr("Clear"))
        if changed:
            self.message.emit(self.tr("Cleared %n cell(s).", "", changed))

    def _select(self, top: int, left: int, bottom: int, right: int) -> None:
        model = self.model()
        if bottom < top or right < left:
            return
        selection = QItemSelection(model.index(top, left), model.index(bottom, right))
        self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.selectionModel().setCurrentIndex(model.index(top, left), QItemSelectionModel.SelectionFlag.NoUpdate)

    # -- the note beside a refused cell -----------------------------------------------------------------

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        super().currentChanged(current, previous)
        self._update_note()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._update_note()

    def _update_note(self, *_args: object) -> None:
        index = self.currentIndex()
        reason = index.data(ERROR_ROLE) if index.isValid() else None
        if not reason:
            self.note.hide()
            return
        rect = self.visualRect(index)
        area = self.viewport().rect()
        em = self.fontMetrics().horizontalAdvance("中")
        self.note.setText(reason)
        self.note.setFixedWidth(min(em * 18, area.width()))
        self.note.adjustSize()
        width, height = self.note.width(), self.note.height()
        if rect.right() + 4 + width <= area.right():
            position = QPoint(rect.right() + 4, rect.top())  # beside the cell
        else:
            position = QPoint(max(area.left(), rect.right() - width), rect.bottom() + 2)  # below it
        if position.y() + height > area.bottom():
            position.setY(max(area.top(), rect.top() - height - 2))
        self.note.move(position)
        self.note.show()
        self.note.raise_()

    def note_text(self) -> str:
        return self.note.text() if self.note.isVisible() else ""
