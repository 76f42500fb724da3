"""One Social Desk process per database file: a lock file beside it.

``team.db.lock`` holds who has the file (host, process id, since when) and is locked
with the operating system's file lock (``flock`` / ``msvcrt.locking``), so a process
that crashes or is killed releases it at once: a lock file whose OS lock can be taken
is stale by definition and is taken over (whatever process now has the old id). On a
file system without OS locks the process id decides: a lock naming a live process on
this host is never taken over, one naming a process that is gone is.

Within one process the lock is counted: opening a file the process already holds
(the window reopening it after a restore) shares the lock.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import sys
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from app.db.errors import CannotReadFile, DatabaseInUse, DatabaseProblem, DiskFull

log = logging.getLogger("socialdesk")

# On Windows the lock is a byte far past the text, which stays readable to others.
_WINDOWS_LOCK_OFFSET = 1 << 30


@dataclass(frozen=True)
class Holder:
    host: str
    pid: int
    since: str  # ISO 8601, UTC

    def describe(self) -> str:
        return f"{self.host}, process {self.pid}, since {self.since}"


@dataclass
class _Held:
    fh: IO[str]
    count: int


_held: dict[Path, _Held] = {}
_guard = threading.Lock()


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _key(db_path: Path) -> Path:
    return db_path.resolve()


def held_here(db_path: Path) -> bool:
    """True when this process holds the file."""
    with _guard:
        return _key(db_path) in _held


def read_holder(db_path: Path) -> Holder | None:
    """Who the lock file says has the file (None without a readable lock file)."""
    try:
        data = json.loads(lock_path(db_path).read_text(encoding="utf-8"))
        return Holder(str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def acquire(db_path: Path) -> None:
    """Take the file for this process, or raise :class:`DatabaseInUse`."""
    key = _key(db_path)
    with _guard:
        held = _held.get(key)
        if held is not None:
            held.count += 1
            return
        _held[key] = _Held(_take(db_path), 1)


def release(db_path: Path) -> None:
    key = _key(db_path)
    with _guard:
        held = _held.get(key)
        if held is None:
            return
        held.count -= 1
        if held.count > 0:
            return
        del _held[key]
        # Remove the file while still holding its OS lock, so nobody locks a
        # file that is about to vanish (they re-check the path after locking).
        with contextlib.suppress(OSError):
            lock_path(db_path).unlink()
        _os_unlock(held.fh)
        held.fh.close()


def check_not_held_elsewhere(db_path: Path) -> None:
    """Raise :class:`DatabaseInUse` when another process has the file; take nothing."""
    if held_here(db_path):
        return
    acquire(db_path)
    release(db_path)


def _take(db_path: Path) -> IO[str]:
    path = lock_path(db_path)
    for _attempt in range(5):
        try:
            fh = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while held
        except PermissionError as exc:
            raise CannotReadFile(
                "Social Desk may not create its lock file beside the database.", db_path
            ) from exc
        except OSError as exc:
            raise _os_problem(exc, db_path) from exc
        got = _os_lock(fh)
        if got is None:
            fh.close()
            raise _in_use(db_path)
        try:
            same = os.fstat(fh.fileno()).st_ino == path.stat().st_ino
        except OSError:
            same = False
        if not same:  # the holder removed it between our open and our lock: start again
            _os_unlock(fh)
            fh.close()
            continue
        previous = read_holder(db_path)
        if not got and previous is not None and _alive_elsewhere(previous):
            _os_unlock(fh)
            fh.close()
            raise _in_use(db_path)
        if previous is not None:
            log.info("taking over a stale lock on %s (%s)", db_path, previous.describe())
        try:
            _write_holder(fh)
        except OSError as exc:
            _os_unlock(fh)
            fh.close()
            raise _os_problem(exc, db_path) from exc
        return fh
    raise _in_use(db_path)


def _write_holder(fh: IO[str]) -> None:
    me = {
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": datetime.now(UTC).isoformat(timespec="seconds"),
        "app": "Social Desk",
    }
    fh.seek(0)
    fh.truncate()
    fh.write(json.dumps(me))
    fh.flush()
    os.fsync(fh.fileno())


def _alive_elsewhere(holder: Holder) -> bool:
    """A live process on this host other than us (its OS lock did not reach us)."""
    if holder.host != socket.gethostname() or holder.pid == os.getpid():
        return False
    return pid_alive(holder.pid)


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie (killed, not yet reaped by its parent) holds nothing any more.
    try:
        status = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return status.rsplit(")", 1)[-1].split()[0:1] != ["Z"]


def _in_use(db_path: Path) -> DatabaseInUse:
    holder = read_holder(db_path) or Holder("?", 0, "?")
    return DatabaseInUse(
        f"This database is open in another Social Desk ({holder.describe()}). Open it "
        "read-only, or choose another file. For two people working on one database "
        "over a network share, use the PostgreSQL team mode.",
        db_path,
        host=holder.host,
        pid=holder.pid,
        since=holder.since,
    )


def _os_problem(exc: OSError, db_path: Path) -> DatabaseProblem:
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull("The disk holding the database is full.", db_path)
    return CannotReadFile(f"Cannot use the folder of the database: {exc.strerror}", db_path)


if sys.platform == "win32":
    import msvcrt

    def _os_lock(fh: IO[str]) -> bool | None:
        """True: locked; None: another process has it."""
        fh.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return None
        return True

    def _os_unlock(fh: IO[str]) -> None:
        fh.seek(_WINDOWS_LOCK_OFFSET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _os_lock(fh: IO[str]) -> bool | None:
        """True: locked; None: another process has it; False: no OS locks here."""
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return None
        except OSError:
            # A file system without flock (some network shares): the pid check decides.
            return False
        return True

    def _os_unlock(fh: IO[str]) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
