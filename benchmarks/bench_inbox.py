"""The inbox tab on the large demo database (1,000,000 messages): what an operator waits
for. ``python -m benchmarks.bench_inbox [DB]`` (without DB, the large demo is built
first: several minutes).

- first rows: from ``set_workspace`` until the list shows rows, with the worker thread
  as in the app (the tab's own read: choices, alerts, first page and count);
- search: Chinese substrings, an English word, and one- and two-character terms, common
  and rare (those go through the trigram vocabulary, migration 0009), each the read the
  tab makes after typing (first page and count): the first read, and the median of runs;
- scrolling: the list's ``fetchMore`` page by page as the view asks while scrolling
  (median / 95th percentile / slowest of 100 pages; the next page is read ahead on the
  worker), a page read without read-ahead, and the last page of the list (keyset);
- RSS of the process at the end.
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPEATS = 5
PAGES = 100
SEARCHES = ("退款", "质量太差", "refund", "发货慢", "发霉", "裂开", "zz", "好", "霉")
SCROLL_GAP_MS = 300  # a fast scroll: 200 rows in 0.3 s


def _median_ms(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(db: Path | None = None) -> list[tuple[str, str]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from app.db.database import open_database
    from app.demo import fill
    from app.inbox.types import InboxFilter
    from app.workspace import Workspace
    from ui.inbox.tab import InboxTab
    from ui.inbox.view_data import count_list, read_list
    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SOCIALDESK_HOME"] = str(Path(tmp) / "home")
        if db is None:
            db = Path(tmp) / "large.db"
            database = open_database(db)
            start = time.perf_counter()
            fill(database, scale="large")
            rows.append(("large demo built", f"{time.perf_counter() - start:.0f} s"))
            database.close()
        ws = Workspace(open_database(db))
        try:
            total = ws.inbox.count_messages(InboxFilter(), cap=2_000_000)
            rows.append(("messages in the database", f"{total.count:,}"))

            # The tab as the app builds it: reads on the worker thread.
            runner = TaskRunner()
            tab = InboxTab(QUndoStack(), runner)
            tab.resize(1400, 800)
            tab.show()
            app.processEvents()
            clock = QElapsedTimer()
            clock.start()
            tab.set_workspace(ws)
            while tab.model.rowCount() == 0 and clock.elapsed() < 60_000:
                app.processEvents()
                time.sleep(0.001)
            rows.append(("first rows after the tab opens", f"{clock.elapsed()} ms"))
            app.processEvents()
            shown = tab.model.rowCount()
            rows.append(("rows loaded then", f"{shown} of {total.count:,}"))

            for query in SEARCHES:
                flt = InboxFilter(search=query)
                # The first read after typing (nothing kept yet), then repeats.
                start = time.perf_counter()
                read_list(ws, flt)
                first_page = (time.perf_counter() - start) * 1000
                start = time.perf_counter()
                found = count_list(ws, flt)
                first_count = (time.perf_counter() - start) * 1000
                page_ms = _median_ms(lambda flt=flt: read_list(ws, flt))  # type: ignore[misc]
                count_ms = _median_ms(lambda flt=flt: count_list(ws, flt))  # type: ignore[misc]
                more = "+" if found.capped else ""
                rows.append(
                    (
                        f"search {query!r}: first page / count",
                        f"first {first_page:.0f} / {first_count:.0f} ms, then {page_ms:.0f}"
                        f" / {count_ms:.0f} ms ({found.count:,}{more} found)",
                    )
                )

            # Scrolling: the pages the view fetches as the user scrolls down. Between
            # two pages the event loop runs (as while the user scrolls) until the page
            # read ahead is back, or SCROLL_GAP_MS at most.
            page_times: list[float] = []
            ahead_times: list[float] = []
            for _ in range(PAGES):
                if not tab.model.canFetchMore():
                    break
                gap = time.perf_counter()
                while (
                    tab.pages is not None
                    and not tab.pages.ready()
                    and (time.perf_counter() - gap) * 1000 < SCROLL_GAP_MS
                ):
                    app.processEvents()
                    time.sleep(0.001)
                hits = tab.pages.hits if tab.pages else 0
                start = time.perf_counter()
                tab.model.fetchMore()
                took = (time.perf_counter() - start) * 1000
                read_ahead = tab.pages is not None and tab.pages.hits > hits
                (ahead_times if read_ahead else page_times).append(took)
            for label, times in (("read ahead", ahead_times), ("read at once", page_times)):
                if not times:
                    continue
                times.sort()
                p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
                rows.append(
                    (
                        f"scroll: fetchMore, page {label} ({len(times)} pages)",
                        f"median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, "
                        f"slowest {times[-1]:.1f} ms",
                    )
                )
            flt = tab.shown_filter
            last = tab.model.row_at(tab.model.rowCount() - 1)
            ms = _median_ms(lambda: ws.inbox.list_messages(flt, 200, last))
            rows.append(("a page read while the view waits (no read-ahead)", f"{ms:.1f} ms"))
            oldest = ws.inbox.list_messages(InboxFilter(ascending=True), 1)
            if oldest:
                # The last page of the list: keyset after a row near the end.
                flt = tab.shown_filter
                ms = _median_ms(lambda: ws.inbox.list_messages(flt, 200, oldest[0]))
                rows.append(("scroll: the last page (keyset)", f"{ms:.1f} ms"))
            runner.shutdown()
            tab.deleteLater()
            app.processEvents()
            rows.append(("process RSS at the end", f"{_rss_mb():.0f} MB"))
        finally:
            ws.close()
    return rows


if __name__ == "__main__":
    from benchmarks.bench_startup import print_table

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    print_table("Inbox tab, large demo database", run(path))
