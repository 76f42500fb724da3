"""Table model of team members."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.services.team_data import MemberInfo
from ui.team.roles import role_label

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    ROLES = 1
    EMAIL = 2
    ACTIVE = 3


UUID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class MemberTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MemberInfo] = []

    def set_members(self, members: list[MemberInfo]) -> None:
        self.beginResetModel()
        self._rows = list(members)
        self.endResetModel()

    def member_at(self, row: int) -> MemberInfo:
        return self._rows[row]

    def row_of(self, uuid: str) -> int:
        return next((i for i, m in enumerate(self._rows) if m.uuid == uuid), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.NAME: self.tr("Name"),
            Column.ROLES: self.tr("Roles"),
            Column.EMAIL: self.tr("E-mail"),
            Column.ACTIVE: self.tr("Status"),
        }.get(Column(section))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        col = Column(index.column())
        if role == UUID_ROLE:
            return m.uuid
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == Column.NAME:
                return m.name
            if col == Column.ROLES:
                return "、".join(role_label(r) for r in m.roles) if m.roles else "—"
            if col == Column.EMAIL:
                return m.email
            if role == SORT_ROLE:
                return int(m.active)
            return self.tr("Active") if m.active else self.tr("Inactive")
        if role == Qt.ItemDataRole.ForegroundRole and not m.active:
            return QColor(Qt.GlobalColor.gray)
        if role == Qt.ItemDataRole.ToolTipRole and m.notes:
            return m.notes
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )
