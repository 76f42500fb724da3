"""The calendar tab on the large demo database (20,000 posts): what a user waits for.

Medians of several runs, each through the real widgets with a synchronous runner (the
read and the paint one after the other, as the user sees them): the month view's first
paint on a fresh tab, switching month to month, and the list view's filter and sort
(first page read and shown). Targets: month ≤ 100 ms, switch ≤ 50 ms, filter ≤ 100 ms.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

REPEATS = 7
TARGETS_MS = {"month": 100.0, "switch": 50.0, "filter": 100.0}


def _median_ms(fn: Callable[[], object], repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def run(db: Path | None = None) -> list[tuple[str, str]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from app.calendar.types import PostFilter, day_range
    from app.db.database import open_database
    from app.demo import fill
    from app.workspace import Workspace
    from ui.calendar.list_view import Column
    from ui.calendar.reads import local_zone
    from ui.calendar.tab import CalendarTab
    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SOCIALDESK_HOME"] = str(Path(tmp) / "home")
        if db is None:
            db = Path(tmp) / "large.db"
            database = open_database(db)
            fill(database, scale="large")
            database.close()
        ws = Workspace(open_database(db))
        try:
            lead = next((m for m in ws.team.list_members() if "lead" in m.roles), None)
            if lead is not None:
                ws.acting.choose(lead.uuid)
            total = ws.calendar.queries.page(PostFilter(), 0, 1).total
            anchor = date.today()  # the demo's posts run a year either side of today
            tabs: list[CalendarTab] = []

            def first_paint() -> None:
                tab = CalendarTab(QUndoStack(), TaskRunner(synchronous=True))
                tab.mode, tab.anchor = "month", anchor
                tab.resize(1400, 820)
                tab.show()
                tab.set_workspace(ws)
                assert tab.body is not None
                tab.body.month.repaint()
                tabs.append(tab)

            month_ms = _median_ms(first_paint)
            tab = tabs[-1]
            body = tab.body
            assert body is not None
            chips = len(body.month.chips())
            direction = [1]

            def switch() -> None:
                tab.step(direction[0])
                direction[0] = -direction[0]
                body.month.repaint()

            switch_ms = _median_ms(switch, REPEATS * 2)
            tab.set_mode("list")
            words = ["新品", "开箱", "Q&A", "露营", "直播", "福利", "guide"]
            it = iter(words * 3)

            def filter_list() -> None:
                body.filters.set_filter(PostFilter(text=next(it)))
                body.list.viewport().repaint()

            filter_ms = _median_ms(filter_list)
            body.filters.set_filter(PostFilter())
            order = [False]

            def sort_list() -> None:
                order[0] = not order[0]
                body.list.sort_by(Column.TITLE, order[0])
                body.list.viewport().repaint()

            sort_ms = _median_ms(sort_list)
            # The core's share of the above: the reads alone, no widgets.
            first, last = body.range_of("month", anchor)
            start, end = day_range(first, last, local_zone())
            queries = ws.calendar.queries
            between_ms = _median_ms(lambda: queries.between(start, end, PostFilter()))
            page_ms = _median_ms(lambda: queries.page(PostFilter(text="新品"), 0, 200))
            for t in tabs:
                t.set_workspace(None)
                t.deleteLater()
            app.processEvents()

            def verdict(ms: float, target: str) -> str:
                ok = "ok" if ms <= TARGETS_MS[target] else "OVER"
                return f"{ms:.1f} ms (target ≤ {TARGETS_MS[target]:.0f}, {ok})"

            rows = [
                ("posts in the database", f"{total:,}"),
                (f"posts in the month shown ({anchor:%Y-%m})", f"{chips:,}"),
                ("month view, first paint (fresh tab)", verdict(month_ms, "month")),
                ("month to month switch", verdict(switch_ms, "switch")),
                ("list view, text filter (first page)", verdict(filter_ms, "filter")),
                ("list view, sort by title (first page)", verdict(sort_ms, "filter")),
                ("of which core: queries.between, the month's 6 weeks", f"{between_ms:.1f} ms"),
                ("of which core: queries.page, text filter, 200 rows", f"{page_ms:.1f} ms"),
            ]
        finally:
            ws.close()
    return rows


if __name__ == "__main__":
    import sys

    from benchmarks.bench_startup import print_table

    given = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    print_table(f"Calendar tab (median of {REPEATS})", run(given))
