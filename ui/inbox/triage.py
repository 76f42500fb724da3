"""Triage of the selected messages, from the keyboard: the actions (with their keys in
menus and tooltips), the bulk edits and their undo.

Every triage edit goes through the service, which returns what the messages had; the
undo command puts that back (``restore_triage``) and its redo makes the edit again.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from app.inbox.types import PRIORITIES, SENTIMENTS, STATUSES, TriageOutcome, TriageState
from ui.inbox.labels import priority_names, sentiment_names, status_names
from ui.inbox.undo import SentimentCommand, sentiment_state
from ui.widgets.editing import Editor
from ui.widgets.records import RecordCommand

if TYPE_CHECKING:
    from app.inbox.service import InboxService


# Puts back what the messages had (``restore_triage`` unless the edit needs more).
Revert = Callable[["InboxService", tuple[TriageState, ...]], object]


class TriageCommand(RecordCommand):
    """One triage edit of some messages; undo restores what they had."""

    def __init__(
        self,
        text: str,
        editor: Editor,
        service: Callable[[], InboxService | None],
        apply: Callable[[InboxService], TriageOutcome],
        outcome: TriageOutcome,
        rows_changed: Callable[[list[str]], None],
        revert: Revert | None = None,
    ) -> None:
        super().__init__(text, editor)
        self._service, self._apply = service, apply
        self._revert: Revert = revert or (lambda inbox, before: inbox.restore_triage(before))
        self.before: tuple[TriageState, ...] = outcome.before
        self.uuids = [s.uuid for s in outcome.before]
        self._rows_changed = rows_changed

    def _inbox(self) -> InboxService:
        inbox = self._service()
        if inbox is None:
            raise RuntimeError("no database is open")
        return inbox

    def do(self) -> None:
        self.before = self._apply(self._inbox()).before
        self._rows_changed(self.uuids)

    def undo_change(self) -> None:
        self._revert(self._inbox(), self.before)
        self._rows_changed(self.uuids)


class Triage(QObject):
    """The actions on the message list. ``selected()`` gives the chosen messages'
    UUIDs, ``members()`` (uuid, name) to assign to, ``tags()`` the tags in use;
    ``changed(uuids)`` runs after an edit or its undo to show the new state."""

    def __init__(
        self,
        editor: Editor,
        view: QWidget,
        selected: Callable[[], list[str]],
        members: Callable[[], list[tuple[str, str]]],
        tags: Callable[[], list[str]],
        step: Callable[[int], None],
        reply: Callable[[], None],
    ) -> None:
        super().__init__(view)
        self.editor, self.view = editor, view
        self.selected, self.members, self.tags = selected, members, tags
        self.read_only = False
        # Shows the saved state of these messages in the list (after an undo, say).
        self.rows_changed: Callable[[list[str]], None] = lambda _uuids: None
        # Shows the alerts again (rules run on a selection may raise some).
        self.alerts_changed: Callable[[], None] = lambda: None

        def action(keys: str | None, slot: Callable[[], None], *, on_view: bool = True) -> QAction:
            a = QAction(view)
            if keys:
                a.setShortcut(QKeySequence(keys))
                # Only while the list has focus: the letters are typed in text boxes.
                a.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            a.triggered.connect(lambda _=False: slot())
            if on_view:
                view.addAction(a)
            return a

        self.next_action = action("J", lambda: step(1))
        self.previous_action = action("K", lambda: step(-1))
        self.assign_action = action("A", self.ask_assignee)
        self.assign_me_action = action("Shift+A", self.assign_to_me)
        self.close_action = action("C", self.close)
        self.reply_action = action("R", reply)
        self.tag_action = action("T", self.ask_tag)
        self.replied_action = action("M", self.mark_replied)
        self.rules_action = action(None, self.apply_rules)
        self.status_menu = QMenu(view)
        self.status_actions = {s: action(None, partial(self.set_status, s)) for s in STATUSES}
        for a in self.status_actions.values():
            self.status_menu.addAction(a)
        self.priority_menu = QMenu(view)
        self.priority_actions = {
            p: action(str(p + 1), partial(self.set_priority, p)) for p in reversed(PRIORITIES)
        }
        for a in self.priority_actions.values():
            self.priority_menu.addAction(a)
        self.sentiment_menu = QMenu(view)
        self.sentiment_actions = {
            s: action(None, partial(self.correct_sentiment, s)) for s in SENTIMENTS
        }
        for a in self.sentiment_actions.values():
            self.sentiment_menu.addAction(a)
        self.retranslate()

    def edit_actions(self) -> list[QAction]:
        """The actions that change messages (off in a read-only database)."""
        return [
            self.assign_action,
            self.assign_me_action,
            self.close_action,
            self.reply_action,
            self.tag_action,
            self.replied_action,
            self.rules_action,
            *self.status_actions.values(),
            *self.priority_actions.values(),
            *self.sentiment_actions.values(),
        ]

    def fill_menu(self, menu: QMenu) -> None:
        menu.addAction(self.next_action)
        menu.addAction(self.previous_action)
        menu.addSeparator()
        for a in (
            self.reply_action,
            self.assign_action,
            self.assign_me_action,
            self.close_action,
            self.tag_action,
        ):
            menu.addAction(a)
        menu.addAction(self.replied_action)
        menu.addMenu(self.status_menu)
        menu.addMenu(self.priority_menu)
        menu.addMenu(self.sentiment_menu)
        menu.addSeparator()
        menu.addAction(self.rules_action)

    def update(self, count: int) -> None:
        """Enable what fits ``count`` selected messages."""
        for a in self.edit_actions():
            a.setEnabled(count > 0 and not self.read_only)
        for menu in (self.status_menu, self.priority_menu, self.sentiment_menu):
            menu.setEnabled(count > 0 and not self.read_only)
        # One message at a time: replying, correcting a label.
        self.reply_action.setEnabled(count == 1 and not self.read_only)
        for a in self.sentiment_actions.values():
            a.setEnabled(count == 1 and not self.read_only)

    # Edits ------------------------------------------------------------------------
    def _inbox(self) -> InboxService | None:
        ws = self.editor.workspace
        return None if ws is None else ws.inbox

    def edit(
        self,
        text: str,
        apply: Callable[[InboxService], TriageOutcome],
        revert: Revert | None = None,
    ) -> None:
        """Make a triage edit now and put it on the undo stack."""
        inbox = self._inbox()
        if inbox is None or self.read_only:
            return
        outcome = self.editor.attempt(lambda: apply(inbox))
        if outcome is None:
            return
        command = TriageCommand(
            text, self.editor, self._inbox, apply, outcome, self.rows_changed, revert
        )
        self.editor.push(command)
        self.rows_changed(command.uuids)
        self.editor.reload()

    def assign(self, member_uuid: str | None, name: str = "") -> None:
        uuids = self.selected()
        if not uuids:
            return
        text = (
            self.tr("Assign %n message(s) to %1", "", len(uuids)).replace("%1", name)
            if member_uuid
            else self.tr("Unassign %n message(s)", "", len(uuids))
        )
        self.edit(text, lambda inbox: inbox.assign(uuids, member_uuid))

    def assign_to_me(self) -> None:
        ws = self.editor.workspace
        me = ws.acting.current() if ws is not None else None
        if me is not None:
            self.assign(me.uuid, me.name)

    def ask_assignee(self) -> None:
        """Ask whom to assign the selection to: a list of the team (type, Up/Down, Enter)."""
        if not self.selected():
            return
        nobody = self.tr("Nobody")
        members = self.members()
        by_name = {name: uuid for uuid, name in members}
        dialog = QInputDialog(self.view)
        dialog.setWindowTitle(self.tr("Assign messages"))
        dialog.setLabelText(self.tr("Assign to:"))
        dialog.setComboBoxItems([name for _uuid, name in members] + [nobody])
        dialog.setComboBoxEditable(False)

        def chosen(name: str) -> None:
            if name == nobody:
                self.assign(None)
            elif name in by_name:
                self.assign(by_name[name], name)

        dialog.textValueSelected.connect(chosen)
        dialog.finished.connect(lambda _c: dialog.deleteLater())
        self.assignee_dialog = dialog  # kept for tests and until it closes
        dialog.open()

    def close(self) -> None:
        uuids = self.selected()
        if uuids:
            text = self.tr("Close %n message(s)", "", len(uuids))
            self.edit(text, lambda inbox: inbox.close(uuids))

    def set_status(self, status: str) -> None:
        uuids = self.selected()
        if uuids:
            text = self.tr("Mark %n message(s) %1", "", len(uuids)).replace(
                "%1", status_names().get(status, status)
            )
            self.edit(text, lambda inbox: inbox.set_status(uuids, status))

    def set_priority(self, priority: int) -> None:
        uuids = self.selected()
        if uuids:
            text = self.tr("Set priority of %n message(s)", "", len(uuids))
            self.edit(text, lambda inbox: inbox.set_priority(uuids, priority))

    def add_tag(self, tag: str) -> None:
        uuids, tag = self.selected(), tag.strip()
        if uuids and tag:
            text = self.tr("Tag %n message(s) “%1”", "", len(uuids)).replace("%1", tag)
            self.edit(text, lambda inbox: inbox.add_tag(uuids, tag))

    def ask_tag(self) -> None:
        if not self.selected():
            return
        dialog = QInputDialog(self.view)
        dialog.setWindowTitle(self.tr("Tag messages"))
        dialog.setLabelText(self.tr("Tag:"))
        dialog.setComboBoxEditable(True)
        dialog.setComboBoxItems(self.tags())
        dialog.setTextValue("")
        dialog.textValueSelected.connect(self.add_tag)
        dialog.finished.connect(lambda _c: dialog.deleteLater())
        self.tag_dialog = dialog
        dialog.open()

    def mark_replied(self) -> None:
        uuids = self.selected()
        if uuids:
            text = self.tr("Mark %n message(s) answered", "", len(uuids))
            # Its undo forgets the first response too, not only the status.
            self.edit(
                text,
                lambda inbox: inbox.mark_replied(uuids),
                lambda inbox, before: inbox.unmark_replied(before),
            )

    def correct_sentiment(self, label: str) -> None:
        """Undoable: the undo puts back the label (and whether a person had set it)."""
        inbox, uuids = self._inbox(), self.selected()
        if inbox is None or len(uuids) != 1 or self.read_only:
            return
        before = self.editor.attempt(lambda: sentiment_state(inbox, uuids[0]))
        if before is None or (before.label == label and before.corrected):
            return
        if self.editor.attempt(lambda: inbox.correct_sentiment(uuids[0], label)) is None:
            return
        text = self.tr("Correct the sentiment to “%1”").replace(
            "%1", sentiment_names().get(label, label)
        )
        command = SentimentCommand(text, self.editor, before, label, self.rows_changed)
        self.editor.push(command)
        self.rows_changed(uuids)
        self.editor.reload()

    def apply_rules(self) -> None:
        inbox, uuids = self._inbox(), self.selected()
        if inbox is None or not uuids or self.read_only:
            return
        if self.editor.attempt(lambda: inbox.apply_rules(uuids)) is not None:
            self.rows_changed(uuids)
            self.alerts_changed()

    def retranslate(self) -> None:
        def name(a: QAction, text: str, tip: str = "") -> None:
            a.setText(text)
            keys = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = tip or text.replace("&", "").rstrip("…")
            a.setToolTip(f"{tip} ({keys})" if keys else tip)

        name(self.next_action, self.tr("&Next message"))
        name(self.previous_action, self.tr("&Previous message"))
        name(self.assign_action, self.tr("&Assign to…"))
        name(self.assign_me_action, self.tr("Assign to &me"))
        name(self.close_action, self.tr("&Close"))
        name(self.reply_action, self.tr("&Reply"))
        name(self.tag_action, self.tr("&Tag…"))
        name(self.replied_action, self.tr("Mark &answered elsewhere"))
        name(self.rules_action, self.tr("Run the &rules again"))
        self.status_menu.setTitle(self.tr("&Status"))
        self.priority_menu.setTitle(self.tr("&Priority"))
        self.sentiment_menu.setTitle(self.tr("Correct the &sentiment"))
        for code, a in self.status_actions.items():
            name(a, status_names().get(code, code))
        for p, a in self.priority_actions.items():
            name(a, priority_names().get(p, str(p)))
        for code, a in self.sentiment_actions.items():
            name(a, sentiment_names().get(code, code))
