"""kill -9 at random points of a write loop: the file stays whole, no confirmed save is
lost, and the lock the killed process left is taken over by the next one."""

from __future__ import annotations

import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from app.db import backup, lock
from tests.reliability.conftest import worker


def kill_at_random(db_path: Path, home: Path, kills: int, seed: int) -> None:
    rng = random.Random(seed)
    confirmed: dict[str, int] = {}
    for k in range(kills):
        prefix = f"k{k}-"
        proc = worker("add_loop", str(db_path), prefix, home=home)
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first == "open\n", proc.stderr.read() if proc.stderr else first
        time.sleep(rng.uniform(0.0, 0.25))  # a random point of the loop, mid-commit or not
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        oks = [int(line.split()[1]) for line in out.splitlines() if line.startswith("ok ")]
        confirmed[prefix] = max(oks, default=-1)
    # Every file the killed processes left is whole and has every confirmed save.
    assert backup.integrity_ok(db_path)
    con = sqlite3.connect(db_path)
    try:
        names = {row[0] for row in con.execute("SELECT name FROM members")}
    finally:
        con.close()
    for prefix, last in confirmed.items():
        missing = [i for i in range(last + 1) if f"{prefix}{i}" not in names]
        assert not missing, (prefix, missing[:5])
    assert sum(last + 1 for last in confirmed.values()) > kills  # saves were really made
    assert not lock.held_here(db_path)


def test_kill_nine_at_random_points_loses_no_confirmed_save(fresh_db: Path, tmp_path: Path) -> None:
    kill_at_random(fresh_db, tmp_path / "home", kills=20, seed=13)


@pytest.mark.slow
def test_kill_nine_thirty_more_times(fresh_db: Path, tmp_path: Path) -> None:
    kill_at_random(fresh_db, tmp_path / "home", kills=30, seed=1313)
