"""Reading the list's next page before the view asks for it.

The view asks for more rows (``fetchMore``) only when the user scrolls near the end of
what is loaded, and waits for the read on the GUI thread. ``Prefetched`` wraps a page
source: each time a page is handed out, the one after it is read on the worker, so the
next ``fetchMore`` finds it ready and scrolling never waits for SQL. A page asked for
before its read is back is read at once, as without prefetching.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ui.tasks import TaskRunner

PREFETCH_QUERY = "inbox.prefetch"


class Prefetched:
    def __init__(
        self, read: Callable[[int, int, Any], Sequence[Any]], runner: TaskRunner, label: str
    ) -> None:
        self._read, self._runner, self._label = read, runner, label
        self._ready: tuple[tuple[int, str | None], Sequence[Any]] | None = None
        self.hits = 0  # pages handed out without waiting (for the benchmark)

    @staticmethod
    def _key(offset: int, after: Any) -> tuple[int, str | None]:
        return offset, getattr(after, "uuid", None)

    def __call__(self, offset: int, limit: int, after: Any) -> Sequence[Any]:
        ready, self._ready = self._ready, None
        if ready is not None and ready[0] == self._key(offset, after) and len(ready[1]) <= limit:
            page = ready[1]
            self.hits += 1
        else:
            page = self._read(offset, limit, after)
        if len(page) == limit:
            self.prefetch(offset + len(page), limit, page[-1])
        return page

    def prefetch(self, offset: int, limit: int, after: Any) -> None:
        """Read the page at ``offset`` (after row ``after``) on the worker."""
        key = self._key(offset, after)

        def keep(page: Sequence[Any]) -> None:
            self._ready = (key, page)

        self._runner.query(
            PREFETCH_QUERY,
            lambda: self._read(offset, limit, after),
            keep,
            label=self._label,
            on_failure=_ignore,
        )

    def ready(self) -> bool:
        return self._ready is not None


def _ignore(_exc: BaseException) -> None:
    # A prefetch that fails is read again when the view asks, and reported then.
    return None
