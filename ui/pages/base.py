"""What all pages share: background loading, refresh on relevant changes, retranslation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.operations import Work

if TYPE_CHECKING:  # the window and its first page are built before SQLAlchemy has loaded (see ui.shell)
    from ipdesk.storage.database import Changes


class Page(QWidget):
    """A page of the main window.

    ``loader()`` is called on the GUI thread and returns the work that reads the page's data (it runs on
    the worker thread and must only call services); ``show_data`` puts the result on screen. A page
    reloads when it is shown after a change to one of the tables in ``WATCHES``, or at once if visible.
    A load that delivers nothing (cancelled or failed) leaves the page stale: it loads again when next shown.

    ``CANCELLABLE``: loads that may take seconds on a big database get a Cancel button in their progress
    dialog, whose text is ``loading_label()``.
    """

    KEY: ClassVar[str] = ""
    WATCHES: ClassVar[frozenset[str]] = frozenset()
    CANCELLABLE: ClassVar[bool] = False
    loaded = Signal()  # after each load has been shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self._loads = 0  # the number of the latest load: only its outcome decides whether the page is stale
        ctx.changes.changed.connect(self._on_changed)

    # -- what pages provide ---------------------------------------------------------------------------

    def nav_title(self) -> str:
        """The page's name in the navigation (one text for all: :data:`ui.pages.PAGES`)."""
        from ui.pages import PAGES

        return next(spec for spec in PAGES if spec.key == self.KEY).nav_title()

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def loader(self) -> Work[Any] | None:
        return None

    def loading_label(self) -> str:
        """The progress dialog's text (asked at each load, so it follows the language; pages translate their
        own in their own context)."""
        return QCoreApplication.translate("Page", "Loading…")

    def load_queued(self) -> None:
        """Called once the load has been handed to the worker: GUI-thread work that may overlap it."""

    def show_data(self, data: Any) -> None:
        pass

    # -- shared behaviour -----------------------------------------------------------------------------

    def is_stale(self) -> bool:
        return self._stale

    def reload(self) -> None:
        self._stale = False
        work = self.loader()
        if work is None:
            self.loaded.emit()
            return
        self._loads += 1
        number = self._loads

        def failed(_error: BaseException) -> bool:
            if number == self._loads:  # a newer load decides for itself
                self._stale = True
            return False  # a cancel ends quietly, anything else goes to the error presenter

        self.ctx.operations.run(
            work,
            parent=self,
            label=self.loading_label(),
            on_success=self._loaded,
            on_failure=failed,
            cancellable=self.CANCELLABLE,
        )
        self.load_queued()

    def _loaded(self, data: Any) -> None:
        self.show_data(data)
        self.loaded.emit()

    def _on_changed(self, changes: Changes) -> None:
        if not changes.touches(*self.WATCHES):
            return
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
