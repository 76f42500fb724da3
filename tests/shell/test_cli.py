"""The ``socialdesk`` command line, run as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app import __version__

ROOT = Path(__file__).resolve().parents[2]


def socialdesk(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOCIALDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "ui.main", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_version(tmp_path: Path) -> None:
    out = socialdesk("--version", home=tmp_path)
    assert out.returncode == 0
    assert out.stdout.strip() == f"Social Desk {__version__}"


def test_demo_fills_a_new_database_and_refuses_a_second_time(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    first = socialdesk("demo", "--db", str(db), "--seed", "7", home=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "members" in first.stdout
    size = db.stat().st_size
    again = socialdesk("demo", "--db", str(db), home=tmp_path)
    assert again.returncode == 2
    assert str(db) in again.stderr and "empty" in again.stderr
    assert db.stat().st_size == size


def test_demo_on_a_file_that_is_not_a_database_says_so(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("hello", encoding="utf-8")
    out = socialdesk("demo", "--db", str(bad), home=tmp_path)
    assert out.returncode == 2
    assert "not a Social Desk database" in out.stderr
    assert bad.read_text(encoding="utf-8") == "hello"


def test_app_starts_opens_the_database_and_quits(tmp_path: Path) -> None:
    db = tmp_path / "team.db"
    env = {
        **os.environ,
        "SOCIALDESK_HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
        "SOCIALDESK_BENCH_EXIT": "ready",
    }
    out = subprocess.run(
        [sys.executable, "-m", "ui.main", "--db", str(db)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    stages = [line.split()[0] for line in out.stdout.splitlines()]
    assert stages == ["painted", "shown", "ready", "tabs"]
    assert out.stdout.splitlines()[-1] == "tabs Strategy | Content calendar | Inbox | KPIs | Team"
    assert db.exists()
    assert (tmp_path / "home" / "log" / "socialdesk.log").read_text(encoding="utf-8")
