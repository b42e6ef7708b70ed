"""Excel exchange figures: reading a 3,000-row 分工表 vs raw calamine, and 40 department forms out and back.

Run: ``python bench/excel_bench.py`` (prints a table; takes about a minute).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROWS = 3_000
FORMS = 40


def timed(function: Callable[[], object], repeat: int = 5) -> float:
    results = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        results.append(time.perf_counter() - start)
    return statistics.median(results)


def big_table(path: Path) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.append(["某市知识产权强市建设任务分工表"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"])
    for i in range(1, ROWS + 1):
        if i % 100 == 1:
            ws.append([f"第{i // 100 + 1}部分"])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
        ws.append(
            [
                i,
                f"第{i}项重点任务：推进知识产权强市建设",
                "具体措施" * 12,
                "市市场监管局",
                "市科技局、市财政局、市公安局",
                "2025年12月底前",
            ]
        )
    workbook.save(path)
    return path


def reading(folder: Path) -> None:
    import python_calamine

    from ipdesk.excel.reading import load_grid
    from ipdesk.excel.tables import read_tables

    path = big_table(folder / "big.xlsx")
    raw = timed(lambda: python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python())
    grid = timed(lambda: load_grid(path))
    table = timed(lambda: read_tables(path, isolate=False))
    isolated = timed(lambda: read_tables(path))
    rows = len(read_tables(path).tables[0].rows)
    print(f"3,000-row 分工表 ({path.stat().st_size / 1024:.0f} KB, {rows} rows read)")
    print(f"  raw calamine to_python            {raw * 1000:8.0f} ms")
    print(f"  ipdesk sparse xlsx grid           {grid * 1000:8.0f} ms   ({grid / raw:.1f}x calamine)")
    print(f"  read_tables in process            {table * 1000:8.0f} ms   ({table / raw:.1f}x)")
    print(f"  read_tables in sandbox child      {isolated * 1000:8.0f} ms   ({isolated / raw:.1f}x)")


def forms(folder: Path) -> None:
    import openpyxl

    from ipdesk.demo import build_demo
    from ipdesk.excel import formspec as spec
    from ipdesk.services.exchange import ExchangeService
    from ipdesk.storage.database import Database
    from ipdesk.storage.location import sqlite_url

    database = Database.open(sqlite_url(folder / "bench.sqlite3"))
    build_demo(database, today=date(2026, 11, 21))
    exchange = ExchangeService(database)
    targets = exchange.form_targets("2027Q1")[:FORMS]
    start = time.perf_counter()
    results = exchange.export_forms("2027Q1", folder / "forms", department_ids=[t.department_id for t in targets])
    exported = time.perf_counter() - start
    rows = 0
    for result in results:
        workbook = openpyxl.load_workbook(result.path)
        ws = workbook[spec.TASK_SHEET]
        ws["E2"], ws["I2"] = "张三", "2027-03-28"
        for row in range(spec.FORM_HEADER_ROW + 1, ws.max_row + 1):
            if ws.cell(row, 4).value:
                ws.cell(row, 6).value, ws.cell(row, 7).value, ws.cell(row, 8).value = "已开展工作", "推进中", 60
                rows += 1
        workbook.save(result.path)
    start = time.perf_counter()
    preview = exchange.preview([folder / "forms"])
    previewed = time.perf_counter() - start
    start = time.perf_counter()
    outcome = exchange.commit(preview)
    committed = time.perf_counter() - start
    database.dispose()
    print(f"{len(results)} department forms ({rows} task rows)")
    print(f"  export                            {exported:8.2f} s")
    print(f"  preview (read, check, diff)       {previewed:8.2f} s")
    print(f"  commit (one transaction)          {committed:8.2f} s   ({len(outcome.batch_ids)} batches)")


def main() -> int:
    os.environ.setdefault("IPDESK_LANG", "en")
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as raw:
        folder = Path(raw)
        os.environ["IPDESK_DATA_DIR"] = str(folder / "data")
        reading(folder)
        forms(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
