"""Reliability tests run the app's code in separate processes, as users meet it: killed,
twice at once, on damaged files and full disks. Helpers to start and read them."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.db.database import open_database

ROOT = Path(__file__).resolve().parents[2]


def env_for(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "SOCIALDESK_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }


def worker(*args: str, home: Path, stdin: int | None = None) -> subprocess.Popen[str]:
    """Start ``tests.reliability.workers`` with ``args``; read its stdout line by line."""
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.workers", *args],
        cwd=ROOT,
        env=env_for(home),
        stdin=stdin if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def socialdesk(
    *args: str, home: Path, user: int | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """The ``socialdesk`` command as a user runs it (as ``user`` when given)."""
    return subprocess.run(
        [sys.executable, "-m", "ui.main", *args],
        cwd=ROOT,
        env=env_for(home),
        capture_output=True,
        text=True,
        timeout=timeout,
        user=user,
    )


@pytest.fixture
def fresh_db(tmp_path: Path) -> Path:
    path = tmp_path / "team.db"
    open_database(path).close()
    return path


@pytest.fixture
def kill_on_exit() -> Iterator[list[subprocess.Popen[str]]]:
    """Processes a test started: killed if the test ends while they run."""
    started: list[subprocess.Popen[str]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=30)
