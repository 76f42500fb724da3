"""Preferences: the interface language (more settings join here later)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from ui import i18n, settings


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Same as the system"), "system")
        self.language.addItem("English", "en")
        self.language.addItem("简体中文", "zh_CN")
        current = self.language.findData(settings.language_setting())
        self.language.setCurrentIndex(max(current, 0))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(buttons)

    def accept(self) -> None:
        """Switches the language at once: every window retranslates itself."""
        from PySide6.QtWidgets import QApplication

        choice = str(self.language.currentData())
        settings.set_language_setting(choice)
        app = QApplication.instance()
        if app is not None:
            i18n.install(app, choice)
        super().accept()
