"""Benchmark: the indicator and task summary PDFs for a city of 40 departments and 150 tasks (target ≤ 5 s).

    python bench/report_bench.py [--keep DIR]

Builds the synthetic city database with ``bench/make_data.py`` (40 departments, 150 tasks with 27 departments
each, 30 indicators, ≈ 80,000 reports), then times building and writing each PDF for the last quarter.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET_SECONDS = 5.0


def _make_data():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_make_data", HERE / "make_data.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", type=Path, help="write the database and PDFs here instead of a temporary folder")
    args = parser.parse_args(argv)

    from ipdesk.reports.gui_app import ensure_gui_application

    ensure_gui_application()
    from ipdesk.reports.generate import generate
    from ipdesk.reports.kinds import ReportKind, ReportRequest
    from ipdesk.services import Services
    from ipdesk.storage.database import Database
    from ipdesk.storage.location import sqlite_url

    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        db_path = folder / "city.sqlite3"
        if not db_path.exists():
            started = time.perf_counter()
            counts = _make_data().make("city", db_path)
            print(f"data: {counts} in {time.perf_counter() - started:.1f} s")
        database = Database.open(sqlite_url(db_path))
        services = Services(database)
        today = date(2026, 1, 20)
        runs = [
            ("indicator summary", ReportRequest(ReportKind.INDICATORS, "2025Q4", today=today)),
            ("task summary (by task)", ReportRequest(ReportKind.TASKS, "2025Q4", today=today)),
            (
                "task summary (by department)",
                ReportRequest(ReportKind.TASKS, "2025Q4", today=today, by_department=True),
            ),
        ]
        total = 0.0
        worst = 0.0
        for label, request in runs:
            started, cpu = time.perf_counter(), time.process_time()
            result = generate(services, request, pdf=folder / f"{label.split()[0]}-{len(label)}.pdf")
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
            total += elapsed
            worst = max(worst, elapsed)
            rows = sum(len(t.rows) for t in result.document.tables())
            print(f"{label}: {elapsed:.2f} s ({cpu:.2f} s CPU), {result.pdf_pages} pages, {rows} table rows")
        database.dispose()
    verdict = "within" if worst <= TARGET_SECONDS else "OVER"
    print(f"slowest PDF {worst:.2f} s ({verdict} the {TARGET_SECONDS:.0f} s target); all three {total:.2f} s")
    return 0 if worst <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
