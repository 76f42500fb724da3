"""First start with no database: the welcome question, then an empty or a demo workspace."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app import paths
from tests.qt_dialogs import when_dialog_opens
from ui.application import build_window


def press(label: str):  # type: ignore[no-untyped-def]
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        buttons = {b.text().replace("&", ""): b for b in dialog.buttons()}
        buttons[label].click()

    return act


@pytest.mark.parametrize(
    ("answer", "has_members"), [("Start empty", False), ("Load demo data", True)]
)
def test_first_run_offers_empty_or_demo(qtbot: QtBot, answer: str, has_members: bool) -> None:
    default = paths.default_database_path()
    assert not default.exists()
    window = build_window(None, synchronous=True)
    qtbot.addWidget(window)
    when_dialog_opens(press(answer))
    with qtbot.waitSignal(window.opener.opened, timeout=20000):  # type: ignore[attr-defined]
        window.show()
    assert window.workspace is not None
    assert window.workspace.path == default and default.exists()
    assert bool(window.workspace.team.list_members()) is has_members
    window.workspace.close()


def test_second_run_reopens_the_last_database_without_asking(qtbot: QtBot, db_path: Path) -> None:
    first = build_window(db_path, synchronous=True)
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.opener.opened, timeout=10000):  # type: ignore[attr-defined]
        first.show()
    assert first.workspace is not None
    first.workspace.close()
    again = build_window(None, synchronous=True)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.opener.opened, timeout=10000):  # type: ignore[attr-defined]
        again.show()
    assert again.workspace is not None and again.workspace.path == db_path
    again.workspace.close()
