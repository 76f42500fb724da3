"""The list view's next page, read before the view asks for it.

Qt's view asks for more rows (``fetchMore``) when the user scrolls near the end of what
is loaded, and would wait for the read on the GUI thread. ``ReadAhead`` wraps the list's
page source: each time a page is handed out, the one after it is read on the worker,
so the next ``fetchMore`` finds it ready. A page asked for before its read is back (or
in another order than read ahead) is read at once, as without reading ahead. As the
inbox does (ui/inbox/prefetch.py), with the calendar's own query purpose, so that the
two lists never drop each other's reads on the shared runner.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer

from app.calendar.types import PostSummary
from ui.calendar.list_view import ListSource
from ui.tasks import TaskRunner

LIST_AHEAD_QUERY = "calendar.list.ahead"

PageKey = tuple[int, int, str, bool]  # offset, limit, sort key, descending


class ReadAhead:
    def __init__(self, read: ListSource, runner: TaskRunner, label: str = "") -> None:
        self._read, self._runner, self._label = read, runner, label
        self._ready: tuple[PageKey, Sequence[PostSummary]] | None = None
        self.hits = 0  # pages handed out without waiting (tests, benchmark)
        self.closed = False

    def close(self) -> None:
        """Another list is shown (another filter, sort or database): read nothing more."""
        self.closed = True
        self._ready = None
        self._runner.drop(LIST_AHEAD_QUERY)

    def __call__(
        self, offset: int, limit: int, key: str, descending: bool
    ) -> Sequence[PostSummary]:
        ready, self._ready = self._ready, None
        if ready is not None and ready[0] == (offset, limit, key, descending):
            page = ready[1]
            self.hits += 1
        else:
            page = self._read(offset, limit, key, descending)
        if len(page) == limit:  # a full page: there may be more
            want = (offset + limit, limit, key, descending)
            # Asked for once the event loop runs again, after the rows are painted: a
            # read on the worker meanwhile would slow the paint (one Python at a time).
            QTimer.singleShot(0, self._runner, lambda: self.read_ahead(want))
        return page

    def ready(self) -> bool:
        """The next page is read and waiting for the view."""
        return self._ready is not None

    def read_ahead(self, want: PageKey) -> None:
        if self.closed:
            return

        def keep(page: Sequence[PostSummary]) -> None:
            self._ready = (want, page)

        self._runner.query(
            LIST_AHEAD_QUERY,
            lambda: self._read(*want),
            keep,
            label=self._label,
            on_failure=_ignore,
        )


def _ignore(_exc: BaseException) -> None:
    # A page read ahead that fails is read again when the view asks, and reported then.
    return None
