"""Building blocks of demo data: steps that write tables in chunks of row dicts.

A step plans cheaply first (how many rows it will write, for progress) and then yields
:class:`Chunk` objects lazily. The runner in :mod:`app.demo` inserts each chunk before it
asks for the next, so a step can read back the ids of rows it (or an earlier step) has
just written. A table added by a later issue plugs in as one more :class:`Step`.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import islice
from typing import Any, Literal

from sqlalchemy import Connection, Table

from app.db.base import Base

Scale = Literal["small", "large"]
SCALES: tuple[Scale, ...] = ("small", "large")

Row = dict[str, Any]

# Big enough that per-statement overhead vanishes, small enough that a cancel is prompt
# and a million-row table never sits in memory at once.
CHUNK_ROWS = 5000
# The small demo shows a few months around today; the large one three years of history.
HISTORY_YEARS = 3


@dataclass(frozen=True)
class Chunk:
    """Rows for one table; every row has the same keys (Core executemany needs that)."""

    table: Table
    rows: Sequence[Row]


@dataclass(frozen=True)
class Planned:
    """What a step will write: the exact row count, and the chunks (made lazily)."""

    rows: int
    chunks: Iterator[Chunk]


@dataclass(frozen=True)
class DemoContext:
    """What every step gets: the open transaction and the fill's parameters."""

    connection: Connection
    scale: Scale
    seed: int
    today: date

    def rng(self, name: str) -> random.Random:
        """A random stream of its own per step.

        Seeded by name as well as seed, so adding a step or a table later leaves the
        rows of every other step exactly as they were.
        """
        return random.Random(f"{self.seed}:{name}")

    @property
    def last_day(self) -> date:
        """The latest day a demo record may have been created or changed."""
        return self.today - timedelta(days=1)


@dataclass(frozen=True)
class Step:
    """One unit of demo data.

    ``fresh`` tables must be empty before a fill (the demo refuses otherwise); a step
    may also add to tables that already hold rows (such as platforms) without listing
    them there.
    """

    name: str
    fresh: tuple[Table, ...]
    plan: Callable[[DemoContext], Planned]


def table_of(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def demo_uuid(rng: random.Random) -> str:
    """A version-4 UUID drawn from ``rng``: unique in practice, and repeatable."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def moment(day: date, rng: random.Random) -> datetime:
    """A time in office hours (09:00–19:00 Beijing) on ``day``, as an aware UTC datetime."""
    return datetime(day.year, day.month, day.day, rng.randint(1, 10), rng.randrange(60), tzinfo=UTC)


def record(rng: random.Random, created: date, updated: date | None = None) -> Row:
    """The columns every Record row needs when written through Core."""
    made = moment(created, rng)
    changed = made if updated is None or updated <= created else moment(updated, rng)
    return {"uuid": demo_uuid(rng), "created_at": made, "updated_at": changed, "version": 1}


def day_between(rng: random.Random, first: date, last: date) -> date:
    """A day in ``[first, last]``; ``first`` when the range is empty."""
    span = (last - first).days
    return first + timedelta(days=rng.randint(0, span)) if span > 0 else first


def years_before(day: date, years: int) -> date:
    # 29 February has no twin in most years.
    return day.replace(year=day.year - years, day=min(day.day, 28))


def chunked(table: Table, rows: Iterable[Row], size: int = CHUNK_ROWS) -> Iterator[Chunk]:
    it = iter(rows)
    while batch := list(islice(it, size)):
        yield Chunk(table, batch)
