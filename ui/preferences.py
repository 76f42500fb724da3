"""Preferences: the interface language; the company name and logo printed on sheets."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

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
        # Printed in the header of appraisal sheets (ui/appraisal/sheet.py reads them).
        prefs = settings.settings()
        self.company = QLineEdit(str(prefs.value("print/company_name", "") or ""), self)
        self.logo = QLineEdit(str(prefs.value("print/logo", "") or ""), self)
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose)
        form.addRow(self.tr("&Company name"), self.company)
        form.addRow(self.tr("Company logo"), logo_row)
        form.addRow(buttons)

    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Company logo"), self.logo.text(), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.logo.setText(name)

    def accept(self) -> None:
        """Switches the language at once: every window retranslates itself."""
        from PySide6.QtWidgets import QApplication

        choice = str(self.language.currentData())
        settings.set_language_setting(choice)
        prefs = settings.settings()
        prefs.setValue("print/company_name", self.company.text().strip())
        prefs.setValue("print/logo", self.logo.text().strip())
        app = QApplication.instance()
        if app is not None:
            i18n.install(app, choice)
        super().accept()
