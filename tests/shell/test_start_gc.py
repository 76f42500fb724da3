"""Start-up runs without the cyclic garbage collector (ui/main.py); it must come back
once the database has opened, or failed to: a long session never runs without it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.qt_dialogs import when_dialog_opens
from ui.application import build_window
from ui.database.recovery import Choice, RecoveryDialog


@pytest.fixture
def started_without_collector() -> Iterator[None]:
    gc.disable()  # as ui.main does before the window
    yield
    gc.enable()


def test_collection_resumes_after_opening_and_the_first_reads(
    qtbot: QtBot, db_path: Path, started_without_collector: None
) -> None:
    window = build_window(db_path)  # the worker as in the app
    qtbot.addWidget(window)
    window.ask_who_is_working = False
    with qtbot.waitSignal(window.opener.opened, timeout=20000):  # type: ignore[attr-defined]
        window.show()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    qtbot.waitUntil(gc.isenabled, timeout=2000)
    window.runner.shutdown()
    assert window.workspace is not None
    window.workspace.close()


def test_collection_resumes_when_the_file_cannot_be_opened(
    qtbot: QtBot, tmp_path: Path, started_without_collector: None, english: None
) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("not a database", encoding="utf-8")
    seen: list[QWidget] = []

    def quit_dialog(dialog: QWidget) -> None:
        seen.append(dialog)
        assert isinstance(dialog, RecoveryDialog)
        assert gc.isenabled()  # already, while the user reads the dialog
        dialog.button_for(Choice.QUIT).click()  # type: ignore[attr-defined]

    when_dialog_opens(quit_dialog)
    window = build_window(bad, synchronous=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert gc.isenabled()
