"""Sessions that write take the write lock; reads do not; one process per file, shared
within the process; read-only databases refuse writes with a clear message."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db import lock
from app.db.database import open_database
from app.db.errors import ReadOnlyDatabase
from app.team.service import TeamService
from app.team.types import MemberDraft


def test_a_writing_session_holds_the_write_lock_from_its_start(db_path: Path) -> None:
    db = open_database(db_path)
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    try:
        with db.session() as s:
            s.execute(text("SELECT count(*) FROM members"))
            # Only read so far, and still another writer must wait.
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        with db.reading() as s:
            s.execute(text("SELECT count(*) FROM members"))
            other.execute("BEGIN IMMEDIATE")  # a reading session leaves writers free
            other.execute("ROLLBACK")
    finally:
        other.close()
        db.close()


def test_the_lock_is_shared_within_a_process_and_gone_after_the_last_close(
    db_path: Path,
) -> None:
    first = open_database(db_path)
    second = open_database(db_path)
    assert lock.held_here(db_path)
    first.close()
    assert lock.held_here(db_path) and lock.lock_path(db_path).exists()
    first.close()  # closing twice releases once
    assert lock.held_here(db_path)
    second.close()
    assert not lock.held_here(db_path)
    assert not lock.lock_path(db_path).exists()


def test_a_read_only_database_reads_and_refuses_writes(db_path: Path) -> None:
    db = open_database(db_path)
    TeamService(db).add(MemberDraft("王芳", ("lead",)))
    db.close()
    before = db_path.read_bytes()
    db = open_database(db_path, read_only=True)
    try:
        assert db.read_only and not lock.held_here(db_path)
        team = TeamService(db)
        assert [m.name for m in team.list_members()] == ["王芳"]
        with pytest.raises(ReadOnlyDatabase, match="read-only"):
            team.add(MemberDraft("李娜"))
    finally:
        db.close()
    assert db_path.read_bytes() == before


def test_a_new_file_ends_in_wal_mode(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.db")
    try:
        assert db.journal_mode == "wal"
    finally:
        db.close()
    assert (tmp_path / "new.db").read_bytes()[18:20] == b"\x02\x02"
