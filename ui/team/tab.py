"""Team tab: the members of the department, their roles and status; their appraisals
and training records (ui/appraisal) on pages beside the members."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import QHeaderView, QLineEdit, QStackedWidget, QTabBar, QWidget

from app.team.rights import EDIT_TEAM
from app.team.types import MemberDraft, MemberInfo, RemovedMember
from ui.tasks import TaskRunner
from ui.team.member_dialog import MemberDialog
from ui.team.member_model import Column, MemberTableModel
from ui.widgets.editing import Editor
from ui.widgets.records import RecordActions, RecordOps
from ui.widgets.rights import RightsGate, section_buttons
from ui.widgets.tab import Tab
from ui.widgets.table_section import TableSection

if TYPE_CHECKING:  # the core's services load only once a database opens
    from app.workspace import Workspace
    from ui.appraisal.panel import AppraisalPanel
    from ui.appraisal.training_panel import TrainingPanel

TEAM_QUERY = "team.members"  # what the tab reads on the worker
APPRAISALS, TRAINING = 1, 2
"""Pages built when first shown: the appraisal and training modules stay out of the
time to the window's first paint."""


def member_ops(ws: Workspace) -> RecordOps[MemberInfo, MemberDraft, RemovedMember]:
    return RecordOps.of(ws.team)


class TeamTab(Tab):
    page_built = Signal(QWidget)
    """Appraisals or training, built when first shown: the window applies its read-only
    mode to it."""

    def __init__(
        self,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        # With a runner, opening a database lists the members on the worker.
        self.runner = runner
        self._background = False
        self.editor = Editor(undo_stack, self, lambda: self.reload(), lambda: self.workspace)
        self.members = RecordActions(self.editor, member_ops, lambda uuid: self.reload(uuid))
        self.model = MemberTableModel(self)
        self.section = TableSection(
            self.model,
            Column.ROLES,
            lambda: "",
            lambda: self.tr("&Add member…"),
            self,
            edit_text=lambda: self.tr("&Edit…"),
            remove_text=lambda: self.tr("&Remove"),
        )
        self.section.title.hide()
        self.proxy, self.table = self.section.proxy, self.section.table
        self.add_button = self.section.add_button
        self.edit_button = self.section.edit_button
        self.remove_button = self.section.remove_button
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.section.bar.insertWidget(0, self.filter, 1)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.ROLES, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(Column.NAME, 180)
        header.resizeSection(Column.EMAIL, 220)
        self.section.add_requested.connect(self.add_member)
        self.section.edit_requested.connect(self.edit_member)
        self.section.remove_requested.connect(self.remove_member)
        QShortcut(QKeySequence.StandardKey.New, self, self.add_member)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter.setFocus)
        self.set_content(self.section)
        self.needs_workspace.append(self.add_button)
        self.rights = RightsGate(self)  # only who may change the team sees these on
        self.rights.register_all(section_buttons(self.section), EDIT_TEAM)
        # Members, appraisals, training: a bar of pages over the members' own stack
        # (content or empty state), so the members part works as before.
        self._undo_stack = undo_stack
        self._appraisals: AppraisalPanel | None = None
        self._training: TrainingPanel | None = None
        self.page_bar = QTabBar(self)
        self.page_bar.setDrawBase(False)
        for _ in range(3):
            self.page_bar.addTab("")
        self.pages = QStackedWidget(self)
        layout = self.layout()
        assert layout is not None  # Tab's own, holding its stack
        layout.removeWidget(self.stack)
        for page in (self.stack, QWidget(), QWidget()):  # the last two: built when shown
            self.pages.addWidget(page)
        layout.addWidget(self.page_bar)
        layout.addWidget(self.pages)
        self.page_bar.currentChanged.connect(self.show_page)
        self._page_stale = False
        self.retranslate()
        self.set_workspace(None)

    # Pages --------------------------------------------------------------------------
    @property
    def appraisals(self) -> AppraisalPanel:
        if self._appraisals is None:
            from ui.appraisal.panel import AppraisalPanel

            self._appraisals = AppraisalPanel(lambda: self.workspace, self)
            self._install(APPRAISALS, self._appraisals)
        return self._appraisals

    @property
    def training(self) -> TrainingPanel:
        if self._training is None:
            from ui.appraisal.training_panel import TrainingPanel

            self._training = TrainingPanel(self._undo_stack, lambda: self.workspace, self)
            self._install(TRAINING, self._training)
        return self._training

    def _install(self, index: int, page: QWidget) -> None:
        """Put a page just built in its placeholder's place."""
        placeholder, current = self.pages.widget(index), self.pages.currentIndex()
        self.pages.insertWidget(index, page)
        if placeholder is not None:
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        self.pages.setCurrentIndex(current)
        self.page_built.emit(page)

    # Data ---------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self._background = workspace is not None and self.runner is not None
        try:
            super().set_workspace(workspace)
        finally:
            self._background = False

    def acting_changed(self) -> None:
        """Appraisals and training show what the acting member may see: read them again,
        now if shown, else when the tab is next shown."""
        if self.isVisible():
            self._reload_page()
        else:
            self._page_stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._page_stale:
            self._page_stale = False
            self._reload_page()

    def show_page(self, index: int) -> None:
        """Members, appraisals or training; a page reads its data when shown."""
        if index == APPRAISALS:
            self.appraisals  # noqa: B018  (building it is the point)
        elif index == TRAINING:
            self.training  # noqa: B018
        self.pages.setCurrentIndex(index)
        self._reload_page()

    def _reload_page(self) -> None:
        page = self.pages.currentWidget()
        for built in (self._appraisals, self._training):
            if built is not None and page is built:
                built.reload()

    def reload(self, select_uuid: str | None = None) -> None:
        """Read the members again; after an edit at once, so that ``select_uuid`` is there."""
        self._reload_page()
        ws, runner = self.workspace, self.runner
        if runner is not None and ws is not None and self._background:
            self.section.set_rows([])  # not the members of the database shown before
            runner.query(
                TEAM_QUERY,
                ws.team.list_members,
                lambda members: self._show_members(members, select_uuid),
                label=self.tr("Loading the team…"),
            )
            return
        if runner is not None:
            runner.drop(TEAM_QUERY)
        self._show_members(ws.team.list_members() if ws else [], select_uuid)

    def _show_members(self, members: list[MemberInfo], select_uuid: str | None) -> None:
        self.section.set_rows(members)
        if select_uuid:
            self.section.select(select_uuid)
        self.section.set_can_add(self.workspace is not None)
        self._show_state()

    def selected(self) -> MemberInfo | None:
        return self.section.selected()

    def _show_state(self) -> None:
        if self.workspace is None:
            self.show_empty(
                self.tr("No database open"),
                self.tr("Open or create a database to list the people of your department."),
            )
        elif self.model.rowCount() == 0:
            self.show_empty(
                self.tr("No team members yet"),
                self.tr(
                    "Add the people of your department and their roles — team lead, "
                    "strategy, content, platform operations, data analysis, PR — so that "
                    "plans, posts and messages can be assigned to them."
                ),
            )
        else:
            self.show_content()

    # Actions ------------------------------------------------------------------------
    def add_member(self) -> None:
        self.members.add(
            lambda save: MemberDialog(save, parent=self),
            lambda m: self.tr("Add %1").replace("%1", m.name),
        )

    def edit_member(self, before: MemberInfo) -> None:
        self.members.edit(
            before,
            lambda save: MemberDialog(save, before.draft(), self),
            lambda m: self.tr("Edit %1").replace("%1", m.name),
        )

    def edit_selected(self) -> None:
        member = self.selected()
        if member is not None:
            self.edit_member(member)

    def remove_member(self, member: MemberInfo) -> None:
        self.members.remove(
            member,
            self.tr("Remove %1").replace("%1", member.name),
            confirm=(
                self.tr("Remove team member"),
                self.tr("Remove %1 from the team? You can undo this with Ctrl+Z.").replace(
                    "%1", member.name
                ),
            ),
        )

    def remove_selected(self) -> None:
        member = self.selected()
        if member is not None:
            self.remove_member(member)

    # Language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by name, role or e-mail (Ctrl+F)"))
        self.section.retranslate()
        for index, text in enumerate(
            (self.tr("Members"), self.tr("Appraisals"), self.tr("Training"))
        ):
            self.page_bar.setTabText(index, text)
        for page in (self._appraisals, self._training):
            if page is not None:
                page.retranslate()
        self._show_state()
