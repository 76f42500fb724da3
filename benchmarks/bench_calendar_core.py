"""The calendar core's reads on the large demo database (20,000 posts): SQL + Python.

Median of several warm runs (the first compiles the statements and is dropped): the
month view's range (six weeks, as the grid shows them; target ≤ 20 ms), the week view,
a month with a filter, the list view's first page sorted and filtered with its count,
the editor's post, plan vs schedule, my work and an .ics export of a month.
``python -m benchmarks.bench_calendar_core [DB]`` prints the table; without a database
it fills a fresh large demo first (a few minutes).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

REPEATS = 9
ZONE = datetime.now().astimezone().tzinfo  # the UI asks in local days


def _median_ms(fn: Callable[[], object]) -> float:
    fn()
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def run(db: Path | None = None) -> list[tuple[str, str]]:
    from app.calendar.types import PostFilter, day_range
    from app.db.database import open_database
    from app.demo import fill
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
            q = ws.calendar.queries
            today = date.today()
            first = today.replace(day=1)
            grid = first - timedelta(days=first.weekday())
            month = day_range(grid, grid + timedelta(days=41), ZONE)
            before = day_range(grid - timedelta(days=35), grid + timedelta(days=6), ZONE)
            week = day_range(today - timedelta(days=today.weekday()), today, ZONE)
            chips = q.between(*month)
            weibo = PostFilter(platform_codes=("weibo",), statuses=("scheduled", "published"))
            text = PostFilter(text="露营")
            post = chips[len(chips) // 2].uuid
            rows = [
                (f"month view range, 6 weeks ({len(chips)} posts)", lambda: q.between(*month)),
                ("previous month (switch)", lambda: q.between(*before)),
                ("week view range", lambda: q.between(*week)),
                (
                    "month, filtered: Weibo, scheduled or published",
                    lambda: q.between(*month, weibo),
                ),
                ("list page 1 of 100, by time + count", lambda: q.page(limit=100)),
                (
                    "list page 1, text '露营', by title desc + count",
                    lambda: q.page(text, limit=100, sort="title", descending=True),
                ),
                ("list page 50, filtered Weibo + count", lambda: q.page(weibo, offset=4900)),
                ("editor: one post with everything", lambda: ws.calendar.posts.get(post)),
                ("plan vs schedule (week + month)", lambda: q.plan_vs_schedule(today)),
                (
                    "campaign bands of the month",
                    lambda: ws.campaigns.bands(grid, grid + timedelta(days=41)),
                ),
                (
                    "key dates of the month",
                    lambda: ws.calendar.key_dates.between(grid, grid + timedelta(days=41)),
                ),
                (".ics of the month", lambda: ws.calendar.exports.ics(None, *month)),
            ]
            return [(name, f"{_median_ms(fn):.1f} ms") for name, fn in rows]
        finally:
            ws.close()


if __name__ == "__main__":
    from benchmarks import bench_startup

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    bench_startup.print_table("Calendar core, large demo database", run(path))
