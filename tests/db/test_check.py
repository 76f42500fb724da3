"""File ▸ Check database's core: a full integrity check that can be followed and stopped."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from app.db.check import check_integrity
from app.db.database import open_database
from app.db.errors import DatabaseProblem
from app.team.service import MemberDraft, TeamService


def fill(db_path: Path, members: int = 300) -> None:
    db = open_database(db_path)
    try:
        team = TeamService(db)
        for i in range(members):
            team.add(MemberDraft(f"Member {i}", notes="x" * 300))
    finally:
        db.close()


def damage(path: Path) -> None:
    """8 KiB of random bytes in the middle of the file, as a failing disk leaves it."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    rng = random.Random(13)
    data[middle : middle + 8192] = bytes(rng.getrandbits(8) for _ in range(8192))
    path.write_bytes(bytes(data))


def test_a_healthy_database_has_no_problems_and_progress_reaches_the_end(db_path: Path) -> None:
    fill(db_path)
    seen: list[tuple[int, int]] = []
    result = check_integrity(db_path, progress=lambda done, total: seen.append((done, total)))
    assert result is not None and result.ok and result.problems == ()
    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_damaged_database_is_reported_with_what_is_wrong(db_path: Path) -> None:
    fill(db_path)
    damage(db_path)
    result = check_integrity(db_path)
    assert result is not None and not result.ok
    assert any("malformed" in p or "corrupt" in p or "Page" in p for p in result.problems)


def test_the_check_can_be_cancelled(db_path: Path) -> None:
    fill(db_path)
    assert check_integrity(db_path, cancelled=lambda: True) is None


def test_the_check_runs_while_the_app_writes(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        team = TeamService(db)
        team.add(MemberDraft("Before"))
        result = check_integrity(db_path, progress=lambda _d, _t: None, cancelled=lambda: False)
        team.add(MemberDraft("After"))
    finally:
        db.close()
    assert result is not None and result.ok


def test_a_file_that_is_gone_is_a_problem_not_a_verdict(tmp_path: Path) -> None:
    with pytest.raises(DatabaseProblem):
        check_integrity(tmp_path / "gone.db")


def test_a_file_that_is_not_a_database_is_reported_damaged(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"just some notes, not a database" * 100)
    result = check_integrity(path)
    assert result is not None and not result.ok
