"""The reply box under a message: saved replies filled in for its author, in either
language, then Send (Ctrl+Enter) or Send and close (Ctrl+Shift+Enter).

The editor holds no service: ``fill(template_uuid, language)`` gives a saved reply's
text for the message shown, and ``send_requested(text, close)`` asks the owner to
log the reply.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.inbox.types import PLACEHOLDERS, ReplyTemplate
from ui.widgets.panel import Panel

SEND_KEYS = "Ctrl+Return"
SEND_CLOSE_KEYS = "Ctrl+Shift+Return"


def interface_language() -> str:
    from ui.formats import chinese

    return "zh" if chinese() else "en"


class ReplyEditor(Panel):
    send_requested = Signal(str, bool)  # text, close the message too
    manage_requested = Signal()  # the user wants to edit the saved replies

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fill: Callable[[str, str], str] | None = None
        self._templates: list[ReplyTemplate] = []
        self.template = QComboBox(self)
        self.template.activated.connect(lambda _i: self.use_template())
        self.language = QComboBox(self)
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.language.activated.connect(lambda _i: self.use_template())
        self.manage = QPushButton(self)
        self.manage.clicked.connect(self.manage_requested)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._update_buttons)
        self.text.setMinimumHeight(36)
        self.placeholders = QLabel(self)
        self.placeholders.setStyleSheet("color: palette(placeholder-text);")
        self.placeholders.setWordWrap(True)
        self.send = QPushButton(self)
        self.send.clicked.connect(lambda: self._send(False))
        self.send_close = QPushButton(self)
        self.send_close.clicked.connect(lambda: self._send(True))
        # In the text box too (a QPushButton's shortcut would need the window's focus).
        # Return is the main keyboard's key, Enter the keypad's.
        for keys, close in ((SEND_KEYS, False), (SEND_CLOSE_KEYS, True)):
            for sequence in (keys, keys.replace("Return", "Enter")):
                shortcut = QShortcut(QKeySequence(sequence), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda close=close: self._send(close))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        self.template_label = QLabel(self)
        self.template_label.setBuddy(self.template)
        top.addWidget(self.template_label)
        top.addWidget(self.template, 1)
        top.addWidget(self.language)
        top.addWidget(self.manage)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.placeholders, 1)
        bottom.addWidget(self.send)
        bottom.addWidget(self.send_close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addLayout(bottom)
        self._message: str | None = None
        self.read_only = False
        self.retranslate()
        self.set_message(None)

    def set_templates(self, templates: list[ReplyTemplate]) -> None:
        self._templates = list(templates)
        chosen = self.template.currentData()
        self.template.clear()
        self.template.addItem(self.tr("(type a reply)"), None)
        for t in self._templates:
            self.template.addItem(t.name, t.uuid)
        self.template.setCurrentIndex(max(self.template.findData(chosen), 0))

    def set_message(self, uuid: str | None) -> None:
        """The message replied to (None: nothing to reply to); a new one starts empty."""
        if uuid != self._message:
            self.text.clear()
            self.template.setCurrentIndex(0)
        self._message = uuid
        self.language.setCurrentIndex(max(self.language.findData(interface_language()), 0))
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_buttons()

    def use_template(self) -> None:
        """Put the chosen saved reply, filled in for the message, in the box."""
        uuid = self.template.currentData()
        if uuid is None or self._message is None or self.fill is None:
            return
        self.text.setPlainText(self.fill(uuid, self.language.currentData()))
        self.text.setFocus()
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)

    def choose_template(self, uuid: str, language: str | None = None) -> None:
        if language is not None:
            self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.template.setCurrentIndex(max(self.template.findData(uuid), 0))
        self.use_template()

    def focus(self) -> None:
        self.text.setFocus()

    def _send(self, close: bool) -> None:
        if not self.send.isEnabled():
            return
        self.send_requested.emit(self.text.toPlainText().strip(), close)

    def sent(self) -> None:
        """The reply was logged: clear the box for the next one."""
        self.text.clear()
        self.template.setCurrentIndex(0)

    def _update_buttons(self) -> None:
        can = self._message is not None and not self.read_only
        has_text = bool(self.text.toPlainText().strip())
        self.text.setReadOnly(not can)
        for w in (self.template, self.language):
            w.setEnabled(can)
        self.manage.setEnabled(not self.read_only)
        self.send.setEnabled(can and has_text)
        self.send_close.setEnabled(can and has_text)

    def retranslate(self) -> None:
        self.template_label.setText(self.tr("Saved &reply:"))
        self.manage.setText(self.tr("Saved replies…"))
        self.text.setPlaceholderText(self.tr("Write the reply, or choose a saved reply"))
        self.send.setText(self.tr("Send"))
        self.send.setToolTip(self.tr("Log the reply as sent (Ctrl+Enter)"))
        self.send_close.setText(self.tr("Send and close"))
        self.send_close.setToolTip(
            self.tr("Log the reply and close the message (Ctrl+Shift+Enter)")
        )
        names = " ".join("{" + p + "}" for p in PLACEHOLDERS)
        self.placeholders.setText(self.tr("Saved replies may use %1").replace("%1", names))
        if self.template.count():
            self.template.setItemText(0, self.tr("(type a reply)"))
