"""What a tab's record editing shares: the workspace, the undo stack, the widget that owns
dialogs and messages, how to reload, and how the feature names its fields.

Dialogs open non-blocking (``open()``): the caller's ``done`` runs from the dialog's
``finished`` signal, so nothing waits in a nested event loop and tests wait on signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.db.errors import DatabaseProblem
from app.validation import InvalidInput
from ui.errors import show_error
from ui.widgets.form_dialog import FormDialog, same_field

if TYPE_CHECKING:  # the core's services load only once a database opens
    from app.workspace import Workspace

T = TypeVar("T")
DraftT = TypeVar("DraftT")
ResultT = TypeVar("ResultT")


class Editor:
    def __init__(
        self,
        undo_stack: QUndoStack,
        widget: QWidget,
        reload: Callable[[], None],
        workspace: Callable[[], Workspace | None],
        relabel: Callable[[InvalidInput], InvalidInput] = same_field,
    ) -> None:
        self.undo_stack = undo_stack
        self.widget = widget
        self._reload = reload
        self._workspace = workspace
        self.relabel = relabel
        self.open_dialog: QDialog | None = None  # the one shown now, if any

    @property
    def workspace(self) -> Workspace | None:
        return self._workspace()

    def alive(self) -> bool:
        """False once the widget is gone (a closed dialog whose edits stay undoable)."""
        return shiboken6.isValid(self.widget)

    def reload(self) -> None:
        if self.alive():
            self._reload()

    def _parent(self) -> QWidget | None:
        return self.widget if self.alive() else None

    def report(self, exc: BaseException) -> None:
        """Tell the user, then show what is saved now (after a stale or vanished record)."""
        show_error(self._parent(), self.relabel(exc) if isinstance(exc, InvalidInput) else exc)
        if isinstance(exc, DatabaseProblem):
            self.reload()

    def attempt(self, fn: Callable[[], T]) -> T | None:
        """Run a service call made outside a form: its result, or None after reporting a
        database problem."""
        try:
            return fn()
        except DatabaseProblem as exc:
            self.report(exc)
            return None

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def undo_failed(self, exc: BaseException) -> None:
        # An undo can meet a rule broken since (a pillar share taken meanwhile, say).
        show_error(self._parent(), self.relabel(exc) if isinstance(exc, InvalidInput) else exc)

    def open(self, dialog: FormDialog[DraftT, ResultT], done: Callable[[ResultT], None]) -> None:
        """Show a form dialog; ``done(saved)`` runs once it closed after a save."""
        dialog.relabel = self.relabel

        def finished(code: int) -> None:
            self.open_dialog = None
            dialog.deleteLater()
            if dialog.failed is not None:
                self.reload()
            elif code == QDialog.DialogCode.Accepted and dialog.saved is not None:
                done(dialog.saved)

        dialog.finished.connect(finished)
        self.open_dialog = dialog
        dialog.open()

    def confirm(self, title: str, text: str, then: Callable[[], None]) -> None:
        """Ask a yes/no question; ``then()`` runs after a Yes."""
        yes = QMessageBox.StandardButton.Yes
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            yes | QMessageBox.StandardButton.No,
            self.widget,
        )

        def finished(_code: int) -> None:
            self.open_dialog = None
            said_yes = box.clickedButton() is box.button(yes)
            box.deleteLater()
            if said_yes:
                then()

        box.finished.connect(finished)
        self.open_dialog = box
        box.open()
