"""The review side of the post editor: status and the workflow actions it allows, the
checklist, decisions, comments and the post's history.

Actions and comments take effect at once (through the callbacks the tab gives, which
push the undo); the checklist is saved with the post's other fields."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.calendar.types import CheckDraft, CheckInfo, PostDetail
from app.calendar.workflow import REJECT, actions_for
from ui.calendar.labels import action_label, status_label
from ui.widgets.panel import Panel
from ui.widgets.rights import RightsGate


def stamp(at: object) -> str:
    from datetime import datetime

    return at.astimezone().strftime("%Y-%m-%d %H:%M") if isinstance(at, datetime) else ""


class ReviewPanel(Panel):
    acted = Signal(str, str)  # (action, reason): the user asked for a workflow step
    commented = Signal(str)  # a new comment's text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: PostDetail | None = None
        self.read_only = False
        self.status = QLabel(self)
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        self.reason = QLabel(self)
        self.reason.setObjectName("rejectionReason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #c92a2a;")
        self.action_row = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        self.rights = RightsGate(self)  # greys out the steps the acting member may not take
        self.checklist_label = QLabel(self)
        self.checklist = QListWidget(self)
        self.decisions_label = QLabel(self)
        self.decisions = QListWidget(self)
        self.comments_label = QLabel(self)
        self.comments = QListWidget(self)
        self.comment_box = QLineEdit(self)
        self.comment_box.returnPressed.connect(self._comment)
        self.comment_button = QPushButton(self)
        self.comment_button.clicked.connect(self._comment)
        self.history_label = QLabel(self)
        self.history = QListWidget(self)
        self.ask_reason: Callable[[], str | None] = self._ask_reason

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.checklist_label)
        left_layout.addWidget(self.checklist, 1)
        left_layout.addWidget(self.decisions_label)
        left_layout.addWidget(self.decisions, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.comments_label)
        right_layout.addWidget(self.comments, 2)
        row = QHBoxLayout()
        row.addWidget(self.comment_box, 1)
        row.addWidget(self.comment_button)
        right_layout.addLayout(row)
        right_layout.addWidget(self.history_label)
        right_layout.addWidget(self.history, 2)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.status)
        top.addStretch(1)
        top.addLayout(self.action_row)
        layout.addLayout(top)
        layout.addWidget(self.reason)
        layout.addWidget(split, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.checklist_label.setText(self.tr("Review checklist"))
        self.decisions_label.setText(self.tr("Decisions"))
        self.comments_label.setText(self.tr("Comments"))
        self.comment_box.setPlaceholderText(self.tr("Write a comment…"))
        self.comment_button.setText(self.tr("Comment"))
        self.history_label.setText(self.tr("History"))
        if self.detail is not None:
            self.show_post(self.detail)

    def show_post(self, detail: PostDetail | None, checklist: Sequence[str] = ()) -> None:
        """Show ``detail`` (None: a new post, whose checklist is the team's list)."""
        self.detail = detail
        status = detail.status if detail else "idea"
        self.status.setText(self.tr("Status: %1").replace("%1", status_label(status)))
        reason = detail.rejection_reason if detail else ""
        self.reason.setText(self.tr("Sent back: %1").replace("%1", reason) if reason else "")
        self.reason.setVisible(bool(reason))
        for button in self.action_buttons.values():
            self.action_row.removeWidget(button)
            button.deleteLater()
        self.action_buttons = {}
        if detail is not None:
            from app.calendar.review import right_for  # the database is open by now

            for action in actions_for(detail.status):
                button = QPushButton(action_label(action), self)
                button.clicked.connect(lambda _=False, a=action: self._act(a))
                button.setEnabled(not self.read_only)
                self.action_row.addWidget(button)
                self.action_buttons[action] = button
                self.rights.register(button, right_for(action))
        checks = (
            list(detail.checklist)
            if detail is not None
            else [CheckInfo("", label, False, "") for label in checklist]
        )
        self.checklist.clear()
        for check in checks:
            text = check.label + (f"  ({check.checked_by})" if check.checked_by else "")
            item = QListWidgetItem(text, self.checklist)
            item.setData(Qt.ItemDataRole.UserRole, (check.uuid or None, check.label))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if check.checked else Qt.CheckState.Unchecked)
        self.decisions.clear()
        self.comments.clear()
        self.history.clear()
        if detail is None:
            for w in (self.comment_box, self.comment_button):
                w.setEnabled(False)
            return
        for w in (self.comment_box, self.comment_button):
            w.setEnabled(not self.read_only)
        for approval in detail.approvals:
            verb = action_label(approval.decision).rstrip("…")
            line = f"{stamp(approval.at)}  {approval.member_name}: {verb}"
            self.decisions.addItem(line + (f" — {approval.reason}" if approval.reason else ""))
        for comment in detail.comments:
            self.comments.addItem(f"{stamp(comment.at)}  {comment.member_name}: {comment.body}")
        for entry in reversed(detail.history):
            said = f" — {entry.detail}" if entry.detail else ""
            self.history.addItem(
                f"{stamp(entry.at)}  {entry.member_name}  {entry.action} {entry.what}{said}"
            )

    def checklist_drafts(self) -> tuple[CheckDraft, ...]:
        out = []
        for i in range(self.checklist.count()):
            item = self.checklist.item(i)
            uuid, label = item.data(Qt.ItemDataRole.UserRole)
            out.append(CheckDraft(label, item.checkState() == Qt.CheckState.Checked, uuid))
        return tuple(out)

    def _act(self, action: str) -> None:
        reason = ""
        if action == REJECT:
            asked = self.ask_reason()
            if asked is None:
                return
            reason = asked
        self.acted.emit(action, reason)

    def _ask_reason(self) -> str | None:
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Reject the post"), self.tr("Why is it sent back? The owner sees this.")
        )
        return text.strip() if ok and text.strip() else None

    def _comment(self) -> None:
        text = self.comment_box.text().strip()
        if text:
            self.comment_box.clear()
            self.commented.emit(text)
