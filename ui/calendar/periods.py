"""The periods next to the one shown, read ahead: after a month (or week) shows, the one
before and the one after are read on the worker and kept here, so that stepping to
them shows them at once, without waiting for the database.

What is kept is forgotten (``drop``) whenever what it shows can have changed: an edit
or an undo (the undo stack moved), another filter, another database, a reload. A read
started before a drop is never kept: each read carries the generation it started in,
and a drop starts a new one.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from typing import TypeAlias

from app.calendar.types import PostFilter
from ui.calendar.reads import ViewData
from ui.tasks import TaskRunner

# The first and last day shown, with the filter: what a view's read depends on.
PeriodKey: TypeAlias = tuple[date, date, PostFilter]
# One purpose per side, so that reading the one after never skips the one before.
PREFETCH_QUERIES = ("calendar.prefetch.before", "calendar.prefetch.after")
KEEP = 6  # the periods around the one shown, and a few steps back
# Chips say "past due" by the clock and another user may edit the same (PostgreSQL)
# database: an older read is read again, as a period never read ahead would be.
MAX_AGE_S = 120.0


class PeriodCache:
    def __init__(self, runner: TaskRunner) -> None:
        self.runner = runner
        self.generation = 0
        self._kept: OrderedDict[PeriodKey, tuple[float, ViewData]] = OrderedDict()
        self.hits = 0  # periods shown without a read (for the benchmark and tests)

    def drop(self) -> None:
        """Forget every period kept, and any read ahead still under way."""
        self.generation += 1
        self._kept.clear()
        for purpose in PREFETCH_QUERIES:
            self.runner.drop(purpose)

    def get(self, key: PeriodKey) -> ViewData | None:
        kept = self._kept.get(key)
        if kept is None:
            return None
        if time.monotonic() - kept[0] > MAX_AGE_S:
            del self._kept[key]
            return None
        self._kept.move_to_end(key)
        self.hits += 1
        return kept[1]

    def has(self, key: PeriodKey) -> bool:
        kept = self._kept.get(key)
        return kept is not None and time.monotonic() - kept[0] <= MAX_AGE_S

    def put(self, key: PeriodKey, data: ViewData, generation: int) -> None:
        """Keep ``data``, read in ``generation``: nothing, if a drop came since."""
        if generation != self.generation:
            return
        self._kept[key] = (time.monotonic(), data)
        self._kept.move_to_end(key)
        while len(self._kept) > KEEP:
            self._kept.popitem(last=False)

    def read_ahead(
        self,
        before: PeriodKey,
        after: PeriodKey,
        load: Callable[[PeriodKey], ViewData],
        label: str = "",
    ) -> None:
        """Read the periods ``before`` and ``after`` the one shown on the worker (those
        not kept already), the one after first: users step forward more often."""
        for purpose, key in ((PREFETCH_QUERIES[1], after), (PREFETCH_QUERIES[0], before)):
            if not self.has(key):
                self._read(purpose, key, load, label)

    def _read(
        self, purpose: str, key: PeriodKey, load: Callable[[PeriodKey], ViewData], label: str
    ) -> None:
        generation = self.generation
        self.runner.query(
            purpose,
            lambda: load(key),
            lambda data: self.put(key, data, generation),
            label=label,
            on_failure=_ignore,
        )


def _ignore(_exc: BaseException) -> None:
    # A read ahead that fails is read again when the user steps there, and reported then.
    return None
