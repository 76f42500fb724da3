"""Accounts and platforms: the managed accounts, their owners, and user-added platforms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.accounts.types import AccountDraft, AccountInfo
from app.validation import InvalidInput
from ui.accounts.account_model import AccountTableModel, Column
from ui.errors import invalid_text, show_error
from ui.row_model import sort_proxy

if TYPE_CHECKING:  # the core's services load only once a database opens
    from app.workspace import Workspace


def _chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


class AccountEditor(QDialog):
    def __init__(
        self, ws: Workspace, initial: AccountInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.initial = ws, initial
        self.setWindowTitle(self.tr("Edit account") if initial else self.tr("Add account"))
        self.platform = QComboBox(self)
        for p in ws.accounts.list_platforms():
            self.platform.addItem(p.name_zh if _chinese() else p.name_en, p.uuid)
        self.handle = QLineEdit(self)
        self.handle.setPlaceholderText(self.tr("e.g. @brand_official"))
        self.display_name = QLineEdit(self)
        self.owner = QComboBox(self)
        self.owner.addItem(self.tr("(nobody)"), None)
        for m in ws.team.list_members(include_inactive=False):
            self.owner.addItem(m.name, m.uuid)
        self.active = QCheckBox(self.tr("Active"), self)
        self.active.setChecked(True)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        if initial is not None:
            self.platform.setCurrentIndex(self.platform.findData(initial.platform_uuid))
            self.handle.setText(initial.handle)
            self.display_name.setText(initial.display_name)
            self.owner.setCurrentIndex(max(self.owner.findData(initial.owner_uuid), 0))
            self.active.setChecked(initial.active)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Platform"), self.platform)
        form.addRow(self.tr("&Handle"), self.handle)
        form.addRow(self.tr("&Display name"), self.display_name)
        form.addRow(self.tr("&Owner"), self.owner)
        form.addRow("", self.active)
        form.addRow(self.error)
        form.addRow(buttons)

    def try_accept(self) -> None:
        draft = AccountDraft(
            platform_uuid=str(self.platform.currentData()),
            handle=self.handle.text(),
            display_name=self.display_name.text(),
            owner_uuid=self.owner.currentData(),
            active=self.active.isChecked(),
        )
        try:
            if self.initial is None:
                self.ws.accounts.add_account(draft)
            else:
                self.ws.accounts.update_account(self.initial.uuid, self.initial.version, draft)
        except InvalidInput as exc:
            self.error.setText(invalid_text(exc))
            self.error.show()
            self.handle.setFocus()
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()


class AccountsDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Accounts and platforms"))
        self.model = AccountTableModel(self)
        self.proxy = sort_proxy(self.model, self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.PLATFORM, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            Column.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.table.doubleClicked.connect(lambda _i: self.edit())
        add = QPushButton(self.tr("&Add account…"), self)
        edit = QPushButton(self.tr("&Edit…"), self)
        remove = QPushButton(self.tr("&Remove"), self)
        platform = QPushButton(self.tr("Add &platform…"), self)
        add.clicked.connect(self.add)
        edit.clicked.connect(self.edit)
        remove.clicked.connect(self.remove)
        platform.clicked.connect(self.add_platform)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bar = QHBoxLayout()
        for b in (add, edit, remove):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(platform)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.resize(760, 440)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self.ws.accounts.list_accounts())

    def selected(self) -> AccountInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def add(self) -> None:
        if AccountEditor(self.ws, None, self).exec():
            self.reload()

    def edit(self) -> None:
        current = self.selected()
        if current is not None and AccountEditor(self.ws, current, self).exec():
            self.reload()

    def remove(self) -> None:
        current = self.selected()
        if current is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove account"),
            self.tr("Remove the account %1? To keep its history, mark it paused instead.").replace(
                "%1", current.handle
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.ws.accounts.remove_account(current.uuid)
            except Exception as exc:
                show_error(self, exc)
            self.reload()

    def add_platform(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Add platform"),
            self.tr("Name of the platform (e.g. Xiaohongshu 小红书):"),
        )
        if not ok or not name.strip():
            return
        en, _, zh = name.strip().partition(" ")
        try:
            self.ws.accounts.add_platform(en, zh)
        except Exception as exc:
            show_error(self, exc)
