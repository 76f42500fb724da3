"""The list view: every post the filter lets through, paged and sorted in SQL (20,000
posts in the large demo), a page read as the user scrolls to it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.calendar.types import PostSummary
from ui.calendar.labels import language, status_label, warning_label, when_text
from ui.row_model import PAGE_SIZE, SORT_ROLE, UUID_ROLE, Index, RowTableModel

# (offset, limit, sort key, descending) → the rows of that page
ListSource = Callable[[int, int, str, bool], Sequence[PostSummary]]


class Column(IntEnum):
    WHEN = 0
    TITLE = 1
    STATUS = 2
    ACCOUNTS = 3
    TYPE = 4
    OWNER = 5
    CAMPAIGN = 6
    PILLAR = 7
    WARNINGS = 8


# Columns the service sorts by (the others keep the order asked for before).
SORT_KEYS = {
    Column.WHEN: "scheduled_at",
    Column.TITLE: "title",
    Column.STATUS: "status",
    Column.TYPE: "content_type",
    Column.OWNER: "owner",
    Column.CAMPAIGN: "campaign",
}


# The roles this list answers: a view asks for a dozen for every cell it paints, and
# answering the others at once (before any Python per cell) halves the list's paint.
_ANSWERED = frozenset(
    int(r.value) if hasattr(r, "value") else int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        SORT_ROLE,
        UUID_ROLE,
    )
)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_LATE = QColor("#c92a2a")


class PostListModel(RowTableModel[PostSummary]):
    columns = Column

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # A row's texts, made once (the view asks again on every paint): id → row, texts.
        self._texts: dict[int, tuple[PostSummary, tuple[str, ...]]] = {}
        self.modelReset.connect(self._texts.clear)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        role = int(role.value) if hasattr(role, "value") else int(role)
        if role not in _ANSWERED:
            return None
        if role == _DISPLAY and index.isValid() and 0 <= index.row() < self.rowCount():
            row = self.row_at(index.row())
            kept = self._texts.get(id(row))
            if kept is None or kept[0] is not row:
                kept = self._texts[id(row)] = (row, tuple(self.display(row, c) for c in Column))
            return kept[1][index.column()] if 0 <= index.column() < len(Column) else None
        return super().data(index, role)

    def retranslate(self) -> None:
        self._texts.clear()  # status and warning labels in the new language
        super().retranslate()

    def header(self, column: Any) -> str:
        return {
            Column.WHEN: self.tr("When"),
            Column.TITLE: self.tr("Title"),
            Column.STATUS: self.tr("Status"),
            Column.ACCOUNTS: self.tr("Accounts"),
            Column.TYPE: self.tr("Type"),
            Column.OWNER: self.tr("Owner"),
            Column.CAMPAIGN: self.tr("Campaign"),
            Column.PILLAR: self.tr("Pillar"),
            Column.WARNINGS: self.tr("Warnings"),
        }[column]

    def display(self, row: PostSummary, column: Any) -> str:
        if column == Column.WHEN:
            return when_text(row.scheduled_at)
        if column == Column.TITLE:
            return row.title
        if column == Column.STATUS:
            return status_label(row.status)
        if column == Column.ACCOUNTS:
            return ", ".join(row.account_handles)
        if column == Column.TYPE:
            return row.content_type_name(language())
        if column == Column.OWNER:
            return row.owner_name
        if column == Column.CAMPAIGN:
            return row.campaign_name
        if column == Column.PILLAR:
            return row.pillar_name
        return "; ".join(warning_label(w) for w in row.warnings)

    def foreground(self, row: PostSummary) -> Any:
        return _LATE if row.late else None


class PostList(QTableView):
    """Sorting a column asks (``sort_changed``) for the first page again in that order."""

    opened = Signal(str)  # a post's UUID: double click or Enter
    sort_changed = Signal()  # the owner reads the first page again in the new order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarList")
        self.model_ = PostListModel(self)
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._sort_clicked)
        self.sort_column = Column.WHEN
        self.descending = False
        header.setSortIndicator(self.sort_column, Qt.SortOrder.AscendingOrder)
        self.source: ListSource | None = None
        self.page_size = PAGE_SIZE  # rows a read brings (the first page and each after)
        self.doubleClicked.connect(self._open)
        for column, width in ((Column.WHEN, 130), (Column.TITLE, 280), (Column.STATUS, 90)):
            self.setColumnWidth(column, width)

    @property
    def sort_key(self) -> str:
        return SORT_KEYS.get(self.sort_column, "scheduled_at")

    def set_source(self, source: ListSource | None) -> None:
        """Read the first page of ``source`` (None: show nothing)."""
        self.source = source
        if source is None:
            self.model_.set_rows([])
            return
        key, descending = self.sort_key, self.descending
        self.model_.set_pages(
            lambda offset, limit, _after: source(offset, limit, key, descending), self.page_size
        )

    def _sort_clicked(self, section: int) -> None:
        column = Column(section)
        if column not in SORT_KEYS:
            # Not sortable in the database: put the indicator back where it was.
            order = Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
            self.horizontalHeader().setSortIndicator(self.sort_column, order)
            return
        self.sort_by(column, self.sort_column == column and not self.descending)

    def sort_by(self, column: Column, descending: bool) -> None:
        self.sort_column, self.descending = column, descending
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.horizontalHeader().setSortIndicator(column, order)
        self.sort_changed.emit()

    def selected_uuid(self) -> str | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        return self.model_.row_at(index.row()).uuid

    def select_uuid(self, uuid: str) -> None:
        row = self.model_.row_of(uuid)
        if row >= 0:
            self.selectRow(row)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.opened.emit(self.model_.row_at(index.row()).uuid)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.model_.retranslate()  # the texts kept per row, in the new language
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)
