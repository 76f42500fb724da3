"""Bugs get a crash dialog with details to copy; the app keeps running."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from app.db.errors import DatabaseLocked
from app.validation import InvalidInput
from ui.errors import CrashDialog, describe, install_excepthook


def test_unhandled_exception_shows_copyable_details(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    try:
        raise KeyError("plan-42")
    except KeyError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog))
    qtbot.addWidget(dialog)
    text = dialog.details.toPlainText()
    assert "KeyError: 'plan-42'" in text and "Social Desk" in text
    copy = next(b for b in dialog.findChildren(QPushButton) if "Copy" in b.text())
    copy.click()
    assert QGuiApplication.clipboard().text() == text
    dialog.close()


def test_user_actionable_problems_are_sentences_not_tracebacks() -> None:
    assert describe(DatabaseLocked("locked")) == (
        "The database is busy in another program. Try again in a moment."
    )
    assert describe(InvalidInput("email", "an e-mail address needs an @")) == (
        "E-mail: an e-mail address needs an @"
    )
    assert describe(KeyError("x")) is None  # a bug: goes to the crash dialog
