"""The window meets a damaged database (after opening it), a file another instance has,
and an empty file: the recovery dialog or a question, never the crash dialog."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.db import lock
from app.team.service import TeamService
from app.team.types import MemberDraft
from tests.qt_dialogs import when_dialog_opens
from tests.reliability.conftest import worker
from ui import errors
from ui.application import build_window
from ui.database.recovery import Choice, RecoveryDialog
from ui.main_window import MainWindow


def open_window(qtbot: QtBot, db_path: Path) -> MainWindow:
    window = build_window(db_path, synchronous=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.opener.opened, timeout=10000):  # type: ignore[attr-defined]
        window.show()
    return window


def damage_members_table(path: Path) -> None:
    """8 KiB of random bytes over the pages of the members table."""
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='members'").fetchone()[0]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * size)
        fh.write(random.Random(13).randbytes(8192))


@pytest.mark.qt_no_exception_capture
def test_damage_met_while_in_use_shows_the_recovery_dialog_not_the_crash_dialog(
    qtbot: QtBot, db_path: Path, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook()
    window = open_window(qtbot, db_path)
    ws = window.workspace
    assert ws is not None
    ws.team.add(MemberDraft("王芳", ("lead",)))
    raw = ws.db.engine.raw_connection()  # every page into the file, none left in the WAL
    raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
    raw.close()
    damage_members_table(db_path)
    ws.db.engine.dispose()  # read from the file, as any new connection would
    seen: list[QWidget] = []

    def quit_dialog(dialog: QWidget) -> None:
        seen.append(dialog)
        assert isinstance(dialog, RecoveryDialog)
        dialog.button_for(Choice.QUIT).click()  # type: ignore[attr-defined]

    when_dialog_opens(quit_dialog)
    QTimer.singleShot(0, window.team_tab.reload)  # the team tab reads: an ordinary slot
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    dialog = seen[0]
    assert isinstance(dialog, RecoveryDialog)
    assert dialog.windowTitle() == "The database is damaged"
    assert "damaged" in dialog.text()
    assert not errors._open_dialogs  # no crash dialog
    # Closed at once: nothing more is written into the damaged file.
    assert window.workspace is None
    assert ws.db.damaged and not lock.held_here(db_path)


def test_a_file_another_instance_has_is_offered_read_only(
    qtbot: QtBot, db_path: Path, tmp_path: Path, english: None
) -> None:
    proc = worker("hold", str(db_path), home=tmp_path / "home", stdin=subprocess.PIPE)
    try:
        assert proc.stdout is not None and proc.stdout.readline().startswith("open")
        seen: list[str] = []

        def read_only(dialog: QWidget) -> None:
            assert isinstance(dialog, RecoveryDialog)
            seen.append(dialog.text())
            dialog.button_for(Choice.READ_ONLY).click()  # type: ignore[attr-defined]

        window = build_window(db_path, synchronous=True)
        qtbot.addWidget(window)
        when_dialog_opens(read_only)
        with qtbot.waitSignal(window.opener.opened, timeout=10000):  # type: ignore[attr-defined]
            window.show()
        assert f"process {proc.pid}" in seen[0] and "PostgreSQL" in seen[0]
        assert window.workspace is not None and window.workspace.db.read_only
        assert "read-only" in window.windowTitle()
        assert window.location_label.text().startswith("Read-only")
        assert not window.accounts_action.isEnabled()
        team = window.team_tab
        assert not team.add_button.isVisibleTo(team) and not team.remove_button.isVisibleTo(team)
        strategy = window.strategy_tab
        assert not strategy.actions_.new_action.isEnabled()
        assert strategy.form.title.isReadOnly() and not strategy.form.status.isEnabled()
        window.workspace.close()
    finally:
        proc.kill()
        proc.communicate(timeout=30)


def test_an_empty_file_is_made_a_database_only_when_the_user_says_so(
    qtbot: QtBot, tmp_path: Path, english: None
) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    asked: list[str] = []

    def say_no(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox) and not isinstance(dialog, RecoveryDialog)
        asked.append(dialog.text())
        dialog.button(QMessageBox.StandardButton.No).click()

    window = build_window(empty, synchronous=True)
    qtbot.addWidget(window)
    when_dialog_opens(say_no)
    with qtbot.waitSignal(window.opener.failed, timeout=10000):  # type: ignore[attr-defined]
        window.show()
    qtbot.waitUntil(lambda: bool(asked))
    assert "empty" in asked[0]
    assert empty.stat().st_size == 0
    assert window.opener.exit_code == 2  # type: ignore[attr-defined]

    def say_yes(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        dialog.button(QMessageBox.StandardButton.Yes).click()

    when_dialog_opens(say_yes)
    with qtbot.waitSignal(window.opener.opened, timeout=10000):  # type: ignore[attr-defined]
        window.opener.open(empty)  # type: ignore[attr-defined]
    assert window.workspace is not None
    assert TeamService(window.workspace.db).list_members() == []
    window.workspace.close()


def test_quitting_at_start_says_why_on_one_line_and_fails(
    qtbot: QtBot, db_path: Path, english: None, capsys: pytest.CaptureFixture[str]
) -> None:
    damage_members_table(db_path)
    before = db_path.read_bytes()

    def quit_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoveryDialog)
        dialog.button_for(Choice.QUIT).click()  # type: ignore[attr-defined]

    window = build_window(db_path, synchronous=True)
    qtbot.addWidget(window)
    when_dialog_opens(quit_dialog)
    with qtbot.waitSignal(window.opener.failed, timeout=10000):  # type: ignore[attr-defined]
        window.show()
    qtbot.waitUntil(lambda: window.opener.exit_code == 2)  # type: ignore[attr-defined]
    err = capsys.readouterr().err
    assert err == f"socialdesk: {db_path}: The database file is damaged.\n"
    assert db_path.read_bytes() == before
