"""Accounts and platforms: the managed accounts, their owners, and user-added platforms.
Account changes go on the window's undo stack like every other edit."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.accounts.types import AccountDraft, AccountInfo, PlatformInfo, RemovedAccount
from app.team.types import MemberInfo
from ui.accounts.account_model import AccountTableModel, Column
from ui.formats import platform_text
from ui.widgets.dialog_undo import DialogUndo
from ui.widgets.editing import Editor
from ui.widgets.form_dialog import FormDialog
from ui.widgets.records import RecordActions, RecordOps
from ui.widgets.table_section import TableSection

if TYPE_CHECKING:  # the core's services load only once a database opens
    from app.workspace import Workspace


def account_ops(ws: Workspace) -> RecordOps[AccountInfo, AccountDraft, RemovedAccount]:
    a = ws.accounts
    return RecordOps(
        a.get_account, a.add_account, a.update_account, a.remove_account, a.restore_account
    )


class AccountEditor(FormDialog[AccountDraft, AccountInfo]):
    def __init__(
        self,
        save: Callable[[AccountDraft], AccountInfo],
        platforms: list[PlatformInfo],
        members: list[MemberInfo],
        initial: AccountInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Edit account") if initial else self.tr("Add account"))
        self.platform = QComboBox(self)
        for p in platforms:
            self.platform.addItem(platform_text(p.name_en, p.name_zh), p.uuid)
        self.handle = QLineEdit(self)
        self.handle.setPlaceholderText(self.tr("e.g. @brand_official"))
        self.display_name = QLineEdit(self)
        self.owner = QComboBox(self)
        self.owner.addItem(self.tr("(nobody)"), None)
        for m in members:
            if m.active or (initial is not None and m.uuid == initial.owner_uuid):
                self.owner.addItem(m.name, m.uuid)
        self.active = QCheckBox(self.tr("Active"), self)
        self.active.setChecked(True)
        if initial is not None:
            self.platform.setCurrentIndex(self.platform.findData(initial.platform_uuid))
            self.handle.setText(initial.handle)
            self.display_name.setText(initial.display_name)
            self.owner.setCurrentIndex(max(self.owner.findData(initial.owner_uuid), 0))
            self.active.setChecked(initial.active)
        self.form.addRow(self.tr("&Platform"), self.platform)
        self.form.addRow(self.tr("&Handle"), self.handle)
        self.form.addRow(self.tr("&Display name"), self.display_name)
        self.form.addRow(self.tr("&Owner"), self.owner)
        self.form.addRow("", self.active)
        self.field_widgets = {
            "platform_uuid": self.platform,
            "handle": self.handle,
            "display_name": self.display_name,
            "owner_uuid": self.owner,
        }
        self.resize(440, self.sizeHint().height())

    def draft(self) -> AccountDraft:
        return AccountDraft(
            platform_uuid=str(self.platform.currentData()),
            handle=self.handle.text(),
            display_name=self.display_name.text(),
            owner_uuid=self.owner.currentData(),
            active=self.active.isChecked(),
        )


class AccountsDialog(QDialog):
    def __init__(
        self, ws: Workspace, undo_stack: QUndoStack | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.editor = Editor(self.undo_stack, self, lambda: self.reload(), lambda: self.ws)
        self.accounts = RecordActions(self.editor, account_ops, lambda uuid: self.reload(uuid))
        self.setWindowTitle(self.tr("Accounts and platforms"))
        self.model = AccountTableModel(self)
        self.section = TableSection(
            self.model,
            Column.NAME,
            lambda: "",
            lambda: self.tr("&Add account…"),
            self,
            edit_text=lambda: self.tr("&Edit…"),
            remove_text=lambda: self.tr("&Remove"),
        )
        self.section.title.hide()
        self.proxy, self.table = self.section.proxy, self.section.table
        self.table.sortByColumn(Column.PLATFORM, Qt.SortOrder.AscendingOrder)
        self.section.add_requested.connect(self.add)
        self.section.edit_requested.connect(self.edit_account)
        self.section.remove_requested.connect(self.remove_account)
        self.undo = DialogUndo(self, self.undo_stack)
        self.undo_action, self.redo_action = self.undo.undo_action, self.undo.redo_action
        self.undo_button, self.redo_button = self.undo.undo_button, self.undo.redo_button
        self.platform_button = QPushButton(self.tr("Add &platform…"), self)
        self.platform_button.clicked.connect(self.add_platform)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.section.bar.insertStretch(1, 1)
        self.undo.add_to(self.section.bar)
        self.section.bar.addSpacing(12)
        self.section.bar.addWidget(self.platform_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.section, 1)
        layout.addWidget(close)
        self.resize(820, 440)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.undo.retranslate()

    def reload(self, select_uuid: str | None = None) -> None:
        self.section.set_rows(self.ws.accounts.list_accounts())
        if select_uuid:
            self.section.select(select_uuid)

    def selected(self) -> AccountInfo | None:
        return self.section.selected()

    def _editor_dialog(
        self, initial: AccountInfo | None
    ) -> Callable[[Callable[[AccountDraft], AccountInfo]], AccountEditor]:
        platforms = self.ws.accounts.list_platforms()
        members = self.ws.team.list_members()
        return lambda save: AccountEditor(save, platforms, members, initial, self)

    def add(self) -> None:
        self.accounts.add(
            self._editor_dialog(None),
            lambda a: self.tr("Add account %1").replace("%1", a.handle),
        )

    def edit_account(self, before: AccountInfo) -> None:
        self.accounts.edit(
            before,
            self._editor_dialog(before),
            lambda a: self.tr("Edit account %1").replace("%1", a.handle),
        )

    def edit(self) -> None:
        current = self.selected()
        if current is not None:
            self.edit_account(current)

    def remove_account(self, account: AccountInfo) -> None:
        self.accounts.remove(
            account,
            self.tr("Remove account %1").replace("%1", account.handle),
            confirm=(
                self.tr("Remove account"),
                self.tr(
                    "Remove the account %1? To keep its history, mark it paused instead. "
                    "You can undo this with Ctrl+Z."
                ).replace("%1", account.handle),
            ),
        )

    def remove(self) -> None:
        current = self.selected()
        if current is not None:
            self.remove_account(current)

    def add_platform(self) -> None:
        ask = QInputDialog(self)
        ask.setWindowTitle(self.tr("Add platform"))
        ask.setLabelText(self.tr("Name of the platform (e.g. Xiaohongshu 小红书):"))

        def finished(code: int) -> None:
            name = ask.textValue().strip()
            ask.deleteLater()
            self.editor.open_dialog = None
            if code != QDialog.DialogCode.Accepted or not name:
                return
            en, _, zh = name.partition(" ")
            try:
                self.ws.accounts.add_platform(en, zh)
            except Exception as exc:
                self.editor.report(exc)

        ask.finished.connect(finished)
        self.editor.open_dialog = ask
        ask.open()
