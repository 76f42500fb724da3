"""Two processes saving to one file at once: every save waits its turn, none is lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.reliability.conftest import worker


def run_two_writers(db_path: Path, home: Path, count: int) -> None:
    procs = [worker("writer", str(db_path), name, str(count), home=home) for name in "AB"]
    outputs = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        lines = out.splitlines()
        # Not one save failed: the second writer waited for the write lock instead.
        assert lines[-1] == "failures 0", [ln for ln in lines if ln.startswith("fail ")][:3]
        assert sum(ln.startswith("ok ") for ln in lines) == count
    con = sqlite3.connect(db_path)
    try:
        versions = dict(con.execute("SELECT name, version FROM members"))
        notes = dict(con.execute("SELECT name, notes FROM members"))
    finally:
        con.close()
    # Each confirmed save moved the member's version counter on by one: nothing lost.
    assert versions == {"A": count + 1, "B": count + 1}
    assert notes == {"A": f"edit {count - 1}", "B": f"edit {count - 1}"}


def test_two_writers_lose_nothing(fresh_db: Path, tmp_path: Path) -> None:
    run_two_writers(fresh_db, tmp_path / "home", 300)


@pytest.mark.slow
def test_two_writers_times_two_thousand_updates(fresh_db: Path, tmp_path: Path) -> None:
    run_two_writers(fresh_db, tmp_path / "home", 2000)


def test_a_write_that_cannot_get_the_lock_is_told_so(fresh_db: Path, tmp_path: Path) -> None:
    """Another program holding the write lock past the busy timeout: a clear message."""
    from app.db.database import open_database
    from app.db.errors import DatabaseLocked
    from app.team.service import TeamService
    from app.team.types import MemberDraft

    blocker = sqlite3.connect(fresh_db, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        db = open_database(fresh_db)
        try:
            with pytest.raises(DatabaseLocked, match="busy for more than 5 seconds"):
                TeamService(db).add(MemberDraft("王芳", ("lead",)))
            # Reading is not blocked by the writer.
            assert TeamService(db).list_members() == []
        finally:
            db.close()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
