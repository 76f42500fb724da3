"""The inbox's list dialogs (rules, saved replies): a table of records edited through
the shared kit (RecordActions), every change on the window's undo stack.

A modal dialog keeps the window's Edit menu out of reach, so it carries its own Undo and
Redo (buttons and Ctrl+Z / Ctrl+Shift+Z) over the same stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.team.rights import ASSIGN_INBOX
from ui.row_model import RowTableModel
from ui.widgets.dialog_undo import DialogUndo
from ui.widgets.editing import Editor
from ui.widgets.form_dialog import FormDialog
from ui.widgets.records import RecordActions, RecordOps
from ui.widgets.rights import RightsGate, section_buttons
from ui.widgets.table_section import TableSection

if TYPE_CHECKING:
    from app.workspace import Workspace


class Listed(Protocol):
    @property
    def uuid(self) -> str: ...

    @property
    def name(self) -> str: ...


Row = TypeVar("Row", bound=Listed)
Form = Callable[[Callable[[Any], Any]], FormDialog[Any, Any]]


class RecordListDialog(QDialog, Generic[Row]):
    """Subclasses give the rows (``rows``), the form for one record (``form``) and the
    texts of the undo entries (``undo_texts``: adding, editing, removing "%1").
    ``changed()`` runs after every reload (an edit, its undo or redo), for the tab."""

    def __init__(
        self,
        ws: Workspace,
        read_only: bool,
        model: RowTableModel[Row],
        stretch_column: int,
        ops: Callable[[Workspace], RecordOps[Any, Any, Any]],
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
        changed: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.changed = changed or (lambda: None)
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.editor = Editor(self.undo_stack, self, lambda: self.reload(), lambda: self.ws)
        self.records: RecordActions[Any, Any, Any] = RecordActions(self.editor, ops, self._show)
        self.model = model
        self.section: TableSection[Row] = TableSection(
            model, stretch_column, self.section_title, self.add_text, self
        )
        self.section.add_requested.connect(self.add)
        self.section.edit_requested.connect(self.edit)
        self.section.remove_requested.connect(self.remove)
        self.undo = DialogUndo(self, self.undo_stack)
        self.undo_action, self.redo_action = self.undo.undo_action, self.undo.redo_action
        self.undo_button, self.redo_button = self.undo.undo_button, self.undo.redo_button
        self.undo.add_to(self.section.bar)
        for widget in (
            self.section.add_button,
            self.section.edit_button,
            self.section.remove_button,
            self.undo_button,
            self.redo_button,
        ):
            widget.setVisible(not read_only)
        # Rules and saved replies are written with the triage right (the core checks it).
        self.rights = RightsGate(self)
        self.rights.register_all(section_buttons(self.section), ASSIGN_INBOX)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.section, 1)
        layout.addWidget(buttons)

    # What subclasses give -------------------------------------------------------------
    def section_title(self) -> str:
        raise NotImplementedError

    def add_text(self) -> str:
        raise NotImplementedError

    def rows(self, ws: Workspace) -> list[Row]:
        raise NotImplementedError

    def form(self, initial: Row | None) -> Form:
        raise NotImplementedError

    def undo_texts(self) -> tuple[str, str, str]:
        raise NotImplementedError

    # Editing --------------------------------------------------------------------------
    def reload(self) -> None:
        self.section.set_rows(self.rows(self.ws))
        self.changed()

    def _show(self, uuid: str | None) -> None:
        self.reload()
        if uuid:
            self.section.select(uuid)

    def add(self) -> None:
        text = self.undo_texts()[0]
        self.records.add(self.form(None), lambda row: text.replace("%1", row.name))

    def edit(self, row: Row) -> None:
        text = self.undo_texts()[1]
        self.records.edit(row, self.form(row), lambda after: text.replace("%1", after.name))

    def remove(self, row: Row) -> None:
        # No question first: the removal is one Ctrl+Z away.
        self.records.remove(row, self.undo_texts()[2].replace("%1", row.name))

    def retranslate(self) -> None:
        self.section.retranslate()
        self.undo.retranslate()
