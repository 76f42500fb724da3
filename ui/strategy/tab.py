"""Strategy tab: annual, quarterly and monthly plans (placeholder until the plan tree lands)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.empty_state import EmptyState
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # the core's services load only once a database opens
    from app.workspace import Workspace


class StrategyTab(QWidget):
    def __init__(
        self, undo_stack: QUndoStack, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.empty = EmptyState(self)
        QVBoxLayout(self).addWidget(self.empty)
        self.retranslate()

    def set_workspace(self, workspace: Workspace | None) -> None:
        """Plans have no data of its own yet."""

    def retranslate(self) -> None:
        self.empty.set_text(
            self.tr("No strategy plan yet"),
            self.tr(
                "Year, quarter and month plans will live here: goals, core messages, "
                "audience, platforms, content pillars, posting frequency and budget, "
                "checked against the calendar and the KPIs."
            ),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
