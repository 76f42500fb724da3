"""The KPI core's reads on the large demo database (1,000,000 metric rows): SQL + Python.

Median of several runs, warm (the first run compiles the statements and is dropped):
the 4-series, one-year daily view the chart redraws after a filter change (target
≤ 100 ms of the UI's 200 ms), the same by platform and by account, weekly and monthly,
the period comparison, top posts, anomaly marks, objective progress and a quarterly
report's data. ``python -m benchmarks.bench_kpi_core [DB]`` prints the table; without a
database it fills a fresh large demo first (a few minutes).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

REPEATS = 5


def _median_ms(fn: Callable[[], object]) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds (CPU: what an idle machine would show when
    other work shares the cores)."""
    fn()  # warm: statement compilation, page cache
    wall, cpu = [], []
    for _ in range(REPEATS):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def run(db: Path | None = None) -> list[tuple[str, str]]:
    from app.db.database import open_database
    from app.demo import fill
    from app.kpi.analytics_types import KpiFilter, ReportDraft
    from app.kpi.periods import report_range
    from app.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SOCIALDESK_HOME"] = str(Path(tmp) / "home")
        if db is None:
            db = Path(tmp) / "large.db"
            database = open_database(db)
            fill(database, scale="large")
            database.close()
        ws = Workspace(open_database(db))
        try:
            kpi = ws.kpi
            from sqlalchemy import text

            with ws.db.engine.connect() as con:
                last = con.execute(text("SELECT max(day) FROM kpi_account_metrics")).scalar()
            today = last if isinstance(last, date) else date.fromisoformat(str(last))
            year = KpiFilter(
                preset="custom",
                start=today - timedelta(days=364),
                end=today,
                metrics=("views", "likes", "comments", "shares"),
            )
            quarter = report_range("quarter", today - timedelta(days=92))
            report = ReportDraft("quarter", quarter.start, quarter.end)
            rows = [
                ("4 series, 1 year, daily (chart redraw)", lambda: kpi.series(year, today)),
                (
                    "4 series, 1 year, daily, by platform",
                    lambda: kpi.series(replace(year, group_by="platform"), today),
                ),
                (
                    "4 series, 1 year, daily, by account (64 lines)",
                    lambda: kpi.series(replace(year, group_by="account"), today),
                ),
                (
                    "4 series, 1 year, weekly",
                    lambda: kpi.series(replace(year, granularity="week"), today),
                ),
                (
                    "4 series, 1 year, monthly",
                    lambda: kpi.series(replace(year, granularity="month"), today),
                ),
                (
                    "8 totals with previous period (1 year)",
                    lambda: kpi.comparisons(
                        replace(
                            year,
                            metrics=(
                                "views",
                                "followers",
                                "engagement_rate",
                                "conversion_rate",
                                "roi",
                                "roas",
                                "follower_growth_pct",
                                "cost_per_result",
                            ),
                        ),
                        today,
                    ),
                ),
                ("top 10 posts of a year by views", lambda: kpi.top_posts(year, "views", 10)),
                ("anomaly marks, 4 series, 1 year", lambda: kpi.anomalies(year, today)),
                ("objective progress, every objective", lambda: kpi.objective_progress()),
                ("quarterly report data", lambda: kpi.report_data(report)),
            ]
            out = []
            for name, fn in rows:
                wall, cpu = _median_ms(fn)
                out.append((name, f"{wall:.1f} ms (CPU {cpu:.1f} ms)"))
            return out
        finally:
            ws.close()


if __name__ == "__main__":
    from benchmarks import bench_startup

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    bench_startup.print_table("KPI core, large demo database", run(path))
