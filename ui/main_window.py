"""The main window: navigation on the left, one page at a time on the right, menus and status bar.

The window knows nothing of other databases: "New/Open database…" only ask for a file and emit
``database_requested``; the shell then replaces the window with one on the new file.

Pages are built (and their modules imported) the first time they are shown; the navigation and the Go menu
come from :data:`ui.pages.PAGES` alone. A page never built holds no data, so it needs no refresh and guards
no edits; a file dropped on the window builds the 导入导出 page.

At start-up the window is shown before its database has opened (see :mod:`ui.shell`): built from an
:class:`Opening`, it says so where the page would be, and :meth:`MainWindow.attach` completes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ipdesk import __version__
from ipdesk.errors import ConflictError
from ipdesk.storage.location import default_database_path
from ui.app import APPLICATION, ORGANIZATION
from ui.context import AppContext
from ui.errors import ErrorPresenter
from ui.pages import PAGE_KEYS, PAGES
from ui.pages.base import Page
from ui.pages.exchange.drop_zone import local_paths
from ui.pages.unsaved import GuardsUnsavedEdits

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
EXCHANGE_PAGE = "exchange"  # where dropped files go
GEOMETRY_KEY = "main_window/geometry"
PAGE_KEY = "main_window/page"
DATABASE_FILTER = "*.sqlite3 *.db"


@dataclass(frozen=True)
class Opening:
    """What a window knows while its database is still opening."""

    errors: ErrorPresenter
    database_path: Path | None  # None for a database server
    url: str


class DemoBanner(QFrame):
    """Says that this is demo data and how to start a real database."""

    new_database = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#demoBanner { background: #fff4d6; border: 1px solid #e0b84c; border-radius: 4px; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #5c4400;")
        self.button = QPushButton(self)
        self.button.clicked.connect(self.new_database)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(
            self.tr(
                "<b>Demo data.</b> You are looking at the sample database built from published plans. "
                "To start your own work, create a new database (File → New database…)."
            )
        )
        self.button.setText(self.tr("New database…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class MainWindow(QMainWindow):
    database_requested = Signal(str, bool)  # path, create a new database there
    page_built = Signal(object)  # a Page, just built (before it is first shown)

    def __init__(
        self, ctx: AppContext | Opening, parent: QWidget | None = None, *, start_page: str | None = None
    ) -> None:
        """``start_page``: the page to open on (default: the one shown when the window last closed).

        From an :class:`Opening` the window has no pages until :meth:`attach` gives it its context.
        """
        super().__init__(parent)
        self._ctx = ctx if isinstance(ctx, AppContext) else None
        self._opening = ctx if isinstance(ctx, Opening) else None
        self._errors = ctx.errors
        self._pages: dict[str, Page] = {}  # the pages built so far, by key

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)  # holds the pages built so far, in the order they were built
        for spec in PAGES:
            item = QListWidgetItem(self._icon(spec.key), "", self.nav)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.opening_label: QLabel | None = None
        self._failure = ""  # why the database could not be opened, once that is known
        if self._ctx is None:
            self.opening_label = QLabel(self.stack)
            self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(self.opening_label)

        self.banner: DemoBanner | None = None
        right = QWidget(self)
        self._right_layout = QVBoxLayout(right)
        self._right_layout.setContentsMargins(0, 0, 0, 0)
        self._right_layout.addWidget(self.stack, 1)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)
        self.setAcceptDrops(True)  # files dropped anywhere go to the import page

        self.database_label = QLabel(self)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database_label.setContentsMargins(0, 0, 8, 0)  # keep the path's last letters clear of the size grip
        self.statusBar().addPermanentWidget(self.database_label)

        self._create_actions()
        if self._ctx is not None:
            self._add_banner()
        self.retranslate_ui()
        self._errors.set_window(self)
        self._restore_settings(start_page)

    @property
    def ctx(self) -> AppContext:
        if self._ctx is None:
            raise RuntimeError("the window's database is still opening")
        return self._ctx

    def wanted_page(self) -> str:
        """The key of the page the navigation points at (shown, or to be shown once the database is open)."""
        return PAGE_KEYS[max(self.nav.currentRow(), 0)]

    @property
    def is_ready(self) -> bool:
        """Whether the database is open and the pages can be built (see :meth:`attach`)."""
        return self._ctx is not None

    def attach(self, ctx: AppContext) -> None:
        """The database has opened: build and show the page the navigation points at."""
        self._ctx = ctx
        self._opening = None
        self._add_banner()
        for action in (self.new_action, self.open_action, self.import_plan_action):
            action.setEnabled(True)
        self.retranslate_ui()
        self._nav_changed(self.nav.currentRow())
        if self.opening_label is not None:
            self.stack.removeWidget(self.opening_label)
            self.opening_label.deleteLater()
            self.opening_label = None

    def _add_banner(self) -> None:
        if self.ctx.is_demo:
            self.banner = DemoBanner(self)
            self.banner.new_database.connect(self.ask_new_database)
            self._right_layout.insertWidget(0, self.banner)
            self.banner.show()  # now, not when the layout gets round to it (the window may be on screen already)

    # -- structure ------------------------------------------------------------------------------------

    @staticmethod
    def _icon(key: str) -> QIcon:
        path = ICONS_DIR / f"{key}.svg"
        return QIcon(str(path)) if path.exists() else QIcon()

    def _create_actions(self) -> None:
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.ask_new_database)
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.ask_open_database)
        self.import_plan_action = QAction(self)  # 导入规划文件…: the plan-intake wizard
        self.import_plan_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_plan_action.triggered.connect(self.open_intake_wizard)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.page_actions: list[QAction] = []
        for number, _spec in enumerate(PAGES, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, row=number - 1: self.nav.setCurrentRow(row))
            self.page_actions.append(action)

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addAction(self.import_plan_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.go_menu = bar.addMenu("")
        self.go_menu.addActions(self.page_actions)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)
        for action in (self.new_action, self.open_action, self.import_plan_action):
            action.setEnabled(self._ctx is not None)  # until the database is open (see attach)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self._title())
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_action.setText(self.tr("&New database…"))
        self.open_action.setText(self.tr("&Open database…"))
        self.import_plan_action.setText(self.tr("&Import plan document…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About ipdesk"))
        for row, spec in enumerate(PAGES):
            self.nav.item(row).setText(spec.nav_title())
            self.page_actions[row].setText(spec.nav_title())
        self._fit_navigation()
        if self._opening is not None:
            where = self._where(self._opening.database_path, self._opening.url)
            self._show_opening_text()
            self.database_label.setText(self.tr("Opening {path}…").format(path=where))
            return
        where = self._where(self.ctx.database_path, self.ctx.services.database.url)
        text = self.tr("Database: {path}").format(path=where)
        if self.ctx.is_demo:
            text = self.tr("Demo data") + " · " + text
        self.database_label.setText(text)

    def _show_opening_text(self) -> None:
        if self.opening_label is None or self._failure:
            return
        page = PAGES[PAGE_KEYS.index(self.wanted_page())].nav_title()
        self.opening_label.setText(
            self.tr("Opening the database…") + "\n" + self.tr("{page} will show once it is open.").format(page=page)
        )

    def opening_failed(self, message: str) -> None:
        """The database could not be opened: say so where the page would have been."""
        self._failure = message
        if self.opening_label is not None:
            self.opening_label.setText(self.tr("The database could not be opened.") + "\n" + message)
        self.database_label.setText("")

    @staticmethod
    def _where(path: Path | None, url: str) -> str:
        return str(path) if path else url

    def _database_path(self) -> Path | None:
        return self._opening.database_path if self._opening is not None else self.ctx.database_path

    def _title(self) -> str:
        path = self._database_path()
        name = path.name if path else ""
        title = self.tr("ipdesk – IP-strong-city plan desk")
        return f"{title} – {name}" if name else title

    def _fit_navigation(self) -> None:
        width = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 2 * self.nav.spacing()
        self.nav.setFixedWidth(width + self.fontMetrics().horizontalAdvance("中"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- navigation -----------------------------------------------------------------------------------

    @property
    def page_keys(self) -> tuple[str, ...]:
        """Every page's key, in navigation order (built or not)."""
        return PAGE_KEYS

    def built_pages(self) -> list[Page]:
        """The pages built so far, in navigation order."""
        return [self._pages[key] for key in PAGE_KEYS if key in self._pages]

    def page(self, key: str) -> Page:
        """The page ``key``, built now if it was not yet (it loads its data when shown; needs :attr:`is_ready`)."""
        page = self._pages.get(key)
        if page is not None:
            return page
        spec = PAGES[self._row(key)]
        page = spec.page_type()(self.ctx, self)
        self._pages[key] = page
        self.stack.addWidget(page)
        self.page_built.emit(page)
        return page

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def show_page(self, key: str) -> Page:
        self.nav.setCurrentRow(self._row(key))
        return self.page(key)

    @staticmethod
    def _row(key: str) -> int:
        try:
            return PAGE_KEYS.index(key)
        except ValueError:
            raise KeyError(key) from None

    def _nav_changed(self, row: int) -> None:
        if self._ctx is None:  # while opening: attach shows the row's page; meanwhile, say which it will be
            self._show_opening_text()
            return
        if not 0 <= row < len(PAGES):
            return
        key = PAGE_KEYS[row]
        current = self.stack.currentWidget()
        if current is not None and current is self._pages.get(key):
            return
        if current is not None and not self.may_leave(current, then=lambda: self.nav.setCurrentRow(row)):
            assert isinstance(current, Page)
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self._row(current.KEY))  # stay with the unsaved edits
            self.nav.blockSignals(False)
            return
        self.stack.setCurrentWidget(self.page(key))

    @staticmethod
    def may_leave(page: QWidget, then: Callable[[], None] | None = None) -> bool:
        """Whether ``page`` can be left now (a page with unsaved edits asks the clerk first)."""
        if isinstance(page, GuardsUnsavedEdits):
            return page.confirm_leave(then)
        return True

    def may_close(self, then: Callable[[], None] | None = None) -> bool:
        """Whether every page can let go of its data (before closing or switching databases)."""
        return all(self.may_leave(page, then) for page in self.built_pages())

    # -- drops --------------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.is_ready and local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Files and folders dropped anywhere on the window are previewed on the 导入导出 page."""
        paths = local_paths(event.mimeData())
        if not paths:
            return
        event.acceptProposedAction()
        page = self.show_page(EXCHANGE_PAGE)
        from ui.pages.exchange_page import ExchangePage  # loaded by now: show_page built the page

        assert isinstance(page, ExchangePage)
        page.import_paths(paths)

    # -- databases ------------------------------------------------------------------------------------

    def ask_new_database(self) -> None:
        if not self.may_close():
            return
        suggestion = default_database_path()
        if suggestion.exists():
            suggestion = suggestion.with_name("ipdesk-new.sqlite3")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("New database"),
            str(suggestion),
            self.tr("ipdesk databases ({patterns})").format(patterns=DATABASE_FILTER),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return
        if not Path(path).suffix:
            path += ".sqlite3"
        if Path(path).exists():
            self._errors.present(
                ConflictError(
                    self.tr(
                        "{path} already exists. Choose another name, or use File → Open database… to open it."
                    ).format(path=path)
                )
            )
            return
        self.database_requested.emit(path, True)

    def ask_open_database(self) -> None:
        if not self.may_close():
            return
        current = self._database_path()
        start = current.parent if current else default_database_path().parent
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            str(start),
            self.tr("ipdesk databases ({patterns})").format(patterns=DATABASE_FILTER),
        )
        if path:
            self.database_requested.emit(path, False)

    def open_intake_wizard(self) -> None:
        if not self.is_ready:
            return
        from ui.intake import open_intake_wizard  # the wizard and its parser load when first asked for

        open_intake_wizard(self.ctx, self)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About ipdesk"),
            self.tr(
                "<p><b>ipdesk</b> {version}</p><p>Tracks the tasks, indicators and departmental progress reports "
                "of IP-strong-city plans. Works offline; all data stays in the database file.</p>"
            ).format(version=__version__),
        )

    # -- settings -------------------------------------------------------------------------------------

    def _restore_settings(self, start_page: str | None = None) -> None:
        settings = QSettings(ORGANIZATION, APPLICATION)
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(QByteArray(geometry)):
            pass
        else:
            self.resize(1280, 760)
        key = start_page or settings.value(PAGE_KEY, PAGE_KEYS[0])
        self.nav.setCurrentRow(PAGE_KEYS.index(key) if key in PAGE_KEYS else 0)

    def save_settings(self) -> None:
        settings = QSettings(ORGANIZATION, APPLICATION)
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        key = self.current_page().KEY if self.is_ready and self._pages else self.wanted_page()
        settings.setValue(PAGE_KEY, key)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_close(then=self.close):
            event.ignore()
            return
        self.save_settings()
        super().closeEvent(event)
