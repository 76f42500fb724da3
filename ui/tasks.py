"""Running long work off the GUI thread.

``TaskRunner.run(work, on_success=...)`` runs ``work(progress)`` on one worker thread
(database work is serialised, as in Anki's operations), reports ``(done, total)`` and
delivers the result or the exception on the GUI thread. ``progress.cancelled`` lets
the work stop early; it then raises :class:`Cancelled`. Tests make the runner
synchronous so that a callback has run when ``run`` returns.

``TaskRunner.query(purpose, load, apply)`` is the same for reads a screen shows: ``load()``
runs on the worker, ``apply(result)`` on the GUI thread, and only the newest query of a
purpose is applied. Selecting plan B while plan A still loads never shows A: A's load
is skipped if it has not started, and its result is dropped if it has. A query shows
the busy state only when it takes long enough for a user to notice.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from threading import Event
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

T = TypeVar("T")
# A read quicker than this shows no progress bar: it would only flicker.
BUSY_AFTER_MS = 250


class Cancelled(Exception):
    """The user cancelled the work; nothing was saved."""


class Superseded(Exception):
    """A newer query of the same purpose was asked for before this one started."""


@dataclass
class Progress:
    """Handed to the work function: report progress, check for cancel."""

    _emit: Callable[[int, int], None]
    _cancel: Event = field(default_factory=Event)

    def update(self, done: int, total: int) -> None:
        self._emit(done, total)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class Task(QObject):
    """One piece of work; its public signals are emitted on the GUI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()
    # Emitted on the worker; connected to this object's own slots, so Qt queues them
    # to the thread the task lives in (the GUI thread).
    _worker_progress = Signal(int, int)
    # Two object signals rather than one (bool, object) signal: PySide6 6.12 frees
    # the bool of a queued (bool, object) emission once too often (a crash at exit).
    _worker_result = Signal(object)
    _worker_error = Signal(object)

    def __init__(self, label: str, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.label = label
        self.work = work
        # Reads are never cancelled by the user: a newer read replaces them instead.
        self.cancellable = True
        self.progress = Progress(self._worker_progress.emit)
        self._worker_progress.connect(self._on_progress)
        self._worker_result.connect(self._on_result)
        self._worker_error.connect(self._on_error)

    def cancel(self) -> None:
        self.progress._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self.progress.cancelled

    def execute(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._worker_error.emit(exc)
        else:
            self._worker_result.emit(result)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    @Slot(object)
    def _on_result(self, value: object) -> None:
        self.succeeded.emit(value)
        self.finished.emit()

    @Slot(object)
    def _on_error(self, exc: object) -> None:
        self.failed.emit(exc)
        self.finished.emit()


class TaskRunner(QObject):
    """Starts tasks; ``started``/``finished`` let the window show and hide its progress bar."""

    started = Signal(object)
    finished = Signal(object)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: set[Task] = set()
        self._generations: dict[str, int] = {}

    def run(
        self,
        label: str,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        busy_after_ms: int = 0,
        cancellable: bool = True,
    ) -> Task:
        """Run ``work``; the window shows it as busy at once, or after ``busy_after_ms``."""
        task = Task(label, work)
        task.cancellable = cancellable
        if on_success is not None:
            task.succeeded.connect(on_success)
        if on_failure is not None:
            task.failed.connect(on_failure)
        task.finished.connect(lambda: self._done(task))
        self._running.add(task)
        self._announce(task, busy_after_ms)
        if self.synchronous:
            task.execute()
        else:
            self._pool.start(task.execute)
        return task

    def _announce(self, task: Task, delay_ms: int) -> None:
        if delay_ms <= 0 or self.synchronous:
            self.started.emit(task)
            return

        def later() -> None:
            if task in self._running:
                self.started.emit(task)

        QTimer.singleShot(delay_ms, task, later)

    # Reads --------------------------------------------------------------------------
    def query(
        self,
        purpose: str,
        load: Callable[[], T],
        apply: Callable[[T], None],
        *,
        label: str = "",
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> Task:
        """Run ``load()`` on the worker and ``apply`` its result on the GUI thread, unless
        a newer query for ``purpose`` (or :meth:`drop`) came meanwhile.

        Without ``on_failure`` an error goes to ``sys.excepthook`` (the error dialog).
        """
        generation = self._generations.get(purpose, 0) + 1
        self._generations[purpose] = generation

        def current() -> bool:
            return self._generations.get(purpose) == generation

        def work(_progress: Progress) -> T:
            if not current():  # a newer query is queued behind this one: skip the read
                raise Superseded(purpose)
            return load()

        def succeeded(result: T) -> None:
            if current():
                apply(result)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Superseded) or not current():
                return
            if on_failure is not None:
                on_failure(exc)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)

        return self.run(
            label, work, succeeded, failed, busy_after_ms=BUSY_AFTER_MS, cancellable=False
        )

    def drop(self, purpose: str) -> None:
        """Forget the queries of ``purpose`` still under way: their results are not applied."""
        if purpose in self._generations:
            self._generations[purpose] += 1

    def _done(self, task: Task) -> None:
        self._running.discard(task)
        self.finished.emit(task)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """Cancel what runs, wait for it, and end the worker thread (at exit, in tests)."""
        for task in list(self._running):
            task.cancel()
        self._pool.waitForDone()
        self._pool.setExpiryTimeout(0)
        self._pool.clear()
