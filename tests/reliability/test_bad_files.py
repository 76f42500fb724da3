"""Bad files and odd places: each is a problem with a clear name, from the API and as
one line from the command line (exit code 2, never a traceback), and a file that was
not ours to change is left byte-identical."""

from __future__ import annotations

import logging
import os
import random
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from app.db.database import open_database
from app.db.errors import (
    BackupFailed,
    CannotReadFile,
    CorruptDatabase,
    DatabaseProblem,
    EmptyDatabaseFile,
    NotADatabase,
    ReadOnlyDatabase,
    UpgradeFailed,
)
from app.team.service import TeamService
from app.team.types import MemberDraft
from tests.reliability.conftest import env_for, socialdesk

FIXTURES = Path(__file__).parents[1] / "fixtures"
SETPRIV = shutil.which("setpriv")
# Root may read and write anything; without these capabilities it meets permissions
# as any user does.
NO_OVERRIDE = [
    "--inh-caps=-dac_override,-dac_read_search",
    "--bounding-set=-dac_override,-dac_read_search",
]


def demo(path: Path, home: Path) -> tuple[int, str]:
    out = socialdesk("demo", "--db", str(path), home=home)
    return out.returncode, out.stderr


def assert_one_line(code: int, stderr: str, *words: str) -> None:
    assert code == 2, stderr
    assert stderr.count("\n") == 1 and "Traceback" not in stderr, stderr
    for word in words:
        assert word in stderr, stderr


def is_wal(path: Path) -> bool:
    """Bytes 18 and 19 of a SQLite header are 2 in WAL mode."""
    return path.read_bytes()[18:20] == b"\x02\x02"


def damaged_copy(tmp_path: Path) -> Path:
    """A database with a few hundred members and 8 KiB of random bytes in the middle."""
    path = tmp_path / "damaged.db"
    db = open_database(path)
    team = TeamService(db)
    for i in range(300):
        team.add(MemberDraft(f"成员 {i}", ("lead",), notes="笔记 " * 40))
    db.close()
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 8192] = random.Random(8).randbytes(8192)
    path.write_bytes(bytes(data))
    return path


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    folder = tmp_path / "folder.db"
    folder.mkdir()
    with pytest.raises(CannotReadFile, match="folder"):
        open_database(folder)
    assert_one_line(*demo(folder, tmp_path / "home"), "folder")
    assert list(folder.iterdir()) == []
    assert not (tmp_path / "folder.db.lock").exists()


def test_a_path_through_a_file_is_named(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.write_text("x")
    with pytest.raises(CannotReadFile, match="not a folder"):
        open_database(plain / "team.db")
    assert_one_line(*demo(plain / "team.db", tmp_path / "home"), "not a folder")


def test_an_empty_file_is_not_silently_made_a_database(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(EmptyDatabaseFile):
        open_database(empty)
    assert_one_line(*demo(empty, tmp_path / "home"), "empty")
    assert empty.stat().st_size == 0
    # When the user says so, it becomes a database.
    open_database(empty, allow_empty=True).close()
    assert empty.stat().st_size > 0


def test_a_read_only_file_is_opened_read_only_on_purpose(db_path: Path, tmp_path: Path) -> None:
    db = open_database(db_path)
    TeamService(db).add(MemberDraft("王芳", ("lead",)))
    db.close()
    db_path.chmod(0o444)
    before = db_path.read_bytes()
    db = open_database(db_path)
    try:
        assert db.read_only
        team = TeamService(db)
        assert [m.name for m in team.list_members()] == ["王芳"]
        with pytest.raises(ReadOnlyDatabase, match="read-only"):
            team.add(MemberDraft("李娜"))
    finally:
        db.close()
    assert_one_line(*demo(db_path, tmp_path / "home"), "read-only")
    assert db_path.read_bytes() == before
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o444


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_file_without_read_permission_is_named(db_path: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0 and SETPRIV is None:
        pytest.skip("root reads anything, and setpriv is missing")
    db_path.chmod(0)
    before_mode = db_path.stat().st_mode
    prefix = [SETPRIV, *NO_OVERRIDE] if os.geteuid() == 0 and SETPRIV else []
    import subprocess
    import sys

    out = subprocess.run(
        [*prefix, sys.executable, "-m", "ui.main", "demo", "--db", str(db_path)],
        cwd=Path(__file__).resolve().parents[2],
        env=env_for(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert_one_line(out.returncode, out.stderr, "permission denied")
    assert db_path.stat().st_mode == before_mode


def test_text_and_random_bytes_are_not_databases(tmp_path: Path) -> None:
    noise = tmp_path / "noise.db"
    noise.write_bytes(random.Random(1).randbytes(50_000))
    before = noise.read_bytes()
    with pytest.raises(NotADatabase):
        open_database(noise)
    assert_one_line(*demo(noise, tmp_path / "home"), "not a Social Desk database")
    assert noise.read_bytes() == before


def test_damage_in_the_middle_is_found_on_opening(tmp_path: Path) -> None:
    path = damaged_copy(tmp_path)
    before = path.read_bytes()
    with pytest.raises(CorruptDatabase):
        open_database(path)
    assert_one_line(*demo(path, tmp_path / "home"), "damaged")
    assert path.read_bytes() == before


def _0001_with_a_table_in_the_way(tmp_path: Path) -> Path:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "socialdesk-0001.db", path)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE strategy_plans (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    return path


def test_a_failed_upgrade_is_called_so_and_changes_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = _0001_with_a_table_in_the_way(tmp_path)
    before = path.read_bytes()
    with caplog.at_level(logging.ERROR, logger="socialdesk"), pytest.raises(UpgradeFailed) as e:
        open_database(path)
    assert "damaged" not in str(e.value) and "bug report" in str(e.value)
    assert path.read_bytes() == before
    assert not is_wal(path)
    # The details (the SQL error and where) are in the log, for the bug report.
    assert "strategy_plans" in caplog.text and "Traceback" in caplog.text
    path.write_bytes(before)
    assert_one_line(*demo(path, tmp_path / "home"), "Upgrading", "failed")
    assert path.read_bytes() == before


def test_backups_that_is_a_file_stops_the_upgrade_before_any_change(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "socialdesk-0001.db", path)
    (tmp_path / "backups").write_text("not a folder")
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem) as caught:
        open_database(path)
    assert isinstance(caught.value, BackupFailed)
    assert path.read_bytes() == before and not is_wal(path)
    assert_one_line(*demo(path, tmp_path / "home"), "backup")
    assert path.read_bytes() == before
