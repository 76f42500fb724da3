"""Inbox tab: comments and direct messages to answer, assign and track."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.empty_state import EmptyState

if TYPE_CHECKING:  # the core's services load only once a database opens
    from app.workspace import Workspace


class InboxTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = EmptyState(self)
        QVBoxLayout(self).addWidget(self.empty)
        self.retranslate()

    def set_workspace(self, workspace: Workspace | None) -> None:
        """The inbox has no data of its own yet."""

    def retranslate(self) -> None:
        self.empty.set_text(
            self.tr("No messages to answer"),
            self.tr(
                "The inbox will gather comments and direct messages from every managed "
                "account, so each one is answered, assigned to a teammate and tracked "
                "until it is closed."
            ),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
