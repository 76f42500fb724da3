"""The main window as a user meets it: tabs, team editing with undo, language, errors."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.team.service import MemberDraft, TeamService
from tests.qt_dialogs import answer, finish, when_dialog_opens
from ui import i18n
from ui.application import build_window
from ui.database.recovery import RecoveryDialog
from ui.main_window import MainWindow
from ui.team.member_dialog import MemberDialog


def open_window(qtbot: QtBot, db_path: Path) -> MainWindow:
    window = build_window(db_path, synchronous=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.opener.opened, timeout=10000):  # type: ignore[attr-defined]
        window.show()
    return window


@pytest.fixture
def window(qtbot: QtBot, db_path: Path) -> Iterator[MainWindow]:
    w = open_window(qtbot, db_path)
    yield w
    if w.workspace is not None:
        w.workspace.close()


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]


def test_window_has_five_tabs_and_shows_the_database(window: MainWindow, english: None) -> None:
    assert tab_titles(window) == ["Strategy", "Content calendar", "Inbox", "KPIs", "Team"]
    assert window.workspace is not None
    assert str(window.workspace.path) in window.location_label.text()


def test_a_hidden_tab_reads_the_database_when_first_shown(qtbot: QtBot, db_path: Path) -> None:
    window = open_window(qtbot, db_path)
    assert window.workspace is not None
    window.workspace.team.add(MemberDraft("王芳", ("lead",)))
    window.set_workspace(window.workspace)  # as after opening: only the shown tab reads
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert window.tabs.currentWidget() is window.strategy_tab
    assert member_names(window) == []  # the team tab has not read yet
    window.tabs.setCurrentWidget(window.team_tab)
    qtbot.waitUntil(lambda: member_names(window) == ["王芳"])
    window.workspace.close()


def test_language_switch_changes_visible_strings(window: MainWindow, english: None) -> None:
    app = QApplication.instance()
    assert app is not None
    i18n.install(app, "zh_CN")
    QApplication.processEvents()
    assert tab_titles(window) == ["策略", "内容日历", "收件箱", "KPI", "团队"]
    assert window.file_menu.title().startswith("文件")
    assert window.team_tab.add_button.text().startswith("添加成员")
    i18n.install(app, "en")
    QApplication.processEvents()
    assert tab_titles(window)[0] == "Strategy"


def fill_member(
    name: str, roles: tuple[str, ...], email: str = ""
) -> Callable[[MemberDialog], None]:
    def act(dialog: MemberDialog) -> None:
        dialog.name.setText(name)
        dialog.email.setText(email)
        for code in roles:
            dialog.role_boxes[code].setChecked(True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    return act


def member_names(window: MainWindow) -> list[str]:
    model = window.team_tab.proxy
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def test_add_edit_remove_member_with_undo(window: MainWindow, qtbot: QtBot, english: None) -> None:
    tab = window.team_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.stack.currentWidget() is tab.empty  # empty state first

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    finish(qtbot, fill_member("王芳", ("lead", "strategy"), "wang.fang@example.com"), MemberDialog)
    assert member_names(window) == ["王芳"]
    assert tab.proxy.index(0, 1).data() == "Team lead and Strategy planner"

    tab.table.selectRow(0)

    def rename(dialog: MemberDialog) -> None:
        dialog.name.setText("王芳 (Fang)")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    finish(qtbot, rename, MemberDialog)
    assert member_names(window) == ["王芳 (Fang)"]

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    answer(qtbot, QMessageBox.StandardButton.Yes)
    assert member_names(window) == []

    window.undo_action.trigger()  # undo remove
    assert member_names(window) == ["王芳 (Fang)"]
    window.undo_action.trigger()  # undo rename
    assert member_names(window) == ["王芳"]
    window.undo_action.trigger()  # undo add
    assert member_names(window) == []
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert member_names(window) == ["王芳 (Fang)"]
    # What the user sees is what was saved.
    assert window.workspace is not None
    saved = TeamService(window.workspace.db).list_members()
    assert [(m.name, m.roles, m.email) for m in saved] == [
        ("王芳 (Fang)", ("lead", "strategy"), "wang.fang@example.com")
    ]


def test_bad_member_input_keeps_the_dialog_open_with_a_message(
    window: MainWindow, qtbot: QtBot, english: None
) -> None:
    seen: list[str] = []

    def empty_name(dialog: MemberDialog) -> None:
        dialog.name.setText("   ")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        seen.append(dialog.error.text() if dialog.error.isVisibleTo(dialog) else "")
        dialog.reject()

    window.team_tab.add_member()
    finish(qtbot, empty_name, MemberDialog)
    assert seen == ["Name: must not be empty"]
    assert member_names(window) == []
    assert not window.undo_stack.canUndo()


def test_filter_narrows_the_team_table(window: MainWindow) -> None:
    assert window.workspace is not None
    team = window.workspace.team
    team.add(MemberDraft("王芳", ("lead",)))
    team.add(MemberDraft("Emily Zhang", ("content",), "emily@example.com"))
    window.team_tab.reload()
    window.team_tab.filter.setText("emily")
    assert member_names(window) == ["Emily Zhang"]


def test_layout_and_last_tab_are_remembered(qtbot: QtBot, db_path: Path) -> None:
    first = open_window(qtbot, db_path)
    first.tabs.setCurrentIndex(4)
    first.resize(700, 500)  # the offscreen screen is 800×600: stay inside it
    first.close()
    assert first.workspace is not None
    first.workspace.close()
    second = open_window(qtbot, db_path)
    assert second.tabs.currentIndex() == 4
    assert (second.width(), second.height()) == (700, 500)
    assert second.workspace is not None
    second.workspace.close()


def test_damaged_database_gives_the_recovery_dialog(qtbot: QtBot, db_path: Path) -> None:
    data = bytearray(db_path.read_bytes())
    data[100:4096] = bytes(3996)
    db_path.write_bytes(bytes(data))
    seen: list[str] = []

    def quit_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoveryDialog)
        seen.append(dialog.text())
        buttons = {b.text().replace("&", ""): b for b in dialog.buttons()}
        seen.extend(sorted(buttons))
        buttons["Quit"].click()

    window = build_window(db_path, synchronous=True)
    qtbot.addWidget(window)
    when_dialog_opens(quit_dialog)
    with qtbot.waitSignal(window.opener.failed, timeout=10000):  # type: ignore[attr-defined]
        window.show()
    qtbot.waitUntil(lambda: bool(seen))
    assert "damaged" in seen[0]
    assert "Open another…" in seen and "Create new…" in seen
    assert window.workspace is None


def test_opening_message_goes_once_the_tabs_have_read(
    qtbot: QtBot, db_path: Path, english: None
) -> None:
    """Opening reads on worker threads, one read started by another; once all are done the
    status bar no longer says the database is opening."""
    window = build_window(db_path)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.opener.opened, timeout=10000):  # type: ignore[attr-defined]
        window.show()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    qtbot.wait(50)
    assert window.statusBar().currentMessage() == ""
    assert not window.progress.isVisible()
    assert window.workspace is not None
    window.workspace.close()
