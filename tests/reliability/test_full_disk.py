"""A full disk is called a full disk: when opening (SQLite cannot even create its -shm
file), and when demo data runs out of room half-way. Needs a small tmpfs: skipped where
mounting one is not permitted."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.db import backup
from app.db.database import open_database
from app.db.errors import DiskFull
from tests.reliability.conftest import socialdesk


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill_up(folder: Path, leave: int) -> None:
    free = shutil.disk_usage(folder).free
    (folder / "filler").write_bytes(b"\0" * max(free - leave, 0))


def test_opening_with_no_room_for_the_shm_file_says_disk_full(
    small_disk: Path, db_path: Path, tmp_path: Path
) -> None:
    path = small_disk / "team.db"
    shutil.copy(db_path, path)
    fill_up(small_disk, 16 * 1024)
    before = path.read_bytes()
    with pytest.raises(DiskFull, match="full"):
        open_database(path)
    out = socialdesk("demo", "--db", str(path), home=tmp_path / "home")
    assert out.returncode == 2 and out.stderr.count("\n") == 1, out.stderr
    assert "disk" in out.stderr and "full" in out.stderr and "damaged" not in out.stderr
    assert path.read_bytes() == before


def test_demo_data_running_out_of_room_says_disk_full(small_disk: Path, tmp_path: Path) -> None:
    path = small_disk / "team.db"
    open_database(path).close()
    fill_up(small_disk, 48 * 1024)  # room to open the database, not for the demo data
    out = socialdesk("demo", "--db", str(path), home=tmp_path / "home")
    assert out.returncode == 2, out.stderr
    last = out.stderr.strip().splitlines()[-1]  # after the progress lines, one line
    assert "Traceback" not in out.stderr and "full" in last, out.stderr
    (small_disk / "filler").unlink()
    assert backup.integrity_ok(path)  # all or nothing: still a whole database


def test_saving_onto_a_full_disk_says_disk_full_and_keeps_what_was_saved(
    small_disk: Path,
) -> None:
    from app.team.service import TeamService
    from app.team.types import MemberDraft

    path = small_disk / "team.db"
    db = open_database(path)
    team = TeamService(db)
    fill_up(small_disk, 200 * 1024)
    saved = 0
    try:
        with pytest.raises(DiskFull, match="full"):
            for i in range(10_000):
                team.add(MemberDraft(f"m{i}", ("lead",), notes="x" * 4000))
                saved += 1
    finally:
        db.close()
    assert saved > 0
    (small_disk / "filler").unlink()
    assert backup.integrity_ok(path)
    db = open_database(path)
    try:
        assert len(TeamService(db).list_members()) == saved
    finally:
        db.close()
