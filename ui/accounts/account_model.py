"""Table model of the managed accounts."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from app.accounts.types import AccountInfo
from ui.formats import platform_text
from ui.row_model import RowTableModel


class Column(IntEnum):
    PLATFORM = 0
    HANDLE = 1
    NAME = 2
    OWNER = 3
    ACTIVE = 4


class AccountTableModel(RowTableModel[AccountInfo]):
    columns = Column

    def header(self, column: Any) -> str:
        return {
            Column.PLATFORM: self.tr("Platform"),
            Column.HANDLE: self.tr("Handle"),
            Column.NAME: self.tr("Display name"),
            Column.OWNER: self.tr("Owner"),
            Column.ACTIVE: self.tr("Status"),
        }[column]

    def display(self, row: AccountInfo, column: Any) -> str:
        if column == Column.PLATFORM:
            return platform_text(row.platform_en, row.platform_zh)
        if column == Column.HANDLE:
            return row.handle
        if column == Column.NAME:
            return row.display_name
        if column == Column.OWNER:
            return row.owner_name or "—"
        return self.tr("Active") if row.active else self.tr("Paused")
