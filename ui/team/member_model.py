"""Table model of team members."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.team.types import MemberInfo
from ui.row_model import RowTableModel
from ui.team.roles import roles_text


class Column(IntEnum):
    NAME = 0
    ROLES = 1
    EMAIL = 2
    ACTIVE = 3


class MemberTableModel(RowTableModel[MemberInfo]):
    columns = Column

    def header(self, column: Any) -> str:
        return {
            Column.NAME: self.tr("Name"),
            Column.ROLES: self.tr("Roles"),
            Column.EMAIL: self.tr("E-mail"),
            Column.ACTIVE: self.tr("Status"),
        }[column]

    def display(self, row: MemberInfo, column: Any) -> str:
        if column == Column.NAME:
            return row.name
        if column == Column.ROLES:
            return roles_text(row.roles)
        if column == Column.EMAIL:
            return row.email
        return self.tr("Active") if row.active else self.tr("Inactive")

    def sort_key(self, row: MemberInfo, column: Any) -> Any:
        return int(row.active) if column == Column.ACTIVE else self.display(row, column)

    def tooltip(self, row: MemberInfo, column: Any) -> str | None:
        return row.notes or None

    def foreground(self, row: MemberInfo) -> Any:
        return None if row.active else QColor(Qt.GlobalColor.gray)
