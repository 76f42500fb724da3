"""Undo and Redo inside a dialog: the window's Edit menu is out of reach while it is open.

``DialogUndo`` adds the stack's Undo/Redo actions to the dialog with the standard
shortcuts, and a button for each that follows the action's enabled state and shows what
it would undo or redo as its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QBoxLayout, QPushButton, QWidget


class DialogUndo(QObject):
    def __init__(self, dialog: QWidget, stack: QUndoStack) -> None:
        super().__init__(dialog)  # goes with the dialog, and so do its connections
        keys = QKeySequence.StandardKey
        self.undo_action = stack.createUndoAction(dialog)
        self.undo_action.setShortcut(QKeySequence(keys.Undo))
        self.redo_action = stack.createRedoAction(dialog)
        self.redo_action.setShortcut(QKeySequence(keys.Redo))
        dialog.addActions([self.undo_action, self.redo_action])
        self.undo_button, self.redo_button = QPushButton(dialog), QPushButton(dialog)
        for button, action in (
            (self.undo_button, self.undo_action),
            (self.redo_button, self.redo_action),
        ):
            button.clicked.connect(action.trigger)
            button.setEnabled(action.isEnabled())
            action.enabledChanged.connect(button.setEnabled)
        # The stack outlives the dialog; this object does not (its slot is disconnected).
        stack.undoTextChanged.connect(self._show_tips)
        stack.redoTextChanged.connect(self._show_tips)
        self.retranslate()

    def add_to(self, bar: QBoxLayout) -> None:
        bar.addSpacing(12)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.redo_button)

    def retranslate(self) -> None:
        self.undo_button.setText(QCoreApplication.translate("DialogUndo", "&Undo"))
        self.redo_button.setText(QCoreApplication.translate("DialogUndo", "Re&do"))
        self._show_tips()

    def _show_tips(self, _text: str = "") -> None:
        self.undo_button.setToolTip(self.undo_action.text())
        self.redo_button.setToolTip(self.redo_action.text())
