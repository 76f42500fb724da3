"""Driving dialogs the way a user does.

Most dialogs open non-blocking (``open()``): after the click that opens one, it is on
screen, so ``finish(qtbot, act)`` finds it, acts on it and waits for its ``finished``
signal. ``when_dialog_opens`` is for the few that still run their own event loop
(``exec()``: the start-up dialogs, error messages): it polls until one appears."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

D = TypeVar("D", bound=QDialog)


def open_dialog(kind: type[D]) -> D:
    """The dialog of ``kind`` open now (the last one opened, if several)."""
    modal = QApplication.activeModalWidget()
    if isinstance(modal, kind):
        return modal
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert shown, f"no {kind.__name__} is open"
    return shown[-1]


def finish(qtbot: QtBot, act: Callable[[D], None], kind: type[D]) -> D:
    """Run ``act`` on the open ``kind`` dialog; returns once it has closed."""
    dialog = open_dialog(kind)
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        act(dialog)
    return dialog


def answer(qtbot: QtBot, button: QMessageBox.StandardButton) -> str:
    """Press ``button`` in the open question; returns its text."""
    seen: list[str] = []

    def press(box: QMessageBox) -> None:
        seen.append(box.text())
        box.button(button).click()

    finish(qtbot, press, QMessageBox)
    return seen[0]


def when_dialog_opens(act: Callable[[QWidget], None], timeout_ms: int = 5000) -> list[QWidget]:
    """Call ``act(dialog)`` on the next modal dialog that runs its own event loop;
    returns the dialogs seen (for asserts)."""
    seen: list[QWidget] = []
    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            waited[0] += 20
            if waited[0] > timeout_ms:
                raise AssertionError("no dialog opened")
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, poll)
    return seen


def click(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox), type(dialog)
        dialog.button(button).click()

    return act


def accept(dialog: QWidget) -> None:
    assert isinstance(dialog, QDialog)
    dialog.accept()
