"""The main window: five tabs, menus, undo, status bar, remembered layout."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QWidget,
)

from app import __version__, paths
from app.team.rights import IMPORT_DATA
from ui import settings
from ui.database.check import DatabaseCheck
from ui.kpi.tab import KpiTab
from ui.strategy.tab import StrategyTab
from ui.tasks import Task, TaskRunner
from ui.team.acting_button import ActingButton
from ui.team.tab import TeamTab
from ui.widgets.rights import RightsGate
from ui.widgets.table_section import TableSection

if TYPE_CHECKING:  # the core's services load only once a database opens
    from app.workspace import Workspace
    from ui.calendar.tab import CalendarTab
    from ui.inbox.tab import InboxTab

CALENDAR, INBOX = 1, 2
"""Tabs built when first shown (or first used): their modules and widgets stay out of
the time to the first paint. The others are built with the window."""


class MainWindow(QMainWindow):
    first_painted = Signal()
    workspace_changed = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.runner = runner
        self.workspace: Workspace | None = None
        self.undo_stack = QUndoStack(self)
        # Before the tabs: their rights gates take the acting member's roles from it.
        self.rights = RightsGate(self)
        # Ask "Who is working?" when a database opens (ui/team/chooser.py): the app
        # does; tests and benchmarks do not, unless a test asks for it.
        self.ask_who_is_working = False
        self._painted = False
        self.read_only = False

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.strategy_tab = StrategyTab(self.undo_stack, runner, self)
        self._calendar_tab: CalendarTab | None = None
        self._inbox_tab: InboxTab | None = None
        self.kpi_tab = KpiTab(self, runner)
        self.kpi_tab.open_calendar_post.connect(self._show_in_calendar)
        self.team_tab = TeamTab(self.undo_stack, self, runner)
        for tab in (self.strategy_tab, QWidget(), QWidget(), self.kpi_tab, self.team_tab):
            tab.defer_until_shown = True  # type: ignore[attr-defined]
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(self._build_shown_tab)
        # Parts of a tab built when first shown take the window's read-only mode too.
        for built in (self.strategy_tab.sections.built, self.team_tab.page_built):
            built.connect(lambda _part: self._apply_read_only(self.read_only))
        self.setCentralWidget(self.tabs)

        self.acting_button = ActingButton(self)
        # Appraisals show what the acting member may see: another member, another view.
        self.acting_button.acting_changed.connect(lambda: self.team_tab.acting_changed())
        self.location_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setFlat(True)
        self._task: Task | None = None
        self._task_labels: set[str] = set()  # what _task_started put in the status bar
        self.cancel_button.clicked.connect(self._cancel_task)
        status = self.statusBar()
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.cancel_button)
        status.addPermanentWidget(self.location_label)
        status.addPermanentWidget(self.acting_button)
        self.progress.hide()
        self.cancel_button.hide()
        runner.started.connect(self._task_started)
        runner.finished.connect(self._task_finished)

        self._build_actions()
        self.database_check = DatabaseCheck(self)
        self.retranslate()
        self._restore_layout()

    def _show_in_calendar(self, _post_uuid: str, day: date | None) -> None:
        """A top post of the KPI tab, double-clicked: the calendar at its day."""
        self.tabs.setCurrentWidget(self.calendar_tab)
        if day is not None:
            self.calendar_tab.go_to(day)

    @property
    def calendar_tab(self) -> CalendarTab:
        if self._calendar_tab is None:
            from ui.calendar.tab import CalendarTab

            self._calendar_tab = CalendarTab(self.undo_stack, self.runner, self)
            self._install(CALENDAR, self._calendar_tab)
        return self._calendar_tab

    @property
    def inbox_tab(self) -> InboxTab:
        if self._inbox_tab is None:
            from ui.inbox.tab import InboxTab

            self._inbox_tab = InboxTab(self.undo_stack, self.runner, self)
            self._install(INBOX, self._inbox_tab)
        return self._inbox_tab

    def _build_shown_tab(self, index: int) -> None:
        if index == CALENDAR:
            self.calendar_tab  # noqa: B018  (building it is the point)
        elif index == INBOX:
            self.inbox_tab  # noqa: B018

    def _install(self, index: int, tab: QWidget) -> None:
        """Put a tab just built in its place, with the database and mode the window has."""
        placeholder = self.tabs.widget(index)
        current, text = self.tabs.currentIndex(), self.tabs.tabText(index)
        blocked = self.tabs.blockSignals(True)
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, text)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        if placeholder is not None:
            placeholder.deleteLater()
        tab.defer_until_shown = True  # type: ignore[attr-defined]
        tab.set_workspace(self.workspace)  # type: ignore[attr-defined]
        self._apply_read_only(self.read_only)

    def all_tabs(self) -> list[QWidget]:
        """The tabs built so far, in their order."""
        tabs: list[QWidget | None] = [
            self.strategy_tab,
            self._calendar_tab,
            self._inbox_tab,
            self.kpi_tab,
            self.team_tab,
        ]
        return [t for t in tabs if t is not None]

    # Actions and menus --------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        ) -> QAction:
            a = QAction(self)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            return a

        self.new_db_action = action()
        self.open_db_action = action(QKeySequence.StandardKey.Open)
        self.backup_action = action("Ctrl+Shift+B")
        self.restore_action = action()
        self.check_db_action = action()
        self.quit_action = action(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        # Our own actions (not createUndoAction) so their text follows the language.
        self.undo_action = action(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action = action(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.undo_stack.redo)
        for signal in (self.undo_stack.indexChanged, self.undo_stack.cleanChanged):
            signal.connect(self._update_undo_actions)
        # Every edit (and its undo) goes through the stack: the file size shown follows.
        self.undo_stack.indexChanged.connect(lambda _i: self._update_location())
        # A team edit (or its undo) may change who works: the first member, one who left.
        self.undo_stack.indexChanged.connect(lambda _i: self.acting_button.refresh())
        self.accounts_action = action()
        self.preferences_action = action(QKeySequence.StandardKey.Preferences)
        self.about_action = action()
        self.about_action.triggered.connect(self.show_about)
        # The inbox tab is built when first shown; its File menu entry is the window's.
        self.import_messages_action = action()
        self.import_messages_action.setEnabled(False)
        self.import_messages_action.triggered.connect(
            lambda: self.inbox_tab.import_action.trigger()
        )
        for a in (self.import_messages_action, self.kpi_tab.import_action):
            self.rights.register(a, IMPORT_DATA)
        self.tab_actions = []
        for i in range(self.tabs.count()):
            a = action(f"Ctrl+{i + 1}")
            a.triggered.connect(lambda _=False, i=i: self.tabs.setCurrentIndex(i))
            self.tab_actions.append(a)

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for item in (
            self.new_db_action,
            self.open_db_action,
            None,
            self.backup_action,
            self.restore_action,
            self.check_db_action,
            None,
            self.kpi_tab.import_action,
            self.kpi_tab.history_action,
            self.kpi_tab.report_action,
            self.import_messages_action,
            None,
            self.quit_action,
        ):
            if item is None:
                self.file_menu.addSeparator()
            else:
                self.file_menu.addAction(item)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.accounts_action)
        self.edit_menu.addAction(self.preferences_action)
        self.view_menu = bar.addMenu("")
        for a in self.tab_actions:
            self.view_menu.addAction(a)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Social Desk (read-only)") if self.read_only else self.tr("Social Desk")
        )
        names = [
            self.tr("Strategy"),
            self.tr("Content calendar"),
            self.tr("Inbox"),
            self.tr("KPIs"),
            self.tr("Team"),
        ]
        for i, name in enumerate(names):
            self.tabs.setTabText(i, name)
            self.tab_actions[i].setText(name)
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_db_action.setText(self.tr("&New database…"))
        self.open_db_action.setText(self.tr("&Open database…"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.restore_action.setText(self.tr("&Restore from backup…"))
        self.check_db_action.setText(self.tr("&Check database"))
        self.quit_action.setText(self.tr("&Quit"))
        self._update_undo_actions()
        self.accounts_action.setText(self.tr("&Accounts and platforms…"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.about_action.setText(self.tr("&About Social Desk"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.import_messages_action.setText(self.tr("Import messages…"))
        self._update_location()

    def _update_undo_actions(self) -> None:
        stack = self.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", stack.undoText()).strip())
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", stack.redoText()).strip())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Workspace ----------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self.acting_button.set_workspace(workspace)  # before the tabs read with it
        self.undo_stack.clear()
        self.workspace = workspace
        for tab in self.all_tabs():
            tab.set_workspace(workspace)  # type: ignore[attr-defined]
        for a in (self.backup_action, self.restore_action, self.accounts_action):
            a.setEnabled(
                workspace is not None and (a is self.accounts_action or workspace.path is not None)
            )
        self._apply_read_only(workspace is not None and workspace.db.read_only)
        self._update_location()
        self.workspace_changed.emit(workspace)
        if workspace is not None and self.ask_who_is_working:
            from ui.team.chooser import ask_who_is_working  # opening: painted already

            button, runner = self.acting_button, self.runner
            QTimer.singleShot(0, self, lambda: ask_who_is_working(button, runner, self))

    def _update_import_messages(self) -> None:
        self.import_messages_action.setEnabled(self.workspace is not None and not self.read_only)

    def _apply_read_only(self, read_only: bool) -> None:
        """A database opened read-only: say so in the title, disable editing."""
        self.read_only = read_only
        self._update_import_messages()
        self.setWindowTitle(
            self.tr("Social Desk (read-only)") if read_only else self.tr("Social Desk")
        )
        if read_only:
            for a in (self.restore_action, self.accounts_action, self.undo_action):
                a.setEnabled(False)
            self.redo_action.setEnabled(False)
        # The add/edit/remove buttons of every table: hidden (their enabled state
        # follows the selection), shown again when a writable database opens.
        for section in self.tabs.findChildren(TableSection):
            for button in (section.add_button, section.edit_button, section.remove_button):
                if read_only and button.isVisibleTo(section):
                    button.setProperty("hiddenReadOnly", True)
                    button.hide()
                elif not read_only and button.property("hiddenReadOnly"):
                    button.setProperty("hiddenReadOnly", False)
                    button.show()
        for tab in self.all_tabs():
            if hasattr(tab, "set_read_only"):  # tabs that can switch more editing off
                tab.set_read_only(read_only)

    def _update_location(self) -> None:
        ws = self.workspace
        if ws is None:
            self.location_label.setText(self.tr("No database open"))
            return
        size = ws.db.size_bytes()
        text = ws.location
        if ws.db.read_only:
            text = self.tr("Read-only: %1").replace("%1", text)
        if size is not None:
            text += "  ·  " + QLocale().formattedDataSize(size)
        self.location_label.setText(text)
        self.location_label.setToolTip(ws.location)

    # Long work ----------------------------------------------------------------------
    def _task_started(self, task: Task) -> None:
        shown = self._task
        if shown is not None and shown.cancellable and not task.cancellable:
            return  # a slow read during long work: the work and its Cancel stay on show
        self._task = task
        self.progress.setRange(0, 0)
        self.progress.setFormat(task.label)
        # A busy bar draws no text: say what runs beside it.
        self.statusBar().showMessage(task.label)
        self._task_labels.add(task.label)
        self.progress.show()
        self.cancel_button.setVisible(task.cancellable)
        self.cancel_button.setEnabled(True)
        task.progressed.connect(self._task_progress)

    def _task_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if self._task is not None:
            self.progress.setFormat(f"{self._task.label} %p%")

    def _task_finished(self, task: Task) -> None:
        if task is self._task:
            self._task = None
            self.cancel_button.hide()
        if self.runner.busy:
            return
        self._task = None
        self.progress.hide()
        self.cancel_button.hide()
        # A task's label goes once nothing runs; a result's message ("Backup saved") stays.
        if self.statusBar().currentMessage() in self._task_labels:
            self.statusBar().clearMessage()
        self._task_labels.clear()
        self._update_location()

    def _cancel_task(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)

    # Layout -------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        s = settings.settings()
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)
        state = s.value("window/state")
        if state is not None:
            self.restoreState(state)
        self.tabs.setCurrentIndex(int(s.value("window/tab", 0)))  # type: ignore[call-overload]

    def save_layout(self) -> None:
        s = settings.settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/tab", self.tabs.currentIndex())
        for tab in self.all_tabs():
            save = getattr(tab, "save_layout", None)
            if save is not None:
                save(s)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    # Help ---------------------------------------------------------------------------
    def show_about(self) -> None:
        ws = self.workspace
        location = ws.location if ws else self.tr("none")
        QMessageBox.about(
            self,
            self.tr("About Social Desk"),
            self.tr(
                "<h3>Social Desk 社媒工作台 %1</h3>"
                "<p>Plans, posts, messages, numbers and appraisals of a social-media "
                "team, in one file you own. Works offline.</p>"
                "<p>Database: %2<br>Logs: %3</p>"
            )
            .replace("%1", __version__)
            .replace("%2", location)
            .replace("%3", str(paths.log_dir())),
        )
