"""Demo data: fill an empty database, repeatably, with a realistic team's records.

``small`` (what a newcomer sees): 8 members holding all six roles between them,
8 accounts on the built-in platforms, 6 campaigns (the 4 latest to have started by
``today`` and the next 2). ``large`` (for benchmarks): 32 members, 16 accounts (with
小红书 added as a user platform), and every campaign of the last three years up to
``today`` plus the next 2.

Rows go in through SQLAlchemy Core in chunks inside one transaction: a cancel or an error
leaves the database as it was. Each feature's ``demo`` module owns its rows: the shared
tables as ``STEPS`` (see :mod:`app.demo.rows`, ordered by :data:`FEATURES`), the rest
as a seeder listed in :data:`EXTRA_SEEDERS`, run after them.
"""

from __future__ import annotations

import importlib
import importlib.util
import random
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import cast

from sqlalchemy import Connection, Table, func, insert, inspect, select
from sqlalchemy.orm import sessionmaker

from app.db.base import Base
from app.db.database import Database
from app.demo.rows import SCALES, Chunk, DemoContext, Scale, Step
from app.validation import InvalidInput

__all__ = [
    "EXTRA_SEEDERS",
    "DatabaseNotEmpty",
    "DemoCancelled",
    "DemoSummary",
    "Scale",
    "Seeder",
    "feature_steps",
    "fill",
    "resolve_seeders",
]

Seeder = Callable[[Database, date, random.Random], None]
"""Adds a module's own demo rows; gets the database (inside the demo's transaction),
``today`` and a random stream of its own. It must write through ``db.session()``."""

FEATURES: tuple[str, ...] = (
    "app.team.demo",
    "app.accounts.demo",
    "app.calendar.demo",
    "app.kpi.demo",
    "app.inbox.demo",
)
"""Feature modules whose ``STEPS`` write the shared tables, in order (later ones read the
ids earlier ones wrote)."""


def feature_steps() -> tuple[Step, ...]:
    """The steps of :data:`FEATURES`, imported when a fill runs (they import this package)."""
    return tuple(step for name in FEATURES for step in importlib.import_module(name).STEPS)


EXTRA_SEEDERS: tuple[str, ...] = (
    "app.strategy.demo.seed_demo_strategy",
    "app.calendar.demo.link_demo_pillars",
    "app.appraisal.demo.seed_demo_appraisals",
    "app.inbox.demo.seed_demo_inbox",
)
"""Dotted names of seeders run after the feature steps; a module not present is skipped."""

FILL_CACHE_KIB = 128 * 1024

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


class DatabaseNotEmpty(InvalidInput):
    """The demo goes only into an empty database; nothing was written."""

    def __init__(self, table: str) -> None:
        super().__init__("database", f"already holds data ({table}); demo data needs an empty one")
        self.table = table


class DemoCancelled(Exception):
    """The caller cancelled the fill; the database was left as it was."""


@dataclass(frozen=True)
class DemoSummary:
    """What a fill wrote: rows per table (in the order written) and the time it took."""

    scale: Scale
    seed: int
    today: date
    rows: Mapping[str, int]
    table_seconds: Mapping[str, float]
    seeder_seconds: Mapping[str, float] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def fill(
    db: Database,
    scale: Scale = "small",
    seed: int = 1,
    today: date | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    *,
    seeders: Iterable[str | Seeder] | None = None,
) -> DemoSummary:
    """Fill an empty database with demo data; the same seed and ``today`` give the same rows.

    ``progress(done, total)`` is called after each chunk, from the calling thread;
    ``total`` counts rows plus one per seeder. ``cancelled()`` is asked before each
    chunk. ``seeders`` replaces :data:`EXTRA_SEEDERS`.
    Raises :class:`DatabaseNotEmpty` (an ``InvalidInput``) when the database already
    holds records, :class:`DemoCancelled` on a cancel; both leave it unchanged.
    """
    if scale not in SCALES:
        raise InvalidInput("scale", f"must be one of {', '.join(SCALES)}")
    today = today or date.today()
    extra = resolve_seeders(EXTRA_SEEDERS if seeders is None else seeders)
    steps = feature_steps()
    fresh = [t for step in steps for t in step.fresh]
    started = time.perf_counter()
    with db.session() as session, _roomy_page_cache(session.connection()) as connection:
        run = _Run(connection, progress, cancelled)
        _refuse_unless_empty(connection, fresh)
        ctx = DemoContext(connection, scale, seed, today)
        plans = [step.plan(ctx) for step in steps]
        run.total = sum(p.rows for p in plans) + len(extra)
        run.report()
        for plan in plans:
            run.write(plan.chunks)
        if extra:
            run.seed(_JoinedDatabase.around(db, connection), extra, ctx, fresh)
        run.check_cancel()
    return DemoSummary(
        scale=scale,
        seed=seed,
        today=today,
        rows=dict(run.rows),
        table_seconds=dict(run.table_seconds),
        seeder_seconds=dict(run.seeder_seconds),
        seconds=time.perf_counter() - started,
    )


def resolve_seeders(entries: Iterable[str | Seeder]) -> list[tuple[str, Seeder]]:
    """Named seeders, importing each dotted name; those whose module is absent are skipped.

    A module that exists but fails to import, or lacks the named function, is a bug and
    raises.
    """
    found: list[tuple[str, Seeder]] = []
    for entry in entries:
        if not isinstance(entry, str):
            found.append((getattr(entry, "__qualname__", repr(entry)), entry))
            continue
        module_name, _, attribute = entry.rpartition(".")
        try:
            spec = importlib.util.find_spec(module_name)
        except ModuleNotFoundError:  # a parent package is missing
            spec = None
        if spec is None:
            continue
        seeder = getattr(importlib.import_module(module_name), attribute)
        if not callable(seeder):
            raise TypeError(f"demo seeder {entry} is not callable")
        found.append((entry, cast(Seeder, seeder)))
    return found


@contextmanager
def _roomy_page_cache(connection: Connection) -> Iterator[Connection]:
    """A larger SQLite page cache while the fill runs, then the connection's own again.

    Random UUIDs land all over their unique index; once a million-row index outgrows
    the default 2 MiB cache every insert reads pages back from disk (measured: ~15%
    slower for a million rows).
    """
    if connection.dialect.name != "sqlite":
        yield connection
        return
    previous = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size={-FILL_CACHE_KIB}")
    try:
        yield connection
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(previous)}")


def _refuse_unless_empty(connection: Connection, fresh: list[Table]) -> None:
    # Only the steps' own tables: migrations seed reference rows elsewhere (platforms
    # now, maybe more later) that an otherwise empty database rightly holds.
    for table in fresh:
        if connection.execute(select(table).limit(1)).first() is not None:
            raise DatabaseNotEmpty(table.name)


class _Run:
    """The bookkeeping of one fill: counts, timings, progress and cancel."""

    def __init__(
        self, connection: Connection, progress: ProgressFn | None, cancelled: CancelledFn | None
    ) -> None:
        self.connection = connection
        self.progress = progress
        self.cancelled = cancelled
        self.done = 0
        self.total = 0
        self.rows: dict[str, int] = {}
        self.table_seconds: dict[str, float] = {}
        self.seeder_seconds: dict[str, float] = {}

    def report(self) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total)

    def check_cancel(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise DemoCancelled("Demo data cancelled; the database was left as it was.")

    def _count(self, table: str, rows: int, seconds: float) -> None:
        self.rows[table] = self.rows.get(table, 0) + rows
        self.table_seconds[table] = self.table_seconds.get(table, 0.0) + seconds

    def write(self, chunks: Iterator[Chunk]) -> None:
        while True:
            self.check_cancel()
            t0 = time.perf_counter()
            chunk = next(chunks, None)  # generating the rows counts towards the table's time
            if chunk is None:
                return
            if chunk.rows:
                self.connection.execute(insert(chunk.table), list(chunk.rows))
            self._count(chunk.table.name, len(chunk.rows), time.perf_counter() - t0)
            self.done += len(chunk.rows)
            self.report()

    def seed(
        self,
        db: Database,
        seeders: list[tuple[str, Seeder]],
        ctx: DemoContext,
        fresh: list[Table],
    ) -> None:
        present = set(inspect(self.connection).get_table_names())
        # Only the seeders' own tables are counted: the shared ones may be huge.
        others = [
            t
            for t in Base.metadata.sorted_tables
            if t.name in present and t not in fresh and t.name != "platforms"
        ]
        for name, seeder in seeders:
            self.check_cancel()
            before = self._table_counts(others)
            t0 = time.perf_counter()
            seeder(db, ctx.today, ctx.rng(name))
            self.seeder_seconds[name] = time.perf_counter() - t0
            for table, count in self._table_counts(others).items():
                if count != before[table]:
                    self._count(table, count - before[table], 0.0)
            self.done += 1
            self.report()

    def _table_counts(self, tables: list[Table]) -> dict[str, int]:
        return {
            t.name: self.connection.execute(select(func.count()).select_from(t)).scalar_one()
            for t in tables
        }


class _JoinedDatabase(Database):
    """The caller's database whose sessions join the demo's open transaction.

    Each ``session()`` runs in a SAVEPOINT, so a seeder's commit stays inside the fill
    and a later error or cancel still undoes everything.
    """

    @classmethod
    def around(cls, db: Database, connection: Connection) -> _JoinedDatabase:
        joined = cls(url=db.url, engine=db.engine, path=db.path, journal_mode=db.journal_mode)
        joined._sessions = sessionmaker(
            bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint"
        )
        # Reads too: a separate reading connection would not see the fill's rows yet.
        joined._read_sessions = joined._sessions
        return joined

    def close(self) -> None:
        """The fill owns the connection; a seeder must not dispose of the engine."""
