"""Undo of the inbox edits that are not triage of a selection: a message's internal
notes, a sentiment correction, a logged reply, and the inbox settings.

Each command is pushed after its change is saved (so its first ``redo`` does nothing,
see ``RecordCommand``) and puts a value back only over what it left itself: a note or a
label changed since, by someone else or another edit, is not overwritten (StaleEdit,
reported, and the command dropped).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.db.errors import StaleEdit
from app.inbox.types import InboxFilter, SentimentState, SlaSettings, WithdrawnReply
from ui.widgets.editing import Editor
from ui.widgets.records import RecordCommand

if TYPE_CHECKING:
    from app.inbox.service import InboxService


def inbox_of(editor: Editor) -> InboxService:
    ws = editor.workspace
    if ws is None:
        raise RuntimeError("no database is open")
    return ws.inbox


class NotesCommand(RecordCommand):
    """The notes of a message went from ``before`` to ``after``."""

    def __init__(self, text: str, editor: Editor, uuid: str, before: str, after: str) -> None:
        super().__init__(text, editor)
        self.uuid, self.before, self.after = uuid, before, after

    def _put(self, expected: str, notes: str) -> None:
        inbox = inbox_of(self.editor)
        current = inbox.get_message(self.uuid)
        if current.notes != expected:
            raise StaleEdit("The notes of this message changed since.")
        inbox.set_notes(self.uuid, current.version, notes)

    def undo_change(self) -> None:
        self._put(self.after, self.before)

    def do(self) -> None:
        self._put(self.before, self.after)


def sentiment_state(inbox: InboxService, uuid: str) -> SentimentState | None:
    """The label a message has now (None: it is gone)."""
    rows = inbox.list_messages(InboxFilter(message_uuids=(uuid,)), 1)
    if not rows:
        return None
    row = rows[0]
    return SentimentState(uuid, row.sentiment, row.sentiment_confidence, row.sentiment_corrected)


class SentimentCommand(RecordCommand):
    """A message's label corrected to ``label`` from ``before``; ``rows_changed`` shows
    the message's row again after an undo or redo (it may no longer be selected)."""

    def __init__(
        self,
        text: str,
        editor: Editor,
        before: SentimentState,
        label: str,
        rows_changed: Callable[[list[str]], None],
    ) -> None:
        super().__init__(text, editor)
        self.before, self.label = before, label
        self._rows_changed = rows_changed

    def undo_change(self) -> None:
        inbox = inbox_of(self.editor)
        now = sentiment_state(inbox, self.before.uuid)
        if now is None or (now.label, now.corrected) != (self.label, True):
            raise StaleEdit("The sentiment of this message changed since.")
        inbox.restore_sentiment(self.before)
        self._rows_changed([self.before.uuid])

    def do(self) -> None:
        inbox_of(self.editor).correct_sentiment(self.before.uuid, self.label)
        self._rows_changed([self.before.uuid])


class ReplyCommand(RecordCommand):
    """A reply logged on a message whose status went from ``before`` to ``after``; undo
    takes it out of the log (and the first response with it, if it was the first)."""

    def __init__(
        self,
        text: str,
        editor: Editor,
        message_uuid: str,
        reply_uuid: str,
        statuses: tuple[str, str],
        rows_changed: Callable[[list[str]], None],
    ) -> None:
        super().__init__(text, editor)
        self.message_uuid, self.reply_uuid = message_uuid, reply_uuid
        self.before, self.after = statuses
        self.withdrawn: WithdrawnReply | None = None
        self._rows_changed = rows_changed

    def undo_change(self) -> None:
        inbox = inbox_of(self.editor)
        self.withdrawn = inbox.withdraw_reply(self.reply_uuid, self.after, self.before)
        self._rows_changed([self.message_uuid])

    def do(self) -> None:
        assert self.withdrawn is not None
        inbox_of(self.editor).relog_reply(self.withdrawn)
        self._rows_changed([self.message_uuid])


class SettingsCommand(RecordCommand):
    """The inbox settings went from ``before`` to ``after`` (the editor's reload then
    shows what follows: due times, overdue marks)."""

    def __init__(self, text: str, editor: Editor, before: SlaSettings, after: SlaSettings) -> None:
        super().__init__(text, editor)
        self.before, self.after = before, after

    def _put(self, expected: SlaSettings, settings: SlaSettings) -> None:
        inbox = inbox_of(self.editor)
        if inbox.sla_settings() != expected:
            raise StaleEdit("The inbox settings changed since.")
        inbox.save_sla_settings(settings)

    def undo_change(self) -> None:
        self._put(self.after, self.before)

    def do(self) -> None:
        self._put(self.before, self.after)
