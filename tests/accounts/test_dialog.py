"""Accounts and platforms dialog, and the table models of the shared entities."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from app.accounts.service import AccountDraft
from app.team.service import MemberDraft
from app.workspace import Workspace
from tests.qt_dialogs import when_dialog_opens
from ui.accounts.account_model import AccountTableModel
from ui.accounts.dialog import AccountEditor, AccountsDialog
from ui.team.member_model import MemberTableModel


def fill_account(handle: str, owner: str | None = None, platform: str = "WeChat") -> object:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, AccountEditor)
        dialog.platform.setCurrentIndex(dialog.platform.findText(platform))
        dialog.handle.setText(handle)
        dialog.display_name.setText("品牌官方服务号")
        if owner:
            dialog.owner.setCurrentIndex(dialog.owner.findText(owner))
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        if dialog.isVisible():  # refused: report what it says, then give up
            errors.append(dialog.error.text())
            dialog.reject()

    errors: list[str] = []
    act.errors = errors  # type: ignore[attr-defined]
    return act


def test_add_account_with_owner_and_refuse_a_duplicate(qtbot: QtBot, workspace: Workspace) -> None:
    workspace.team.add(MemberDraft("王芳", ("operations",)))
    dialog = AccountsDialog(workspace)
    qtbot.addWidget(dialog)
    when_dialog_opens(fill_account("brand_official", owner="王芳"))
    dialog.add()
    rows = [
        [dialog.proxy.index(r, c).data() for c in range(dialog.proxy.columnCount())]
        for r in range(dialog.proxy.rowCount())
    ]
    assert rows == [["WeChat", "brand_official", "品牌官方服务号", "王芳", "Active"]]

    duplicate = fill_account("brand_official")
    when_dialog_opens(duplicate)
    dialog.add()
    assert duplicate.errors == ["Handle: this platform already has that account"]  # type: ignore[attr-defined]
    assert len(workspace.accounts.list_accounts()) == 1


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
