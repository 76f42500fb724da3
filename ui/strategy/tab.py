"""Strategy tab: the year → quarter → month plan tree on the left; the selected plan's
overview, platforms and pillars, objectives, research and health on the right."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.strategy.types import PlanInfo
from app.team.rights import EDIT_STRATEGY
from ui import settings
from ui.strategy.labels import labelled
from ui.strategy.plan_actions import PlanActions
from ui.strategy.plan_heading import PlanHeading
from ui.strategy.plan_model import PlanFilterProxy, PlanTreeModel
from ui.strategy.plan_tree import PlanTreeView
from ui.strategy.sections import HEALTH, PlanSections
from ui.tasks import TaskRunner
from ui.widgets.editing import Editor
from ui.widgets.empty_state import EmptyState
from ui.widgets.rights import RightsGate, section_buttons
from ui.widgets.tab import Tab

if TYPE_CHECKING:  # the core's services load only once a database opens
    from app.strategy.health_types import PlanHealth
    from app.strategy.view_types import PlanView, TabView
    from app.workspace import Workspace
    from ui.strategy.health_panel import HealthPanel
    from ui.strategy.objectives_panel import ObjectivesPanel
    from ui.strategy.plan_form import PlanForm
    from ui.strategy.platforms_panel import PlatformsPanel
    from ui.strategy.research_panel import ResearchPanel

# What the tab reads on the worker (TaskRunner.query purposes).
TAB_QUERY = "strategy.tab"
PLAN_QUERY = "strategy.plan"
# Only while the Health section is shown does a read take the objectives' KPI actuals:
# the KPI modules load when it is first shown, not while a database opens.
HEALTH_QUERY = "strategy.health"


class StrategyTab(Tab):
    def __init__(
        self, undo_stack: QUndoStack, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.editor = Editor(
            undo_stack, self, lambda: self.reload(), lambda: self.workspace, labelled
        )
        self._loading = False
        self._background = False
        self.shown: PlanView | None = None  # the plan every section shows now
        # Kept from the last session, shown while the database opens (start_view.py).
        self.kept: TabView | None = None
        self.model = PlanTreeModel(self)
        self.proxy = PlanFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.read_only = False
        self.actions_ = PlanActions(self, self)

        # Left pane: filter, archived toggle, New buttons, the tree.
        left = QWidget(self)
        self.filter = QLineEdit(left)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.show_archived = QCheckBox(left)
        self.show_archived.toggled.connect(self._archived_toggled)
        # Short button texts keep the pane narrow; the actions carry the full names.
        self.new_label = QLabel(left)
        self.new_buttons: list[QPushButton] = []
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_label)
        for a in (
            self.actions_.new_year_action,
            self.actions_.new_quarter_action,
            self.actions_.new_month_action,
        ):
            button = QPushButton(left)
            button.clicked.connect(a.trigger)
            a.changed.connect(lambda b=button, a=a: b.setEnabled(a.isEnabled()))
            new_row.addWidget(button, 1)
            self.new_buttons.append(button)
        self.tree = PlanTreeView(self.model, self.proxy, left)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._selection_changed())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.actions_.delete)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.show_archived)
        left_layout.addLayout(new_row)
        left_layout.addWidget(self.tree, 1)

        # Right pane: the plan's header and actions, then its sections.
        right = QWidget(self)
        self.heading = PlanHeading(
            (
                self.actions_.copy_action,
                self.actions_.archive_action,
                self.actions_.delete_action,
                self.actions_.export_action,
            ),
            right,
        )
        self.plan_title, self.plan_meta = self.heading.title, self.heading.meta

        self.sections = PlanSections(self.editor, right)
        self.form.saved.connect(lambda _p: self.reload())
        self.sections.currentChanged.connect(lambda _i: self._read_actuals())
        plan_page = QWidget(right)
        plan_layout = QVBoxLayout(plan_page)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addWidget(self.heading)
        plan_layout.addWidget(self.sections, 1)
        self.no_selection = EmptyState(right)
        self.right_stack = QStackedWidget(right)
        self.right_stack.addWidget(plan_page)
        self.right_stack.addWidget(self.no_selection)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.right_stack)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 980])

        # Whole-tab empty states (the base's): no database, or no plan at all.
        self.first_plan = QPushButton(self)
        self.first_plan.clicked.connect(lambda: self.actions_.new_plan("year"))
        # Under the explanation, inside the empty state's own centring stretches.
        empty_layout = self.empty.layout()
        assert isinstance(empty_layout, QVBoxLayout)
        empty_layout.insertSpacing(3, 12)
        empty_layout.insertWidget(4, self.first_plan, 0, Qt.AlignmentFlag.AlignHCenter)
        self.set_content(self.splitter)
        self.rights = RightsGate(self)  # greyed out for a member without the right
        self.rights.register_all(self.actions_.edit_actions(), EDIT_STRATEGY)
        buttons = [*self.new_buttons, self.first_plan, *section_buttons(self)]
        self.rights.register_all(buttons, EDIT_STRATEGY)
        # A section built later (when first shown): its buttons too.
        self.sections.built.connect(
            lambda panel: self.rights.register_all(section_buttons(panel), EDIT_STRATEGY)
        )
        self._restore_layout()
        self.retranslate()
        self.set_workspace(None)

    # Data ---------------------------------------------------------------------------
    # Reads run on the worker (TaskRunner.query); a newer read of the same purpose
    # replaces an older one, so a quick click through the tree shows the last plan only.
    # After an edit the tab reads at once instead (one transaction), so the edit's
    # handler finds the new rows in place when it selects them.

    def set_read_only(self, read_only: bool) -> None:
        """A database opened read-only: plans can be read and exported, not changed."""
        self.read_only = read_only
        self.form.set_read_only(read_only)
        self.actions_.update()

    def set_workspace(self, workspace: Workspace | None) -> None:
        if self.kept is None or workspace is None:  # else the kept view stays until
            self.kept = None  # this database's own read replaces it (_show_tab)
            self.form.set_plan(None, [])  # no late save of the old database's plan
            self.tree.forget()
        self.form.set_read_only(self.read_only)
        self._background = workspace is not None  # a database just opened: read on the worker
        try:
            super().set_workspace(workspace)
        finally:
            self._background = False

    def reload(self, select_uuid: str | None = None) -> None:
        """Read the plans again and show ``select_uuid`` (or the plan shown before)."""
        ws = self.workspace
        self.runner.drop(PLAN_QUERY)  # what this reads replaces any plan still loading
        if ws is None:
            self.runner.drop(TAB_QUERY)
            self._show_tab(None)
            return
        keep = select_uuid or getattr(self.selected_plan(), "uuid", None)
        archived, competitor = self.show_archived.isChecked(), self.research_competitor()
        actuals = self.health_shown()

        def load() -> TabView:
            return ws.plans.tab_view(
                keep, show_archived=archived, competitor_uuid=competitor, actuals=actuals
            )

        if self._background:
            label = self.tr("Loading plans…")
            self.runner.query(TAB_QUERY, load, self._show_tab, label=label)
        else:
            self.runner.drop(TAB_QUERY)
            self._show_tab(load())

    def research_competitor(self) -> str | None:
        return self.sections.competitor_uuid()

    def show_kept(self, view: TabView) -> None:
        """Show a view kept from the last session before the database has opened: to
        read only, until the workspace comes (``set_workspace``)."""
        self.kept = view
        self._show_tab(view)
        self.form.set_read_only(True)

    def _show_tab(self, view: TabView | None) -> None:
        """Show the tree and the plan read with it."""
        self.runner.drop(PLAN_QUERY)  # a plan asked for before this was read is stale
        kept = self.kept
        if self.workspace is not None:
            self.kept = None  # the database's own read: nothing is kept any more
        if kept is not None and view is not kept and view == kept and self.shown == kept.selected:
            self.actions_.update()  # what is on screen already: nothing to redraw
            return
        plans = list(view.plans) if view else []
        shown = view.selected if view else None
        self._loading = True
        try:
            self.tree.set_plans(plans)
            if shown is not None:
                self.tree.select_uuid(shown.plan.uuid)
        finally:
            self._loading = False
        self._update_empty_state(bool(plans))
        self.actions_.update()
        self._show_plan(shown)

    def selected_plan(self) -> PlanInfo | None:
        return self.tree.selected_plan()

    def _selection_changed(self) -> None:
        if self._loading:
            return
        ws, plan = self.workspace, self.selected_plan()
        self.actions_.update()
        kept = self.kept
        if ws is None and plan is not None and kept is not None:
            if kept.selected is not None and kept.selected.plan.uuid == plan.uuid:
                self._show_plan(kept.selected)
                return
            self._show_plan(None)  # read once the database has opened (reload keeps it)
            self.no_selection.set_text(
                self.tr("Opening the database…"),
                self.tr("“%1” shows as soon as the database is open.").replace("%1", plan.title),
            )
            return
        if ws is None or plan is None:
            self.runner.drop(PLAN_QUERY)
            self._show_plan(None)
            return
        if self.shown is not None and self.shown.plan == plan:
            self.runner.drop(PLAN_QUERY)  # back to the plan on screen: nothing to read
            return
        competitor, actuals = self.research_competitor(), self.health_shown()
        self.runner.query(
            PLAN_QUERY,
            lambda: ws.plans.plan_view(plan.uuid, competitor, actuals=actuals),
            self._show_plan,
            label=self.tr("Loading plan…"),
            on_failure=self.editor.report,  # gone meanwhile: say so, and read again
        )

    def _show_plan(self, view: PlanView | None) -> None:
        """Show one plan in every section at once (None: no plan selected)."""
        if view is not None and getattr(self.selected_plan(), "uuid", None) != view.plan.uuid:
            return  # the tree moved on while this was read: its own read follows
        self.shown = view
        self.right_stack.setCurrentIndex(0 if view else 1)
        self._no_selection_text()
        self.sections.show_plan(view)
        self._show_heading(view.plan if view else None)
        self._read_actuals()

    def _no_selection_text(self) -> None:
        self.no_selection.set_text(
            self.tr("No plan selected"),
            self.tr("Choose a plan on the left, or make a new one with Ctrl+N."),
        )

    def health_shown(self) -> bool:
        return self.sections.currentIndex() == HEALTH

    def _read_actuals(self) -> None:
        """The Health section shows a plan read without its objectives' actuals: read
        its health again, with them."""
        view, ws = self.shown, self.workspace
        if view is None or ws is None or view.health.actuals_read or not self.health_shown():
            return
        uuid = view.plan.uuid

        def apply(health: PlanHealth) -> None:
            shown = self.shown
            if shown is None or shown.plan.uuid != uuid:
                return  # another plan is shown now: its own read covers it
            self.shown = replace(shown, health=health)
            self.sections.show_plan(self.shown)

        self.runner.query(
            HEALTH_QUERY,
            lambda: ws.plans.plan_health(uuid),
            apply,
            label=self.tr("Reading the KPI figures…"),
            on_failure=self.editor.report,  # gone meanwhile: say so, and read again
        )

    def _show_heading(self, plan: PlanInfo | None) -> None:
        above = self.model.ancestors(plan.uuid) if plan is not None else []
        self.heading.show_plan(plan, above[0] if above else None)

    # Sections (built when first shown) ------------------------------------------------
    @property
    def form(self) -> PlanForm:
        return self.sections.form

    @property
    def platforms(self) -> PlatformsPanel:
        return self.sections.platforms

    @property
    def objectives(self) -> ObjectivesPanel:
        return self.sections.objectives

    @property
    def research(self) -> ResearchPanel:
        return self.sections.research

    @property
    def health(self) -> HealthPanel:
        return self.sections.health

    def edit_title(self) -> None:
        """F2: go to the title box, ready to type."""
        self.sections.setCurrentWidget(self.form)
        self.form.title.setFocus()
        self.form.title.selectAll()

    # Tree ---------------------------------------------------------------------------
    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()

    def _archived_toggled(self, show: bool) -> None:
        self.proxy.set_show_archived(show)
        self.tree.expand_uuids({p.uuid for p in self.model.plans()})
        self._selection_changed()

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        a = self.actions_
        menu.addAction(a.new_action)
        menu.addSeparator()
        for action in a.plan_actions():
            menu.addAction(action)
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    # Layout -------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        s = settings.settings()
        state = s.value("strategy/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        self.sections.setCurrentIndex(int(str(s.value("strategy/section", 0))))
        self.show_archived.setChecked(s.value("strategy/show_archived", "false") == "true")

    def save_layout(self, s: QSettings) -> None:
        s.setValue("strategy/splitter", self.splitter.saveState())
        s.setValue("strategy/section", self.sections.currentIndex())
        s.setValue("strategy/show_archived", "true" if self.show_archived.isChecked() else "false")

    # Language -----------------------------------------------------------------------
    def _update_empty_state(self, has_plans: bool | None = None) -> None:
        if has_plans is None:
            has_plans = bool(self.model.plans())
        if has_plans:
            self.show_content()
            return
        if self.editor.workspace is None:
            self.show_empty(
                self.tr("No database open"),
                self.tr("Open or create a database to plan the year, its quarters and months."),
            )
            self.first_plan.hide()
            return
        self.show_empty(
            self.tr("No strategy plan yet"),
            self.tr(
                "Plans live here as a tree: a year plan, its quarters and their months "
                "(any level can be skipped). Each holds goals, core messages, audience, "
                "budget, per-platform posting frequency, content pillars and measurable "
                "objectives, checked against the calendar and the KPIs."
            ),
        )
        self.first_plan.setText(self.tr("Create this year's plan"))
        self.first_plan.show()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter plans by title or period"))
        self.show_archived.setText(self.tr("Show archived plans"))
        self.new_label.setText(self.tr("New:"))
        short = (self.tr("Year plan"), self.tr("Quarter plan"), self.tr("Month plan"))
        for button, text, a in zip(
            self.new_buttons,
            short,
            (
                self.actions_.new_year_action,
                self.actions_.new_quarter_action,
                self.actions_.new_month_action,
            ),
            strict=True,
        ):
            button.setText(text)
            button.setToolTip(a.text().replace("&", ""))
        self.actions_.retranslate()
        titles = (
            self.tr("Overview"),
            self.tr("Platforms && pillars"),
            self.tr("Objectives"),
            self.tr("Research"),
            self.tr("Health"),
        )
        for i, title in enumerate(titles):
            self.sections.setTabText(i, title)
        self._no_selection_text()
        self.model.retranslate()
        self._update_empty_state()
        self._show_heading(self.selected_plan())
