"""Accounts and platforms dialog, and the table models of the shared entities."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from app.accounts.service import AccountDraft
from app.strategy.types import PlatformStrategyDraft, new_plan_draft
from app.team.service import MemberDraft
from app.workspace import Workspace
from tests.qt_dialogs import answer, finish
from ui.accounts.account_model import AccountTableModel
from ui.accounts.dialog import AccountEditor, AccountsDialog
from ui.team.member_model import MemberTableModel


def fill_account(
    qtbot: QtBot, handle: str, owner: str | None = None, platform: str = "WeChat"
) -> str:
    """Fill the open account editor and press OK; its inline error, or "" when saved."""
    said: list[str] = []

    def act(dialog: AccountEditor) -> None:
        dialog.platform.setCurrentIndex(dialog.platform.findText(platform))
        dialog.handle.setText(handle)
        dialog.display_name.setText("品牌官方服务号")
        if owner:
            dialog.owner.setCurrentIndex(dialog.owner.findText(owner))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        said.append(dialog.error.text() if dialog.isVisible() else "")
        if dialog.isVisible():  # refused: give up
            dialog.reject()

    finish(qtbot, act, AccountEditor)
    return said[0]


def shown(dialog: AccountsDialog) -> list[list[str]]:
    return [
        [str(dialog.proxy.index(r, c).data()) for c in range(dialog.proxy.columnCount())]
        for r in range(dialog.proxy.rowCount())
    ]


def test_add_account_with_owner_and_refuse_a_duplicate(
    qtbot: QtBot, workspace: Workspace, english: None
) -> None:
    workspace.team.add(MemberDraft("王芳", ("operations",)))
    dialog = AccountsDialog(workspace, QUndoStack())
    qtbot.addWidget(dialog)
    dialog.add()
    assert fill_account(qtbot, "brand_official", owner="王芳") == ""
    assert shown(dialog) == [["WeChat", "brand_official", "品牌官方服务号", "王芳", "Active"]]

    dialog.add()
    assert fill_account(qtbot, "brand_official") == "Handle: this platform already has that account"
    assert len(workspace.accounts.list_accounts()) == 1


def test_account_edits_undo_and_redo(qtbot: QtBot, workspace: Workspace, english: None) -> None:
    stack = QUndoStack()
    dialog = AccountsDialog(workspace, stack)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.section.add_button.click()
    assert fill_account(qtbot, "brand") == ""
    dialog.table.selectRow(0)

    def rename(editor: AccountEditor) -> None:
        editor.handle.setText("brand_cn")
        editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    dialog.section.edit_button.click()
    finish(qtbot, rename, AccountEditor)
    assert [r[1] for r in shown(dialog)] == ["brand_cn"]

    dialog.table.selectRow(0)
    dialog.section.remove_button.click()
    assert "Remove the account brand_cn?" in answer(qtbot, QMessageBox.StandardButton.Yes)
    assert shown(dialog) == []
    assert dialog.undo_button.isEnabled()

    dialog.undo_button.click()  # the removal
    assert [r[1] for r in shown(dialog)] == ["brand_cn"]
    dialog.undo_action.trigger()  # the rename
    assert [r[1] for r in shown(dialog)] == ["brand"]
    dialog.undo_action.trigger()  # the addition
    assert shown(dialog) == [] and workspace.accounts.list_accounts() == []
    stack.redo()
    stack.redo()
    assert [a.handle for a in workspace.accounts.list_accounts()] == ["brand_cn"]


def test_undoing_a_removed_account_links_its_strategies_again(
    qtbot: QtBot, workspace: Workspace
) -> None:
    wechat = next(p for p in workspace.accounts.list_platforms() if p.code == "wechat")
    account = workspace.accounts.add_account(AccountDraft(wechat.uuid, "@brand"))
    plan = workspace.plans.add_plan(new_plan_draft("2026", "year", date(2026, 1, 1)))
    workspace.platform_strategies.add_strategy(
        plan.uuid, PlatformStrategyDraft(wechat.uuid, account.uuid, 3)
    )
    stack = QUndoStack()
    dialog = AccountsDialog(workspace, stack)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    dialog.section.remove_button.click()
    answer(qtbot, QMessageBox.StandardButton.Yes)
    [st] = workspace.platform_strategies.list_strategies(plan.uuid)
    assert st.account_uuid is None
    stack.undo()
    [st] = workspace.platform_strategies.list_strategies(plan.uuid)
    assert st.account_uuid == account.uuid
    assert workspace.accounts.get_account(account.uuid).handle == "@brand"


def test_closed_dialog_leaves_its_edits_undoable(qtbot: QtBot, workspace: Workspace) -> None:
    stack = QUndoStack()
    dialog = AccountsDialog(workspace, stack)
    dialog.add()
    assert fill_account(qtbot, "brand") == ""
    shiboken6.delete(dialog)  # closed and gone, as the window's dialog is
    assert not dialog.editor.alive()
    stack.undo()
    assert workspace.accounts.list_accounts() == []


def test_table_models_pass_the_model_tester(qtmodeltester: object, workspace: Workspace) -> None:
    workspace.team.add(MemberDraft("王芳", ("lead", "pr"), "wang.fang@example.com"))
    workspace.team.add(MemberDraft("Chen Hao", active=False))
    members = MemberTableModel()
    members.set_rows(workspace.team.list_members())
    qtmodeltester.check(members)  # type: ignore[attr-defined]
    accounts = AccountTableModel()
    platform = workspace.accounts.list_platforms()[0]
    workspace.accounts.add_account(AccountDraft(platform.uuid, "@brand"))
    accounts.set_rows(workspace.accounts.list_accounts())
    qtmodeltester.check(accounts)  # type: ignore[attr-defined]
