"""The plan tree (year → quarter → month) as an item model, and its filter proxy."""

from __future__ import annotations

from enum import IntEnum
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from app.strategy.types import PlanInfo
from ui.row_model import SORT_ROLE, UUID_ROLE
from ui.strategy.labels import level_label, period_label, status_label

Index = QModelIndex | QPersistentModelIndex
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3


class PlanColumn(IntEnum):
    TITLE = 0
    PERIOD = 1
    STATUS = 2


class _Node:
    __slots__ = ("children", "info", "parent_id", "row")

    def __init__(self, info: PlanInfo | None, parent_id: int, row: int) -> None:
        self.info = info
        self.parent_id = parent_id
        self.row = row
        self.children: list[int] = []


class PlanTreeModel(QAbstractItemModel):
    """Nodes are kept in a list; an index's internal id is its node's position there
    (0 is the invisible root), which stays valid without Python object pointers."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._nodes: list[_Node] = [_Node(None, 0, 0)]
        self._by_uuid: dict[str, int] = {}

    def set_plans(self, plans: list[PlanInfo]) -> None:
        """Plans in the service's order; a plan whose parent is missing goes to the top."""
        self.beginResetModel()
        self._nodes = [_Node(None, 0, 0)]
        self._by_uuid = {}
        known = {p.uuid for p in plans}
        pending = list(plans)
        # Parents before children, whatever order the list came in.
        while pending:
            rest = []
            for p in pending:
                parent_uuid = p.parent_uuid if p.parent_uuid in known else None
                if parent_uuid is not None and parent_uuid not in self._by_uuid:
                    rest.append(p)
                    continue
                parent_id = self._by_uuid[parent_uuid] if parent_uuid else 0
                parent = self._nodes[parent_id]
                node_id = len(self._nodes)
                self._nodes.append(_Node(p, parent_id, len(parent.children)))
                parent.children.append(node_id)
                self._by_uuid[p.uuid] = node_id
            if len(rest) == len(pending):  # a cycle cannot come from the service
                break
            pending = rest
        self.endResetModel()

    def plan(self, index: Index) -> PlanInfo | None:
        if not index.isValid():
            return None
        return self._nodes[index.internalId()].info

    def find(self, uuid: str) -> PlanInfo | None:
        node_id = self._by_uuid.get(uuid)
        return None if node_id is None else self._nodes[node_id].info

    def index_of(self, uuid: str, column: int = 0) -> QModelIndex:
        node_id = self._by_uuid.get(uuid)
        if node_id is None:
            return QModelIndex()
        return self.createIndex(self._nodes[node_id].row, column, node_id)

    def plans(self) -> list[PlanInfo]:
        return [n.info for n in self._nodes[1:] if n.info is not None]

    def ancestors(self, uuid: str) -> list[PlanInfo]:
        """The plans above ``uuid``, nearest first."""
        out: list[PlanInfo] = []
        node_id = self._by_uuid.get(uuid, 0)
        while node_id:
            node_id = self._nodes[node_id].parent_id
            info = self._nodes[node_id].info
            if info is not None:
                out.append(info)
        return out

    def children_of(self, uuid: str | None) -> list[PlanInfo]:
        node_id = self._by_uuid.get(uuid, -1) if uuid else 0
        if node_id < 0:
            return []
        return [i for c in self._nodes[node_id].children if (i := self._nodes[c].info)]

    # Qt ---------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= len(PlanColumn) or row < 0:
            return QModelIndex()
        parent_id = parent.internalId() if parent.isValid() else 0
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._nodes[parent_id].children
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    @overload
    def parent(self) -> QObject | None: ...

    @overload
    def parent(self, child: Index) -> QModelIndex: ...

    def parent(self, child: Index | None = None) -> QObject | QModelIndex | None:
        """Qt names two things ``parent``: the owning QObject, and an index's parent."""
        if child is None:
            return super().parent()
        if not child.isValid():
            return QModelIndex()
        parent_id = self._nodes[child.internalId()].parent_id
        if parent_id == 0:
            return QModelIndex()
        return self.createIndex(self._nodes[parent_id].row, 0, parent_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        node_id = parent.internalId() if parent.isValid() else 0
        return len(self._nodes[node_id].children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(PlanColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            {
                PlanColumn.TITLE: self.tr("Plan"),
                PlanColumn.PERIOD: self.tr("Period"),
                PlanColumn.STATUS: self.tr("Status"),
            }.get(PlanColumn(section))
            if 0 <= section < len(PlanColumn)
            else None
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        p = self.plan(index)
        if p is None:
            return None
        column = PlanColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PlanColumn.TITLE:
                return p.title
            if column == PlanColumn.PERIOD:
                return period_label(p.start_date, p.end_date)
            return status_label(p.status)
        if role == SORT_ROLE:
            if column == PlanColumn.PERIOD:
                return p.start_date.isoformat()
            return p.title if column == PlanColumn.TITLE else p.status
        if role == UUID_ROLE:
            return p.uuid
        if role == STATUS_ROLE:
            return p.status
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("%1 plan · %2")
                .replace("%1", level_label(p.level))
                .replace("%2", period_label(p.start_date, p.end_date))
            )
        if role == Qt.ItemDataRole.ForegroundRole and p.status == "archived":
            return QColor(Qt.GlobalColor.gray)
        if role == Qt.ItemDataRole.FontRole and p.status == "active" and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(PlanColumn) - 1)
        last = len(PlanColumn) - 1
        for node_id, node in enumerate(self._nodes):
            if node.children:
                parent = QModelIndex() if node_id == 0 else self.createIndex(node.row, 0, node_id)
                count = len(node.children)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(count - 1, last, parent))


class PlanFilterProxy(QSortFilterProxyModel):
    """Text filter on title or period (a match keeps its parents), archived hidden unless
    asked for."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._show_archived = False
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    @property
    def show_archived(self) -> bool:
        return self._show_archived

    def set_show_archived(self, show: bool) -> None:
        # beginFilterChange() came with Qt 6.9; invalidateFilter() is deprecated after it.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self._show_archived = show
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - Qt before 6.9
            self._show_archived = show
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if not self._show_archived and model.data(index, STATUS_ROLE) == "archived":
            return False
        return super().filterAcceptsRow(source_row, source_parent)
