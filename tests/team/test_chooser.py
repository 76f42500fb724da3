""" "Who is working?" when a database opens: asked once per database, remembered."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.db.database import open_database
from app.team.service import MemberDraft, TeamService
from tests.qt_dialogs import finish
from ui import settings
from ui.application import build_window
from ui.main_window import MainWindow
from ui.team.chooser import WhoIsWorkingDialog


def make_team(db_path: Path, *members: MemberDraft) -> dict[str, str]:
    """Members by name → UUID; the first added is the team lead."""
    db = open_database(db_path)
    try:
        team = TeamService(db)
        return {m.name: team.add(m).uuid for m in members}
    finally:
        db.close()


THREE = (
    MemberDraft("王芳", ("strategy",)),
    MemberDraft("Emily Zhang", ("content",)),
    MemberDraft("李雷", ("pr",)),
)


def open_window(qtbot: QtBot, db_path: Path, *, ask: bool = True) -> MainWindow:
    window = build_window(db_path, synchronous=True)
    window.ask_who_is_working = ask  # as the app does; tests leave it off otherwise
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.opener.opened, timeout=10000):  # type: ignore[attr-defined]
        window.show()
    qtbot.wait(50)  # the question comes after the window has shown the database
    return window


def close_window(window: MainWindow) -> None:
    if window.workspace is not None:
        window.workspace.close()
    window.close()


def chooser(window: MainWindow) -> WhoIsWorkingDialog | None:
    found = [d for d in window.findChildren(WhoIsWorkingDialog) if d.isVisible()]
    assert len(found) <= 1
    return found[0] if found else None


def rows(dialog: WhoIsWorkingDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_three_members_and_nobody_remembered_asks_and_remembers_the_answer(
    qtbot: QtBot, db_path: Path, english: None
) -> None:
    make_team(db_path, *THREE)
    window = open_window(qtbot, db_path)
    dialog = chooser(window)
    assert dialog is not None
    assert dialog.windowTitle() == "Who is working?"
    assert not dialog.isModal() or dialog.windowModality() == Qt.WindowModality.WindowModal
    assert sorted(rows(dialog)) == [
        "Emily Zhang  (Content producer)",
        "李雷  (PR & crisis)",
        "王芳  (Team lead and Strategy planner)",
    ], rows(dialog)
    current = dialog.list.currentItem()
    assert current is not None and current.text().startswith("王芳")  # the lead first
    assert window.acting_button.text() == "Working as: 王芳"  # meanwhile, the lead

    def choose_emily(d: WhoIsWorkingDialog) -> None:
        d.list.setCurrentRow(rows(d).index("Emily Zhang  (Content producer)"))
        qtbot.keyClick(d.list, Qt.Key.Key_Return)  # Enter accepts

    finish(qtbot, choose_emily, WhoIsWorkingDialog)
    assert window.acting_button.text() == "Working as: Emily Zhang"
    assert window.workspace is not None
    assert window.workspace.acting.current().name == "Emily Zhang"  # type: ignore[union-attr]
    close_window(window)

    again = open_window(qtbot, db_path)
    assert chooser(again) is None
    assert again.acting_button.text() == "Working as: Emily Zhang"
    close_window(again)


def test_cancel_works_as_the_lead_and_asks_again_next_time(
    qtbot: QtBot, db_path: Path, english: None
) -> None:
    make_team(db_path, *THREE)
    window = open_window(qtbot, db_path)
    assert chooser(window) is not None
    finish(qtbot, lambda d: qtbot.keyClick(d.list, Qt.Key.Key_Escape), WhoIsWorkingDialog)
    assert window.acting_button.text() == "Working as: 王芳"
    assert window.workspace is not None
    assert settings.working_as(window.workspace.location) is None
    close_window(window)

    again = open_window(qtbot, db_path)
    assert chooser(again) is not None
    close_window(again)


def test_one_member_is_not_asked(qtbot: QtBot, db_path: Path, english: None) -> None:
    make_team(db_path, MemberDraft("王芳", ("strategy",)))
    window = open_window(qtbot, db_path)
    assert chooser(window) is None
    assert window.acting_button.text() == "Working as: 王芳"
    close_window(window)


def test_without_the_switch_nobody_is_asked(qtbot: QtBot, db_path: Path, english: None) -> None:
    make_team(db_path, *THREE)
    window = open_window(qtbot, db_path, ask=False)  # every other test's window
    assert chooser(window) is None
    assert window.acting_button.text() == "Working as: 王芳"
    close_window(window)


def test_the_remembered_member_left_so_the_question_comes_again(
    qtbot: QtBot, db_path: Path, english: None
) -> None:
    ids = make_team(db_path, *THREE)
    window = open_window(qtbot, db_path)

    def choose_li(d: WhoIsWorkingDialog) -> None:
        d.list.setCurrentRow(rows(d).index("李雷  (PR & crisis)"))
        d.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    finish(qtbot, choose_li, WhoIsWorkingDialog)
    assert window.acting_button.text() == "Working as: 李雷"
    close_window(window)

    db = open_database(db_path)
    try:
        team = TeamService(db)
        li = team.get(ids["李雷"])
        team.update(li.uuid, li.version, replace(li.draft(), active=False))
    finally:
        db.close()
    again = open_window(qtbot, db_path)
    dialog = chooser(again)
    assert dialog is not None
    assert sorted(r.split("  (")[0] for r in rows(dialog)) == ["Emily Zhang", "王芳"]
    current = dialog.list.currentItem()
    assert current is not None and current.text().startswith("王芳")
    assert again.acting_button.text() == "Working as: 王芳"
    close_window(again)


def test_opening_another_database_replaces_the_question(
    qtbot: QtBot, db_path: Path, tmp_path: Path, english: None
) -> None:
    make_team(db_path, *THREE)
    other = tmp_path / "other.db"
    make_team(other, MemberDraft("Lin Wei", ("lead",)), MemberDraft("Zhao Min", ("analyst",)))
    window = open_window(qtbot, db_path)
    first = chooser(window)
    assert first is not None
    with qtbot.waitSignal(window.opener.opened, timeout=10000):  # type: ignore[attr-defined]
        window.opener.open(other)  # type: ignore[attr-defined]
    qtbot.wait(50)
    second = chooser(window)
    assert second is not None and second is not first
    assert [r.split("  (")[0] for r in rows(second)] == ["Lin Wei", "Zhao Min"]
    close_window(window)
