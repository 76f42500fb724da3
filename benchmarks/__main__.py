"""``python -m benchmarks`` (or ``make bench``): every benchmark, one table each.

``--dist`` adds the packaged-app figures (builds it first: several minutes).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from benchmarks import (
    bench_appraisal,
    bench_calendar,
    bench_calendar_core,
    bench_imports,
    bench_inbox,
    bench_kpi,
    bench_kpi_core,
    bench_sentiment,
    bench_startup,
    bench_strategy,
)


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        # One large demo database for every benchmark that reads it: filling it (a
        # million metric rows and a million messages) takes minutes.
        db, seconds = bench_startup.make_large_database(Path(tmp))
        bench_startup.print_table(
            "Large demo database", [("socialdesk demo --scale large", f"{seconds:.1f} s")]
        )
        bench_startup.print_table("Start-up", bench_startup.run(db))
        bench_startup.print_table("Strategy tab, large demo database", bench_strategy.run(db))
        bench_startup.print_table("Calendar core, large demo database", bench_calendar_core.run(db))
        bench_startup.print_table("Calendar tab, large demo database", bench_calendar.run(db))
        bench_startup.print_table("KPI core, large demo database", bench_kpi_core.run(db))
        bench_startup.print_table("KPI tab, large demo database", bench_kpi.run(db))
        bench_startup.print_table("Inbox tab, large demo database", bench_inbox.run(db))
    bench_startup.print_table("Imports (1,000,000-row CSV, 100,000-row XLSX)", bench_imports.run())
    bench_startup.print_table("Appraisal sheets (30-member cycle)", bench_appraisal.run())
    bench_startup.print_table(
        "Inbox sentiment (waimai_10k; SnowNLP baseline; corrections)", bench_sentiment.run()
    )
    if "--dist" in argv:
        from benchmarks import bench_dist

        bench_startup.print_table("Packaged app", bench_dist.run())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
