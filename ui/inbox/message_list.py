"""The message table: SQL-sorted columns, several rows selectable, moving one message
at a time (J/K), and the count under it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.inbox.types import MessageCount
from ui.inbox.message_model import SORT_KEYS, WIDTHS, Column, MessageModel
from ui.widgets.panel import Panel


class MessageList(Panel):
    """``sort_requested(key, ascending)`` runs on a click on a header the query can
    sort by; a click on another one leaves the order (and its arrow) as it was."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sort_requested: Callable[[str, bool], None] = lambda _key, _asc: None
        self._sort = ("received", False)
        self.model = MessageModel(self)
        self.model.sort_requested = lambda key, asc: self.sort_requested(key, asc)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in WIDTHS.items():
            header.resizeSection(column, width)
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(Column.RECEIVED, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._header_sort)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    # Selection ----------------------------------------------------------------------
    def selected_uuids(self) -> list[str]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.row_at(r).uuid for r in rows if r < self.model.rowCount()]

    def select(self, uuid: str, *, clear: bool = True) -> bool:
        row = self.model.row_of(uuid)
        if row >= 0:
            self.select_row(row, clear=clear)
        return row >= 0

    def select_row(self, row: int, *, clear: bool = True) -> None:
        """Select ``row`` (alone, unless not ``clear``), whatever keys are held."""
        flags = QItemSelectionModel.SelectionFlag.Rows | (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            if clear
            else QItemSelectionModel.SelectionFlag.Select
        )
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def step(self, delta: int) -> None:
        """J/K: the next or previous message alone (the next page read if needed)."""
        current = self.table.currentIndex().row()
        target = max(0, current + delta) if current >= 0 else 0
        if target >= self.model.rowCount() and self.model.canFetchMore():
            self.model.fetchMore()
        if 0 <= target < self.model.rowCount():
            self.select_row(target)
            self.table.scrollTo(self.model.index(target, 0))

    # Order and count ----------------------------------------------------------------
    def _header_sort(self, column: int, order: Qt.SortOrder) -> None:
        key = SORT_KEYS.get(Column(column))
        if key is None:
            self._show_sort()  # not a column the query sorts by
            return
        self._sort = (key, order == Qt.SortOrder.AscendingOrder)
        self.sort_requested(*self._sort)

    def _show_sort(self) -> None:
        header = self.table.horizontalHeader()
        column = next(c for c, k in SORT_KEYS.items() if k == self._sort[0])
        order = Qt.SortOrder.AscendingOrder if self._sort[1] else Qt.SortOrder.DescendingOrder
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)

    def show_count(self, count: MessageCount) -> None:
        if count.count == 0:
            text = self.tr("No message matches these filters.")
        elif count.capped:
            text = self.tr("More than %1 messages").replace("%1", f"{count.count:,}")
        else:
            text = self.tr("%n message(s)", "", count.count)
        self.count_label.setText(text)

    def show_counting(self) -> None:
        self.count_label.setText(self.tr("Counting…"))

    def retranslate(self) -> None:
        self.model.retranslate()
