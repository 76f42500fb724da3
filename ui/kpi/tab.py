"""KPI tab: followers, views, shares, conversions and ROI against the plan's targets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.empty_state import EmptyState

if TYPE_CHECKING:  # the core's services load only once a database opens
    from app.workspace import Workspace


class KpiTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = EmptyState(self)
        QVBoxLayout(self).addWidget(self.empty)
        self.retranslate()

    def set_workspace(self, workspace: Workspace | None) -> None:
        """KPIs have no data of its own yet."""

    def retranslate(self) -> None:
        self.empty.set_text(
            self.tr("No KPI data yet"),
            self.tr(
                "Import your platforms' analytics exports to chart followers, "
                "reads/views, shares, comments, conversions and ROI against the "
                "targets of your strategy plan."
            ),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
