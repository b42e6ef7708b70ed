"""ipdesk desktop application: the composition root.

    python main.py [--db PATH | --demo] [--lang zh_CN|en] [--screenshots DIR]

Creates the QApplication, installs translators and the exception hooks, opens (and migrates) the
database, builds the services and shows the main window. Everything else lives in ``ui/`` and ``ipdesk/``.
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
        app.exit(exc.exit_code if isinstance(exc, IpdeskError) else 1)

    # The window is shown first; SQLAlchemy, the services and the database follow on a worker thread.
    shell.failed.connect(failed)
    shell.opened.connect(_started)
    window = shell.start(choice)
    window.show()
    if args.smoke_test:
        return _smoke_test(app, shell, operations)
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


def _smoke_test(app: QApplication, shell: Shell, operations: OperationRunner) -> int:
    """Wait until the first page has loaded its data, then leave (used by installers and bench/run.py).

    Prints when (``time.time()``) the window was up and answering, the database open, and the first page's data
    drawn: ``bench/run.py`` measures each from the moment it started the process.
    """
    import time

    from PySide6.QtCore import QTimer

    app.processEvents()  # the window's first paint, as a bare window's is measured
    print(f"startup_window_at {time.time():.4f}", flush=True)
    shell.opened.connect(lambda: print(f"startup_database_at {time.time():.4f}", flush=True))
    outcome: list[int] = []
    shell.failed.connect(lambda _exc: outcome.append(1))

    def loaded() -> None:
        if shell.window is not None and shell.window.is_ready:
            print(f"startup_first_page_at {time.time():.4f}", flush=True)
            app.quit()

    operations.idle.connect(loaded)
    QTimer.singleShot(0, lambda: loaded() if operations.is_idle() else None)
    code = app.exec()
    _close(shell)
    try:
        import resource

        print(f"peak_memory_mb {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f}")
    except ImportError:  # Windows: no resource module
        pass
    return code or (outcome[0] if outcome else 0)


if __name__ == "__main__":
    sys.exit(main())
