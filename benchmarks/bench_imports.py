"""Import speed against its floor, measured side by side in the same run.

- a generated 1,000,000-row CSV (account, date, metric, value) through the whole
  pipeline (detection, parsing, lookups, upsert, history) versus the floor: Python's
  ``csv`` reader feeding raw ``sqlite3`` ``executemany`` of the same rows into an
  equivalent table (same columns and unique key), no checks. Target: ≤ 2× the floor.
- a 100,000-row XLSX through the pipeline versus python-calamine reading the same file
  to lists (median of 5, alternating; each import rolled back before the next). Target:
  ≤ 2×.

``python -m benchmarks.bench_imports [--rows N]``
"""

from __future__ import annotations

import csv
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

CSV_ROWS = 1_000_000
XLSX_ROWS = 100_000
XLSX_REPEATS = 5
METRICS = ("views", "likes", "comments", "shares", "saves", "reach", "impressions", "clicks")
ACCOUNTS = 16


def _csv_file(path: Path, rows: int) -> None:
    first = date(2000, 1, 1)
    per_day = ACCOUNTS * len(METRICS)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Account", "Date", "Metric", "Value"])
        for i in range(rows):
            day = first + timedelta(days=i // per_day)
            metric = METRICS[i // ACCOUNTS % len(METRICS)]
            w.writerow([f"acct{i % ACCOUNTS}", day.isoformat(), metric, str(i % 99991)])


def _xlsx_file(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    ws = book.create_sheet("数据")
    ws.append(["Account", "Date", "Metric", "Value"])
    first = date(1980, 1, 1)  # days the CSV does not use: all rows new
    per_day = ACCOUNTS * len(METRICS)
    for i in range(rows):
        day = first + timedelta(days=i // per_day)
        ws.append([f"acct{i % ACCOUNTS}", day, METRICS[i // ACCOUNTS % len(METRICS)], i % 99991])
    book.save(path)


def _database(path: Path) -> object:
    from app.accounts.service import AccountsService
    from app.accounts.types import AccountDraft
    from app.db.database import open_database

    db = open_database(path)
    service = AccountsService(db)
    weibo = next(p.uuid for p in service.list_platforms() if p.code == "weibo")
    for n in range(ACCOUNTS):
        service.add_account(AccountDraft(weibo, f"acct{n}"))
    return db


def _floor(csv_path: Path, db_path: Path) -> float:
    con = sqlite3.connect(db_path)
    con.execute(
        "CREATE TABLE floor (id INTEGER PRIMARY KEY, account TEXT NOT NULL, day TEXT NOT NULL,"
        " metric TEXT NOT NULL, value TEXT NOT NULL, import_id INTEGER,"
        " UNIQUE (account, day, metric))"
    )
    # The same indexes as kpi_account_metrics: an equivalent table.
    con.execute("CREATE INDEX ix_floor_import ON floor (import_id)")
    con.execute("CREATE INDEX ix_floor_series ON floor (metric, day, account, value)")
    start = time.perf_counter()
    with csv_path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        with con:
            con.executemany(
                "INSERT INTO floor (account, day, metric, value) VALUES (?, ?, ?, ?)", reader
            )
    seconds = time.perf_counter() - start
    con.close()
    return seconds


def run(csv_rows: int = CSV_ROWS, xlsx_rows: int = XLSX_ROWS) -> list[tuple[str, str]]:
    import python_calamine

    from app.imports.history import ImportHistory
    from app.imports.pipeline import ImportService

    figures: list[tuple[str, str]] = []
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.environ["SOCIALDESK_HOME"] = str(root / "home")
        source = root / "metrics.csv"
        db = _database(root / "import.db")
        service = ImportService(db)  # type: ignore[arg-type]
        _csv_file(source, csv_rows)
        floor = _floor(source, root / "floor.db")
        start = time.perf_counter()
        result = service.run(source, "metrics")
        ours = time.perf_counter() - start
        assert result.ok and result.added == csv_rows, result
        figures.append((f"CSV {csv_rows:,} rows: floor (csv + sqlite3)", f"{floor:6.2f} s"))
        figures.append((f"CSV {csv_rows:,} rows: Social Desk import", f"{ours:6.2f} s"))
        figures.append(("CSV ratio (target ≤ 2.0)", f"{ours / floor:6.2f} ×"))
        start = time.perf_counter()
        again = service.run(source, "metrics")
        figures.append(("CSV re-import, all unchanged", f"{time.perf_counter() - start:6.2f} s"))
        assert again.unchanged == csv_rows

        book = root / "weibo.xlsx"
        _xlsx_file(book, xlsx_rows)
        history = ImportHistory(db)  # type: ignore[arg-type]
        reads, imports = [], []
        for _ in range(XLSX_REPEATS):  # alternating; each import rolled back after it
            start = time.perf_counter()
            sheet = python_calamine.CalamineWorkbook.from_path(str(book)).get_sheet_by_index(0)
            rows = sheet.to_python()
            reads.append(time.perf_counter() - start)
            assert len(rows) == xlsx_rows + 1
            del rows, sheet
            start = time.perf_counter()
            result = service.run(book, "metrics")
            imports.append(time.perf_counter() - start)
            assert result.ok and result.added == xlsx_rows, result
            assert result.import_id is not None
            history.rollback(result.import_id)
        read, ours = statistics.median(reads), statistics.median(imports)
        times = f"median of {XLSX_REPEATS}"
        figures.append((f"XLSX {xlsx_rows:,} rows: calamine to lists", f"{read:6.2f} s ({times})"))
        figures.append((f"XLSX {xlsx_rows:,} rows: Social Desk import", f"{ours:6.2f} s ({times})"))
        figures.append(("XLSX ratio (target ≤ 2.0)", f"{ours / read:6.2f} ×"))
        ratios = sorted(i / r for i, r in zip(imports, reads, strict=True))
        figures.append(("  each run's ratio", ", ".join(f"{x:.2f}" for x in ratios)))
        db.close()  # type: ignore[attr-defined]
    # The machine may be shared: a busy one stretches the two-thread import more than
    # the one-thread floors, so each figure goes with the load it was measured under.
    figures.append(
        ("load average (1 min), start → end", f"{load_before:.2f} → {os.getloadavg()[0]:.2f}")
    )
    return figures


if __name__ == "__main__":
    from benchmarks.bench_startup import print_table

    n = int(sys.argv[sys.argv.index("--rows") + 1]) if "--rows" in sys.argv else CSV_ROWS
    print_table("Imports", run(n, max(1000, n // 10)))
