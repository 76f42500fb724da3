"""The status bar's "Working as": choosing a member, remembered per database, refusals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.db.database import open_database
from app.team.service import MemberDraft, TeamService
from tests.qt_dialogs import finish, when_dialog_opens
from ui.application import build_window
from ui.main_window import MainWindow
from ui.team.member_dialog import MemberDialog


def open_window(qtbot: QtBot, db_path: Path) -> MainWindow:
    window = build_window(db_path, synchronous=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.opener.opened, timeout=10000):  # type: ignore[attr-defined]
        window.show()
    return window


def close_window(window: MainWindow) -> None:
    if window.workspace is not None:
        window.workspace.close()
    window.close()


def make_team(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        team = TeamService(db)
        team.add(MemberDraft("王芳", ("strategy",)))  # the first: the team lead
        team.add(MemberDraft("Emily Zhang", ("content",)))
    finally:
        db.close()


def menu_names(window: MainWindow) -> list[str]:
    window.acting_button.fill_menu()
    return [a.text().split("  (")[0] for a in window.acting_button.member_menu.actions()]


def choose(window: MainWindow, name: str) -> None:
    window.acting_button.fill_menu()
    [action] = [a for a in window.acting_button.member_menu.actions() if a.text().startswith(name)]
    action.trigger()


def member_names(window: MainWindow) -> list[str]:
    model = window.team_tab.proxy
    return sorted(str(model.index(r, 0).data()) for r in range(model.rowCount()))


def test_chosen_member_is_remembered_for_the_database(
    qtbot: QtBot, db_path: Path, english: None
) -> None:
    make_team(db_path)
    window = open_window(qtbot, db_path)
    button = window.acting_button
    assert button.isVisible()
    assert button.text() == "Working as: 王芳"  # nobody chosen yet: the team lead
    assert menu_names(window) == ["Emily Zhang", "王芳"]
    assert "Team lead" in window.acting_button.member_menu.actions()[1].text()

    choose(window, "Emily Zhang")
    assert button.text() == "Working as: Emily Zhang"
    assert window.workspace is not None
    assert window.workspace.acting.current().name == "Emily Zhang"  # type: ignore[union-attr]
    close_window(window)

    again = open_window(qtbot, db_path)
    assert again.acting_button.text() == "Working as: Emily Zhang"
    again.acting_button.fill_menu()  # as when the menu opens
    checked = [a.text() for a in again.acting_button.member_menu.actions() if a.isChecked()]
    assert [t.split("  (")[0] for t in checked] == ["Emily Zhang"]
    close_window(again)


def test_another_database_remembers_its_own_member(
    qtbot: QtBot, db_path: Path, tmp_path: Path, english: None
) -> None:
    make_team(db_path)
    window = open_window(qtbot, db_path)
    choose(window, "Emily Zhang")
    close_window(window)

    other = tmp_path / "other.db"
    make_team(other)
    second = open_window(qtbot, other)
    assert second.acting_button.text() == "Working as: 王芳"
    close_window(second)


def test_empty_team_says_so_and_the_first_member_works(
    qtbot: QtBot, db_path: Path, english: None
) -> None:
    window = open_window(qtbot, db_path)
    assert window.acting_button.text() == "Working as: no team yet"
    assert menu_names(window) == ["No team members yet: add the first in the Team tab"]

    def add_first(dialog: MemberDialog) -> None:
        dialog.name.setText("李娜")
        dialog.role_boxes["content"].setChecked(True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    window.tabs.setCurrentWidget(window.team_tab)
    qtbot.mouseClick(window.team_tab.add_button, Qt.MouseButton.LeftButton)
    finish(qtbot, add_first, MemberDialog)
    assert window.acting_button.text() == "Working as: 李娜"
    assert window.workspace is not None
    [first] = window.workspace.team.list_members()
    assert set(first.roles) == {"lead", "content"}
    close_window(window)

    again = open_window(qtbot, db_path)
    assert again.acting_button.text() == "Working as: 李娜"
    close_window(again)


def test_member_without_the_right_is_refused_and_nothing_changes(
    qtbot: QtBot, db_path: Path, english: None
) -> None:
    make_team(db_path)
    window = open_window(qtbot, db_path)
    choose(window, "Emily Zhang")
    window.tabs.setCurrentWidget(window.team_tab)
    assert member_names(window) == ["Emily Zhang", "王芳"]

    messages: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox), type(box)
        messages.append(box.text())
        box.accept()

    def add_member(dialog: MemberDialog) -> None:
        dialog.name.setText("Someone new")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    # The button is greyed out for her; the core refuses all the same (Ctrl+N).
    assert not window.team_tab.add_button.isEnabled()
    assert window.team_tab.add_button.toolTip().startswith("Needs the right to change the team")
    when_dialog_opens(read_and_close)
    window.team_tab.add_member()
    dialog = window.findChild(MemberDialog)
    assert dialog is not None
    add_member(dialog)
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)

    assert messages == [
        "Emily Zhang may not change the team: that needs the role of Team lead. "
        "Nothing was changed.\n\n"
        "Ask a team lead for the role, or choose who is working in the status bar."
    ]
    assert member_names(window) == ["Emily Zhang", "王芳"]
    assert window.workspace is not None
    assert len(window.workspace.team.list_members()) == 2
    assert not window.undo_stack.canUndo()
    close_window(window)


def test_every_right_reads_in_chinese(qapp: QApplication) -> None:
    from app.team.rights import RIGHTS, Forbidden
    from ui import i18n
    from ui.team.rights_labels import forbidden_text, right_label

    i18n.install(qapp, "en")
    english = {r: right_label(r) for r in RIGHTS}
    i18n.install(qapp, "zh_CN")
    try:
        chinese = {r: right_label(r) for r in RIGHTS}
        assert all(chinese[r] != english[r] for r in RIGHTS), chinese
        assert forbidden_text(Forbidden("Emily Zhang", "approve_post")).startswith(
            "Emily Zhang 无权审核发布内容"
        )
    finally:
        i18n.install(qapp, "en")
