"""The packaged app: its size, and its cold start beside the source app's.

Builds the one-folder app and the one-file executable into a temporary folder (build.spec,
as ``./dev dist`` does), then starts the source app, the one-folder app and the one-file
executable in turn, each a new process on the same existing database (offscreen), timed
from spawn to the "painted" line; the median of several rounds is reported.

    .venv/bin/python -m benchmarks.bench_dist        (or ./dev bench --dist)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app import __version__
from benchmarks.bench_startup import print_table

ROOT = Path(__file__).resolve().parent.parent
REPEATS = 7
TARGET_FOLDER_MB = 160
TARGET_ONEFILE_MIB = 75


def build(dist: Path, work: Path, *, onefile: bool) -> float:
    env = {**os.environ, "SOCIALDESK_ONEFILE": "1" if onefile else "0"}
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    cmd += ["--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec")]
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def painted_after(cmd: list[str], home: Path) -> float:
    """Seconds from spawning ``cmd`` to its first painted window."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOCIALDESK_")}
    env.update(QT_QPA_PLATFORM="offscreen", SOCIALDESK_HOME=str(home))
    env["SOCIALDESK_BENCH_EXIT"] = "paint"
    start = time.time()
    out = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("painted "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"{cmd} printed no 'painted' line:\n{out.stdout}\n{out.stderr}")


def run() -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        dist, work, home = folder / "dist", folder / "work", folder / "home"
        folder_seconds = build(dist, work, onefile=False)
        onefile_seconds = build(dist, work, onefile=True)
        app_folder = dist / "SocialDesk"
        onefile = dist / f"SocialDesk-{__version__}{'.exe' if sys.platform == 'win32' else ''}"
        folder_mb = folder_size(app_folder) / 1e6
        onefile_mib = onefile.stat().st_size / 2**20

        db = folder / "demo.db"
        subprocess.run(
            [sys.executable, "-m", "app.cli", "demo", "--db", str(db)],
            cwd=ROOT,
            env={**os.environ, "SOCIALDESK_HOME": str(home)},
            check=True,
            capture_output=True,
        )
        commands = {
            "source": [sys.executable, "-m", "ui.main", "--db", str(db)],
            "one-folder": [str(app_folder / "SocialDesk"), "--db", str(db)],
            "one-file": [str(onefile), "--db", str(db)],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for cmd in commands.values():  # untimed: warms the OS file cache
            painted_after(cmd, home)
        for _ in range(REPEATS):
            for name, cmd in commands.items():
                times[name].append(painted_after(cmd, home))
    ms = {name: statistics.median(t) * 1000 for name, t in times.items()}
    return [
        ("one-folder app (dist/SocialDesk)", f"{folder_mb:.0f} MB (target ≤ {TARGET_FOLDER_MB})"),
        ("one-file executable", f"{onefile_mib:.1f} MiB (target ≤ {TARGET_ONEFILE_MIB})"),
        (
            "build time, one-folder then one-file",
            f"{folder_seconds:.0f} s, {onefile_seconds:.0f} s",
        ),
        ("first paint from source", f"{ms['source']:.0f} ms"),
        ("first paint, one-folder app", f"{ms['one-folder']:.0f} ms"),
        ("first paint, one-file executable", f"{ms['one-file']:.0f} ms"),
        ("one-folder against source", f"{ms['one-folder'] / ms['source']:.2f}× (target ≤ 1×)"),
    ]


if __name__ == "__main__":
    print_table(f"Packaged app (start-up: median of {REPEATS}, offscreen)", run())
