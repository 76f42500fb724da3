"""Cold start of Social Desk to its first painted window, against a bare PySide6 window.

Both are started the same way (a new Python process, offscreen platform) in the same
run, alternating, and timed from spawn to the child's "painted" line; the median of
several runs is reported. Also timed: the window ready with the large demo database
open — its data shown and usable: the tabs' first reads, which run on the worker after
the database opens, have been applied — and ``socialdesk demo --scale large`` itself.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPEATS = 7
TARGET_RATIO = 2.5
TARGET_READY_RATIO = 4.0


def _env(home: Path, mode: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        SOCIALDESK_HOME=str(home),
        SOCIALDESK_BENCH_EXIT=mode,
        PYTHONDONTWRITEBYTECODE="",
    )
    return env


def _timed(cmd: list[str], env: dict[str, str], stage: str) -> float:
    start = time.time()
    out = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith(stage + " "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"{cmd} printed no {stage!r} line:\n{out.stdout}\n{out.stderr}")


def make_large_database(folder: Path) -> tuple[Path, float]:
    db = folder / "large.db"
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "app.cli", "demo", "--db", str(db), "--scale", "large"],
        cwd=ROOT,
        env={**os.environ, "SOCIALDESK_HOME": str(folder / "home")},
        check=True,
        capture_output=True,
    )
    return db, time.perf_counter() - start


def run(db: Path | None = None) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if db is None:
            db, seconds = make_large_database(folder)
            rows.append(("socialdesk demo --scale large", f"{seconds:.1f} s (target < 120 s)"))
        rows.append(("large demo database size", f"{db.stat().st_size / 1e6:.1f} MB"))
        home = folder / "home"
        app_cmd = [sys.executable, "-m", "ui.main", "--db", str(db)]
        bare_cmd = [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")]
        # One untimed start of each warms the OS file cache: "cold" means a new process.
        _timed(bare_cmd, _env(home, "paint"), "painted")
        _timed(app_cmd, _env(home, "paint"), "painted")
        bare, paint, ready = [], [], []
        for _ in range(REPEATS):
            bare.append(_timed(bare_cmd, _env(home, "paint"), "painted"))
            paint.append(_timed(app_cmd, _env(home, "paint"), "painted"))
            ready.append(_timed(app_cmd, _env(home, "ready"), "ready"))
    floor, first, usable = (statistics.median(x) * 1000 for x in (bare, paint, ready))
    rows += [
        ("bare PySide6 window, first paint (floor)", f"{floor:.0f} ms"),
        ("socialdesk, first paint", f"{first:.0f} ms"),
        ("ratio to the floor", f"{first / floor:.2f}× (target ≤ {TARGET_RATIO}×)"),
        ("socialdesk, large database open and shown", f"{usable:.0f} ms"),
        ("its ratio to the floor", f"{usable / floor:.2f}× (target ≤ {TARGET_READY_RATIO:.0f}×)"),
    ]
    return rows


def print_table(title: str, rows: list[tuple[str, str]]) -> None:
    width = max(len(label) for label, _ in rows)
    print(f"\n{title}")
    for label, figure in rows:
        print(f"  {label:<{width}}  {figure}")


if __name__ == "__main__":
    print_table(f"Start-up (median of {REPEATS}, offscreen)", run())
