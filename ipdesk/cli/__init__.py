"""The `ipdesk` command line: `ipdesk [--db PATH] COMMAND ...`.

Each command group lives in its own module exposing ``register(subparsers)``; a command sets
``func(args, ctx) -> int`` as its default. Any :class:`ipdesk.errors.IpdeskError` ends the run with a
one-line message on stderr and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from ipdesk.cli.context import CliContext

COMMAND_MODULES: tuple[str, ...] = (
    "ipdesk.cli.database_commands",
    "ipdesk.cli.unit_commands",
    "ipdesk.cli.department_commands",
    "ipdesk.cli.intake_commands",
    "ipdesk.cli.excel_commands",
    "ipdesk.cli.indicator_commands",
    "ipdesk.cli.report_commands",
    "ipdesk.cli.period_commands",
    "ipdesk.cli.entry_commands",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ipdesk", description="ipdesk: IP-strong-city plan tracking")
    parser.add_argument("--db", metavar="PATH", help="database file (default: the user data directory)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 1
    _install_translations()
    ctx = CliContext(db_path=args.db)
    try:
        return int(args.func(args, ctx) or 0)
    except KeyboardInterrupt:
        print("ipdesk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        from ipdesk.errors import IpdeskError

        if isinstance(exc, IpdeskError):
            print(f"ipdesk: {exc}", file=sys.stderr)
            return exc.exit_code
        print(f"ipdesk: unexpected error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        ctx.close()


def _install_translations() -> None:
    """Messages in the user's language (Chinese by default), as in the GUI."""
    from ipdesk.i18n import SOURCE_LANGUAGE, install_translators, preferred_language

    language = preferred_language()
    if language == SOURCE_LANGUAGE:
        return
    from PySide6.QtCore import QCoreApplication

    global _app
    _app = QCoreApplication.instance() or QCoreApplication([])
    install_translators(language)


_app: object | None = None  # keeps the QCoreApplication that owns the translators alive
