"""Undo commands that call services.

The first change is made before the command is pushed, so that bad input is reported
while the user is still in the dialog; the command's first ``redo`` then does nothing.
A later undo or redo that fails (the record changed elsewhere, say) reports the problem
and marks the command obsolete so the stack drops it instead of lying.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

ErrorSink = Callable[[BaseException], None]


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        redo: Callable[[], Any],
        undo: Callable[[], Any],
        on_error: ErrorSink,
        after: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo
        self._on_error = on_error
        self._after = after
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, fn: Callable[[], Any]) -> None:
        try:
            fn()
        except Exception as exc:
            self.setObsolete(True)
            self._on_error(exc)
        if self._after is not None:
            self._after()
