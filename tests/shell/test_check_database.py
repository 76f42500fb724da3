"""File ▸ Check database, and the quiet check after opening, as a user meets them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.db import backup
from tests.db.test_check import damage, fill
from tests.qt_dialogs import when_dialog_opens
from ui.main_window import MainWindow

from .test_main_window import open_window


def answer(window: MainWindow) -> QMessageBox:
    box = window.database_check.message
    assert box is not None and box.isVisible()
    return box


def test_a_healthy_database_has_no_problems(qtbot: QtBot, db_path: Path, english: None) -> None:
    window = open_window(qtbot, db_path)
    assert window.check_db_action.isEnabled()
    assert window.check_db_action.text() == "&Check database"
    assert window.database_check.quiet_check_pending  # armed when the file opened

    window.check_db_action.trigger()
    box = answer(window)
    assert box.text() == f"No problems found in {db_path}."
    with qtbot.waitSignal(box.finished):
        box.button(QMessageBox.StandardButton.Ok).click()

    # The quiet check says nothing about a healthy file.
    window.database_check.message = None
    window.database_check.check_quietly()
    qtbot.wait(50)
    assert window.database_check.message is None
    assert window.workspace is not None
    window.workspace.close()


def test_a_damaged_database_offers_to_restore_a_backup(
    qtbot: QtBot, db_path: Path, english: None
) -> None:
    fill(db_path)
    backup.back_up(db_path)
    window = open_window(qtbot, db_path)
    damage(db_path)

    window.check_db_action.trigger()
    box = answer(window)
    assert "damaged" in box.text()
    assert "malformed" in box.detailedText()
    buttons = {b.text(): b for b in box.buttons()}
    assert {"&Restore a backup…", "&Open another…"} <= set(buttons)

    # "Restore a backup…" leads to the restore path: the file dialog in this file's backups.
    chooser_dirs: list[Path] = []

    def cancel_file_choice(chooser: QWidget) -> None:
        assert isinstance(chooser, QFileDialog)
        chooser_dirs.append(Path(chooser.directory().absolutePath()))
        chooser.reject()

    when_dialog_opens(cancel_file_choice)
    buttons["&Restore a backup…"].click()
    qtbot.waitUntil(lambda: chooser_dirs == [backup.backups_dir(db_path)])
    assert window.workspace is not None
    window.workspace.close()


def test_the_quiet_check_speaks_up_about_damage(qtbot: QtBot, db_path: Path, english: None) -> None:
    fill(db_path)
    window = open_window(qtbot, db_path)
    damage(db_path)

    window.database_check.check_quietly()
    box = answer(window)
    assert "damaged" in box.text()
    with qtbot.waitSignal(box.finished):
        box.button(QMessageBox.StandardButton.Close).click()
    assert window.workspace is not None
    window.workspace.close()
