"""Time ``fill(scale="large")`` on a fresh SQLite file and print seconds and rows per table.

Run from the repository root: ``python -m benchmarks.bench_demo`` (or
``python benchmarks/bench_demo.py``). The issue's budget is two minutes on two cores.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.db.database import open_database
from app.demo import DemoSummary, fill

BUDGET_SECONDS = 120.0


def measure(seed: int = 1) -> tuple[float, DemoSummary, int]:
    """Seconds to create and migrate the file, the fill's summary, and the file's size."""
    with tempfile.TemporaryDirectory(prefix="socialdesk-bench-") as folder:
        t0 = time.perf_counter()
        db = open_database(Path(folder) / "large.db")
        opened = time.perf_counter() - t0
        try:
            summary = fill(db, scale="large", seed=seed)
            size = db.size_bytes() or 0
        finally:
            db.close()
    return opened, summary, size


def run() -> list[tuple[str, str]]:
    """(label, figure) pairs for a combined benchmark table."""
    opened, summary, size = measure()
    figures = [
        ("demo large: create + migrate database", f"{opened:.2f} s"),
        (
            "demo large: fill",
            f"{summary.seconds:.2f} s for {summary.total_rows:,} rows "
            f"(budget {BUDGET_SECONDS:.0f} s)",
        ),
    ]
    for table, rows in summary.rows.items():
        seconds = summary.table_seconds.get(table)
        when = f" in {seconds:.3f} s" if seconds else ""
        figures.append((f"demo large: {table}", f"{rows:,} row{'' if rows == 1 else 's'}{when}"))
    for name, seconds in summary.seeder_seconds.items():
        figures.append((f"demo large: seeder {name}", f"{seconds:.3f} s"))
    figures.append(("demo large: file size", f"{size / 1_048_576:.1f} MiB"))
    return figures


def main() -> int:
    opened, summary, size = measure()
    print(f"Demo data, scale large, seed {summary.seed}, today {summary.today}")
    print(f"{'table':<32}{'rows':>12}{'seconds':>10}{'rows/s':>12}")
    for table, rows in summary.rows.items():
        seconds = summary.table_seconds.get(table, 0.0)
        rate = f"{rows / seconds:,.0f}" if seconds else "-"
        print(f"{table:<32}{rows:>12,}{seconds:>10.3f}{rate:>12}")
    for name, seconds in summary.seeder_seconds.items():
        print(f"{'seeder ' + name.rpartition('.')[0]:<32}{'':>12}{seconds:>10.3f}")
    print(f"{'total fill':<32}{summary.total_rows:>12,}{summary.seconds:>10.3f}")
    print(f"{'create + migrate':<32}{'':>12}{opened:>10.3f}")
    print(f"file size {size / 1_048_576:.1f} MiB; budget {BUDGET_SECONDS:.0f} s")
    return 0 if summary.seconds < BUDGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
