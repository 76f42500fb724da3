"""Inbox tab: comments and direct messages to answer, assign and track.

The list pages through the core's SQL query (a million messages never come into
Python at once); its first page, the counts and the filter choices are read on the
worker. The selected message shows in full on the right, with the reply box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.db.errors import DatabaseProblem
from app.inbox.types import InboxFilter
from app.team.rights import ASSIGN_INBOX, IMPORT_DATA
from ui import settings
from ui.inbox.alerts import AlertBanner
from ui.inbox.detail import DetailPane
from ui.inbox.filters import FilterBar
from ui.inbox.message_list import MessageList
from ui.inbox.prefetch import PREFETCH_QUERY, Prefetched
from ui.inbox.tab_actions import InboxDialogs
from ui.inbox.triage import Triage
from ui.inbox.view_data import ListView, TabData, count_list, read_list, read_tab
from ui.row_model import PAGE_SIZE
from ui.tasks import TaskRunner
from ui.widgets.editing import Editor
from ui.widgets.rights import RightsGate
from ui.widgets.tab import Tab

if TYPE_CHECKING:  # the core's services load only once a database opens
    from app.inbox.types import MessageDetail
    from app.workspace import Workspace

TAB_QUERY = "inbox.tab"  # choices, alerts and the first page
LIST_QUERY = "inbox.list"  # the first page after a filter or sort change
DETAIL_QUERY = "inbox.detail"
COUNT_QUERY = "inbox.count"  # how many the filter shows, after its first page


class InboxTab(Tab):
    def __init__(
        self, undo_stack: QUndoStack, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        # Counting a big search can take seconds: on its own worker, so that the
        # selected message and the next page never wait behind it.
        self.counter = TaskRunner(self, synchronous=runner.synchronous)
        self.editor = Editor(undo_stack, self, lambda: self.refresh(), lambda: self.workspace)
        self.read_only = False
        self.data: TabData | None = None
        self.any_messages = False
        self.pages: Prefetched | None = None
        self.sort = InboxFilter()
        self.shown_filter = InboxFilter()
        self.dialogs: dict[str, Any] = {}  # open dialogs, by name (kept alive, for tests)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_action = QAction(self)
        self.add_action.setShortcut(QKeySequence.StandardKey.New)
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.import_action = QAction(self)
        self.rules_action = QAction(self)
        self.templates_action = QAction(self)
        self.incidents_action = QAction(self)
        self.new_incident_action = QAction(self)
        self.new_incident_action.setShortcut(QKeySequence("I"))
        self.new_incident_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.scan_action = QAction(self)
        self.settings_action = QAction(self)
        self.addAction(self.add_action)
        self.acts = InboxDialogs(self)
        for a, slot in (
            (self.add_action, self.acts.add_messages),
            (self.import_action, self.acts.open_import),
            (self.rules_action, self.acts.open_rules),
            (self.templates_action, self.acts.open_templates),
            (self.incidents_action, self.acts.open_incidents),
            (self.new_incident_action, self.acts.incident_from_selection),
            (self.scan_action, self.acts.scan_spikes),
            (self.settings_action, self.acts.open_settings),
        ):
            a.triggered.connect(lambda _=False, slot=slot: slot())
        self.message_menu = QMenu(self)
        self.message_button = QToolButton(self)
        self.message_button.setMenu(self.message_menu)
        self.message_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        for a in (self.add_action, self.import_action):
            self.toolbar.addAction(a)
        self.toolbar.addWidget(self.message_button)
        for a in (self.scan_action, self.incidents_action, self.rules_action):
            self.toolbar.addAction(a)
        self.toolbar.addAction(self.templates_action)
        self.toolbar.addAction(self.settings_action)

        self.alerts = AlertBanner(self)
        self.alerts.show_messages.connect(self.filters_show_messages)
        self.alerts.dismiss.connect(self.acts.dismiss_alert)
        self.alerts.incident_requested.connect(self.acts.incident_from_alert)
        self.filters = FilterBar(self)
        self.filters.changed.connect(self.reload_list)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)

        self.list = MessageList(self)
        self.list.sort_requested = self.sort_by
        self.model, self.table = self.list.model, self.list.table
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: self.message_menu.popup(self.table.viewport().mapToGlobal(pos))
        )
        self.table.addAction(self.new_incident_action)

        self.detail = DetailPane(self)
        self.detail.notes_committed.connect(self.acts.save_notes)
        self.detail.reply.send_requested.connect(self.acts.send_reply)
        self.detail.reply.manage_requested.connect(self.acts.open_templates)
        self.detail.reply.fill = self._fill_template
        self.triage = Triage(
            self.editor,
            self.table,
            self.list.selected_uuids,
            lambda: list(self.data.members) if self.data else [],
            lambda: list(self.data.tags) if self.data else [],
            self.list.step,
            self.detail.reply.focus,
        )
        self.triage.rows_changed = self.refresh_rows
        self.triage.alerts_changed = lambda: self.refresh(alerts=True)
        self.triage.fill_menu(self.message_menu)
        self.message_menu.addSeparator()
        self.message_menu.addAction(self.new_incident_action)
        # Greyed out for a member the service would refuse (every inbox write).
        self.rights = RightsGate(self)
        edits = [
            *self.triage.edit_actions(),
            self.add_action,
            self.new_incident_action,
            self.settings_action,
        ]
        self.rights.register_all(edits, ASSIGN_INBOX)
        self.rights.register(self.import_action, IMPORT_DATA)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([780, 520])
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.toolbar)
        page_layout.addWidget(self.alerts)
        page_layout.addWidget(self.filters)
        page_layout.addWidget(self.splitter, 1)
        self.set_content(page)

        # The empty state's ways to start: import, or type one in.
        self.first_import = QPushButton(self)
        self.first_import.clicked.connect(self.acts.open_import)
        self.first_add = QPushButton(self)
        self.first_add.clicked.connect(self.acts.add_messages)
        starts = QHBoxLayout()
        starts.addStretch(1)
        starts.addWidget(self.first_import)
        starts.addWidget(self.first_add)
        starts.addStretch(1)
        empty_layout = self.empty.layout()
        assert isinstance(empty_layout, QVBoxLayout)
        empty_layout.insertSpacing(3, 12)
        empty_layout.insertLayout(4, starts)
        self.needs_workspace += [
            self.add_action,
            self.import_action,
            self.rules_action,
            self.templates_action,
            self.incidents_action,
            self.scan_action,
            self.settings_action,
        ]
        self._restore_layout()
        self.retranslate()
        self.set_workspace(None)

    # Reading ------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self.data = None
        self.any_messages = False
        self.model.clear()
        self.detail.show_detail(None)
        super().set_workspace(workspace)

    def reload(self) -> None:
        """Read the list's first page, then the choices and alerts (on the worker, in
        that order: the rows never wait for the rest)."""
        ws = self.workspace
        self.runner.drop(DETAIL_QUERY)
        self.counter.drop(COUNT_QUERY)
        if ws is None:
            for purpose in (LIST_QUERY, TAB_QUERY):
                self.runner.drop(purpose)
            self._update_empty_state()
            return
        self.reload_list(self.tr("Loading messages…"))
        self.runner.query(TAB_QUERY, lambda: read_tab(ws), self._show_tab)

    def _show_tab(self, data: TabData) -> None:
        self.data = data
        self.filters.set_choices(list(data.accounts), list(data.members), list(data.tags))
        self.alerts.set_alerts(list(data.alerts))
        self.detail.reply.set_templates(list(data.templates))

    def reload_list(self, label: str = "") -> None:
        """The filter or the order changed: read the list's first page again."""
        ws = self.workspace
        if ws is None:
            return
        flt = self.filters.inbox_filter(self.sort)
        self.runner.query(
            LIST_QUERY,
            lambda: read_list(ws, flt),
            self._show_list,
            label=label or self.tr("Searching…"),
        )

    def _show_list(self, view: ListView) -> None:
        ws = self.workspace
        if ws is None:
            return
        flt = view.filter
        self.shown_filter = flt
        keep = self.selected_uuids()
        self.runner.drop(PREFETCH_QUERY)
        self.pages = Prefetched(
            lambda o, n, a: ws.inbox.list_messages(flt, n, a, o),
            self.runner,
            self.tr("Loading more messages…"),
        )
        self.model.show_pages(self.pages, view.rows)
        if len(view.rows) == PAGE_SIZE:
            self.pages.prefetch(len(view.rows), PAGE_SIZE, view.rows[-1])
        if view.count is not None:
            self.list.show_count(view.count)
        else:
            self.list.show_counting()

            def failed(exc: BaseException) -> None:
                if self.workspace is ws:  # not a database closed meanwhile
                    self.editor.report(exc)

            self.counter.query(
                COUNT_QUERY, lambda: count_list(ws, flt), self.list.show_count, on_failure=failed
            )
        self.any_messages = view.any_messages
        self._update_empty_state(view.any_messages)
        for uuid in keep:
            self.select(uuid, clear=False)
        if not self.selected_uuids() and self.model.rowCount():
            self.select_row(0)
        self._selection_changed()

    # Selection and detail -----------------------------------------------------------
    def selected_uuids(self) -> list[str]:
        return self.list.selected_uuids()

    def select(self, uuid: str, *, clear: bool = True) -> bool:
        return self.list.select(uuid, clear=clear)

    def select_row(self, row: int, *, clear: bool = True) -> None:
        self.list.select_row(row, clear=clear)

    def step(self, delta: int) -> None:
        self.list.step(delta)

    def _selection_changed(self) -> None:
        uuids = self.selected_uuids()
        self.triage.update(len(uuids))
        self.new_incident_action.setEnabled(bool(uuids) and not self.read_only)
        ws = self.workspace
        if ws is None or len(uuids) != 1:
            self.runner.drop(DETAIL_QUERY)
            self.detail.show_detail(None)
            return
        uuid = uuids[0]
        self.runner.query(
            DETAIL_QUERY,
            lambda: ws.inbox.get_message(uuid),
            self._show_detail,
            label=self.tr("Loading message…"),
            on_failure=self.editor.report,
        )

    def _show_detail(self, detail: MessageDetail) -> None:
        if self.selected_uuids() == [detail.uuid]:
            self.detail.show_detail(detail)

    def refresh(self, *, alerts: bool = False) -> None:
        """After an edit (or its undo): the selected rows and the detail, and the
        alerts if asked (a triage key press does not change them: it stays quick)."""
        ws = self.workspace
        if ws is None:
            return
        self.refresh_rows(self.selected_uuids())
        if alerts:
            self.alerts.set_alerts(ws.inbox.list_alerts())
        detail = self.detail.detail
        if detail is not None:
            try:
                self.detail.show_detail(ws.inbox.get_message(detail.uuid))
            except DatabaseProblem:  # removed meanwhile
                self.detail.show_detail(None)

    def refresh_rows(self, uuids: list[str]) -> None:
        """Show the saved state of these messages where they are in the list."""
        ws = self.workspace
        if ws is None or not uuids:
            return
        fresh = ws.inbox.list_messages(InboxFilter(message_uuids=tuple(uuids)), len(uuids))
        self.model.replace_rows(fresh)
        self.triage.update(len(self.selected_uuids()))

    # Sorting and filtering ----------------------------------------------------------
    def sort_by(self, key: str, ascending: bool) -> None:
        self.sort = InboxFilter(sort=key, ascending=ascending)
        self.reload_list()

    def filters_show_messages(self, uuids: tuple[str, ...]) -> None:
        self.filters.show_messages(uuids)

    def _focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # Edits --------------------------------------------------------------------------
    def _fill_template(self, template_uuid: str, language: str) -> str:
        ws, detail = self.workspace, self.detail.detail
        if ws is None or detail is None:
            return ""
        return ws.inbox.fill_template(template_uuid, detail.uuid, language)

    def set_read_only(self, read_only: bool) -> None:
        """A database opened read-only: messages can be read and searched, not changed."""
        self.read_only = read_only
        self.triage.read_only = read_only
        self.detail.set_read_only(read_only)
        self.alerts.set_read_only(read_only)
        for a in (
            self.add_action,
            self.import_action,
            self.rules_action,
            self.templates_action,
            self.scan_action,
            self.settings_action,
        ):
            a.setEnabled(not read_only and self.workspace is not None)
        self.first_import.setVisible(not read_only)
        self.first_add.setVisible(not read_only)
        self._selection_changed()

    # Empty state, layout, language --------------------------------------------------
    def _update_empty_state(self, any_messages: bool | None = None) -> None:
        if any_messages is None:
            any_messages = self.model.rowCount() > 0
        if self.workspace is not None and any_messages:
            self.show_content()
            return
        if self.workspace is None:
            self.first_import.hide()
            self.first_add.hide()
        else:
            self.first_import.setVisible(not self.read_only)
            self.first_add.setVisible(not self.read_only)
        self.show_empty(
            self.tr("No messages to answer"),
            self.tr(
                "The inbox gathers comments and direct messages from every managed "
                "account, so each one is answered, assigned to a teammate and tracked "
                "until it is closed. Import a platform's export, or add messages by hand."
            ),
        )

    def _restore_layout(self) -> None:
        state = settings.settings().value("inbox/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def save_layout(self, s: QSettings) -> None:
        s.setValue("inbox/splitter", self.splitter.saveState())

    def retranslate(self) -> None:
        self.add_action.setText(self.tr("&Add messages…"))
        self.add_action.setToolTip(self.tr("Type or paste messages (Ctrl+N)"))
        self.import_action.setText(self.tr("&Import messages…"))
        self.rules_action.setText(self.tr("R&ules…"))
        self.templates_action.setText(self.tr("Saved &replies…"))
        self.incidents_action.setText(self.tr("I&ncidents…"))
        self.new_incident_action.setText(self.tr("Open an &incident from these…"))
        self.new_incident_action.setToolTip(self.tr("Open an incident from these (I)"))
        self.scan_action.setText(self.tr("Check for &spikes"))
        self.settings_action.setText(self.tr("Se&ttings…"))
        self.message_button.setText(self.tr("&Message"))
        self.first_import.setText(self.tr("Import messages…"))
        self.first_add.setText(self.tr("Add messages by hand…"))
        self.triage.retranslate()
        self.list.retranslate()
        self._update_empty_state(self.any_messages)
