"""Content calendar tab: month, week and list views of the posts the filter lets
through, with campaign bands and key dates; "my work" and plan vs schedule beside them.

Reads run on the worker (TaskRunner.query); the view's content widgets and the core's
calendar modules load on the first read, so building the window stays light. The
periods before and after the one shown are read ahead (ui/calendar/periods.py), so that
stepping month to month shows the next one without waiting for the database.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from app.team.rights import EDIT_POSTS
from ui import settings
from ui.tasks import TaskRunner
from ui.widgets.rights import RightsGate
from ui.widgets.tab import Tab

if TYPE_CHECKING:
    from app.calendar.types import PostFilter, PostSummary
    from app.workspace import Workspace
    from ui.calendar.body import CalendarBody
    from ui.calendar.outputs import CalendarOutputs
    from ui.calendar.periods import PeriodCache, PeriodKey
    from ui.calendar.reads import ViewData

VIEW_QUERY = "calendar.view"
SIDE_QUERY = "calendar.side"
OPTIONS_QUERY = "calendar.options"
OPEN_QUERY = "calendar.open"
MODES = ("month", "week", "list")


class CalendarTab(Tab):
    view_shown = Signal()  # a month's or week's posts are on screen (tests, benchmark)

    def __init__(
        self,
        undo_stack: QUndoStack | None = None,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack or QUndoStack(self)
        self.runner = runner or TaskRunner(self, synchronous=True)
        self.read_only = False
        self.body: CalendarBody | None = None  # built on the first read
        self.outputs: CalendarOutputs | None = None
        self.periods: PeriodCache | None = None  # made with the body
        # Every edit, undo and redo moves the stack: what was read ahead may be out of date.
        self.undo_stack.indexChanged.connect(self._forget_periods)
        s = settings.settings()
        mode = str(s.value("calendar/mode", "month"))
        self.mode = mode if mode in MODES else "month"
        self.colour_by = str(s.value("calendar/colour_by", "platform"))
        self.anchor = date.today()
        # The view switches and moves are the tab's own actions (shortcuts while it shows).
        self.mode_actions: dict[str, QAction] = {}
        for name, key in (
            ("month", "Ctrl+Shift+M"),
            ("week", "Ctrl+Shift+W"),
            ("list", "Ctrl+Shift+L"),
        ):
            action = self._action(key, lambda _=False, n=name: self.set_mode(n))
            action.setCheckable(True)
            action.setChecked(name == self.mode)
            self.mode_actions[name] = action
        self.previous_action = self._action("Alt+PgUp", lambda: self.step(-1))
        self.next_action = self._action("Alt+PgDown", lambda: self.step(1))
        self.today_action = self._action("Alt+Home", self.go_today)
        self.new_action = self._action(QKeySequence.StandardKey.New, lambda: self.new_post())
        self.delete_action = self._action(QKeySequence.StandardKey.Delete, self.delete_selected)
        # Greyed for a member the core would refuse (campaigns and key dates: their dialogs).
        self.rights = RightsGate(self)
        self.rights.register_all([self.new_action, self.delete_action], EDIT_POSTS)
        self.retranslate()

    def _action(self, key: Any, slot: Any) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # Building ------------------------------------------------------------------------
    def ensure_body(self) -> CalendarBody:
        if self.body is None:
            from ui.calendar.body import CalendarBody
            from ui.calendar.outputs import CalendarOutputs
            from ui.calendar.periods import PeriodCache

            self.periods = PeriodCache(self.runner)
            self.body = CalendarBody(self, self)
            self.outputs = CalendarOutputs(self.body)
            self.body.set_outputs(self.outputs)
            self.set_content(self.body)
            self.body.set_read_only(self.read_only)
        return self.body

    def retranslate(self) -> None:
        names = {"month": self.tr("Month"), "week": self.tr("Week"), "list": self.tr("List")}
        for name, action in self.mode_actions.items():
            action.setText(names[name])
        self.previous_action.setText(self.tr("Previous"))
        self.next_action.setText(self.tr("Next"))
        self.today_action.setText(self.tr("Today"))
        self.new_action.setText(self.tr("New post…"))
        self.delete_action.setText(self.tr("Remove post…"))
        if self.workspace is None:
            self.show_empty(
                self.tr("No database open"),
                self.tr(
                    "The content calendar holds every post — articles, videos, live "
                    "streams, image+text and short videos — from idea through production "
                    "and review to publishing. Open or create a database to start."
                ),
            )

    # Data ---------------------------------------------------------------------------
    def set_read_only(self, read_only: bool) -> None:
        """A database opened read-only: posts can be read, filtered, exported, printed."""
        self.read_only = read_only
        self.new_action.setEnabled(not read_only)
        self.delete_action.setEnabled(not read_only)
        if self.body is not None:
            self.body.set_read_only(read_only)

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.runner.drop(OPTIONS_QUERY)
        super().set_workspace(workspace)

    def reload(self) -> None:
        self._forget_periods()
        ws = self.workspace
        if ws is None:
            for purpose in (VIEW_QUERY, SIDE_QUERY, OPTIONS_QUERY, OPEN_QUERY):
                self.runner.drop(purpose)
            if self.body is not None:
                self.body.forget()  # and the list's page read ahead
            self.retranslate()
            return
        self.ensure_body()
        self.show_content()
        self.read_view()

    def _forget_periods(self, _index: int = 0) -> None:
        if self.periods is not None:
            self.periods.drop()

    def read_view(self) -> None:
        """Read what the view shows again: the filter, the sort or the data changed, so
        the periods read ahead are forgotten too."""
        self._forget_periods()
        self.show_view()

    def show_view(self) -> None:
        """Show what the current mode shows for the anchor day and the filter: a period
        read ahead at once, else read on the worker. The filter menus' choices, the side
        panels and the periods either side are read once it shows: the posts come first,
        and no other read competes with painting them (Python runs one thread at a time)."""
        ws, body, periods = self.workspace, self.body, self.periods
        if ws is None or body is None or periods is None:
            return
        from ui.calendar.reads import load_view

        flt: PostFilter = body.filters.value
        body.show_mode(self.mode, self.anchor)
        if self.mode == "list":
            key, descending = body.list.sort_key, body.list.descending
            queries, size = ws.calendar.queries, body.list.page_size

            def first_page() -> tuple[PostSummary, ...]:
                return queries.page(flt, 0, size, key, descending, count=False).rows

            self.runner.query(
                VIEW_QUERY,
                first_page,
                lambda rows: body.show_list(ws, flt, rows),
                label=self.tr("Loading posts…"),
            )
            QTimer.singleShot(0, self, self._read_extras)
        else:
            first, last = body.range_of(self.mode, self.anchor)
            period: PeriodKey = (first, last, flt)
            kept = periods.get(period)
            if kept is not None:
                self.runner.drop(VIEW_QUERY)  # a read of a period stepped past
                self._show_period(kept)
                QTimer.singleShot(0, self, self._read_extras)
            else:
                generation = periods.generation

                def shown(data: ViewData) -> None:
                    periods.put(period, data, generation)
                    self._show_period(data)
                    QTimer.singleShot(0, self, self._read_extras)

                self.runner.query(
                    VIEW_QUERY,
                    lambda: load_view(ws, first, last, flt),
                    shown,
                    label=self.tr("Loading posts…"),
                )

    def _show_period(self, data: ViewData) -> None:
        body = self.body
        if body is not None:
            body.show_view(data)
            # Painted now, not when the event loop comes to it: by then the reads that
            # follow (side panels, read ahead) would run on the worker and compete with
            # the paint for the interpreter, which made a step ~2x slower.
            grid = body.current_grid()
            if grid is not None and grid.isVisible():
                grid.repaint()
            self.view_shown.emit()

    def _read_extras(self) -> None:
        ws, body = self.workspace, self.body
        if ws is None or body is None:
            return
        from ui.calendar.reads import load_options, load_side, load_view

        if body.choices_for is not ws:
            self.runner.query(
                OPTIONS_QUERY,
                lambda: load_options(ws),
                lambda result: body.set_options(ws, *result),
                label=self.tr("Loading the calendar…"),
            )
        anchor = self.anchor
        self.runner.query(SIDE_QUERY, lambda: load_side(ws, anchor), body.show_side)
        if self.mode != "list" and self.periods is not None:
            self.periods.read_ahead(
                self._key(-1),
                self._key(1),
                lambda key: load_view(ws, *key),
                self.tr("Loading posts…"),
            )

    def _neighbour(self, direction: int) -> date:
        if self.mode == "week":
            return self.anchor + timedelta(days=7 * direction)
        from app.strategy.periods import add_months

        return add_months(self.anchor, direction)

    def _key(self, direction: int) -> PeriodKey:
        assert self.body is not None
        first, last = self.body.range_of(self.mode, self._neighbour(direction))
        return first, last, self.body.filters.value

    # Navigation -----------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        for name, action in self.mode_actions.items():
            action.setChecked(name == mode)
        settings.settings().setValue("calendar/mode", mode)
        self.show_view()

    def step(self, direction: int) -> None:
        self.go_to(self._neighbour(direction))

    def go_today(self) -> None:
        self.go_to(date.today())

    def go_to(self, day: date) -> None:
        self.anchor = day
        self.show_view()

    def new_post(self, day: date | None = None) -> None:
        if self.body is not None:
            self.body.actions_.new_post(day)

    def delete_selected(self) -> None:
        """Remove the post selected in the view shown (after a yes), undoably."""
        if self.body is not None and not self.read_only:
            self.body.remove_selected()

    def set_colour_by(self, by: str) -> None:
        self.colour_by = by
        settings.settings().setValue("calendar/colour_by", by)

    def save_layout(self, s: QSettings) -> None:
        s.setValue("calendar/mode", self.mode)
        s.setValue("calendar/colour_by", self.colour_by)
        if self.body is not None:
            self.body.save_layout(s)
