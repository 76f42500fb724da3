"""Printing a cycle's appraisal sheets: a batch PDF for a 30-member cycle.

Builds a cycle of 30 members through the services (every appraisal filled, Chinese
criteria and comments, signed), then times, median of several runs: reading the
cycle's appraisals, and laying out and writing the batch PDF (target ≤ 1 s).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

REPEATS = 5
MEMBERS = 30
ROLES = ("content", "operations", "analyst", "pr", "strategy")


def _median_ms(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def run() -> list[tuple[str, str]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.appraisal.service import AppraisalService
    from app.appraisal.types import CycleDraft, ManagerReview, Participant, SelfReview
    from app.db.database import open_database
    from app.team.service import TeamService
    from app.team.types import MemberDraft
    from ui.appraisal.sheet import write_sheets

    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SOCIALDESK_HOME"] = str(Path(tmp) / "home")
        db = open_database(Path(tmp) / "team.db")
        try:
            team = TeamService(db)
            team.add(MemberDraft("王芳", ("lead",)))
            for i in range(MEMBERS - 1):
                team.add(MemberDraft(f"成员{i:02d}", (ROLES[i % len(ROLES)],)))
            service = AppraisalService(db)
            draft = CycleDraft("2026 Q3", "quarter", date(2026, 7, 1), date(2026, 9, 30))
            members = [Participant(m.uuid) for m in team.list_members()]
            cycle = service.create_cycle(draft, members, "zh")
            service.start_cycle(cycle.uuid)
            for a in service.list_appraisals(cycle.uuid):
                n = len(a.lines)
                a = service.save_self_review(
                    a.uuid, a.version, SelfReview(((4, "本季度按计划完成，数据复盘及时。"),) * n)
                )
                a = service.submit_self_review(a.uuid, a.version)
                review = ManagerReview(
                    ((4, "表现稳定，执行力强，建议加强短视频创意与用户洞察。"),) * n,
                    "执行力强", "短视频创意", "下季度 40 篇图文", "数据分析进阶",
                )  # fmt: skip
                a = service.save_manager_review(a.uuid, a.version, review)
                a = service.submit_manager_review(a.uuid, a.version)
                a = service.sign(a.uuid, a.version, as_manager=True)
                service.sign(a.uuid, a.version, as_manager=False)
            appraisals = service.list_appraisals(cycle.uuid)
            pdf = Path(tmp) / "cycle.pdf"
            read_ms = _median_ms(lambda: service.list_appraisals(cycle.uuid))
            write_sheets(appraisals, pdf, cycle.name)  # warm: fonts loaded once per app
            pdf_ms = _median_ms(lambda: write_sheets(appraisals, pdf, cycle.name))
            # CPU time too: on a busy 2-core machine the wall time says more about the
            # other processes than about the printing.
            cpu = time.process_time()
            write_sheets(appraisals, pdf, cycle.name)
            cpu_ms = (time.process_time() - cpu) * 1000
            pages = pdf.read_bytes().count(b"/Type /Page\n") or pdf.read_bytes().count(
                b"/Type /Page"
            )
        finally:
            db.close()
    return [
        (f"read a {MEMBERS}-member cycle's appraisals", f"{read_ms:.0f} ms"),
        (
            f"batch PDF of the cycle ({MEMBERS} members)",
            f"{pdf_ms:.0f} ms (target ≤ 1000 ms; {cpu_ms:.0f} ms CPU), {pages} pages",
        ),
    ]


if __name__ == "__main__":
    from benchmarks.bench_startup import print_table

    print_table(f"Appraisal sheets (median of {REPEATS}, offscreen)", run())
