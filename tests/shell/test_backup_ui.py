"""File ▸ Back up now and File ▸ Restore from backup…, as a user does them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.db import backup
from app.team.service import MemberDraft
from tests.qt_dialogs import click, when_dialog_opens

from .test_main_window import member_names, open_window


def test_back_up_then_restore_from_the_file_menu(qtbot: QtBot, db_path: Path) -> None:
    window = open_window(qtbot, db_path)
    assert window.workspace is not None
    window.workspace.team.add(MemberDraft("王芳", ("lead",)))
    window.backup_action.trigger()
    made = backup.list_backups(db_path)
    assert len(made) == 1
    assert "Backup saved" in window.statusBar().currentMessage()

    window.workspace.team.add(MemberDraft("Added later"))
    window.team_tab.reload()
    assert member_names(window) == ["Added later", "王芳"]

    def choose_backup(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(made[0].path))
        when_dialog_opens(click(QMessageBox.StandardButton.Yes))
        dialog.accept()

    when_dialog_opens(choose_backup)
    with qtbot.waitSignal(window.opener.opened, timeout=10000):  # type: ignore[attr-defined]
        window.restore_action.trigger()
    # The team tab reads the restored file when it is shown.
    window.tabs.setCurrentWidget(window.team_tab)
    qtbot.waitUntil(lambda: member_names(window) == ["王芳"])
    # The replaced file was kept as a backup too.
    assert len(backup.list_backups(db_path)) == 2
    assert window.workspace is not None
    window.workspace.close()
