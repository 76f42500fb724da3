"""A table model over a list of frozen service infos, shared by every tab's tables.
Subclasses name their columns (an IntEnum) and say what each cell shows.

Rows come as a whole list (``set_rows``), or page by page from a query for lists too
long to load at once (``set_pages``: the inbox's million messages). Paged, the model
holds only what the view has scrolled to: Qt's views ask ``canFetchMore``/``fetchMore``
for the next page as the user scrolls near the end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeAlias, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 200

# ``source(offset, limit, after)``: the next ``limit`` rows of the query, in its order.
# ``after`` is the last row already loaded (None for the first page), for keyset
# paging (``WHERE (sent_at, id) < (:sent_at, :id)``), which stays fast deep into a big
# table where ``OFFSET`` slows down; a short page means there are no more.
PageSource: TypeAlias = Callable[[int, int, Any], Sequence[Any]]


class RowTableModel(QAbstractTableModel, Generic[Row]):
    columns: ClassVar[type[IntEnum]]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._source: PageSource | None = None
        self._page_size = PAGE_SIZE
        self._exhausted = True
        self._fetching = False

    # What subclasses provide ------------------------------------------------------
    def header(self, column: Any) -> str:
        raise NotImplementedError

    def display(self, row: Row, column: Any) -> str:
        raise NotImplementedError

    def sort_key(self, row: Row, column: Any) -> Any:
        """Numbers and dates sort as such; by default the text shown."""
        return self.display(row, column)

    def tooltip(self, row: Row, column: Any) -> str | None:
        return None

    def foreground(self, row: Row) -> Any:
        return None

    def alignment(self, column: Any) -> Qt.AlignmentFlag | None:
        return None

    # Rows -------------------------------------------------------------------------
    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._source, self._exhausted = None, True
        self.endResetModel()

    def set_pages(self, source: PageSource, page_size: int = PAGE_SIZE) -> None:
        """Show a query's rows a page at a time; the first page is read at once."""
        self.beginResetModel()
        self._rows = []
        self._source, self._page_size, self._exhausted = source, page_size, False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    @property
    def paged(self) -> bool:
        return self._source is not None

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_of(self, uuid: str) -> int:
        return next((i for i, r in enumerate(self._rows) if getattr(r, "uuid", None) == uuid), -1)

    # Qt ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent) or self._source is None:
            return
        # Views (and proxies) may ask for more while the rows are being inserted.
        self._fetching = True
        try:
            after = self._rows[-1] if self._rows else None
            page = list(self._source(len(self._rows), self._page_size, after))
            self._exhausted = len(page) < self._page_size
            if page:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
                self._rows.extend(page)
                self.endInsertRows()
        finally:
            self._fetching = False

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.columns):
            return None
        return self.header(self.columns(section))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == UUID_ROLE:
            return getattr(row, "uuid", None)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = self.alignment(column)
            return None if align is None else int(align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)


def sort_proxy(model: RowTableModel[Any], parent: Any) -> QSortFilterProxyModel:
    """A proxy that sorts by SORT_ROLE, locale-aware, filtering on every column."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortLocaleAware(True)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy
