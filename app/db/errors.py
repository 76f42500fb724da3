"""Database problems a user can act on. Anything else that escapes is a bug."""

from __future__ import annotations

import shutil
from pathlib import Path


class DatabaseProblem(Exception):
    """A problem with the database file the user can do something about."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class NotADatabase(DatabaseProblem):
    """The file is not a Social Desk (SQLite) database."""


class CorruptDatabase(DatabaseProblem):
    """The file is a damaged SQLite database."""


class DatabaseTooNew(DatabaseProblem):
    """The file was written by a newer Social Desk; it is left untouched."""


class DatabaseLocked(DatabaseProblem):
    """Another program holds the database busy for longer than the busy timeout."""


class DiskFull(DatabaseProblem):
    """The disk holding the database is full."""


class BackupFailed(DatabaseProblem):
    """A backup could not be written or did not verify; nothing was changed."""


class StaleEdit(DatabaseProblem):
    """The record changed (elsewhere) since it was read; the edit was not saved."""


class NotFound(DatabaseProblem):
    """The record no longer exists."""


class CannotReadFile(DatabaseProblem):
    """The file may not be read (permission), or the path is a folder or unreachable."""


class EmptyDatabaseFile(DatabaseProblem):
    """The file is empty (0 bytes): it is made a database only when the user says so."""


class UpgradeFailed(DatabaseProblem):
    """A migration to this version's schema failed; the file was left as it was."""


class ReadOnlyDatabase(DatabaseProblem):
    """The database is open read-only: a change cannot be saved."""


class DatabaseInUse(DatabaseProblem):
    """Another Social Desk process has this file open."""

    def __init__(
        self,
        message: str,
        path: Path | None = None,
        *,
        host: str = "",
        pid: int = 0,
        since: str = "",
    ) -> None:
        super().__init__(message, path)
        self.host = host
        self.pid = pid
        self.since = since


def classify_sqlite_error(exc: BaseException, path: Path | None = None) -> DatabaseProblem | None:
    """Map a driver error to a user-actionable problem, or None when it is a bug."""
    text = str(exc).lower()
    if "file is not a database" in text:
        return NotADatabase("This file is not a Social Desk database.", path)
    if ("disk i/o error" in text or "unable to open" in text) and disk_nearly_full(path):
        # SQLite cannot create or grow the -shm/-wal file on a full disk and says "I/O
        # error": that is a full disk, not a damaged file.
        return DiskFull("The disk holding the database is full.", path)
    if "malformed" in text or "disk i/o error" in text or "corrupt" in text:
        return CorruptDatabase("The database file is damaged.", path)
    if "database is locked" in text or "database table is locked" in text:
        return DatabaseLocked("The database is busy in another program.", path)
    if "database or disk is full" in text or "no space left" in text:
        return DiskFull("The disk holding the database is full.", path)
    if "readonly database" in text:
        return ReadOnlyDatabase("The database file cannot be written to.", path)
    if "unable to open database" in text:
        return CannotReadFile("The database file cannot be opened.", path)
    return None


# Below this much free space SQLite's I/O errors are taken for a full disk.
NEARLY_FULL_BYTES = 1024 * 1024


def disk_nearly_full(path: Path | None) -> bool:
    if path is None:
        return False
    folder = path if path.is_dir() else path.parent
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False
