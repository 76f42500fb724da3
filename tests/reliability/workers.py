"""Programs the reliability tests run as separate processes (``python -m``).

Each prints one line per confirmed event on stdout, flushed, so that a test that kills
the process knows exactly which writes the program saw committed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from app.db.database import open_database
from app.db.errors import DatabaseProblem
from app.team.service import TeamService
from app.team.types import MemberDraft


def writer(db_path: Path, name: str, count: int) -> int:
    """Update one member ``count`` times, as the team tab does: read, then save.

    Prints ``ok N`` after each committed save and a final ``failures F``; the member's
    version counter must end at ``1 + ok``.
    """
    db = open_database(db_path, single_instance=False)
    team = TeamService(db)
    member = team.add(MemberDraft(name, ("lead",)))
    print(f"uuid {member.uuid}", flush=True)
    failures = 0
    for i in range(count):
        try:
            info = team.get(member.uuid)
            team.update(member.uuid, info.version, MemberDraft(name, ("lead",), notes=f"edit {i}"))
        except DatabaseProblem as exc:
            failures += 1
            print(f"fail {type(exc).__name__}: {exc}", flush=True)
            continue
        print(f"ok {i}", flush=True)
    print(f"failures {failures}", flush=True)
    db.close()
    return 0


def add_loop(db_path: Path, prefix: str) -> int:
    """Add members named ``<prefix><N>`` forever; prints ``ok N`` once each has committed."""
    db = open_database(db_path)
    team = TeamService(db)
    print("open", flush=True)
    i = 0
    while True:
        team.add(MemberDraft(f"{prefix}{i}", ("lead",), notes="x" * (i * 37 % 3000)))
        print(f"ok {i}", flush=True)
        i += 1


def hold(db_path: Path, read_only: bool = False) -> int:
    """Open the database, say so, and keep it open until killed (or stdin closes)."""
    try:
        db = open_database(db_path, read_only=read_only)
    except DatabaseProblem as exc:
        print(f"problem {type(exc).__name__}: {exc}", flush=True)
        return 2
    print(f"open read_only={db.read_only}", flush=True)
    sys.stdin.read()
    db.close()
    return 0


def keep_writing(db_path: Path, seconds: float) -> int:
    """Hold the file and save a member every few milliseconds for ``seconds``."""
    db = open_database(db_path)
    team = TeamService(db)
    print("open", flush=True)
    end = time.monotonic() + seconds
    i = 0
    while time.monotonic() < end:
        team.add(MemberDraft(f"w{i}", ("lead",)))
        print(f"ok {i}", flush=True)
        i += 1
    db.close()
    return 0


if __name__ == "__main__":
    command, path = sys.argv[1], Path(sys.argv[2])
    if command == "writer":
        sys.exit(writer(path, sys.argv[3], int(sys.argv[4])))
    if command == "add_loop":
        sys.exit(add_loop(path, sys.argv[3]))
    if command == "hold":
        sys.exit(hold(path, read_only=len(sys.argv) > 3 and sys.argv[3] == "ro"))
    if command == "keep_writing":
        sys.exit(keep_writing(path, float(sys.argv[3])))
    sys.exit(f"unknown command {command}")
