"""Upsert of keyed values with the journal that lets an import be rolled back.

A target queues ``key → value`` pairs; every few thousand rows :meth:`ValueWriter.flush`
looks the keys up in one query and splits them into inserts, updates (journalled with
the value as it was) and unchanged ones. A key repeated within one import keeps its last
value and counts once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Sequence
from typing import Any, cast

from sqlalchemy import Date, Table, bindparam, insert, or_, select, update
from sqlalchemy.orm import Session

from app.imports.behind import Statement, submit_or_run
from app.imports.models import ImportChange

Key = tuple[Any, ...]


class ValueWriter:
    def __init__(self, session: Session, table: Table, key: Sequence[str], import_id: int) -> None:
        self.session = session
        self.table = table
        self.key = tuple(key)
        self.import_id = import_id
        self.pending: dict[Key, float] = {}
        self.added = self.updated = self.unchanged = 0
        self._all_new = True  # the last chunk's keys were all new
        self._changes = cast(Table, ImportChange.__table__)
        self._update = (
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(value=bindparam("b_value"), import_id=import_id)
        )

    def put(self, key: Key, value: float) -> None:
        self.pending[key] = value

    def flush(self) -> None:
        pending, self.pending = self.pending, {}
        self._write(pending)

    def _write(self, pending: dict[Key, float]) -> None:
        if not pending:
            return
        # The inserts of an all-new chunk are built before the look-up below, which
        # waits for the chunk before to be written (app.imports.behind): the writer then
        # has the next statement at once. Built so while chunks come all new.
        ahead = self._statements(pending.keys(), list(pending.values())) if self._all_new else None
        existing = self._existing(pending)
        self._all_new = not existing
        if not existing:  # all new (a first import): no key to sort out one by one
            self.added += len(pending)
            if ahead is None:
                self._insert(pending.keys(), list(pending.values()))
            else:
                submit_or_run(self.session, ahead)
            return
        inserts: list[tuple[Key, float]] = []
        updates: list[dict[str, Any]] = []
        journal: list[dict[str, Any]] = []
        for key, value in pending.items():
            found = existing.get(key)
            if found is None:
                inserts.append((key, value))
                continue
            row_id, old, old_import = found
            if old_import == self.import_id:
                # Written earlier in this same import: its journal already holds the
                # value from before the import.
                if old != value:
                    updates.append({"b_id": row_id, "b_value": value})
            elif abs(old - value) <= 1e-9 * max(1.0, abs(value)):
                self.unchanged += 1
            else:
                self.updated += 1
                updates.append({"b_id": row_id, "b_value": value})
                journal.append(
                    {
                        "import_id": self.import_id,
                        "table_name": self.table.name,
                        "row_id": row_id,
                        "before_import_id": old_import,
                        "before": {"value": old, "import_id": old_import},
                    }
                )
        self.added += len(inserts)
        if inserts:
            self._insert([k for k, _ in inserts], [v for _, v in inserts])
        if updates:
            self.session.execute(self._update, updates)
        if journal:
            self.session.execute(insert(self._changes), journal)

    def _insert(self, keys: Collection[Key], values: list[float]) -> None:
        """Insert the rows ``keys[i]`` → ``values[i]``, all marked as this import's."""
        statements = self._statements(keys, values)
        if statements is not None:
            submit_or_run(self.session, statements)
            return
        names = [*self.key, "value"]
        self.session.connection().execute(
            insert(self.table),
            [
                dict(zip(names, (*key, value), strict=True), import_id=self.import_id)
                for key, value in zip(keys, values, strict=True)
            ],
        )

    def _statements(self, keys: Collection[Key], values: list[float]) -> list[Statement] | None:
        """SQLite's many-row ``INSERT``\\ s of ``rows`` (None on other databases).

        Many rows per statement, not the driver's executemany: SQLite then inserts a
        statement's rows without taking the GIL back for each next row, so inside an
        import (app.imports.behind) the insert runs on a second thread while the next
        rows are parsed; and it is faster even in place (measured: about half the time
        of executemany for 100,000 rows). Values are stored as SQLAlchemy would store
        them (dates as ISO text). The import's id is a parameter too, not part of the
        text: a statement of as many rows as the last import's is then already compiled
        (the driver keeps them by their text; compiling 5,000 rows' takes some 12 ms).
        """
        connection = self.session.connection()
        if connection.dialect.name != "sqlite":
            return None
        names = [*self.key, "value", "import_id"]
        width = len(names)
        per = max(1, _variable_limit(connection) // width)
        dated = [i for i, n in enumerate(self.key) if isinstance(self.table.c[n].type, Date)]
        head = f"INSERT INTO {self.table.name} ({', '.join(names)}) VALUES "
        one = f"({', '.join('?' for _ in names)})"
        # Column by column into place, so that no step is taken per row in Python.
        flat: list[Any] = [None] * (width * len(values))
        for i, column in enumerate(zip(*keys, strict=True)):
            if i in dated:
                iso = {d: d.isoformat() for d in set(column) if d is not None}  # days repeat
                column = tuple(map(iso.get, column, column))
            flat[i::width] = column
        flat[width - 2 :: width] = values
        flat[width - 1 :: width] = [self.import_id] * len(values)
        statements: list[Statement] = []
        for start in range(0, len(values), per):
            count = min(per, len(values) - start)
            params = tuple(flat[start * width : (start + count) * width])
            statements.append((head + ",".join([one] * count), params))
        return statements

    def _existing(self, pending: dict[Key, float]) -> dict[Key, tuple[int, float, int | None]]:
        t = self.table
        conditions = []
        for name, column_values in zip(self.key, zip(*pending, strict=True), strict=True):
            wanted = set(column_values)
            column = t.c[name]
            present = [w for w in wanted if w is not None]
            # A long list of days becomes a range: one bound pair instead of thousands
            # of parameters to compile; the exact keys are picked out below.
            if len(present) > 64 and isinstance(column.type, Date):
                condition = column.between(min(present), max(present))
            else:
                condition = column.in_(present)
            conditions.append(or_(condition, column.is_(None)) if None in wanted else condition)
        query = select(t.c.id, t.c.value, t.c.import_id, *(t.c[n] for n in self.key)).where(
            *conditions
        )
        found: dict[Key, tuple[int, float, int | None]] = {}
        for row in self.session.execute(query):
            key = tuple(row[3:])
            if key in pending:
                found[key] = (row[0], row[1], row[2])
        return found


_DEFAULT_VARIABLE_LIMIT = 32766  # SQLite's default since 3.32


def _variable_limit(connection: Any) -> int:
    """How many ``?`` one statement may have on this connection (at most the default)."""
    try:
        driver = connection.connection.driver_connection
        limit = int(driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))
    except (AttributeError, sqlite3.Error):
        return 999  # the limit of old builds: safe everywhere
    return min(limit, _DEFAULT_VARIABLE_LIMIT)
