"""Opening databases: migrations, refusals, pragmas, backups and restore."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db import backup
from app.db.database import open_database, read_revision
from app.db.errors import CorruptDatabase, DatabaseTooNew, NotADatabase
from app.db.migrate import script_revisions
from app.db.schema import HEAD_REVISION, KNOWN_REVISIONS
from app.team.service import MemberDraft, TeamService

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_known_revisions_match_the_migration_scripts() -> None:
    assert list(KNOWN_REVISIONS) == script_revisions()


def test_new_file_is_created_at_head_with_safe_pragmas(tmp_path: Path) -> None:
    db = open_database(tmp_path / "sub" / "new.db")
    try:
        assert read_revision(tmp_path / "sub" / "new.db") == HEAD_REVISION
        with db.engine.connect() as con:
            assert con.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert con.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert con.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
            assert con.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert db.backup_made is None  # nothing to back up in a new file
    finally:
        db.close()


def test_file_from_release_0001_is_migrated_after_a_verified_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "socialdesk-0001.db", path)
    original = path.read_bytes()
    db = open_database(path)
    try:
        assert read_revision(path) == HEAD_REVISION
        members = TeamService(db).list_members()
        assert [(m.name, m.roles, m.version) for m in members] == [
            ("Emily Zhang", ("content",), 3),
            ("王芳", ("lead", "strategy"), 3),
        ]
        with db.engine.connect() as con:
            row = con.execute(text("SELECT name, budget_cents FROM campaigns")).one()
            assert row == ("春季新品发布 Spring launch", 50000000)
            owner = con.execute(text("SELECT owner_id FROM accounts WHERE handle='@brand'"))
            assert owner.scalar() == 1
    finally:
        db.close()
    if HEAD_REVISION != "0001":
        assert db.backup_made is not None
        assert db.backup_made.read_bytes() == original or backup.integrity_ok(db.backup_made)
        assert read_revision(db.backup_made) == "0001"


def test_file_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    shutil.copy(FIXTURES / "socialdesk-0001.db", path)
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew):
        open_database(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()
    assert not Path(f"{path}-wal").exists()


def test_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("label,review\n1,很快，好吃\n", encoding="utf-8")
    with pytest.raises(NotADatabase):
        open_database(path)
    assert path.read_text(encoding="utf-8").startswith("label,review")


def test_foreign_sqlite_file_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY)")
    con.close()
    with pytest.raises(NotADatabase):
        open_database(path)


def _corrupt(path: Path) -> None:
    """Overwrite the schema page (after the 100-byte header) with garbage."""
    data = bytearray(path.read_bytes())
    data[100:4096] = bytes((i * 7 + 13) % 256 for i in range(100, 4096))
    path.write_bytes(bytes(data))


def test_damaged_file_is_reported_as_corrupt(db_path: Path) -> None:
    _corrupt(db_path)
    with pytest.raises(CorruptDatabase):
        open_database(db_path)


def test_backup_and_restore_round_trip(db_path: Path) -> None:
    db = open_database(db_path)
    team = TeamService(db)
    team.add(MemberDraft("李娜", ("pr",)))
    made = backup.back_up(db_path)
    assert backup.integrity_ok(made.path)
    assert made.path.parent == db_path.parent / "backups" / db_path.name
    team.add(MemberDraft("Added after the backup"))
    db.close()

    kept = backup.restore(made.path, db_path)
    db = open_database(db_path)
    try:
        assert [m.name for m in TeamService(db).list_members()] == ["李娜"]
    finally:
        db.close()
    # The replaced file survives as a backup of its own, with the later member in it.
    assert kept is not None
    replaced = open_database(kept.path)
    try:
        assert len(TeamService(replaced).list_members()) == 2
    finally:
        replaced.close()


def test_restore_refuses_a_damaged_backup_and_keeps_the_database(db_path: Path) -> None:
    db = open_database(db_path)
    TeamService(db).add(MemberDraft("王芳"))
    made = backup.back_up(db_path)
    db.close()
    _corrupt(made.path)
    before = db_path.read_bytes()
    with pytest.raises(CorruptDatabase):
        backup.restore(made.path, db_path)
    assert db_path.read_bytes() == before


def test_old_backups_are_rotated(db_path: Path) -> None:
    for _ in range(4):
        backup.back_up(db_path, keep=3)
    assert len(backup.list_backups(db_path)) == 3


def test_restore_of_a_damaged_database_keeps_the_damaged_copy(db_path: Path) -> None:
    made = backup.back_up(db_path)
    _corrupt(db_path)
    kept = backup.restore(made.path, db_path)
    assert kept is not None and "damaged" in kept.path.name
    open_database(db_path).close()
