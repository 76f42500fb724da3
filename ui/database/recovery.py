"""What to do when the database cannot be opened: another file, a backup, a new one, quit."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget


class Choice(Enum):
    OPEN_OTHER = "open"
    RESTORE = "restore"
    NEW = "new"
    QUIT = "quit"


class RecoveryDialog(QMessageBox):
    def __init__(
        self, message: str, location: str, *, can_restore: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Cannot open the database"))
        self.setText(message)
        self.setInformativeText(self.tr("File: %1").replace("%1", location))
        self.choice = Choice.QUIT
        self._buttons = {
            self.addButton(self.tr("&Open another…"), QMessageBox.ButtonRole.AcceptRole): (
                Choice.OPEN_OTHER
            ),
            self.addButton(self.tr("&Create new…"), QMessageBox.ButtonRole.AcceptRole): Choice.NEW,
        }
        if can_restore:
            restore = self.addButton(
                self.tr("&Restore a backup…"), QMessageBox.ButtonRole.AcceptRole
            )
            self._buttons[restore] = Choice.RESTORE
            self.setDefaultButton(restore)
        quit_button = self.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        self._buttons[quit_button] = Choice.QUIT
        self.buttonClicked.connect(lambda b: setattr(self, "choice", self._buttons[b]))
