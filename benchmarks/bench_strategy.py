"""The Strategy tab's work on the large demo database: what a user waits for.

Times, median of several runs: listing the plan tree, the year plan's health, the read
of everything the tab shows of it, its export document, writing its PDF, and building
the tab with the year plan selected.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPEATS = 5


def _median_ms(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def run(db: Path | None = None) -> list[tuple[str, str]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from app.db.database import open_database
    from app.demo import fill
    from app.workspace import Workspace
    from ui.strategy.export import write_plan_pdf
    from ui.strategy.tab import StrategyTab
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
            plans = ws.plans.list_plans()
            year = next(p for p in plans if p.level == "year" and p.status != "archived")
            pdf = Path(tmp) / "plan.pdf"

            def build_tab() -> None:
                tab = StrategyTab(QUndoStack(), TaskRunner(synchronous=True))
                tab.set_workspace(ws)
                tab.reload(year.uuid)
                app.processEvents()
                tab.deleteLater()

            rows = [
                ("plans in the tree", f"{len(plans)}"),
                ("list the plan tree", f"{_median_ms(ws.plans.list_plans):.1f} ms"),
                (
                    "year plan health",
                    f"{_median_ms(lambda: ws.plans.plan_health(year.uuid)):.1f} ms",
                ),
                (
                    "year plan view, every section in one read",
                    f"{_median_ms(lambda: ws.plans.plan_view(year.uuid)):.1f} ms",
                ),
                (
                    "tab view: plan tree and the plan to show",
                    f"{_median_ms(ws.plans.tab_view):.1f} ms",
                ),
                (
                    "year plan export document",
                    f"{_median_ms(lambda: ws.plans.plan_document(year.uuid)):.1f} ms",
                ),
                (
                    "year plan written as PDF",
                    f"{_median_ms(lambda: write_plan_pdf(ws, year.uuid, pdf)):.0f} ms "
                    f"({pdf.stat().st_size / 1024:.0f} KiB)",
                ),
                ("strategy tab built, year plan shown", f"{_median_ms(build_tab):.0f} ms"),
            ]
        finally:
            ws.close()
    return rows


if __name__ == "__main__":
    from benchmarks.bench_startup import print_table

    print_table(f"Strategy tab (median of {REPEATS})", run())
