"""A titled table with Add / Edit / Remove buttons: the unit every tab's lists repeat."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.row_model import RowTableModel, sort_proxy
from ui.widgets.panel import Panel

Row = TypeVar("Row")


class TableSection(Panel, Generic[Row]):
    """Emits ``add_requested()``, ``edit_requested(row)`` and ``remove_requested(row)``;
    the owner does the work (usually through a RecordActions). ``set_rows`` keeps the
    selected row across reloads. ``bar`` is the button row, for an owner's own widgets."""

    add_requested = Signal()
    edit_requested = Signal(object)
    remove_requested = Signal(object)
    current_changed = Signal(object)  # the selected row, or None

    def __init__(
        self,
        model: RowTableModel[Row],
        stretch_column: int,
        title: Callable[[], str],
        add_text: Callable[[], str],
        parent: QWidget | None = None,
        *,
        editable: bool = True,
        edit_text: Callable[[], str] | None = None,
        remove_text: Callable[[], str] | None = None,
    ) -> None:
        """``title``, ``add_text`` and the optional button texts give the owner's
        translated texts (re-read on a language change)."""
        super().__init__(parent)
        self.model = model
        self._title_text, self._add_text = title, add_text
        self._edit_text = edit_text or (lambda: self.tr("Edit…"))
        self._remove_text = remove_text or (lambda: self.tr("Remove"))
        self.proxy = sort_proxy(model, self)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.hint.hide()
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.edit_button.setVisible(editable)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit)
        self.remove_button.clicked.connect(self._remove)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order first
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        if editable:
            self.table.doubleClicked.connect(lambda _i: self._edit())
            self._shortcut(QKeySequence(Qt.Key.Key_Return), self._edit)
        self._shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self._remove)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        self.bar = bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self._selection_changed()

    def _shortcut(self, keys: QKeySequence, slot: Callable[[], None]) -> None:
        # Only while the table has focus: several sections are visible at once.
        shortcut = QShortcut(keys, self.table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(slot)

    def set_rows(self, rows: list[Row]) -> None:
        self.refill(lambda: self.model.set_rows(rows))

    def refill(self, fill: Callable[[], object]) -> None:
        """Run ``fill`` (which resets the model), keeping the selected row if it is still
        there."""
        keep = getattr(self.selected(), "uuid", None)
        fill()
        if keep:
            self.select(keep)
        self._selection_changed()

    def select(self, uuid: str) -> None:
        row = self.model.row_of(uuid)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def selected(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def set_can_add(self, enabled: bool) -> None:
        """Whether there is something to add to (an open database, a selected plan)."""
        self.add_button.setEnabled(enabled)
        self._selection_changed()

    def _selection_changed(self) -> None:
        picked = self.selected()
        self.edit_button.setEnabled(picked is not None)
        self.remove_button.setEnabled(picked is not None)
        self.current_changed.emit(picked)

    def _edit(self) -> None:
        row = self.selected()
        if row is not None:
            self.edit_requested.emit(row)

    def _remove(self) -> None:
        row = self.selected()
        if row is not None:
            self.remove_requested.emit(row)

    def retranslate(self) -> None:
        self.title.setText(self._title_text())
        self.add_button.setText(self._add_text())
        self.edit_button.setText(self._edit_text())
        self.remove_button.setText(self._remove_text())
        self.model.retranslate()
