"""ipdesk desktop application: the composition root.

    python main.py [--db PATH | --demo] [--lang zh_CN|en] [--screenshots DIR]

Creates the QApplication, installs translators and the exception hooks and shows the main window at once;
the database is opened (and migrated) and the services built behind it, on a worker thread (``ui.shell``).
Everything else lives in ``ui/`` and ``ipdesk/``.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ipdesk.i18n import LANGUAGES

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ui.operations import OperationRunner
    from ui.shell import Shell


EXCEL_WORKER_FLAG = "--ipdesk-excel-worker"
"""``ipdesk.excel.sandbox.FROZEN_WORKER_FLAG``, written out: that module takes 14 ms to import (a test keeps them
equal). A frozen build has no ``python -m``, so its spreadsheet reader is this executable given this flag."""


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ipdesk", description="ipdesk desktop application")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PATH", help="database file to open (created empty if missing)")
    where.add_argument("--demo", action="store_true", help="open the demo database (built if missing)")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help="interface language for this run")
    parser.add_argument("--screenshots", metavar="DIR", help="render every page to PNG files in DIR and exit")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start, show the window with its first page loaded, print the peak memory (MB) and exit",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == [EXCEL_WORKER_FLAG]:  # a frozen build's spreadsheet reader (see ipdesk.excel.sandbox)
        from ipdesk.excel.worker import run

        run(arguments[1:])  # does not return
    # Start-up makes a few hundred thousand objects that live as long as the program (modules, classes, Qt
    # wrappers, the ORM's mappings); the cyclic collector would walk them again and again while they are made.
    # It waits until the window is shown; then they are frozen out of its way (see _started).
    gc.disable()
    # numpy (under the charts) starts OpenBLAS with a spinning worker thread per core and a 32 MB buffer
    # each; ipdesk does no linear algebra, and on a clerk's two cores that thread competes with start-up.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    args = parse_args(argv)
    if args.screenshots:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QTimer

    from ipdesk.errors import IpdeskError
    from ipdesk.i18n import preferred_language
    from ipdesk.storage.location import data_dir
    from ui.app import configure_logging, create_application, set_language
    from ui.errors import ErrorPresenter, install_excepthooks, present_fatal
    from ui.operations import OperationRunner
    from ui.pages import PAGE_KEYS
    from ui.shell import Shell
    from ui.startup import choose_database

    app = create_application([sys.argv[0]])
    configure_logging(data_dir() / "logs")
    set_language(args.lang or preferred_language(), remember=False)
    errors = ErrorPresenter(app)
    install_excepthooks(errors)
    operations = OperationRunner(errors, app)
    # The smoke test always measures the first page (the overview, the heaviest), whatever was open last time.
    shell = Shell(errors, operations, app, start_page=PAGE_KEYS[0] if args.smoke_test else None)

    choice = choose_database(args.db, demo=args.demo)
    if args.screenshots:
        from ui.screenshots import take_screenshots

        try:
            window = shell.open(choice)
        except Exception as exc:
            present_fatal(exc, interactive=False)
            return exc.exit_code if isinstance(exc, IpdeskError) else 1
        _started()
        for path in take_screenshots(window, Path(args.screenshots)):
            print(path)
        _close(shell)
        return 0

    def failed(exc: BaseException) -> None:
        present_fatal(exc, interactive=not args.smoke_test)
        code = exc.exit_code if isinstance(exc, IpdeskError) else 1
        QTimer.singleShot(0, lambda: app.exit(code))  # from inside the event loop, even if it has not begun

    # The window is shown first; SQLAlchemy, the services and the database follow on a worker thread.
    shell.failed.connect(failed)
    shell.settled.connect(_started)
    smoke = _SmokeTest(app, shell, operations) if args.smoke_test else None
    window = shell.start(choice)
    window.show()
    if smoke is not None:
        return smoke.run()
    code = app.exec()
    _close(shell)
    return code


def _close(shell: Shell) -> None:
    """Close the window and the database."""
    shell.close()
    gc.freeze()  # what is left goes with the process: the collector need not walk it all once more on the way out


def _started() -> None:
    """The window has its database: what start-up made stays for good, so later collections skip it."""
    gc.freeze()
    gc.enable()


class _SmokeTest:
    """Wait until the first page has loaded its data, then leave (used by installers and bench/run.py).

    Prints when (``time.time()``) the window was up and answering, the database open, and the first page's data
    drawn: ``bench/run.py`` measures each from the moment it started the process. Set up before the window is
    started, so no moment can pass unseen.
    """

    def __init__(self, app: QApplication, shell: Shell, operations: OperationRunner) -> None:
        self.app, self.shell, self.operations = app, shell, operations
        self.failed = False
        self.drawn = False
        shell.opened.connect(lambda: self._moment("database"))
        shell.failed.connect(self._failed)
        operations.idle.connect(self._loaded)

    def run(self) -> int:
        from PySide6.QtCore import QTimer

        self.app.processEvents()  # the window's first paint, as a bare window's is measured
        self._moment("window")
        QTimer.singleShot(0, lambda: self._loaded() if self.operations.is_idle() else None)
        code = self.app.exec()
        _close(self.shell)
        try:
            import resource

            print(f"peak_memory_mb {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f}")
        except ImportError:  # Windows: no resource module
            pass
        return code or int(self.failed)

    def _failed(self, _error: BaseException) -> None:
        self.failed = True

    def _loaded(self) -> None:
        window = self.shell.window
        if not self.drawn and window is not None and window.is_ready:
            self.drawn = True
            self._moment("first_page")
            self.app.quit()

    @staticmethod
    def _moment(name: str) -> None:
        import time

        print(f"startup_{name}_at {time.time():.4f}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
