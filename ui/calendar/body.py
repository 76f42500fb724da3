"""What the calendar tab shows once a database is open: its tool bar, the filter bar,
the month, week and list views, and "my work" and plan vs schedule beside them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.calendar.types import PostDetail, PostFilter, PostPage, PostSummary
from ui import settings
from ui.calendar.day_grid import DayGrid
from ui.calendar.filters import FilterBar, FilterOptions
from ui.calendar.host import CalendarHost, OutputsMenu
from ui.calendar.items import Chip
from ui.calendar.list_view import PostList
from ui.calendar.month_view import MonthView, month_start
from ui.calendar.plan_gap import MyWorkList, PlanGapPanel
from ui.calendar.post_actions import PostActions
from ui.calendar.post_editor import EditorChoices
from ui.calendar.reads import SideData, ViewData
from ui.calendar.week_view import WeekView, week_start
from ui.formats import month_text
from ui.strategy.labels import labelled
from ui.widgets.editing import Editor
from ui.widgets.panel import Panel

if TYPE_CHECKING:
    from app.workspace import Workspace
    from ui.calendar.list_pages import ReadAhead


class CalendarBody(Panel):
    def __init__(self, tab: CalendarHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.tab = tab
        self.choices = EditorChoices()
        self.choices_for: Workspace | None = None
        self.view_data: ViewData | None = None
        self.list_pages: ReadAhead | None = None  # the list's source, reading ahead
        self.editor = Editor(tab.undo_stack, self, tab.reload, lambda: tab.workspace, labelled)
        self.actions_ = PostActions(self.editor, lambda: self.choices)

        # Tool bar: views, moves, the period, colours, new, export, print, campaigns.
        bar = QHBoxLayout()
        self.mode_buttons: dict[str, QToolButton] = {}
        for name, action in tab.mode_actions.items():
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(False)
            self.mode_buttons[name] = button
            bar.addWidget(button)
        bar.addSpacing(12)
        for action in (tab.previous_action, tab.today_action, tab.next_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            bar.addWidget(button)
        self.period = QLabel(self)
        font = self.period.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.period.setFont(font)
        bar.addSpacing(8)
        bar.addWidget(self.period)
        bar.addStretch(1)
        self.colour_label = QLabel(self)
        self.colour = QComboBox(self)
        self.colour.currentIndexChanged.connect(self._colour_changed)
        bar.addWidget(self.colour_label)
        bar.addWidget(self.colour)
        self.new_button = QToolButton(self)
        self.new_button.setDefaultAction(tab.new_action)
        bar.addWidget(self.new_button)
        self.delete_button = QToolButton(self)
        self.delete_button.setDefaultAction(tab.delete_action)
        bar.addWidget(self.delete_button)
        self.more_button = QToolButton(self)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more_button)
        self.more_button.setMenu(self.more_menu)
        bar.addWidget(self.more_button)

        self.filters = FilterBar(self)
        self.filters.changed.connect(lambda _f: tab.read_view())
        self.notice = QLabel(self)
        self.notice.setObjectName("calendarNotice")
        self.notice.setStyleSheet("color: palette(placeholder-text);")
        self.notice.hide()

        self.month = MonthView(self)
        self.week = WeekView(self)
        self.list = PostList(self)
        self.list.opened.connect(self.open_post)
        self.list.sort_changed.connect(lambda: tab.read_view())
        self.views = QStackedWidget(self)
        for view in (self.month, self.week, self.list):
            self.views.addWidget(view)
        for grid in (self.month, self.week):
            grid.chip_opened.connect(lambda chip: self.open_post(chip.post_uuid))
            grid.day_opened.connect(lambda day: tab.new_post(day))
            grid.chip_moved.connect(self.move_chip)
            grid.navigate.connect(tab.go_to)
            grid.band_opened.connect(lambda band: self.open_campaign(band.uuid))
        self.my_work = MyWorkList(self)
        self.my_work.opened.connect(self.open_post)
        self.plan_gap = PlanGapPanel(self)
        self.side = QTabWidget(self)
        self.side.addTab(self.my_work, "")
        self.side.addTab(self.plan_gap, "")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([1000, 380])
        state = settings.settings().value("calendar/splitter")
        if state is not None:
            self.splitter.restoreState(state)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.filters)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        self.actions_.shown = lambda _uuid: self.tab.read_view()
        self.outputs: OutputsMenu | None = None
        self.retranslate()

    def set_outputs(self, outputs: OutputsMenu) -> None:
        """The "Export and print" menu (made by the tab: it needs this body)."""
        self.outputs = outputs
        self.more_menu.clear()
        for action in outputs.actions():
            self.more_menu.addAction(action)

    def retranslate(self) -> None:
        self.colour_label.setText(self.tr("Colour by:"))
        current = self.tab.colour_by
        self.colour.blockSignals(True)
        self.colour.clear()
        self.colour.addItem(self.tr("Platform"), "platform")
        self.colour.addItem(self.tr("Status"), "status")
        self.colour.setCurrentIndex(max(0, self.colour.findData(current)))
        self.colour.blockSignals(False)
        for grid in (self.month, self.week):
            grid.set_colour_by(current)
        self.more_button.setText(self.tr("Export and print"))
        self.side.setTabText(0, self.tr("My work"))
        self.side.setTabText(1, self.tr("Plan vs schedule"))
        self._show_period()

    def _colour_changed(self) -> None:
        by = str(self.colour.currentData() or "platform")
        self.tab.set_colour_by(by)
        for grid in (self.month, self.week):
            grid.set_colour_by(by)

    def set_read_only(self, read_only: bool) -> None:
        self.actions_.read_only = read_only
        for grid in (self.month, self.week):
            grid.editable = not read_only
        self.new_button.setVisible(not read_only)
        self.delete_button.setVisible(not read_only)

    def forget(self) -> None:
        self.choices_for = None
        self.view_data = None
        if self.list_pages is not None:
            self.list_pages.close()
            self.list_pages = None
        for grid in (self.month, self.week):
            grid.set_items(())
        self.list.set_source(None)

    # Showing ----------------------------------------------------------------------
    def set_options(self, ws: Workspace, options: FilterOptions, choices: EditorChoices) -> None:
        before = self.filters.value
        self.choices_for, self.choices = ws, choices
        self.filters.set_options(options)
        if self.filters.value != before:  # a saved choice that no longer exists
            self.tab.read_view()

    def range_of(self, mode: str, anchor: date) -> tuple[date, date]:
        first = week_start(anchor) if mode == "week" else month_start(anchor)
        return first, first + timedelta(days=(7 if mode == "week" else 42) - 1)

    def show_mode(self, mode: str, anchor: date) -> None:
        view = {"month": self.month, "week": self.week, "list": self.list}[mode]
        self.views.setCurrentWidget(view)
        if mode == "month":
            self.month.show_month(anchor)
        elif mode == "week":
            self.week.show_week(anchor)
        for action in (self.tab.previous_action, self.tab.next_action, self.tab.today_action):
            action.setEnabled(mode != "list")
        self._show_period()

    def _show_period(self) -> None:
        mode, anchor = self.tab.mode, self.tab.anchor
        if mode == "month":
            self.period.setText(month_text(anchor.year, anchor.month))
        elif mode == "week":
            first = week_start(anchor)
            last = first + timedelta(days=6)
            self.period.setText(
                self.tr("Week %1: %2 – %3")
                .replace("%1", str(first.isocalendar()[1]))
                .replace("%2", first.isoformat())
                .replace("%3", last.isoformat())
            )
        else:
            self.period.setText(self.tr("All posts"))

    def show_view(self, data: ViewData) -> None:
        self.view_data = data
        grid = self.week if self.tab.mode == "week" else self.month
        grid.set_items(data.chips, data.bands, data.marks)
        if data.chips:
            self.notice.hide()
        else:
            self.notice.setText(self.empty_text(self.filters.value))
            self.notice.show()

    def empty_text(self, flt: PostFilter) -> str:
        if not flt.empty:
            return self.tr("No post here matches the filter. “Clear filters” shows them all.")
        if self.actions_.read_only:
            return self.tr("No posts planned for these days.")
        return self.tr("No posts planned for these days: double-click a day to plan one.")

    def show_list(self, ws: Workspace, flt: PostFilter, first: Sequence[PostSummary]) -> None:
        """Show the list from ``first`` (its first page, read on the worker); each page
        after it is read on the worker while the user looks at the one before."""
        from ui.calendar.list_pages import ReadAhead

        queries = ws.calendar.queries
        key, descending = self.list.sort_key, self.list.descending

        def source(offset: int, limit: int, key_: str, descending_: bool) -> Sequence[PostSummary]:
            if offset == 0 and (key_, descending_) == (key, descending):
                return first
            page: PostPage = queries.page(flt, offset, limit, key_, descending_, count=False)
            return page.rows

        if self.list_pages is not None:
            self.list_pages.close()
        self.list_pages = ReadAhead(source, self.tab.runner, self.tr("Loading more posts…"))
        self.list.set_source(self.list_pages)
        empty = self.list.model_.rowCount() == 0
        self.notice.setVisible(empty)
        if empty:
            self.notice.setText(self.empty_text(flt))

    def show_side(self, data: SideData) -> None:
        self.my_work.set_items(data.work, data.member)
        self.plan_gap.set_gaps(data.gaps)

    def current_grid(self) -> DayGrid | None:
        grids: dict[str, DayGrid] = {"month": self.month, "week": self.week}
        return grids.get(self.tab.mode)

    # Acting -------------------------------------------------------------------------
    def open_post(self, uuid: str) -> None:
        ws = self.tab.workspace
        if ws is None:
            return
        posts = ws.calendar.posts
        self.tab.runner.query(
            "calendar.open",
            lambda: posts.get(uuid),
            self._open_detail,
            label=self.tr("Opening the post…"),
            on_failure=self.editor.report,
        )

    def _open_detail(self, detail: PostDetail) -> None:
        self.actions_.open_post(detail)

    def selected_uuid(self) -> str | None:
        if self.tab.mode == "list":
            return self.list.selected_uuid()
        grid = self.current_grid()
        chip = grid.selected_chip() if grid is not None else None
        return chip.post_uuid if chip is not None else None

    def remove_selected(self) -> None:
        ws, uuid = self.tab.workspace, self.selected_uuid()
        if ws is None or uuid is None:
            return
        posts = ws.calendar.posts
        detail = self.editor.attempt(lambda: posts.get(uuid))
        if detail is not None:
            self.actions_.remove(detail)

    def move_chip(self, chip: Chip, day: date) -> None:
        self.actions_.move(chip, day)

    def open_campaign(self, uuid: str) -> None:
        if self.outputs is not None:
            self.outputs.open_campaign(uuid)

    def save_layout(self, s: QSettings) -> None:
        s.setValue("calendar/splitter", self.splitter.saveState())
