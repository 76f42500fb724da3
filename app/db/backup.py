"""Backups of a SQLite database: SQLite's online backup API, verified, rotated."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.db.errors import BackupFailed, CorruptDatabase, NotADatabase

KEEP_BACKUPS = 10
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    created: datetime
    size: int


def backups_dir(db_path: Path) -> Path:
    """Backups live in a ``backups`` folder beside the database."""
    return db_path.parent / "backups"


def looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def integrity_ok(path: Path) -> bool:
    """Run ``PRAGMA integrity_check`` on a file opened read-only."""
    if not path.is_file() or not looks_like_sqlite(path):
        return False
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = con.execute("PRAGMA integrity_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def back_up(db_path: Path, *, reason: str = "manual", keep: int = KEEP_BACKUPS) -> BackupFile:
    """Copy the live database with the online backup API, verify it, rotate old ones.

    Safe while the app has the database open (WAL readers are not blocked). Raises
    :class:`BackupFailed` and leaves no partial file when anything goes wrong.
    """
    folder = backups_dir(db_path)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.db"
    partial = target.with_suffix(".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupFailed(f"Could not write a backup: {exc}", db_path) from exc
    if not integrity_ok(partial):
        partial.unlink(missing_ok=True)
        raise BackupFailed("The backup did not pass its integrity check.", db_path)
    os.replace(partial, target)
    _rotate(folder, db_path.stem, keep)
    return BackupFile(target, datetime.now(UTC), target.stat().st_size)


def list_backups(db_path: Path) -> list[BackupFile]:
    """Backups of this database, newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for p in folder.glob(f"{db_path.stem}-*.db"):
        st = p.stat()
        found.append(BackupFile(p, datetime.fromtimestamp(st.st_mtime, UTC), st.st_size))
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def _rotate(folder: Path, stem: str, keep: int) -> None:
    files = sorted(folder.glob(f"{stem}-*.db"), key=lambda p: p.name, reverse=True)
    for old in files[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()


def restore(backup: Path, db_path: Path) -> BackupFile | None:
    """Replace ``db_path`` with a verified copy of ``backup``.

    The backup is checked first; the file being replaced is kept as a backup of its own
    (a plain copy when it is too damaged for the backup API). The caller must have
    closed every connection to ``db_path``. Returns the backup of the replaced file.
    """
    if not looks_like_sqlite(backup):
        raise NotADatabase("The chosen file is not a Social Desk database.", backup)
    if not integrity_ok(backup):
        raise CorruptDatabase("The chosen backup is damaged; nothing was replaced.", backup)
    kept: BackupFile | None = None
    if db_path.exists():
        try:
            kept = back_up(db_path, reason="before-restore")
        except BackupFailed:
            folder = backups_dir(db_path)
            folder.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
            raw = folder / f"{db_path.stem}-{stamp}-damaged.db"
            shutil.copy2(db_path, raw)
            kept = BackupFile(raw, datetime.now(UTC), raw.stat().st_size)
    tmp = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(backup, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(tmp, db_path)
    return kept
