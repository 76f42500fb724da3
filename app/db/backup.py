"""Backups of a SQLite database: SQLite's online backup API, verified, rotated.

Each database has its own folder, ``backups/<file name>/`` beside it, and a backup's
name is exactly ``YYYYMMDD-HHMMSS-ffffff-<reason>.db`` (UTC), parsed with a strict
pattern on read. So a backup belongs to one database provably: ``team.db`` and
``team-2025.db`` in one folder never list or rotate each other's backups. Backups of
the older scheme (``backups/<stem>-<stamp>-<reason>.db``) are still listed for their
own database, strictly parsed, but never rotated: no new ones are made, and a name
shared by ``team.db`` and ``team.sqlite`` cannot say which file it belongs to.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from app.db.check import check_integrity
from app.db.errors import BackupFailed, CorruptDatabase, DatabaseProblem, NotADatabase

# Retention, as long-lived desktop apps keep history (Anki keeps dailies, weeklies and
# monthlies): the newest KEEP_LAST backups, then the newest backup of each of the
# KEEP_DAILY most recent days, ISO weeks and months that have one. Periods count only
# days with backups, so a week away from the app does not age the history out.
KEEP_LAST = 10
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
KEEP_BACKUPS = KEEP_LAST  # the old name, for callers that pass ``keep=``

SQLITE_HEADER = b"SQLite format 3\x00"
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_STAMP = r"(?P<stamp>\d{8}-\d{6}-\d{6})"
# A reason is a word, optionally with one more part (manual, before-restore, before-0002).
_REASON = r"(?P<reason>[a-z]+(?:-[a-z0-9]+)?)"
_NAME = re.compile(rf"{_STAMP}-{_REASON}\.db")
_REASON_ONLY = re.compile(_REASON)
# A half-written backup left by a crash is removed once it is clearly not in progress.
_STALE_PARTIAL_SECONDS = 600
_SIDE_FILES = ("-journal", "-wal", "-shm")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    created: datetime
    size: int
    reason: str = ""


def backups_dir(db_path: Path) -> Path:
    """This database's own backup folder: ``backups/<file name>/`` beside it."""
    return backups_root(db_path) / db_path.name


def backups_root(db_path: Path) -> Path:
    """The shared ``backups`` folder beside the database (where old-scheme backups lie)."""
    return db_path.parent / "backups"


def looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def integrity_ok(path: Path) -> bool:
    """Whether the file is a SQLite database that passes a full integrity check."""
    try:
        if not path.is_file() or not looks_like_sqlite(path):
            return False
        result = check_integrity(path)
    except (DatabaseProblem, OSError):
        return False
    return result is not None and result.ok


def check_folder(db_path: Path) -> None:
    """Raise :class:`BackupFailed` when this database's backups cannot be written there.

    Cheap, changes nothing: callers may run it before touching the database file.
    """
    for folder in (backups_root(db_path), backups_dir(db_path)):
        if folder.exists() and not folder.is_dir():
            raise BackupFailed(
                f"Backups cannot be saved: {folder} is a file, not a folder. "
                "Move or rename it; nothing was changed.",
                db_path,
            )
    existing = next(
        (f for f in (backups_dir(db_path), backups_root(db_path), db_path.parent) if f.is_dir()),
        None,
    )
    if existing is not None and not os.access(existing, os.W_OK | os.X_OK):
        raise BackupFailed(
            f"Backups cannot be saved: the folder {existing} is read-only. Nothing was changed.",
            db_path,
        )


def back_up(db_path: Path, *, reason: str = "manual", keep: int = KEEP_LAST) -> BackupFile:
    """Copy the live database with the online backup API, verify it, rotate old ones.

    Safe while this or another process writes (the copy is one consistent snapshot).
    Atomic: the backups folder gets a finished, verified file or nothing, and never
    journal or WAL side files. Raises :class:`BackupFailed`, with nothing changed, when
    anything goes wrong. Rotation touches only this database's folder and never the
    backup just made.
    """
    if not _REASON_ONLY.fullmatch(reason):
        raise ValueError(f"backup reason {reason!r} does not fit the backup name format")
    check_folder(db_path)
    folder = backups_dir(db_path)
    created = datetime.now(UTC)
    target = folder / f"{created.strftime(STAMP_FORMAT)}-{reason}.db"
    partial = target.with_name(target.name + ".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_stale_partials(folder)
        _copy(db_path, partial)
    except (sqlite3.Error, OSError) as exc:
        _remove_with_side_files(partial)
        raise BackupFailed(_failure_message(exc), db_path) from exc
    if not integrity_ok(partial):
        _remove_with_side_files(partial)
        raise BackupFailed("The backup did not pass its integrity check.", db_path)
    try:
        os.replace(partial, target)
    except OSError as exc:
        _remove_with_side_files(partial)
        raise BackupFailed(_failure_message(exc), db_path) from exc
    _remove_side_files(partial)
    made = BackupFile(target, created, target.stat().st_size, reason)
    _rotate(db_path, made, keep)
    return made


def _copy(db_path: Path, partial: Path) -> None:
    # timeout: wait for a writer in another process (rollback-journal mode) like the app.
    src = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
    try:
        dst = sqlite3.connect(partial, timeout=5.0)
        try:
            src.backup(dst)
            # The copy carries the source's WAL flag in its header: opening it (even to
            # verify it, read-only) would then leave -wal/-shm files beside it. A
            # backup is a plain single file.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _failure_message(exc: BaseException) -> str:
    text = str(exc).lower()
    if "disk is full" in text or "no space left" in text:
        return "Could not write a backup: the disk is full. Nothing was changed."
    return f"Could not write a backup: {exc}"


def _remove_side_files(path: Path) -> None:
    for suffix in _SIDE_FILES:
        with contextlib.suppress(OSError):
            Path(str(path) + suffix).unlink(missing_ok=True)


def _remove_with_side_files(path: Path) -> None:
    # Best effort: the folder may be the reason the backup failed (a file, read-only).
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
    _remove_side_files(path)


def _remove_stale_partials(folder: Path) -> None:
    now = time.time()
    for p in folder.iterdir():
        name = p.name
        base = name.split(".partial", 1)[0]
        if ".partial" in name and _NAME.fullmatch(base):
            with contextlib.suppress(OSError):
                if now - p.stat().st_mtime > _STALE_PARTIAL_SECONDS:
                    p.unlink()


def parse_name(name: str, stem: str | None = None) -> tuple[datetime, str] | None:
    """(created, reason) of a backup file name, or None when it is not one.

    ``stem`` given: the old scheme's ``<stem>-<stamp>-<reason>.db``; otherwise the
    per-database folder's ``<stamp>-<reason>.db``.
    """
    pattern = _NAME if stem is None else re.compile(rf"{re.escape(stem)}-{_NAME.pattern}")
    m = pattern.fullmatch(name)
    if m is None:
        return None
    try:
        created = datetime.strptime(m["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
    return created, m["reason"]


def list_backups(db_path: Path) -> list[BackupFile]:
    """Backups of this database (its own folder, then old-scheme ones), newest first."""
    found = _own_backups(db_path)
    root = backups_root(db_path)
    if root.is_dir():
        found += _scan(root, db_path.stem)
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def _own_backups(db_path: Path) -> list[BackupFile]:
    folder = backups_dir(db_path)
    return _scan(folder, None) if folder.is_dir() else []


def _scan(folder: Path, stem: str | None) -> list[BackupFile]:
    found = []
    for p in folder.iterdir():
        parsed = parse_name(p.name, stem)
        if parsed is None or not p.is_file():
            continue
        found.append(BackupFile(p, parsed[0], p.stat().st_size, parsed[1]))
    return found


def choose_kept(
    created: Iterable[datetime],
    *,
    last: int = KEEP_LAST,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[datetime]:
    """Which backups (by creation time) to keep; the rest may be deleted.

    Newest first: the newest ``last`` are kept; then a backup is kept when it is the
    newest of a day not kept yet (up to ``daily`` days), else of an ISO week (up to
    ``weekly``), else of a month (up to ``monthly``).
    """
    ordered = sorted(set(created), reverse=True)
    kept: set[datetime] = set(ordered[:last])
    days: set[date] = {c.date() for c in kept}
    weeks: set[tuple[int, int]] = {_week(c) for c in kept}
    months: set[tuple[int, int]] = {(c.year, c.month) for c in kept}
    left = {"daily": daily, "weekly": weekly, "monthly": monthly}
    for c in ordered[last:]:
        week, month = _week(c), (c.year, c.month)
        if c.date() not in days and left["daily"] > 0:
            left["daily"] -= 1
        elif week not in weeks and left["weekly"] > 0:
            left["weekly"] -= 1
        elif month not in months and left["monthly"] > 0:
            left["monthly"] -= 1
        else:
            continue
        kept.add(c)
        days.add(c.date())
        weeks.add(week)
        months.add(month)
    return kept


def _week(c: datetime) -> tuple[int, int]:
    iso = c.isocalendar()
    return iso.year, iso.week


def _rotate(db_path: Path, made: BackupFile, keep: int) -> None:
    own: Sequence[BackupFile] = _own_backups(db_path)
    kept = choose_kept((b.created for b in own), last=keep) | {made.created}
    for old in own:
        if old.created not in kept and old.path != made.path:
            with contextlib.suppress(OSError):
                old.path.unlink()


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
            kept = _raw_copy(db_path)
    tmp = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(backup, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(tmp, db_path)
    return kept


def _raw_copy(db_path: Path) -> BackupFile:
    """A byte copy of a file too damaged for the backup API, kept before it is replaced."""
    check_folder(db_path)
    folder = backups_dir(db_path)
    created = datetime.now(UTC)
    raw = folder / f"{created.strftime(STAMP_FORMAT)}-damaged.db"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(db_path, raw)
    except OSError as exc:
        with contextlib.suppress(OSError):
            raw.unlink(missing_ok=True)
        raise BackupFailed(_failure_message(exc), db_path) from exc
    return BackupFile(raw, created, raw.stat().st_size, "damaged")
