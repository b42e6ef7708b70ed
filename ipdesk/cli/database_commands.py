"""Database commands: init, demo, info, backup, restore, check."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from ipdesk.cli.context import CliContext
from ipdesk.errors import BackupError, StorageError
from ipdesk.i18n import translate


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create the database (or bring its structure up to date)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="build the demo database (default: the demo file in the data directory)")
    p.add_argument("--today", help="date the generated reports are relative to (YYYY-MM-DD)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("info", help="schema version, row counts per table and file path")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("backup", help="write a consistent copy of the database to FILE")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="replace the database with the backup FILE (the current one is backed up)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("check", help="integrity and foreign-key checks")
    p.set_defaults(func=cmd_check)


def cmd_init(args: argparse.Namespace, ctx: CliContext) -> int:
    database = ctx.database()
    print(translate("Cli", "Database ready: {url}").format(url=database.sqlite_path or database.url))
    return 0


def cmd_demo(args: argparse.Namespace, ctx: CliContext) -> int:
    from datetime import date

    from ipdesk.demo import build_demo
    from ipdesk.storage.location import DATABASE_URL_ENV, demo_database_path

    if ctx.db_path is None and DATABASE_URL_ENV not in os.environ:  # never build the demo into the real database
        ctx.db_path = str(demo_database_path())
    today = date.fromisoformat(args.today) if args.today else None
    summary = build_demo(ctx.database(), today=today)
    print(
        translate(
            "Cli",
            "Demo database built in {path}: {plans} plans, {tasks} tasks, {departments} departments, "
            "{indicators} indicators, {reports} reports, {values} indicator values.",
        ).format(path=ctx.database().sqlite_path or ctx.database().url, **summary.__dict__)
    )
    return 0


def cmd_info(args: argparse.Namespace, ctx: CliContext) -> int:
    info = ctx.services().maintenance.info()
    if args.json:
        json.dump(
            {
                "url": info.url,
                "path": info.path,
                "schema_revision": info.schema_revision,
                "schema_head": info.schema_head,
                "counts": info.counts,
            },
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
        return 0
    print(translate("Cli", "Database: {path}").format(path=info.path or info.url))
    print(
        translate("Cli", "Schema version: {current} (this program: {head})").format(
            current=info.schema_revision, head=info.schema_head
        )
    )
    width = max(len(name) for name in info.counts)
    for name, count in info.counts.items():
        print(f"  {name:<{width}}  {count:>9,}")
    return 0


def cmd_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    from ipdesk.storage.backup import backup_sqlite

    if not ctx.database_exists():
        raise StorageError(translate("Errors", "There is no database to back up yet."))
    database = ctx.database()
    if database.sqlite_path is None:
        raise BackupError(translate("Errors", "Backups from a database server are made with the server's own tools."))
    target = backup_sqlite(database.sqlite_path, Path(args.file).expanduser().resolve())
    print(translate("Cli", "Backup written: {path}").format(path=target))
    return 0


def cmd_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    from ipdesk.storage.restore import restore_database

    result = restore_database(ctx.database_url(), Path(args.file).expanduser().resolve())
    if result.safety_backup:
        print(translate("Cli", "The previous database was saved to {path}").format(path=result.safety_backup))
    print(translate("Cli", "Restored {backup} into {path}").format(backup=args.file, path=result.path))
    return 0


def cmd_check(args: argparse.Namespace, ctx: CliContext) -> int:
    result = ctx.services().maintenance.check()
    if result.ok:
        print(translate("Cli", "Database check passed: no problems found."))
        return 0
    for problem in result.problems:
        print(problem)
    print(
        translate("Cli", "{count} problems found. Restore a backup or contact support.").format(
            count=len(result.problems)
        ),
        file=sys.stderr,
    )
    return 1
