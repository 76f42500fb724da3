"""Backups on disk: each belongs to one database, leaves no side files, fails cleanly."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.db import backup
from app.db.errors import BackupFailed

# Appends rows in its own transactions until told to stop; prints how many it committed.
WRITER = """
import sqlite3, sys, pathlib
con = sqlite3.connect(sys.argv[1], timeout=5, isolation_level=None)
con.execute("PRAGMA journal_mode=WAL")
con.execute("CREATE TABLE IF NOT EXISTS stress (n INTEGER, pad TEXT)")
stop = pathlib.Path(sys.argv[2])
n = 0
print("ready", flush=True)
while not stop.exists():
    con.execute("BEGIN IMMEDIATE")
    con.execute("INSERT INTO stress VALUES (?, ?)", (n, "x" * 500))
    con.execute("COMMIT")
    n += 1
print(n, flush=True)
"""


def _stamp_name(stem: str, when: str, reason: str = "manual") -> str:
    return f"{stem}-{when}-000000-{reason}.db"


def test_two_databases_in_one_folder_keep_their_own_backups(tmp_path: Path) -> None:
    team = tmp_path / "team.db"
    other = tmp_path / "team-2025.db"
    for path in (team, other):
        sqlite3.connect(path).close()
    others = [backup.back_up(other) for _ in range(10)]
    for _ in range(13):  # more than KEEP_LAST: rotation runs
        backup.back_up(team)
    assert {b.path for b in backup.list_backups(other)} == {b.path for b in others}
    assert all(b.path.exists() for b in others)
    assert len(backup.list_backups(team)) == backup.KEEP_LAST
    assert all(b.path.parent == tmp_path / "backups" / "team.db" for b in backup.list_backups(team))


def test_old_scheme_backups_still_list_for_their_own_database_only(tmp_path: Path) -> None:
    team, other = tmp_path / "team.db", tmp_path / "team-2025.db"
    root = tmp_path / "backups"
    root.mkdir()
    mine = root / _stamp_name("team", "20250301-101500")
    theirs = root / _stamp_name("team-2025", "20250302-101500", "before-0002")
    for p in (mine, theirs, root / "team-notes.db", root / "team-20250301-101500-x.db.partial"):
        p.write_bytes(b"SQLite format 3\x00")
    sqlite3.connect(team).close()

    listed = backup.list_backups(team)
    assert [b.path for b in listed] == [mine]
    assert listed[0].reason == "manual"
    assert listed[0].created.isoformat() == "2025-03-01T10:15:00+00:00"
    assert [b.path for b in backup.list_backups(other)] == [theirs]
    # Rotation never deletes old-scheme files: they cannot prove which database they are of.
    for _ in range(12):
        backup.back_up(team, keep=2)
    assert mine.exists() and theirs.exists()
    assert mine in {b.path for b in backup.list_backups(team)}


@pytest.mark.parametrize(
    "name",
    [
        "20250301-101500-000000-manual.db",
        "20250301-101500-000000-before-restore.db",
        "20250301-101500-000000-before-0002.db",
    ],
)
def test_backup_names_parse(name: str) -> None:
    assert backup.parse_name(name) is not None


@pytest.mark.parametrize(
    "name",
    [
        "20250301-101500-000000-manual.db.partial",
        "20250301-101500-000000-manual.db-wal",
        "2025-20250301-101500-000000-manual.db",
        "20251301-101500-000000-manual.db",  # month 13
        "20250301-101500-000000-.db",
        "20250301-101500-000000-a-b-c.db",
        "notes.db",
    ],
)
def test_other_names_are_not_backups(name: str) -> None:
    assert backup.parse_name(name) is None


def test_many_backups_leave_only_finished_backups(db_path: Path) -> None:
    for _ in range(25):
        made = backup.back_up(db_path)
        assert backup.integrity_ok(made.path)
    folder = backup.backups_dir(db_path)
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == backup.KEEP_LAST
    assert all(backup.parse_name(n) is not None for n in names), names
    assert sorted(p.name for p in (db_path.parent / "backups").iterdir()) == [db_path.name]


def test_backups_made_while_another_process_writes_are_valid_and_whole(tmp_path: Path) -> None:
    db_path = tmp_path / "busy.db"
    stop = tmp_path / "stop"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path), str(stop)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(0.2)
        counts = []
        for _ in range(15):
            made = backup.back_up(db_path)
            assert backup.integrity_ok(made.path)
            con = sqlite3.connect(made.path)
            try:
                rows = con.execute("SELECT count(*), coalesce(max(n), -1) FROM stress").fetchone()
            finally:
                con.close()
            # One consistent snapshot: rows 0..max, none missing.
            assert rows[0] == rows[1] + 1
            counts.append(rows[0])
            time.sleep(0.02)
    finally:
        stop.touch()
        out, _ = writer.communicate(timeout=30)
    assert writer.returncode == 0
    assert counts == sorted(counts) and counts[-1] > counts[0]  # it really was writing
    assert int(out.strip()) >= counts[-1]
    folder = backup.backups_dir(db_path)
    assert all(backup.parse_name(p.name) for p in folder.iterdir())


def test_backups_folder_that_is_a_file_is_a_clear_failure(db_path: Path) -> None:
    (db_path.parent / "backups").write_text("not a folder")
    before = db_path.read_bytes()
    with pytest.raises(BackupFailed, match="is a file, not a folder"):
        backup.back_up(db_path)
    assert db_path.read_bytes() == before
    assert (db_path.parent / "backups").read_text() == "not a folder"
    assert backup.list_backups(db_path) == []


def test_this_databases_backup_folder_that_is_a_file_is_a_clear_failure(db_path: Path) -> None:
    (db_path.parent / "backups").mkdir()
    backup.backups_dir(db_path).write_text("")
    with pytest.raises(BackupFailed, match="is a file, not a folder"):
        backup.back_up(db_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_backups_folder_is_a_clear_failure(db_path: Path) -> None:
    folder = backup.backups_dir(db_path)
    folder.mkdir(parents=True)
    folder.chmod(0o555)
    try:
        with pytest.raises(BackupFailed):
            backup.back_up(db_path)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_half_written_backup_left_by_a_crash_is_cleared(db_path: Path) -> None:
    folder = backup.backups_dir(db_path)
    folder.mkdir(parents=True)
    stale = folder / "20250301-101500-000000-manual.db.partial"
    stale_wal = folder / "20250301-101500-000000-manual.db.partial-wal"
    for p in (stale, stale_wal):
        p.write_bytes(b"half")
        os.utime(p, (time.time() - 3600, time.time() - 3600))
    backup.back_up(db_path)
    assert not stale.exists() and not stale_wal.exists()
    assert len(backup.list_backups(db_path)) == 1


def test_restore_with_a_backups_folder_that_is_a_file_changes_nothing(db_path: Path) -> None:
    made = backup.back_up(db_path)
    kept = db_path.parent / "kept.db"
    kept.write_bytes(made.path.read_bytes())
    backup_root = db_path.parent / "backups"
    for p in sorted(backup_root.rglob("*"), reverse=True):
        p.rmdir() if p.is_dir() else p.unlink()
    backup_root.rmdir()
    backup_root.write_text("not a folder")
    before = db_path.read_bytes()
    with pytest.raises(BackupFailed):
        backup.restore(kept, db_path)
    assert db_path.read_bytes() == before
