"""The one place that opens a database.

For SQLite it checks the file (readable, not a folder or empty, a database, not
damaged, its schema not too new: :mod:`app.db.files`) through a read-only connection
before anything can write to it, takes the one-process-per-file lock
(:mod:`app.db.lock`), sets the PRAGMAs on every connection, backs the file up and
verifies the backup before migrating, runs the Alembic migrations, and only then
switches the file to WAL. A file the user may not write is opened read-only on purpose.
Writing transactions take SQLite's write lock when they begin, so a second writer waits
for the busy timeout instead of failing. A PostgreSQL (or other) URL gets the same
migrations; backups of a server are the server's business.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import QueuePool

from app.db import backup, lock
from app.db.errors import (
    BackupFailed,
    CorruptDatabase,
    DatabaseLocked,
    DatabaseProblem,
    DatabaseTooNew,
    DiskFull,
    ReadOnlyDatabase,
    StaleEdit,
    UpgradeFailed,
    classify_sqlite_error,
    disk_nearly_full,
)
from app.db.files import inspect_path, is_local_disk, read_revision, unreadable
from app.db.schema import HEAD_REVISION, KNOWN_REVISIONS

log = logging.getLogger("socialdesk")

BUSY_TIMEOUT_MS = 5000
# Execution option marking a connection whose transaction only reads.
READ_ONLY_OPTION = "socialdesk_read_only"


@dataclass
class Database:
    """An open, migrated database. Services take one of these."""

    url: str
    engine: Engine
    path: Path | None = None
    journal_mode: str = ""
    backup_made: Path | None = None
    # Opened read-only on purpose (a read-only file, or the user asked): writes refused.
    read_only: bool = False
    # Set once the file was found damaged: nothing more is written into it.
    damaged: bool = False
    holds_lock: bool = False
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    _read_sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        reader = self.engine.execution_options(**{READ_ONLY_OPTION: True})
        self._read_sessions = sessionmaker(reader, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self, *, read_only: bool = False) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error.

        A writing session (the default) takes SQLite's write lock when it begins
        (``BEGIN IMMEDIATE``), so a second writer waits up to the busy timeout instead
        of failing when it first writes; ``read_only=True`` begins a plain reading
        transaction that never waits for writers. Driver errors a user can act on
        (locked, disk full, damaged) come out as :class:`DatabaseProblem`, and an
        update of a row someone else changed meanwhile as :class:`StaleEdit`.
        """
        if not read_only:
            self._check_writable()
        maker = self._read_sessions if read_only else self._sessions
        with maker() as s:
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
                if isinstance(problem, CorruptDatabase):
                    self.damaged = True
                if isinstance(problem, DatabaseLocked):
                    problem = DatabaseLocked(
                        "Another program kept the database busy for more than "
                        f"{BUSY_TIMEOUT_MS // 1000} seconds; the change was not saved.",
                        self.path,
                    )
                raise problem from exc

    def reading(self) -> AbstractContextManager[Session]:
        """``session(read_only=True)``: for services' pure reads."""
        return self.session(read_only=True)

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyDatabase(
                "This database is open read-only; the change was not saved.", self.path
            )
        if self.damaged:
            raise CorruptDatabase(
                "The database file is damaged; nothing more is written into it.", self.path
            )

    def size_bytes(self) -> int | None:
        if self.path is None or not self.path.exists():
            return None
        total = self.path.stat().st_size
        wal = Path(str(self.path) + "-wal")
        return total + (wal.stat().st_size if wal.exists() else 0)

    def close(self) -> None:
        self.engine.dispose()
        if self.holds_lock and self.path is not None:
            self.holds_lock = False
            lock.release(self.path)


def check_revision(revision: str | None, where: Path | str) -> None:
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(
            f"This database was made by a newer Social Desk (schema {revision}); "
            "update the app to open it. The file was not changed.",
            where if isinstance(where, Path) else None,
        )


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _install_sqlite_pragmas(engine: Engine, wal: list[bool], read_only: bool) -> None:
    """PRAGMAs on every connection. ``wal[0]`` turns WAL on: it is set only once the
    checks, backup and migrations have passed, so a refused file keeps its header."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin, so DDL in
        # migrations is transactional too (the driver would otherwise commit it).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if read_only:
            cur.execute("PRAGMA query_only=ON")
        elif wal[0]:
            cur.execute("PRAGMA journal_mode=WAL")
            # NORMAL is safe from corruption in WAL mode; a power cut may lose the last
            # commit or two, which beats an fsync on every keystroke-sized edit.
            cur.execute("PRAGMA synchronous=NORMAL")
        else:
            cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A writer takes the write lock up front: SQLite then waits (busy_timeout) for
        # another writer. A deferred BEGIN that reads and then writes gets SQLITE_BUSY
        # at once instead, without waiting, when someone else wrote meanwhile.
        reads = read_only or conn.get_execution_options().get(READ_ONLY_OPTION, False)
        conn.exec_driver_sql("BEGIN" if reads else "BEGIN IMMEDIATE")


def open_database(
    target: Path | str,
    *,
    migrate: bool = True,
    read_only: bool = False,
    allow_empty: bool = False,
    single_instance: bool = True,
    checked: Future[str | None] | None = None,
) -> Database:
    """Open (creating when missing) the database at a file path or SQLAlchemy URL.

    Raises :class:`DatabaseProblem` subclasses for files a user must act on; a file
    too new for this build, or one that cannot be opened, is never written to.

    For a SQLite file: ``read_only`` opens it without writing (also chosen for a file
    the user may not write); ``allow_empty`` makes a 0-byte file a new database (the
    user said so; otherwise :class:`EmptyDatabaseFile`); ``single_instance=False``
    skips the one-process-per-file lock (for tools and tests that coordinate
    themselves). ``checked`` is this file's ``read_revision(path, quick_check=True)``
    already under way (the app starts it while SQLAlchemy loads: the check runs in
    SQLite's C code, beside the import); its result or error counts as read here.
    """
    if isinstance(target, Path):
        path = target
    elif target.startswith("sqlite:///"):
        path = Path(target.removeprefix("sqlite:///"))
    else:
        return _open_server(target, migrate=migrate)
    return _open_sqlite(
        path,
        migrate=migrate,
        read_only=read_only,
        allow_empty=allow_empty,
        single_instance=single_instance,
        checked=checked,
    )


def _open_sqlite(
    path: Path,
    *,
    migrate: bool,
    read_only: bool,
    allow_empty: bool,
    single_instance: bool,
    checked: Future[str | None] | None = None,
) -> Database:
    path = path.expanduser()
    existing, read_only = inspect_path(path, read_only=read_only, allow_empty=allow_empty)
    if not existing:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise unreadable(exc, path) from exc
    locked = not read_only and single_instance
    if locked:
        lock.acquire(path)
    try:
        db = _open_sqlite_file(
            path, existing, migrate=migrate, read_only=read_only, checked=checked
        )
    except BaseException:
        if locked:
            lock.release(path)
        raise
    db.holds_lock = locked
    return db


def _open_sqlite_file(
    path: Path,
    existing: bool,
    *,
    migrate: bool,
    read_only: bool,
    checked: Future[str | None] | None = None,
) -> Database:
    revision = None
    if existing:
        revision = checked.result() if checked else read_revision(path, quick_check=True)
    check_revision(revision, path)
    if read_only and revision != HEAD_REVISION:
        raise ReadOnlyDatabase(
            "This read-only file was made by an older Social Desk and needs an upgrade, "
            "which needs permission to write it. The file was not changed.",
            path,
        )
    upgrading = migrate and not read_only and revision is not None and revision != HEAD_REVISION
    if upgrading:
        backup.check_folder(path)  # no backup possible: stop before the engine touches it
    wal = [False]
    if read_only:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        engine = create_engine(
            sqlite_url(path),
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            poolclass=QueuePool,
        )
    else:
        engine = create_engine(sqlite_url(path))
    _install_sqlite_pragmas(engine, wal, read_only)
    db = Database(url=sqlite_url(path), engine=engine, path=path, read_only=read_only)
    try:
        if upgrading:
            db.backup_made = _back_up_before_upgrade(path)
        if migrate and revision != HEAD_REVISION and not read_only:
            _migrate(engine, path)
        if not read_only:
            # Only now, with checks, backup and migrations done, switch the header to
            # WAL (on a local disk: WAL needs shared memory network shares lack).
            wal[0] = is_local_disk(path.parent)
            engine.dispose()
        with engine.execution_options(**{READ_ONLY_OPTION: True}).connect() as con:
            db.journal_mode = str(con.exec_driver_sql("PRAGMA journal_mode").scalar())
    except DBAPIError as exc:
        engine.dispose()
        raise classify_sqlite_error(exc.orig or exc, path) or CorruptDatabase(
            str(exc), path
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return db


def _back_up_before_upgrade(path: Path) -> Path:
    try:
        return backup.back_up(path, reason=f"before-{HEAD_REVISION}").path
    except BackupFailed as exc:
        if disk_nearly_full(path):
            raise DiskFull(
                "The disk holding the database is full: there is no room for the backup "
                "made before an upgrade. Nothing was changed.",
                path,
            ) from exc
        raise
    except OSError as exc:  # a backups "folder" that is a file, and the like
        raise BackupFailed(
            f"Could not write the backup made before an upgrade ({exc.strerror or exc}); "
            "nothing was changed.",
            path,
        ) from exc


def _migrate(engine: Engine, path: Path) -> None:
    """Upgrade; a failure that is not the disk's or another program's is a failed upgrade."""
    try:
        _upgrade(engine)
    except DBAPIError as exc:
        problem = classify_sqlite_error(exc.orig or exc, path)
        if isinstance(problem, DiskFull | DatabaseLocked):
            raise problem from exc
        log.exception("upgrading %s to schema %s failed", path, HEAD_REVISION)
        raise _upgrade_failed(path) from exc
    except Exception as exc:
        log.exception("upgrading %s to schema %s failed", path, HEAD_REVISION)
        raise _upgrade_failed(path) from exc


def _upgrade_failed(path: Path) -> UpgradeFailed:
    return UpgradeFailed(
        f"Upgrading this database to this version of Social Desk (schema {HEAD_REVISION}) "
        "failed; the file was not changed. The details are in the log: please send them "
        "with a bug report.",
        path,
    )


def restore_backup(chosen: Path, db_path: Path) -> backup.BackupFile | None:
    """Replace ``db_path`` with the backup ``chosen``, only while this process holds it.

    Refused with :class:`DatabaseInUse` when another Social Desk has the file open: its
    next saves would go into a file that is no longer there. The caller closes its own
    connections first (and may hold the lock across, to reopen the file at once).
    """
    lock.acquire(db_path)
    try:
        return backup.restore(chosen, db_path)
    finally:
        lock.release(db_path)


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
