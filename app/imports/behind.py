"""Writing behind: an import's bulk inserts run on a second thread while the next rows
are parsed.

Only SQLite's own work moves: a many-row ``INSERT`` (built, with its values, on the
importing thread) is stepped on the writer thread, which holds the GIL only to start and
finish it. Everything in Python — reading, parsing, look-ups, every other statement —
stays on the importing thread, so a second thread never competes for the GIL for long.

One connection, one transaction, one insert at a time, in order: every statement the
importing thread runs on the connection first waits for the insert still running (a
``before_cursor_execute`` listener), so a look-up sees the rows before it whatever the
target's writer asks, and leaving the block waits too, before the session commits or
rolls back. A failed insert is raised on the importing thread at that next wait, as the
same SQLAlchemy error an insert run in place raises; the import then stores nothing.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

SESSION_KEY = "imports.write_behind"
Statement = tuple[str, tuple[Any, ...]]


class WriteBehind:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        driver = connection.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        self.driver = driver
        self.pool = ThreadPoolExecutor(1, thread_name_prefix="import writer")
        self.running: Future[None] | None = None
        event.listen(connection, "before_cursor_execute", self._before)

    def submit(self, statements: Sequence[Statement]) -> None:
        """Run ``statements`` on the writer thread, after the ones before them."""
        self.wait()
        started = threading.Event()
        self.running = self.pool.submit(self._run, list(statements), started)
        self.running.add_done_callback(lambda _: started.set())  # however it ends
        # Until the writer has the GIL: else it waits for this thread to give it up at
        # the next switch interval, 5 ms per insert (measured: 0.1 s of a 100,000-row
        # sheet's import); this waits a fraction of a millisecond.
        started.wait()

    def wait(self) -> None:
        """Until the running insert is done; its error, if any, is raised here."""
        running, self.running = self.running, None
        if running is not None:
            running.result()

    def close(self, failed: bool) -> None:
        """Wait for the last insert and stop listening; its error is raised unless the
        import failed already (then the transaction rolls back in any case)."""
        try:
            if failed:
                running, self.running = self.running, None
                if running is not None:
                    running.exception()
            else:
                self.wait()
        finally:
            event.remove(self.connection, "before_cursor_execute", self._before)
            self.pool.shutdown()

    def _before(self, *_: object) -> None:
        self.wait()

    def _run(self, statements: list[Statement], started: threading.Event) -> None:
        started.set()
        cursor = self.driver.cursor()
        try:
            for sql, params in statements:
                try:
                    cursor.execute(sql, params)
                except sqlite3.Error as exc:
                    # The error SQLAlchemy raises for it in place (IntegrityError …).
                    raise DBAPIError.instance(
                        sql[:200], None, exc, sqlite3.Error, hide_parameters=True
                    ) from exc
        finally:
            cursor.close()


@contextmanager
def write_behind(session: Session) -> Iterator[None]:
    """While the block runs, :func:`submit_or_run` hands a SQLite session's inserts to a
    writer thread; on leaving it, the last one is waited for."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    behind = WriteBehind(connection)
    session.info[SESSION_KEY] = behind
    failed = True
    try:
        yield
        failed = False
    finally:
        del session.info[SESSION_KEY]
        behind.close(failed)


def submit_or_run(session: Session, statements: Sequence[Statement]) -> None:
    """Insert on the writer thread inside :func:`write_behind`, else here and now."""
    behind: WriteBehind | None = session.info.get(SESSION_KEY)
    if behind is not None:
        behind.submit(statements)
        return
    connection = session.connection()
    for sql, params in statements:
        connection.exec_driver_sql(sql, params)
