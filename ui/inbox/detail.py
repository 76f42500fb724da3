"""The selected message in full: who wrote it where, its triage, the whole text, the
thread, the replies sent, the team's internal notes and the reply box.

User text is shown as plain text (never rich text: a message may hold "<b>" or a link
meant to mislead).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.inbox.types import MessageDetail
from ui.inbox.labels import (
    duration_text,
    kind_names,
    name_of,
    priority_names,
    sentiment_names,
    status_names,
    when_text,
)
from ui.inbox.reply_editor import ReplyEditor
from ui.widgets.inputs import CommitTextEdit
from ui.widgets.panel import Panel


def _plain_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DetailPane(Panel):
    notes_committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: MessageDetail | None = None
        self.author = _plain_label(self)
        font = self.author.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.author.setFont(font)
        self.where = _plain_label(self)
        self.where.setStyleSheet("color: palette(placeholder-text);")
        self.triage = _plain_label(self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.log = QPlainTextEdit(self)
        self.log.setReadOnly(True)
        self.notes = CommitTextEdit(self)
        # Small minimums: the window must still fit a laptop screen (and 700×500).
        for box, least in ((self.text, 48), (self.log, 36), (self.notes, 32)):
            box.setMinimumHeight(least)
        self.notes.committed.connect(lambda: self.notes_committed.emit(self.notes.toPlainText()))
        # Replies and notes share one place: the message text gets the room.
        self.more = QTabWidget(self)
        self.more.addTab(self.log, "")
        self.more.addTab(self.notes, "")
        self.reply = ReplyEditor(self)

        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.author)
        upper_layout.addWidget(self.where)
        upper_layout.addWidget(self.triage)
        upper_layout.addWidget(self.text, 3)
        upper_layout.addWidget(self.more, 2)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.reply)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.read_only = False
        self.retranslate()
        self.show_detail(None)

    def show_detail(self, detail: MessageDetail | None) -> None:
        same = detail is not None and self.detail is not None and detail.uuid == self.detail.uuid
        self.detail = detail
        self.reply.set_message(detail.uuid if detail else None)
        self.notes.setReadOnly(detail is None or self.read_only)
        if detail is None:
            self.author.setText(self.tr("No message selected"))
            for w in (self.where, self.triage):
                w.clear()
            self.text.clear()
            self.log.clear()
            self.notes.set_text("")
            return
        row = detail.row
        handle = f" @{row.author_handle}" if row.author_handle else ""
        self.author.setText((row.author_name or self.tr("Unknown author")) + handle)
        where = [row.account, name_of(kind_names(), row.kind), when_text(row.received_at)]
        if detail.post_link or detail.post_ref:
            where.append(self.tr("on post %1").replace("%1", detail.post_link or detail.post_ref))
        self.where.setText("  ·  ".join(w for w in where if w))
        self.triage.setText(self._triage_text(detail))
        if not same or self.text.toPlainText() != detail.text:
            self.text.setPlainText(detail.text)
        self.log.setPlainText(self._log_text(detail))
        if not (same and self.notes.hasFocus()):  # never overwrite what is being typed
            self.notes.set_text(detail.notes)

    def _triage_text(self, detail: MessageDetail) -> str:
        row = detail.row
        parts = [
            self.tr("Status: %1").replace("%1", name_of(status_names(), row.status)),
            self.tr("Priority: %1").replace("%1", priority_names().get(row.priority, "")),
            self.tr("Assignee: %1").replace("%1", row.assignee or self.tr("nobody")),
            self.tr("Sentiment: %1 (%2)")
            .replace("%1", name_of(sentiment_names(), row.sentiment))
            .replace(
                "%2",
                self.tr("corrected")
                if row.sentiment_corrected
                else f"{round(row.sentiment_confidence * 100)}%",
            ),
        ]
        if row.tags:
            parts.append(self.tr("Tags: %1").replace("%1", ", ".join(row.tags)))
        if row.first_response_seconds is not None:
            parts.append(
                self.tr("First response: %1").replace(
                    "%1", duration_text(row.first_response_seconds)
                )
            )
        elif row.overdue:
            parts.append(self.tr("OVERDUE since %1").replace("%1", when_text(row.due_at)))
        elif row.due_at is not None:
            parts.append(self.tr("Answer by %1").replace("%1", when_text(row.due_at)))
        return "  ·  ".join(parts)

    def _log_text(self, detail: MessageDetail) -> str:
        lines = []
        for other in detail.thread:
            lines.append(f"{when_text(other.received_at)}  {other.author_name}: {other.preview}")
        if lines:
            lines.insert(0, self.tr("In the same thread:"))
            lines.append("")
        for reply in detail.replies:
            who = reply.member_name or self.tr("someone")
            lines.append(f"{when_text(reply.sent_at)}  {who} → {reply.text}")
        if not detail.replies:
            lines.append(self.tr("No reply yet."))
        return "\n".join(lines)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.notes.setReadOnly(read_only or self.detail is None)
        self.reply.set_read_only(read_only)

    def retranslate(self) -> None:
        self.more.setTabText(0, self.tr("Thread and replies"))
        self.more.setTabText(1, self.tr("Internal &notes (not sent)"))
        self.show_detail(self.detail)
