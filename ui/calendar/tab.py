"""Content calendar tab: posts through production and review to publishing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.empty_state import EmptyState

if TYPE_CHECKING:  # the core's services load only once a database opens
    from app.workspace import Workspace


class CalendarTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = EmptyState(self)
        QVBoxLayout(self).addWidget(self.empty)
        self.retranslate()

    def set_workspace(self, workspace: Workspace | None) -> None:
        """The calendar has no data of its own yet."""

    def retranslate(self) -> None:
        self.empty.set_text(
            self.tr("No posts planned yet"),
            self.tr(
                "The content calendar will hold every post — articles, videos, live "
                "streams, image+text and short videos — from draft through legal, "
                "compliance and brand review to publishing, week by week."
            ),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
