"""The base of every widget whose texts follow the interface language."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget


class Panel(QWidget):
    """A widget whose texts follow the interface language: ``retranslate`` runs on
    every language change (tabs, their sections, the table sections)."""

    def retranslate(self) -> None:
        """Set every text again in the current language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
