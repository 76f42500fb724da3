"""Table model of the managed accounts."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from app.services.accounts_data import AccountInfo

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    PLATFORM = 0
    HANDLE = 1
    NAME = 2
    OWNER = 3
    ACTIVE = 4


class AccountTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AccountInfo] = []

    def set_accounts(self, rows: list[AccountInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def account_at(self, row: int) -> AccountInfo:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Platform"),
            self.tr("Handle"),
            self.tr("Display name"),
            self.tr("Owner"),
            self.tr("Status"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        a = self._rows[index.row()]
        chinese = QLocale().language() == QLocale.Language.Chinese
        return (
            a.platform_zh if chinese else a.platform_en,
            a.handle,
            a.display_name,
            a.owner_name or "—",
            self.tr("Active") if a.active else self.tr("Paused"),
        )[index.column()]
