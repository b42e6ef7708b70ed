"""Benchmarks of the clerk's desk: table models sorting and filtering 100,000 rows inside the model (with a
``QSortFilterProxyModel`` for comparison), and each page's data load on the province database.

    python bench/make_data.py province /tmp/prov.sqlite3     # once (≈ 1,000,000 reports)
    python bench/desk_bench.py [--db /tmp/prov.sqlite3] [--rows 100000]

Prints one line per measurement (best of ``--repeat`` runs, in milliseconds). Not part of the test suite;
``tests/ui/test_big_tables.py`` checks the same operations for correctness.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication

from ipdesk.services import Services
from ipdesk.services.departments import DepartmentInfo
from ipdesk.storage.database import Database
from ipdesk.storage.location import sqlite_url
from ui.models.department_table import DepartmentColumn, DepartmentTableModel


class _Context:
    cancelled = False

    def check_cancelled(self) -> None:
        pass

    def progress(self, done: int, total: int, text: str = "") -> None:
        pass


def best_ms(work: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - start)
    return best * 1000, result


def report(label: str, ms: float, note: str = "") -> None:
    print(f"{label:<58} {ms:10.1f} ms  {note}")


def rows(count: int) -> list[DepartmentInfo]:
    rng = random.Random(7)
    stems = ["市场监督管理局", "科学技术局", "财政局", "公安局", "统计局", "教育局"]
    return [
        DepartmentInfo(
            i + 1,
            f"第{i:06d}号{stems[i % len(stems)]}",
            None,
            "agency",
            None,
            f"{rng.randrange(100):02d}县",
            (),
            None,
            f"0471-{rng.randrange(10_000_000):07d}",
            i % 10 != 0,
            None,
        )
        for i in range(count)
    ]


def bench_models(count: int, repeat: int) -> None:
    print(f"-- table model over {count:,} rows (sorted and filtered in the model)")
    data = rows(count)
    model = DepartmentTableModel()
    report("set_rows", best_ms(lambda: model.set_rows(data), repeat)[0])
    report("sort by phone, ascending", best_ms(lambda: model.sort(DepartmentColumn.PHONE), repeat)[0])
    report(
        "sort by unit, descending",
        best_ms(lambda: model.sort(DepartmentColumn.UNIT, Qt.SortOrder.DescendingOrder), repeat)[0],
    )
    report("filter: active only (predicate)", best_ms(lambda: model.set_filter(lambda d: d.active), repeat)[0])
    words = best_ms(lambda: model.set_word_filter("统计局 07"), repeat)[0]
    report("filter: words '统计局 07' over every column", words, "(texts built on the first run)")
    model.set_filter(None)
    report("row_of_id (last record, first call builds the index)", best_ms(lambda: model.row_of_id(count), 1)[0])
    print(f"   rows handed to a view at first: {model.rowCount():,} of {model.visible_count():,} (fetched on scroll)")

    everything = DepartmentTableModel()
    everything.set_rows(data)
    everything._show_up_to(count)  # a proxy only sees fetched rows
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(everything)
    report(
        "for comparison: QSortFilterProxyModel sort by phone",
        best_ms(lambda: proxy.sort(DepartmentColumn.PHONE, Qt.SortOrder.AscendingOrder), 1)[0],
    )
    proxy.setFilterKeyColumn(DepartmentColumn.NAME)
    proxy_filter = best_ms(lambda: proxy.setFilterFixedString("统计局"), 1)[0]
    report("for comparison: QSortFilterProxyModel filter '统计局'", proxy_filter)


def bench_pages(path: Path, repeat: int) -> None:
    from ipdesk.reports.overview import OverviewRequest, read_overview
    from ui.pages.entry_page import read_entry
    from ui.pages.indicators_page import read_indicators
    from ui.pages.plans_data import read_plans

    database = Database.open(sqlite_url(path), backup_before_migrate=False)
    services = Services(database)
    today = date.today()
    context: Any = _Context()
    reports = services.maintenance.info().counts.get("task_reports", 0)
    print(f"-- page loads on {path} ({reports:,} reports)")
    period = max(services.periods.list(), key=lambda p: p.end_date)
    ms, loads = best_ms(lambda: services.entry.departments(period.code), repeat)
    report(f"数据填报: department list with report counts ({len(loads)} departments)", ms)
    busiest = max(loads, key=lambda d: d.assignments)
    ms, data = best_ms(lambda: read_entry(services, 1, period.code, busiest.id, today), repeat)
    report(f"数据填报: one department's sheet ({len(data.rows)} tasks)", ms)
    ms, dash = best_ms(lambda: read_overview(services, OverviewRequest(1, None, None, None, today)), repeat)
    counted = sum(card.tasks for card in dash.cards)
    report(f"总览: this office's plans ({counted:,} assignments counted)", ms)
    plan = services.plans.list()[0]
    ms, _dash = best_ms(lambda: read_overview(services, OverviewRequest(1, plan.id, None, None, today)), repeat)
    report("总览: one plan", ms)
    ms, plans = best_ms(lambda: read_plans(services, context, today), repeat)
    report(f"规划与任务: tree and standing ({sum(len(t) for t in plans.tasks.values()):,} tasks)", ms)
    ms, indicators = best_ms(lambda: read_indicators(services, context, today), repeat)
    report(f"指标: every indicator assessed ({len(indicators.lines):,})", ms)
    database.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="/tmp/prov.sqlite3", help="a database from bench/make_data.py")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    bench_models(args.rows, args.repeat)
    path = Path(args.db)
    if path.exists():
        bench_pages(path, args.repeat)
    else:
        print(f"-- no database at {path}: run  python bench/make_data.py province {path}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
