"""One Social Desk process per file: a second one is told who has it and may read it;
a lock left by a crashed process is taken over; restore is refused while another
process has the file."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
from pathlib import Path

import pytest

from app.db import backup, lock
from app.db.database import open_database, restore_backup
from app.db.errors import DatabaseInUse
from app.team.service import TeamService
from app.team.types import MemberDraft
from tests.reliability.conftest import socialdesk, worker


def start_holder(db_path: Path, home: Path, kill_on_exit: list[subprocess.Popen[str]]) -> int:
    proc = worker("hold", str(db_path), home=home, stdin=subprocess.PIPE)
    kill_on_exit.append(proc)
    assert proc.stdout is not None
    assert proc.stdout.readline() == "open read_only=False\n"
    return proc.pid


def test_second_instance_is_told_who_has_the_file_and_may_read_it(
    fresh_db: Path, tmp_path: Path, kill_on_exit: list[subprocess.Popen[str]]
) -> None:
    pid = start_holder(fresh_db, tmp_path / "home", kill_on_exit)
    with pytest.raises(DatabaseInUse) as caught:
        open_database(fresh_db)
    problem = caught.value
    assert (problem.host, problem.pid) == (socket.gethostname(), pid)
    assert problem.since and problem.since in str(problem)
    message = str(problem)
    assert f"process {pid}" in message and "PostgreSQL team mode" in message
    assert "read-only" in message
    # Offered read-only: that works, and shows the other process's saves.
    reader = open_database(fresh_db, read_only=True)
    try:
        assert reader.read_only
        assert TeamService(reader).list_members() == []
    finally:
        reader.close()
    # The command line says the same on one line.
    out = socialdesk("demo", "--db", str(fresh_db), home=tmp_path / "home")
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and f"process {pid}" in out.stderr


def test_a_lock_left_by_a_killed_process_is_taken_over(fresh_db: Path, tmp_path: Path) -> None:
    proc = worker("hold", str(fresh_db), home=tmp_path / "home", stdin=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.readline().startswith("open")
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert lock.lock_path(fresh_db).exists()  # left behind, naming a dead process
    db = open_database(fresh_db)
    try:
        assert lock.read_holder(fresh_db) == lock.Holder(
            socket.gethostname(),
            os.getpid(),
            lock.read_holder(fresh_db).since,  # type: ignore[union-attr]
        )
    finally:
        db.close()
    assert not lock.lock_path(fresh_db).exists()  # a clean close leaves nothing behind


def test_a_stale_lock_file_without_an_os_lock_is_taken_over(fresh_db: Path) -> None:
    """Left by a crash; its process id is gone, or reused by an unrelated live process:
    nobody holds the OS lock, so it is stale either way."""
    for pid in (2**22 + 7, os.getppid()):
        lock.lock_path(fresh_db).write_text(
            json.dumps({"host": socket.gethostname(), "pid": pid, "since": "2026-01-01"})
        )
        open_database(fresh_db).close()
        assert not lock.lock_path(fresh_db).exists()


def test_restore_is_refused_while_another_process_has_the_file(
    fresh_db: Path, tmp_path: Path, kill_on_exit: list[subprocess.Popen[str]]
) -> None:
    db = open_database(fresh_db)
    TeamService(db).add(MemberDraft("王芳", ("lead",)))
    db.close()
    made = backup.back_up(fresh_db)
    proc = worker("keep_writing", str(fresh_db), "3", home=tmp_path / "home")
    kill_on_exit.append(proc)
    assert proc.stdout is not None and proc.stdout.readline() == "open\n"
    before = fresh_db.read_bytes()
    with pytest.raises(DatabaseInUse):
        restore_backup(made.path, fresh_db)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    saved = [line for line in out.splitlines() if line.startswith("ok ")]
    # Every save the other process confirmed is in the file: nothing was replaced.
    db = open_database(fresh_db)
    try:
        names = {m.name for m in TeamService(db).list_members()}
    finally:
        db.close()
    assert {f"w{i}" for i in range(len(saved))} <= names
    assert before != fresh_db.read_bytes() or saved  # the writer went on writing
    # Once the file is free, restore works (and acts as this process holding it).
    restore_backup(made.path, fresh_db)
    db = open_database(fresh_db)
    try:
        assert [m.name for m in TeamService(db).list_members()] == ["王芳"]
    finally:
        db.close()
