"""Looking at a SQLite database file before anything may write to it: can we read it,
is it a folder, empty, read-only, on a network share, a Social Desk database at all,
damaged (``PRAGMA quick_check``), and which schema revision it has."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import stat
import sys
from pathlib import Path

from app.db import backup
from app.db.errors import (
    CannotReadFile,
    CorruptDatabase,
    DatabaseProblem,
    DiskFull,
    EmptyDatabaseFile,
    NotADatabase,
    classify_sqlite_error,
)

log = logging.getLogger("socialdesk")

NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "sshfs", "9p", "afs"}
# Files up to this size get PRAGMA quick_check when opened (well under a second).
QUICK_CHECK_MAX_BYTES = 512 * 1024 * 1024


def is_local_disk(path: Path) -> bool:
    """False for a network share: WAL needs shared memory that network file systems lack."""
    resolved = str(path.resolve())
    if sys.platform == "win32":
        if resolved.startswith("\\\\"):
            return False
        import ctypes

        drive = os.path.splitdrive(resolved)[0] + "\\"
        DRIVE_REMOTE = 4
        return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) != DRIVE_REMOTE)  # type: ignore[attr-defined]
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return True
    best, fstype = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and resolved.startswith(parts[1]) and len(parts[1]) > len(best):
            best, fstype = parts[1], parts[2]
    return fstype not in NETWORK_FILESYSTEMS


def read_revision(path: Path, *, quick_check: bool = False) -> str | None:
    """The Alembic revision stored in a SQLite file, read-only; None for an empty schema.

    With ``quick_check`` a damaged file (within the size bound) raises
    :class:`CorruptDatabase` here, before anything writes to it.
    """
    try:
        is_sqlite = backup.looks_like_sqlite(path)
    except OSError as exc:
        raise unreadable(exc, path) from exc
    if not is_sqlite:
        raise NotADatabase("This file is not a Social Desk database.", path)
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if quick_check and path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
                found = con.execute("PRAGMA quick_check(1)").fetchone()
                if found != ("ok",):
                    log.warning("quick_check of %s: %s", path, found)
                    raise CorruptDatabase("The database file is damaged.", path)
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                if tables - {"sqlite_sequence"}:
                    raise NotADatabase("This SQLite file was not made by Social Desk.", path)
                return None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise classify_sqlite_error(exc, path) or CorruptDatabase(str(exc), path) from exc
    return None if row is None else str(row[0])


def unreadable(exc: OSError, path: Path) -> DatabaseProblem:
    """The problem a user meets for an OSError on the database path."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull("The disk holding the database is full.", path)
    if isinstance(exc, PermissionError):
        return CannotReadFile("Social Desk may not read this file (permission denied).", path)
    if isinstance(exc, IsADirectoryError):
        return CannotReadFile("This is a folder, not a database file.", path)
    if isinstance(exc, NotADirectoryError):
        return CannotReadFile("A part of this path is a file, not a folder.", path)
    return CannotReadFile(f"The database file cannot be opened: {exc.strerror or exc}", path)


def inspect_path(path: Path, *, read_only: bool, allow_empty: bool) -> tuple[bool, bool]:
    """Check the path before anything touches it: (exists, must open read-only)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise unreadable(exc, path) from exc
    if st is None:
        if read_only:
            raise CannotReadFile("There is no database file here.", path)
        return False, False
    if stat.S_ISDIR(st.st_mode):
        raise CannotReadFile("This is a folder, not a database file.", path)
    if not stat.S_ISREG(st.st_mode):
        raise NotADatabase("This is not a file that can hold a database.", path)
    if not os.access(path, os.R_OK):
        raise CannotReadFile("Social Desk may not read this file (permission denied).", path)
    if st.st_size == 0:
        if read_only or not allow_empty:
            raise EmptyDatabaseFile(
                "This file is empty (0 bytes); it is not a database yet. Make it a new "
                "database only if that is what you meant.",
                path,
            )
        return False, False
    # A file marked read-only (no write bit for anyone, as Windows' read-only
    # attribute), one we may not write, or in a folder we may not write to: opened
    # read-only on purpose rather than failing at the first save.
    marked = not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)
    return True, read_only or marked or not writable
