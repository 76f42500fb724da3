"""The one place that opens a database.

For SQLite it checks the file (is it a database, is its schema too new) through a
read-only connection before anything can write to it, sets the PRAGMAs on every
connection, backs the file up and verifies the backup before migrating, then runs
the Alembic migrations. A PostgreSQL (or other) URL gets the same migrations; backups
of a server are the server's business.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.db import backup
from app.db.errors import (
    CorruptDatabase,
    DatabaseProblem,
    DatabaseTooNew,
    NotADatabase,
    StaleEdit,
    classify_sqlite_error,
)
from app.db.schema import HEAD_REVISION, KNOWN_REVISIONS

BUSY_TIMEOUT_MS = 5000
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "sshfs", "9p", "afs"}


@dataclass
class Database:
    """An open, migrated database. Services take one of these."""

    url: str
    engine: Engine
    path: Path | None = None
    journal_mode: str = ""
    backup_made: Path | None = None
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error.

        Driver errors a user can act on (locked, disk full, damaged) come out as
        :class:`DatabaseProblem`, and an update of a row someone else changed
        meanwhile as :class:`StaleEdit`.
        """
        with self._sessions() as s:
            try:
                with s.begin():
                    yield s
            except StaleDataError as exc:
                # The row's version moved on under this session: someone else saved first.
                raise StaleEdit("Someone else changed this record; reload and retry.") from exc
            except DBAPIError as exc:
                problem = classify_sqlite_error(exc.orig or exc, self.path)
                if problem is None:
                    raise
                raise problem from exc

    def size_bytes(self) -> int | None:
        if self.path is None or not self.path.exists():
            return None
        total = self.path.stat().st_size
        wal = Path(str(self.path) + "-wal")
        return total + (wal.stat().st_size if wal.exists() else 0)

    def close(self) -> None:
        self.engine.dispose()


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


def read_revision(path: Path) -> str | None:
    """The Alembic revision stored in a SQLite file, read-only; None for an empty schema."""
    if not backup.looks_like_sqlite(path):
        raise NotADatabase("This file is not a Social Desk database.", path)
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
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


def check_revision(revision: str | None, where: Path | str) -> None:
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(
            f"This database was made by a newer Social Desk (schema {revision}); "
            "update the app to open it. The file was not changed.",
            where if isinstance(where, Path) else None,
        )


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _install_sqlite_pragmas(engine: Engine, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin, so DDL in
        # migrations is transactional too (the driver would otherwise commit it).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if wal:
            cur.execute("PRAGMA journal_mode=WAL")
            # NORMAL is safe from corruption in WAL mode; a power cut may lose the last
            # commit or two, which beats an fsync on every keystroke-sized edit.
            cur.execute("PRAGMA synchronous=NORMAL")
        else:
            cur.execute("PRAGMA journal_mode=DELETE")
            cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")


def open_database(target: Path | str, *, migrate: bool = True) -> Database:
    """Open (creating when missing) the database at a file path or SQLAlchemy URL.

    Raises :class:`DatabaseProblem` subclasses for files a user must act on; a file
    too new for this build is never written to.
    """
    if isinstance(target, Path):
        return _open_sqlite(target, migrate=migrate)
    if target.startswith("sqlite:///"):
        return _open_sqlite(Path(target.removeprefix("sqlite:///")), migrate=migrate)
    return _open_server(target, migrate=migrate)


def _open_sqlite(path: Path, *, migrate: bool) -> Database:
    path = path.expanduser()
    existing = path.exists() and path.stat().st_size > 0
    revision = read_revision(path) if existing else None
    check_revision(revision, path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseProblem(f"Cannot create the folder for the database: {exc}", path) from exc
    wal = is_local_disk(path.parent)
    engine = create_engine(sqlite_url(path))
    _install_sqlite_pragmas(engine, wal)
    db = Database(url=sqlite_url(path), engine=engine, path=path)
    try:
        with engine.connect() as con:
            db.journal_mode = str(con.exec_driver_sql("PRAGMA journal_mode").scalar())
        if migrate and revision != HEAD_REVISION:
            if revision is not None:
                db.backup_made = backup.back_up(path, reason=f"before-{HEAD_REVISION}").path
            _upgrade(engine)
    except DBAPIError as exc:
        engine.dispose()
        raise classify_sqlite_error(exc.orig or exc, path) or CorruptDatabase(
            str(exc), path
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return db


def _open_server(url: str, *, migrate: bool) -> Database:
    try:
        engine = create_engine(url, pool_pre_ping=True)
    except (ImportError, NoSuchModuleError) as exc:
        raise DatabaseProblem(_no_driver_message(url, exc)) from exc
    try:
        with engine.connect() as con:
            has_table = engine.dialect.has_table(con, "alembic_version")
            revision = (
                con.execute(text("SELECT version_num FROM alembic_version")).scalar()
                if has_table
                else None
            )
    except DBAPIError as exc:
        engine.dispose()
        raise DatabaseProblem(f"Cannot reach the team database: {exc.orig}") from exc
    try:
        check_revision(revision, url)
        if migrate and revision != HEAD_REVISION:
            _upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(url=url, engine=engine)


def _no_driver_message(url: str, exc: Exception) -> str:
    """What to tell a user whose URL names a database driver this build (or install)
    lacks: the packaged app carries the PostgreSQL driver only when built for team mode."""
    parsed = make_url(url)  # create_engine parsed it before it failed on the driver
    backend, driver = parsed.get_backend_name(), parsed.get_driver_name()
    if backend == "postgresql":
        return (
            f"This build has no PostgreSQL driver; the driver {driver!r} this URL names is "
            "not installed. Use a build made for team mode (SOCIALDESK_WITH_POSTGRES=1) "
            "or, from source, install it (pip install 'socialdesk[postgres]')."
        )
    return f"This build has no driver {driver!r} for {backend} databases ({exc})."


def _upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the Alembic migrations up to ``revision`` (Alembic is imported only here)."""
    from app.db.migrate import upgrade

    upgrade(engine, revision)
