"""Database problems a user can act on. Anything else that escapes is a bug."""

from __future__ import annotations

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


def classify_sqlite_error(exc: BaseException, path: Path | None = None) -> DatabaseProblem | None:
    """Map a driver error to a user-actionable problem, or None when it is a bug."""
    text = str(exc).lower()
    if "file is not a database" in text:
        return NotADatabase("This file is not a Social Desk database.", path)
    if "malformed" in text or "disk i/o error" in text or "corrupt" in text:
        return CorruptDatabase("The database file is damaged.", path)
    if "database is locked" in text or "database table is locked" in text:
        return DatabaseLocked("The database is busy in another program.", path)
    if "database or disk is full" in text or "no space left" in text:
        return DiskFull("The disk holding the database is full.", path)
    if "unable to open database" in text or "readonly database" in text:
        return DatabaseProblem("The database file cannot be opened for writing.", path)
    return None
