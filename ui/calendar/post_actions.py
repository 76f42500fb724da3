"""What the calendar does to posts, each change on the window's undo stack: new, edit,
remove (the editing kit's commands), workflow actions and moves (the commands below).

A refusal by the core (a right the acting member lacks, a step the workflow does not
allow, a record changed meanwhile) is shown to the user and nothing changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.db.errors import DatabaseProblem
from app.validation import InvalidInput
from ui.calendar.items import Chip
from ui.calendar.labels import action_label
from ui.calendar.post_editor import EditorChoices, PostEditor
from ui.widgets.editing import Editor
from ui.widgets.records import EditedCommand, RecordActions, RecordCommand, RecordOps

if TYPE_CHECKING:
    from app.calendar.posts import PostsService
    from app.calendar.types import PostDetail, Rescheduled, TransitionResult
    from app.workspace import Workspace

DEFAULT_TIME = time(10, 0)  # a post dropped on a day with no time of its own


class ActionCommand(RecordCommand):
    """A workflow step (submit, approve, reject …): undo takes it back in the core."""

    def __init__(self, editor: Editor, posts: PostsService, result: TransitionResult, reason: str):
        super().__init__(
            QCoreApplication.translate("PostActions", "%1 “%2”")
            .replace("%1", action_label(result.action).rstrip("…"))
            .replace("%2", result.post.title),
            editor,
        )
        self.posts, self.result, self.reason = posts, result, reason

    def undo_change(self) -> None:
        result = self.result
        current = self.posts.get(result.post.uuid)
        if current.version != result.post.version and current.draft() == result.post.draft():
            # Edits made after the action and undone since moved only the version on:
            # the post is as the action left it, so the action can be taken back.
            result = replace(result, post=current)
        self.posts.undo_action(result)

    def do(self) -> None:
        current = self.posts.get(self.result.post.uuid)
        self.result = self.posts.act(current.uuid, current.version, self.result.action, self.reason)


class MoveCommand(RecordCommand):
    """A post moved to another day or time; undo moves it back."""

    def __init__(self, editor: Editor, posts: PostsService, moved: Rescheduled, when: datetime):
        super().__init__(
            QCoreApplication.translate("PostActions", "Move “%1”").replace("%1", moved.post.title),
            editor,
        )
        self.posts, self.moved, self.when = posts, moved, when

    def _move(self, when: datetime | None) -> None:
        uuid = self.moved.post.uuid
        current = self.posts.get(uuid)
        self.posts.reschedule(uuid, current.version, when, self.moved.target_uuid)

    def undo_change(self) -> None:
        self._move(self.moved.before)

    def do(self) -> None:
        self._move(self.when)


class PostActions:
    """New, open, remove, act on and move posts for the calendar tab."""

    def __init__(self, editor: Editor, choices: Callable[[], EditorChoices]) -> None:
        self.editor = editor
        self.choices = choices
        self.read_only = False
        self.records: RecordActions[Any, Any, Any] = RecordActions(
            editor, lambda ws: RecordOps.of(ws.calendar.posts), self._show
        )
        self.shown: Callable[[str | None], None] = lambda _uuid: editor.reload()
        self.dialog: PostEditor | None = None

    def _show(self, uuid: str | None) -> None:
        self.shown(uuid)

    def _posts(self) -> PostsService | None:
        ws: Workspace | None = self.editor.workspace
        return None if ws is None else ws.calendar.posts

    # New and edit -----------------------------------------------------------------
    def new_post(self, day: date | None = None) -> PostEditor | None:
        if self.read_only or self.editor.workspace is None:
            return None
        when = None if day is None else datetime.combine(day, DEFAULT_TIME).astimezone()
        made: list[PostEditor] = []

        def dialog(save: Callable[[Any], Any]) -> PostEditor:
            made.append(PostEditor(save, self.choices(), None, when, self.editor.widget))
            return made[0]

        self.records.add(
            dialog,
            lambda info: QCoreApplication.translate("PostActions", "New post “%1”").replace(
                "%1", info.title
            ),
        )
        self.dialog = made[0] if made else None
        return self.dialog

    def open_post(self, detail: PostDetail) -> PostEditor | None:
        posts = self._posts()
        ws = self.editor.workspace
        if posts is None or ws is None:
            return None
        holder: list[PostEditor] = []

        def save(draft: Any) -> PostDetail:
            current = holder[0].detail  # after a workflow action, its newer version
            assert current is not None
            return posts.update(current.uuid, current.version, draft)

        dialog = PostEditor(save, self.choices(), detail, None, self.editor.widget)
        holder.append(dialog)
        dialog.set_read_only(self.read_only)
        dialog.review.acted.connect(lambda action, reason: self.act(dialog, action, reason))
        dialog.review.commented.connect(lambda body: self.comment(dialog, body))
        ops = RecordOps.of(posts)

        def done(after: PostDetail) -> None:
            before = dialog.detail or detail
            text = QCoreApplication.translate("PostActions", "Edit “%1”").replace("%1", after.title)
            self.editor.push(EditedCommand(text, self.editor, ops, before, after))
            self._show(after.uuid)

        self.editor.open(dialog, done)
        self.dialog = dialog
        return dialog

    # Workflow and comments ------------------------------------------------------------
    def act(self, dialog: PostEditor | None, action: str, reason: str = "", uuid: str = "") -> None:
        posts = self._posts()
        detail = dialog.detail if dialog is not None else None
        if posts is None:
            return
        try:
            current = detail or posts.get(uuid)
            result = posts.act(current.uuid, current.version, action, reason)
        except (DatabaseProblem, InvalidInput) as exc:
            self.editor.report(exc)
            return
        self.editor.push(ActionCommand(self.editor, posts, result, reason))
        if dialog is not None:
            dialog.show_detail(result.post)
        self._show(result.post.uuid)

    def comment(self, dialog: PostEditor, body: str) -> None:
        posts = self._posts()
        if posts is None or dialog.detail is None:
            return
        uuid = dialog.detail.uuid
        if self.editor.attempt(lambda: posts.add_comment(uuid, body)) is not None:
            dialog.show_detail(posts.get(uuid))

    # Remove and move ----------------------------------------------------------------
    def remove(self, detail: PostDetail) -> None:
        if self.read_only:
            return
        self.records.remove(
            detail,
            QCoreApplication.translate("PostActions", "Remove “%1”").replace("%1", detail.title),
            (
                QCoreApplication.translate("PostActions", "Remove post"),
                QCoreApplication.translate(
                    "PostActions", "Remove “%1” and its steps, comments and history?"
                ).replace("%1", detail.title),
            ),
        )

    def move(self, chip: Chip, day: date) -> bool:
        """Move ``chip``'s post to ``day`` at the same time of day; True when it moved."""
        posts = self._posts()
        if posts is None or self.read_only:
            return False
        when = datetime.combine(day, chip.time or DEFAULT_TIME).astimezone()
        try:
            current = posts.get(chip.post_uuid)
            moved = posts.reschedule(current.uuid, current.version, when)
        except (DatabaseProblem, InvalidInput) as exc:
            self.editor.report(exc)
            return False
        self.editor.push(MoveCommand(self.editor, posts, moved, when))
        self._show(chip.post_uuid)
        return True
