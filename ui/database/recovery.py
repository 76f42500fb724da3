"""What to do when the database cannot be opened, or turned out damaged while in use:
another file, a backup, a new one, read-only (when another instance has it), quit."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget


class Choice(Enum):
    OPEN_OTHER = "open"
    RESTORE = "restore"
    NEW = "new"
    READ_ONLY = "read-only"
    QUIT = "quit"


class RecoveryDialog(QMessageBox):
    def __init__(
        self,
        message: str,
        location: str,
        *,
        can_restore: bool,
        can_open_read_only: bool = False,
        damaged_in_use: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RecoveryDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        if damaged_in_use:
            self.setWindowTitle(self.tr("The database is damaged"))
        else:
            self.setWindowTitle(self.tr("Cannot open the database"))
        self.setText(message)
        self.setInformativeText(self.tr("File: %1").replace("%1", location))
        self.choice = Choice.QUIT
        self._buttons: dict[object, Choice] = {}
        if can_open_read_only:
            read_only = self.addButton(
                self.tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole
            )
            self._buttons[read_only] = Choice.READ_ONLY
            self.setDefaultButton(read_only)
        other = self.addButton(self.tr("&Open another…"), QMessageBox.ButtonRole.AcceptRole)
        self._buttons[other] = Choice.OPEN_OTHER
        new = self.addButton(self.tr("&Create new…"), QMessageBox.ButtonRole.AcceptRole)
        self._buttons[new] = Choice.NEW
        if can_restore:
            restore = self.addButton(
                self.tr("&Restore a backup…"), QMessageBox.ButtonRole.AcceptRole
            )
            self._buttons[restore] = Choice.RESTORE
            self.setDefaultButton(restore)
        quit_button = self.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        self._buttons[quit_button] = Choice.QUIT
        self.buttonClicked.connect(lambda b: setattr(self, "choice", self._buttons[b]))

    def button_for(self, choice: Choice) -> object:
        """The button that makes ``choice`` (for tests and keyboard focus)."""
        return next(b for b, c in self._buttons.items() if c is choice)
