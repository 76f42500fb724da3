"""Team tab: the members of the department, their roles and status."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.team.types import MemberDraft, MemberInfo, RemovedMember
from ui.empty_state import EmptyState
from ui.errors import show_error
from ui.row_model import sort_proxy
from ui.team.member_dialog import MemberDialog
from ui.team.member_model import Column, MemberTableModel
from ui.undo import ServiceCommand

if TYPE_CHECKING:  # the core's services load only once a database opens
    from app.workspace import Workspace


class TeamTab(QWidget):
    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.workspace: Workspace | None = None
        self.model = MemberTableModel(self)
        self.proxy = sort_proxy(self.model, self)

        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.ROLES, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(Column.NAME, 180)
        header.resizeSection(Column.EMAIL, 220)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit_selected)
        QShortcut(QKeySequence.StandardKey.New, self, self.add_member)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter.setFocus)

        self.empty = EmptyState(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.retranslate()
        self.set_workspace(None)

    # Data ---------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.reload()

    def reload(self, select_uuid: str | None = None) -> None:
        members = self.workspace.team.list_members() if self.workspace else []
        self.model.set_rows(members)
        self.stack.setCurrentWidget(self.table if members else self.empty)
        if select_uuid:
            row = self.model.row_of(select_uuid)
            if row >= 0:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        self._update_buttons()

    def selected(self) -> MemberInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def _update_buttons(self) -> None:
        has_db = self.workspace is not None
        self.add_button.setEnabled(has_db)
        picked = self.selected() is not None
        self.edit_button.setEnabled(picked)
        self.remove_button.setEnabled(picked)

    # Actions ------------------------------------------------------------------------
    def add_member(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        added: list[MemberInfo] = []
        dialog = MemberDialog(lambda d: added.append(ws.team.add(d)), parent=self)
        if not dialog.exec() or not added:
            return
        member = added[0]
        snapshot: list[RemovedMember] = []

        def undo() -> None:
            snapshot[:] = [ws.team.remove(member.uuid)]

        def redo() -> None:
            ws.team.restore(snapshot[0])

        self._push(self.tr("Add %1").replace("%1", member.name), redo, undo)
        self.reload(member.uuid)

    def edit_selected(self) -> None:
        ws, before = self.workspace, self.selected()
        if ws is None or before is None:
            return
        saved: list[MemberInfo] = []
        dialog = MemberDialog(
            lambda d: saved.append(ws.team.update(before.uuid, before.version, d)),
            before.draft(),
            self,
        )
        if not dialog.exec() or not saved:
            return
        after = saved[0]

        def put(draft: MemberDraft) -> None:
            current = ws.team.get(before.uuid)
            ws.team.update(before.uuid, current.version, draft)

        self._push(
            self.tr("Edit %1").replace("%1", after.name),
            lambda: put(after.draft()),
            lambda: put(before.draft()),
        )
        self.reload(after.uuid)

    def remove_selected(self) -> None:
        ws, member = self.workspace, self.selected()
        if ws is None or member is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove team member"),
            self.tr("Remove %1 from the team? You can undo this with Ctrl+Z.").replace(
                "%1", member.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            snapshot = [ws.team.remove(member.uuid)]
        except Exception as exc:
            show_error(self, exc)
            return

        def undo() -> None:
            ws.team.restore(snapshot[0])

        def redo() -> None:
            snapshot[0] = ws.team.remove(member.uuid)

        self._push(self.tr("Remove %1").replace("%1", member.name), redo, undo)
        self.reload()

    def _push(self, text: str, redo: Callable[[], object], undo: Callable[[], object]) -> None:
        on_error = partial(show_error, self)
        self.undo_stack.push(ServiceCommand(text, redo, undo, on_error, self.reload))

    # Language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by name, role or e-mail (Ctrl+F)"))
        self.add_button.setText(self.tr("&Add member…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.empty.set_text(
            self.tr("No team members yet"),
            self.tr(
                "Add the people of your department and their roles — team lead, "
                "strategy, content, platform operations, data analysis, PR — so that "
                "plans, posts and messages can be assigned to them."
            ),
        )
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
