"""Small widget helpers shared by pages: table views and splitters set up the same way everywhere."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QSettings, Qt, QTimer
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QLabel, QSplitter, QTableView, QWidget

from ui.app import APPLICATION, ORGANIZATION

MAX_COLUMN_CHARS = 18  # widest a column grows by itself, in Chinese characters


def make_table_view(model: QAbstractItemModel, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the services' order until clicked
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(round(view.fontMetrics().height() * 1.6))
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setSortIndicatorShown(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab moves on to the next control, arrows move within the table
    return view


def fit_columns(view: QTableView, stretch: Iterable[int] = ()) -> None:
    """Size columns to their contents (capped), letting the ``stretch`` columns take the remaining width."""
    header = view.horizontalHeader()
    stretch = set(stretch)
    limit = view.fontMetrics().horizontalAdvance("中") * MAX_COLUMN_CHARS
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount()):
        if column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.resizeColumnToContents(column)
        if header.sectionSize(column) > limit:
            header.resizeSection(column, limit)


def hint_label(parent: QWidget | None = None) -> QLabel:
    """A wrapped, muted line explaining what a page shows."""
    label = WrappedLabel(parent)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


def title_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class WrappedLabel(QLabel):
    """A word-wrapped label that, in a dialog, makes the dialog tall enough for all of its text.

    Qt does not make an open window taller when a wrapped label's text grows, so a long message or hint set
    after the dialog was shown was cut off at the dialog's bottom.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        if self.isVisible():
            QTimer.singleShot(0, self, self.fit_window)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.fit_window)

    def fit_window(self) -> None:
        window = self.window()
        layout = window.layout()
        if not isinstance(window, QDialog) or layout is None:
            return
        layout.activate()
        width = window.width()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        if needed > window.height():
            window.resize(width, needed)


def error_label(parent: QWidget | None = None) -> QLabel:
    """A red, wrapped line under a field saying what is wrong with it (hidden until there is something)."""
    label = WrappedLabel(parent)
    label.setStyleSheet("color: #b42318;")
    label.hide()
    return label


SPLITTER_SAVE_DELAY_MS = 300


def splitter(
    orientation: Qt.Orientation, parent: QWidget, *parts: tuple[QWidget, int], settings_key: str | None = None
) -> QSplitter:
    """A splitter over ``parts`` (widget, stretch) whose parts cannot be collapsed away.

    ``settings_key``: where the layout is kept (QSettings): restored now, saved when the user has moved a handle
    (once the drag pauses: a drag moves the handle, and would write the settings file, on every mouse move).
    """
    split = QSplitter(orientation, parent)
    split.setChildrenCollapsible(False)
    for number, (widget, stretch) in enumerate(parts):
        split.addWidget(widget)
        split.setStretchFactor(number, stretch)
    if settings_key is not None:
        state = QSettings(ORGANIZATION, APPLICATION).value(settings_key)
        if state is not None:
            split.restoreState(state)
        save = QTimer(split)
        save.setSingleShot(True)
        save.setInterval(SPLITTER_SAVE_DELAY_MS)
        save.timeout.connect(lambda: QSettings(ORGANIZATION, APPLICATION).setValue(settings_key, split.saveState()))
        split.splitterMoved.connect(lambda _pos, _index: save.start())
    return split
