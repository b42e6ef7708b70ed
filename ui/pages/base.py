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
    """

    KEY: ClassVar[str] = ""
    WATCHES: ClassVar[frozenset[str]] = frozenset()
    loaded = Signal()  # after each load has been shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
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
        self.ctx.operations.run(
            work,
            parent=self,
            label=QCoreApplication.translate("Page", "Loading…"),
            on_success=self._loaded,
        )

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
