"""File ▸ Check database: a full ``PRAGMA integrity_check`` of a SQLite file.

It reads through its own read-only connection, so it can run on a worker thread while
the app keeps the database open (WAL lets it read a consistent snapshot), and it can be
cancelled: SQLite calls a progress handler every few thousand steps, which reports
progress and stops the check when asked.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.db.errors import CorruptDatabase, DatabaseProblem, NotADatabase, classify_sqlite_error

# How many problems to list: enough for a bug report, not a wall of text.
MAX_PROBLEMS = 20
# SQLite virtual-machine steps between calls of the progress handler.
_STEPS_PER_CALL = 10_000
_PAGES_PER_CALL = 140


@dataclass(frozen=True)
class CheckResult:
    """``problems`` is empty when the file is healthy."""

    path: Path
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_integrity(
    path: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> CheckResult | None:
    """Check every page and index of the file; None when cancelled.

    ``progress(done, total)`` gets the pages read so far against the file's page count
    (an estimate: the check visits some pages more than once). A file too damaged to
    be read at all is a result with that problem, not an exception; a file that cannot
    be opened (gone, no permission) raises :class:`DatabaseProblem`.
    """
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
    except sqlite3.Error as exc:
        raise _problem(exc, path) from exc
    try:
        try:
            total = int(con.execute("PRAGMA page_count").fetchone()[0])
        except sqlite3.DatabaseError as exc:
            return _damaged(exc, path)
        calls = [0]

        def step() -> int:
            calls[0] += 1
            if progress is not None and total:
                # An estimate (measured: about 140 pages per call on tables with an
                # index), held below the end until the check has really finished.
                progress(min(calls[0] * _PAGES_PER_CALL, total - 1), total)
            return 1 if cancelled() else 0

        con.set_progress_handler(step, _STEPS_PER_CALL)
        try:
            rows = con.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})").fetchall()
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc).lower():
                return None
            return _damaged(exc, path)
        except sqlite3.DatabaseError as exc:
            return _damaged(exc, path)
    finally:
        con.close()
    if progress is not None:
        progress(total, total)
    problems = tuple(str(r[0]) for r in rows if r[0] != "ok")
    return CheckResult(path, problems)


def _damaged(exc: sqlite3.Error, path: Path) -> CheckResult:
    problem = classify_sqlite_error(exc, path)
    if problem is None or isinstance(problem, CorruptDatabase | NotADatabase):
        return CheckResult(path, (str(exc),))
    raise _problem(exc, path) from exc  # locked, disk full, unreadable: no verdict


def _problem(exc: sqlite3.Error, path: Path) -> DatabaseProblem:
    problem = classify_sqlite_error(exc, path)
    if problem is None or type(problem) is DatabaseProblem:  # not one of the known kinds
        return DatabaseProblem(f"The database could not be checked: {exc}", path)
    return problem
