"""The message list: a page of rows at a time from the inbox's SQL query.

Sorting is the query's (a header click asks for the list again in another order),
never Qt's: a proxy would sort only the rows loaded so far out of a million.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.inbox.types import MessageRow
from ui.inbox.labels import (
    kind_names,
    name_of,
    priority_names,
    sentiment_names,
    status_names,
    when_text,
)
from ui.row_model import PAGE_SIZE, PageSource, RowTableModel

Index = QModelIndex | QPersistentModelIndex

OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_TEXT = QColor("#a61b1b")
SENTIMENT_COLOURS = {"negative": QColor("#b3261e"), "positive": QColor("#1e7b34")}


class Column(IntEnum):
    STATUS = 0
    PRIORITY = 1
    RECEIVED = 2
    AUTHOR = 3
    MESSAGE = 4
    SENTIMENT = 5
    ACCOUNT = 6
    KIND = 7
    ASSIGNEE = 8
    TAGS = 9
    DUE = 10


# Starting widths (pixels at 96 dpi); the user's own are kept with the layout.
WIDTHS = {
    Column.STATUS: 64,
    Column.PRIORITY: 64,
    Column.RECEIVED: 136,
    Column.AUTHOR: 96,
    Column.MESSAGE: 300,
    Column.SENTIMENT: 76,
    Column.ACCOUNT: 96,
    Column.KIND: 80,
    Column.ASSIGNEE: 80,
    Column.TAGS: 90,
    Column.DUE: 136,
}


# The columns the query can sort by, and its sort key for each.
SORT_KEYS: dict[Column, str] = {
    Column.STATUS: "status",
    Column.PRIORITY: "priority",
    Column.RECEIVED: "received",
    Column.ACCOUNT: "account",
    Column.AUTHOR: "author",
    Column.DUE: "due",
}


class MessageModel(RowTableModel[MessageRow]):
    """``sort_requested(key, ascending)`` is called on a header click of a column the
    query can sort by; the owner reads the list again in that order."""

    columns = Column

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sort_requested: Callable[[str, bool], None] | None = None

    def header(self, column: Column) -> str:
        return {
            Column.STATUS: self.tr("Status"),
            Column.PRIORITY: self.tr("Priority"),
            Column.RECEIVED: self.tr("Received"),
            Column.ACCOUNT: self.tr("Account"),
            Column.KIND: self.tr("Kind"),
            Column.AUTHOR: self.tr("Author"),
            Column.MESSAGE: self.tr("Message"),
            Column.SENTIMENT: self.tr("Sentiment"),
            Column.ASSIGNEE: self.tr("Assignee"),
            Column.TAGS: self.tr("Tags"),
            Column.DUE: self.tr("Due"),
        }[column]

    def display(self, row: MessageRow, column: Column) -> str:
        if column is Column.STATUS:
            return name_of(status_names(), row.status)
        if column is Column.PRIORITY:
            return priority_names().get(row.priority, str(row.priority))
        if column is Column.RECEIVED:
            return when_text(row.received_at)
        if column is Column.ACCOUNT:
            return row.account
        if column is Column.KIND:
            return name_of(kind_names(), row.kind)
        if column is Column.AUTHOR:
            return row.author_name or row.author_handle
        if column is Column.MESSAGE:
            # One line already (app.inbox.common.message_row); the detail pane shows all.
            return row.preview
        if column is Column.SENTIMENT:
            label = name_of(sentiment_names(), row.sentiment)
            return label + (" ✓" if row.sentiment_corrected else "")
        if column is Column.ASSIGNEE:
            return row.assignee
        if column is Column.TAGS:
            return ", ".join(row.tags)
        if column is Column.DUE:
            if row.overdue:
                return self.tr("Overdue since %1").replace("%1", when_text(row.due_at))
            return when_text(row.due_at)
        return ""

    def tooltip(self, row: MessageRow, column: Column) -> str | None:
        if column is Column.MESSAGE:
            return row.preview
        if column is Column.SENTIMENT:
            confidence = self.tr("confidence %1").replace(
                "%1", f"{round(row.sentiment_confidence * 100)}%"
            )
            if row.sentiment_corrected:
                return self.tr("Corrected by the team")
            return confidence
        if column is Column.AUTHOR and row.author_handle:
            return row.author_handle
        if row.overdue:
            return self.tr("Not answered within the response-time target")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue:
                return QBrush(OVERDUE_TEXT)
            colour = SENTIMENT_COLOURS.get(row.sentiment)
            if colour is not None and index.column() == Column.SENTIMENT:
                return QBrush(colour)
            return None
        if role == Qt.ItemDataRole.FontRole and row.status == "new":
            font = QFont()
            font.setBold(True)  # not yet looked at, as in a mail client
            return font
        return super().data(index, role)

    # Paging -----------------------------------------------------------------------
    def show_pages(
        self, source: PageSource, first: Sequence[MessageRow], page_size: int = PAGE_SIZE
    ) -> None:
        """Show ``first`` (read on the worker) and page on through ``source``."""
        self.beginResetModel()
        self._rows = list(first)
        self._source, self._page_size = source, page_size
        self._exhausted = len(first) < page_size
        self.endResetModel()

    def replace_rows(self, fresh: Sequence[MessageRow]) -> None:
        """Show triage edits on the rows loaded (same UUIDs), keeping the scroll place."""
        by_uuid = {r.uuid: r for r in fresh}
        for i, old in enumerate(self._rows):
            new = by_uuid.get(old.uuid)
            if new is not None and new != old:
                self._rows[i] = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(Column) - 1))

    def clear(self) -> None:
        self.set_rows([])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is not None and self.sort_requested is not None:
            self.sort_requested(key, order == Qt.SortOrder.AscendingOrder)
