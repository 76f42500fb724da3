"""Cold start of Social Desk to its first painted window, against a bare PySide6 window.

Both are started the same way (a new Python process, offscreen platform) in the same
run, alternating, and timed from spawn to the child's "painted" line; the median of
several runs is reported. Also timed: the window ready with the large demo database
open, at two moments of the same start: its data shown, to read (the Strategy tab's
view kept from the last session, ``ui/strategy/start_view.py``, on screen while
SQLAlchemy loads and the database opens), and open for editing (the tabs' first reads,
which run on the worker after the database opens, applied) — and
``socialdesk demo --scale large`` itself.

The machine's load average is printed with the figures, and each process's own CPU time
to the same stamps beside them: on a busy machine the CPU times (and their ratios) move
far less than the wall clock does.

``python -m benchmarks.bench_startup [DATABASE]`` times an existing large demo database
(a copy: the app may upgrade it) instead of filling a new one.
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


def _timed(cmd: list[str], env: dict[str, str], stage: str) -> tuple[float, float]:
    """Seconds from spawn to the ``stage`` stamp, and the process's CPU seconds to it."""
    return _stages(cmd, env, (stage,))[0]


def _stages(
    cmd: list[str], env: dict[str, str], stages: tuple[str, ...]
) -> list[tuple[float, float]]:
    """For each of ``stages``: seconds from spawn to its stamp, and CPU seconds to it."""
    start = time.time()
    out = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    found: dict[str, tuple[float, float]] = {}
    for line in out.stdout.splitlines():
        fields = line.split()
        if fields and fields[0] in stages and len(fields) >= 3:
            found[fields[0]] = (float(fields[1]) - start, float(fields[2]))
    missing = [s for s in stages if s not in found]
    if missing:
        raise RuntimeError(f"{cmd} printed no {missing} line:\n{out.stdout}\n{out.stderr}")
    return [found[s] for s in stages]


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
        # The app's also quits as a user would, keeping the view the next start shows.
        _timed(bare_cmd, _env(home, "paint"), "painted")
        _timed(app_cmd, _env(home, "ready"), "ready")
        bare: list[tuple[float, float]] = []
        paint: list[tuple[float, float]] = []
        shown: list[tuple[float, float]] = []
        ready: list[tuple[float, float]] = []
        load_before = os.getloadavg()[0]
        for _ in range(REPEATS):
            bare.append(_timed(bare_cmd, _env(home, "paint"), "painted"))
            paint.append(_timed(app_cmd, _env(home, "paint"), "painted"))
            seen, usable_at = _stages(app_cmd, _env(home, "ready"), ("shown", "ready"))
            shown.append(seen)
            ready.append(usable_at)
        load_after = os.getloadavg()[0]
    floor, first, visible, usable = (
        statistics.median(w for w, _ in x) * 1000 for x in (bare, paint, shown, ready)
    )
    cpu_floor, cpu_first, cpu_visible, cpu_usable = (
        statistics.median(c for _, c in x) * 1000 for x in (bare, paint, shown, ready)
    )
    rows += [
        ("load average (1 min), before / after", f"{load_before:.2f} / {load_after:.2f}"),
        ("bare PySide6 window, first paint (floor)", f"{floor:.0f} ms"),
        ("socialdesk, first paint", f"{first:.0f} ms"),
        ("ratio to the floor", f"{first / floor:.2f}× (target ≤ {TARGET_RATIO}×)"),
        ("socialdesk, large database's data shown", f"{visible:.0f} ms"),
        ("its ratio to the floor", f"{visible / floor:.2f}× (target ≤ {TARGET_READY_RATIO:.0f}×)"),
        ("socialdesk, large database open for editing", f"{usable:.0f} ms"),
        ("its ratio to the floor", f"{usable / floor:.2f}×"),
        (
            "CPU time: floor / first paint / shown / open",
            f"{cpu_floor:.0f} / {cpu_first:.0f} / {cpu_visible:.0f} / {cpu_usable:.0f} ms "
            f"({cpu_first / cpu_floor:.2f}×, {cpu_visible / cpu_floor:.2f}×, "
            f"{cpu_usable / cpu_floor:.2f}×)",
        ),
    ]
    return rows


def print_table(title: str, rows: list[tuple[str, str]]) -> None:
    width = max(len(label) for label, _ in rows)
    print(f"\n{title}")
    for label, figure in rows:
        print(f"  {label:<{width}}  {figure}")


if __name__ == "__main__":
    given = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    print_table(f"Start-up (median of {REPEATS}, offscreen)", run(given))
