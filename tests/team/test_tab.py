"""The Team tab on the shared editing kit: empty states, undo of every change, and an
undo that would overwrite someone else's change is refused."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.team.types import MemberDraft
from app.workspace import Workspace
from tests.qt_dialogs import answer, finish, when_dialog_opens
from ui.team.member_dialog import MemberDialog
from ui.team.tab import TeamTab


@pytest.fixture
def tab(qtbot: QtBot, english: None) -> TeamTab:
    t = TeamTab(QUndoStack())
    qtbot.addWidget(t)
    t.show()
    qtbot.waitExposed(t)
    return t


def names(tab: TeamTab) -> list[str]:
    return [str(tab.proxy.index(r, 0).data()) for r in range(tab.proxy.rowCount())]


def test_empty_states_say_what_is_missing(tab: TeamTab, workspace: Workspace) -> None:
    assert tab.stack.currentWidget() is tab.empty
    assert tab.empty.title.text() == "No database open"
    assert not tab.add_button.isEnabled()
    tab.set_workspace(workspace)
    assert tab.empty.title.text() == "No team members yet"
    assert tab.add_button.isEnabled()
    workspace.team.add(MemberDraft("王芳"))
    tab.reload()
    assert tab.stack.currentWidget() is tab.section


def test_add_edit_remove_undo_redo(tab: TeamTab, workspace: Workspace, qtbot: QtBot) -> None:
    tab.set_workspace(workspace)
    stack = tab.editor.undo_stack

    def add(dialog: MemberDialog) -> None:
        dialog.name.setText("Emily Zhang")
        dialog.role_boxes["content"].setChecked(True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    tab.add_button.click()
    finish(qtbot, add, MemberDialog)
    assert names(tab) == ["Emily Zhang"]
    assert tab.selected() is not None  # the new member is selected

    def rename(dialog: MemberDialog) -> None:
        assert dialog.name.text() == "Emily Zhang"
        dialog.name.setText("张艾米")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    tab.edit_button.click()
    finish(qtbot, rename, MemberDialog)
    assert names(tab) == ["张艾米"]
    tab.remove_button.click()
    assert "Remove 张艾米 from the team?" in answer(qtbot, QMessageBox.StandardButton.Yes)
    assert names(tab) == []
    assert [stack.text(i) for i in range(stack.count())] == [
        "Add Emily Zhang",
        "Edit 张艾米",
        "Remove 张艾米",
    ]
    stack.undo()
    stack.undo()
    assert names(tab) == ["Emily Zhang"]
    stack.undo()
    assert workspace.team.list_members() == []
    stack.redo()
    stack.redo()
    [m] = workspace.team.list_members()
    assert m.name == "张艾米" and "content" in m.roles


def test_cancel_and_no_change_nothing(tab: TeamTab, workspace: Workspace, qtbot: QtBot) -> None:
    workspace.team.add(MemberDraft("王芳"))
    tab.set_workspace(workspace)
    tab.add_member()
    finish(qtbot, lambda d: d.reject(), MemberDialog)
    tab.table.selectRow(0)
    tab.remove_selected()
    answer(qtbot, QMessageBox.StandardButton.No)
    assert names(tab) == ["王芳"]
    assert not tab.editor.undo_stack.canUndo()


def test_undo_does_not_overwrite_a_change_made_since(
    tab: TeamTab, workspace: Workspace, qtbot: QtBot
) -> None:
    member = workspace.team.add(MemberDraft("王芳"))
    tab.set_workspace(workspace)
    tab.table.selectRow(0)

    def rename(dialog: MemberDialog) -> None:
        dialog.name.setText("王芳 (Fang)")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    tab.edit_selected()
    finish(qtbot, rename, MemberDialog)
    current = workspace.team.get(member.uuid)
    workspace.team.update(member.uuid, current.version, replace(current.draft(), email="f@x.cn"))
    said: list[str] = []

    def ok(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    when_dialog_opens(ok)  # the error message still runs its own loop
    tab.editor.undo_stack.undo()
    assert said and "changed this record" in said[0]
    saved = workspace.team.get(member.uuid)
    assert (saved.name, saved.email) == ("王芳 (Fang)", "f@x.cn")
    assert names(tab) == ["王芳 (Fang)"]
