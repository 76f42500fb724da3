"""Undoable edits through services, shared by the Strategy panels.

Each helper is called after the first change succeeded (so bad input was reported in
the form), and pushes a ServiceCommand whose first redo does nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.db.errors import DatabaseProblem
from app.validation import InvalidInput
from ui.errors import show_error
from ui.strategy.form_dialog import FormDialog
from ui.strategy.labels import labelled
from ui.undo import ServiceCommand

if TYPE_CHECKING:  # the core's services load only once a database opens
    from app.workspace import Workspace

Snapshot = TypeVar("Snapshot")
Draft = TypeVar("Draft")


class Editor:
    """The workspace, the shared undo stack, and how to report a problem and reload."""

    def __init__(self, undo_stack: QUndoStack, widget: QWidget, reload: Callable[[], None]):
        self.undo_stack = undo_stack
        self.widget = widget
        self.reload = reload
        self.workspace: Workspace | None = None

    def report(self, exc: BaseException) -> None:
        """Tell the user, then show what is saved now (after a stale or vanished record)."""
        show_error(self.widget, labelled(exc) if isinstance(exc, InvalidInput) else exc)
        if isinstance(exc, DatabaseProblem):
            self.reload()

    def attempt(self, fn: Callable[[], Any]) -> bool:
        """Run a service call made outside a form; report a database problem."""
        try:
            fn()
        except DatabaseProblem as exc:
            self.report(exc)
            return False
        return True

    def push(self, text: str, redo: Callable[[], object], undo: Callable[[], object]) -> None:
        self.undo_stack.push(ServiceCommand(text, redo, undo, self._undo_failed, self.reload))

    def _undo_failed(self, exc: BaseException) -> None:
        # An undo can meet a rule broken since (a pillar share taken meanwhile, say).
        show_error(self.widget, labelled(exc) if isinstance(exc, InvalidInput) else exc)

    def added(
        self,
        text: str,
        remove: Callable[[], Snapshot],
        restore: Callable[[Snapshot], object],
    ) -> None:
        """Undo removes what was added (keeping a snapshot); redo restores the snapshot."""
        snapshot: list[Snapshot] = []

        def undo() -> None:
            snapshot[:] = [remove()]

        self.push(text, lambda: restore(snapshot[0]), undo)

    def removed(
        self,
        text: str,
        first: Snapshot,
        remove: Callable[[], Snapshot],
        restore: Callable[[Snapshot], object],
    ) -> None:
        """``first`` is what the removal already done returned."""
        snapshot = [first]

        def redo() -> None:
            snapshot[0] = remove()

        self.push(text, redo, lambda: restore(snapshot[0]))

    def edited(
        self, text: str, put: Callable[[Draft], object], before: Draft, after: Draft
    ) -> None:
        """``put(draft)`` saves a draft over whatever version is current."""
        self.push(text, lambda: put(after), lambda: put(before))

    def run(self, dialog: FormDialog) -> Any:
        """Show a form dialog; what its save returned, or None when cancelled or failed."""
        accepted = dialog.exec()
        if dialog.failed is not None:
            self.reload()
        return dialog.result_value if accepted else None
