"""Adding, editing and removing records through a service, each change undoable.

A service offers ``get / add / update / remove / restore`` (RecordOps names them when a
service spells them otherwise). The first change is made before its command is pushed,
so bad input is reported while the user is still in the dialog; a command's first
``redo`` then does nothing. Undo pairs: add ↔ remove, edit ↔ edit back (refused when the
record changed since), remove ↔ restore (one transaction in the service, same UUID).
A later undo or redo that fails reports the problem and marks the command obsolete so
the stack drops it instead of lying.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtGui import QUndoCommand

from app.db.errors import StaleEdit
from ui.widgets.editing import Editor
from ui.widgets.form_dialog import FormDialog

if TYPE_CHECKING:
    from app.workspace import Workspace


class Saved(Protocol):
    """What a service returns for a record: its UUID, version, and the draft of it."""

    @property
    def uuid(self) -> str: ...

    @property
    def version(self) -> int: ...

    def draft(self) -> Any: ...


InfoT = TypeVar("InfoT", bound=Saved)
DraftT = TypeVar("DraftT")
RemovedT = TypeVar("RemovedT")
InfoT_co = TypeVar("InfoT_co", bound=Saved, covariant=True)
DraftT_contra = TypeVar("DraftT_contra", contravariant=True)


class RecordService(Protocol[InfoT_co, DraftT_contra, RemovedT]):
    def get(self, uuid: str) -> InfoT_co: ...

    def add(self, draft: DraftT_contra) -> InfoT_co: ...

    def update(self, uuid: str, expected_version: int, draft: DraftT_contra) -> InfoT_co: ...

    def remove(self, uuid: str) -> RemovedT: ...

    def restore(self, removed: RemovedT) -> InfoT_co: ...


@dataclass(frozen=True)
class RecordOps(Generic[InfoT, DraftT, RemovedT]):
    get: Callable[[str], InfoT]
    add: Callable[[DraftT], InfoT]
    update: Callable[[str, int, DraftT], InfoT]
    remove: Callable[[str], RemovedT]
    restore: Callable[[RemovedT], InfoT]

    @classmethod
    def of(
        cls, service: RecordService[InfoT, DraftT, RemovedT]
    ) -> RecordOps[InfoT, DraftT, RemovedT]:
        return cls(service.get, service.add, service.update, service.remove, service.restore)


# Commands ----------------------------------------------------------------------------
class RecordCommand(QUndoCommand):
    """Subclasses implement ``do`` and ``undo_change``; failures are reported."""

    def __init__(self, text: str, editor: Editor) -> None:
        super().__init__(text)
        self.editor = editor
        self._first = True

    def do(self) -> None:
        raise NotImplementedError

    def undo_change(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.undo_change)

    def _run(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except Exception as exc:
            self.setObsolete(True)
            self.editor.undo_failed(exc)
        self.editor.reload()


class AddedCommand(RecordCommand, Generic[InfoT, DraftT, RemovedT]):
    def __init__(
        self, text: str, editor: Editor, ops: RecordOps[InfoT, DraftT, RemovedT], info: InfoT
    ) -> None:
        super().__init__(text, editor)
        self.ops, self.uuid = ops, info.uuid
        self.removed: RemovedT | None = None

    def undo_change(self) -> None:
        self.removed = self.ops.remove(self.uuid)

    def do(self) -> None:
        assert self.removed is not None
        self.ops.restore(self.removed)


class RemovedCommand(RecordCommand, Generic[InfoT, DraftT, RemovedT]):
    def __init__(
        self,
        text: str,
        editor: Editor,
        ops: RecordOps[InfoT, DraftT, RemovedT],
        uuid: str,
        removed: RemovedT,
    ) -> None:
        super().__init__(text, editor)
        self.ops, self.uuid, self.removed = ops, uuid, removed

    def undo_change(self) -> None:
        self.ops.restore(self.removed)

    def do(self) -> None:
        self.removed = self.ops.remove(self.uuid)


class EditedCommand(RecordCommand, Generic[InfoT, DraftT, RemovedT]):
    """Puts back the other draft, but only over the record as this command left it:
    a change made since (elsewhere, or by a command not undone) is not overwritten."""

    def __init__(
        self,
        text: str,
        editor: Editor,
        ops: RecordOps[InfoT, DraftT, RemovedT],
        before: InfoT,
        after: InfoT,
    ) -> None:
        super().__init__(text, editor)
        self.ops = ops
        self.before: DraftT = before.draft()
        self.after: DraftT = after.draft()
        self.last = after  # what this command's own last write saved

    def _put(self, draft: DraftT) -> None:
        current = self.ops.get(self.last.uuid)
        if current.draft() != self.last.draft():
            raise StaleEdit("The record changed since this edit.")
        self.last = self.ops.update(current.uuid, current.version, draft)

    def undo_change(self) -> None:
        self._put(self.before)

    def do(self) -> None:
        self._put(self.after)


# Actions -----------------------------------------------------------------------------
class RecordActions(Generic[InfoT, DraftT, RemovedT]):
    """Add / edit / remove one kind of record with undo. ``ops(workspace)`` gives the
    service calls as they apply now (``add`` may name the selected plan, say); ``show``
    reloads after a change and selects the UUID given (None after a removal)."""

    def __init__(
        self,
        editor: Editor,
        ops: Callable[[Workspace], RecordOps[InfoT, DraftT, RemovedT]],
        show: Callable[[str | None], None] | None = None,
    ) -> None:
        self.editor = editor
        self._ops = ops
        self._show = show or (lambda _uuid: editor.reload())

    def ops(self) -> RecordOps[InfoT, DraftT, RemovedT] | None:
        ws = self.editor.workspace
        return None if ws is None else self._ops(ws)

    def add(
        self,
        dialog: Callable[[Callable[[DraftT], InfoT]], FormDialog[DraftT, InfoT]],
        text: Callable[[InfoT], str],
    ) -> None:
        """Open ``dialog(save)``; after a save, push the undo and show the new record."""
        ops = self.ops()
        if ops is None:
            return
        self.editor.open(dialog(ops.add), lambda info: self.added(ops, info, text(info)))

    def added(self, ops: RecordOps[InfoT, DraftT, RemovedT], info: InfoT, text: str) -> None:
        """Record an addition already made (a copy, say) on the undo stack."""
        self.editor.push(AddedCommand(text, self.editor, ops, info))
        self._show(info.uuid)

    def edit(
        self,
        before: InfoT,
        dialog: Callable[[Callable[[DraftT], InfoT]], FormDialog[DraftT, InfoT]],
        text: Callable[[InfoT], str],
    ) -> None:
        """Open ``dialog(save)`` for ``before``; the save checks its version."""
        ops = self.ops()
        if ops is None:
            return

        def save(draft: DraftT) -> InfoT:
            return ops.update(before.uuid, before.version, draft)

        self.editor.open(dialog(save), lambda after: self.edited(before, after, text(after)))

    def edited(self, before: InfoT, after: InfoT, text: str) -> None:
        """Record an edit already saved (in place, say) on the undo stack."""
        ops = self.ops()
        if ops is None:
            return
        self.editor.push(EditedCommand(text, self.editor, ops, before, after))
        self._show(after.uuid)

    def remove(self, info: InfoT, text: str, confirm: tuple[str, str] | None = None) -> None:
        """Remove ``info`` (after a yes to ``confirm``'s title and question, if given)."""
        if confirm is None:
            self._remove(info, text)
        else:
            self.editor.confirm(*confirm, lambda: self._remove(info, text))

    def _remove(self, info: InfoT, text: str) -> None:
        ops = self.ops()
        if ops is None:
            return
        removed = self.editor.attempt(lambda: ops.remove(info.uuid))
        if removed is None:
            return
        self.editor.push(RemovedCommand(text, self.editor, ops, info.uuid, removed))
        self._show(None)
