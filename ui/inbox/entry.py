"""Adding messages by hand: one typed in, or several pasted ("author: text" a line)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.db.errors import DatabaseProblem
from app.inbox.types import KINDS, AddOutcome, MessageDraft
from app.validation import InvalidInput
from ui.errors import invalid_text, show_error
from ui.inbox.labels import kind_names
from ui.widgets.inputs import error_label

if TYPE_CHECKING:
    from app.workspace import Workspace


def _moment(edit: QDateTimeEdit) -> datetime:
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)


class MessageEntryDialog(QDialog):
    """``added`` holds the last AddOutcome (or the one message added)."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.added: AddOutcome | None = None
        self.setWindowTitle(self.tr("Add messages"))
        self.account = QComboBox(self)
        for a in ws.accounts.list_accounts():
            self.account.addItem(a.display_name or a.handle, a.uuid)
        self.kind = QComboBox(self)
        for code in KINDS:
            self.kind.addItem(kind_names()[code], code)
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        common = QFormLayout()
        common.addRow(self.tr("&Account"), self.account)
        common.addRow(self.tr("&Kind"), self.kind)
        common.addRow(self.tr("Received &at"), self.when)

        self.pages = QTabWidget(self)
        one = QWidget(self.pages)
        self.author = QLineEdit(one)
        self.handle = QLineEdit(one)
        self.text = QPlainTextEdit(one)
        self.message_id = QLineEdit(one)
        self.message_id.setPlaceholderText(self.tr("optional: keeps a re-import from doubling it"))
        self.post_link = QLineEdit(one)
        form = QFormLayout(one)
        form.addRow(self.tr("Author &name"), self.author)
        form.addRow(self.tr("&Handle"), self.handle)
        form.addRow(self.tr("&Text"), self.text)
        form.addRow(self.tr("Platform message &ID"), self.message_id)
        form.addRow(self.tr("&Post link"), self.post_link)
        several = QWidget(self.pages)
        self.paste = QPlainTextEdit(several)
        self.paste.setPlaceholderText(self.tr("王芳: 什么时候发货？\nAlex: Love the new colours!"))
        hint = QLabel(self.tr("One message a line, “author: text”."), several)
        paste_layout = QVBoxLayout(several)
        paste_layout.addWidget(hint)
        paste_layout.addWidget(self.paste)
        self.pages.addTab(one, self.tr("One message"))
        self.pages.addTab(several, self.tr("Paste several"))
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(common)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.field_widgets: dict[str, QWidget] = {
            "author_name": self.author,
            "text": self.text,
            "account": self.account,
        }
        self.resize(520, 460)

    def save(self) -> None:
        """Add what is typed; the dialog stays open for the next one."""
        account = self.account.currentData()
        try:
            if account is None:
                raise InvalidInput("account", "must not be empty")
            if self.pages.currentIndex() == 0:
                detail = self.ws.inbox.add_message(
                    MessageDraft(
                        account_uuid=account,
                        kind=self.kind.currentData(),
                        author_name=self.author.text(),
                        text=self.text.toPlainText(),
                        received_at=_moment(self.when),
                        author_handle=self.handle.text(),
                        platform_message_id=self.message_id.text(),
                        post_link=self.post_link.text(),
                    )
                )
                self.added = AddOutcome(1, 0, (detail.uuid,))
                self.text.clear()
                self.message_id.clear()
            else:
                self.added = self.ws.inbox.paste_messages(
                    account, self.kind.currentData(), self.paste.toPlainText(), _moment(self.when)
                )
                self.paste.clear()
        except InvalidInput as exc:
            self.error.setStyleSheet("color: #c0392b;")
            self.error.setText(invalid_text(exc))
            self.error.show()
            widget = self.field_widgets.get(exc.field)
            if widget is not None:
                widget.setFocus()
            return
        except DatabaseProblem as exc:
            show_error(self, exc)
            return
        self.error.setText(
            self.tr("Added %1, %2 already in the inbox.")
            .replace("%1", str(self.added.added))
            .replace("%2", str(self.added.duplicates))
        )
        self.error.setStyleSheet("color: #1e7b34;")
        self.error.show()
