"""The plan's sections (Overview, Platforms & pillars, Objectives, Research, Health), each
built when first shown: their modules and widgets stay out of the window's first paint,
and a section never shown costs nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from ui.strategy.plan_form import PlanForm
from ui.widgets.editing import Editor

if TYPE_CHECKING:
    from app.strategy.view_types import PlanView
    from ui.strategy.health_panel import HealthPanel
    from ui.strategy.objectives_panel import ObjectivesPanel
    from ui.strategy.platforms_panel import PlatformsPanel
    from ui.strategy.research_panel import ResearchPanel

OVERVIEW, PLATFORMS, OBJECTIVES, RESEARCH, HEALTH = range(5)


def scrolled(page: QWidget) -> QScrollArea:
    """A section that scrolls rather than widen the window past a laptop screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(page)
    return area


class PlanSections(QTabWidget):
    built = Signal(QWidget)
    """A section just built: the tab gates its buttons, the window its read-only mode."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.view: PlanView | None = None  # the plan every section shows
        self.form = PlanForm(editor, self)  # the Overview: shown first, built at once
        self._platforms: PlatformsPanel | None = None
        self._objectives: ObjectivesPanel | None = None
        self._research: ResearchPanel | None = None
        self._health: HealthPanel | None = None
        self.addTab(self.form, "")
        for _ in range(4):  # a holder each; its section goes in when first shown
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.addTab(holder, "")
        self.currentChanged.connect(self._build)

    def show_plan(self, view: PlanView | None) -> None:
        """Show ``view`` in the sections built (the others show it once built)."""
        self.view = view
        self.form.set_plan(view.plan if view else None, list(view.members) if view else [])
        for panel in (self._platforms, self._objectives, self._research):
            if panel is not None:
                panel.show_plan(view)
        self._show_health()

    def competitor_uuid(self) -> str | None:
        """The competitor whose observations the Research section shows (None: the first)."""
        research = self._research
        return research.observed_competitor_uuid() if research is not None else None

    @property
    def platforms(self) -> PlatformsPanel:
        if self._platforms is None:
            from ui.strategy.platforms_panel import PlatformsPanel

            self._platforms = PlatformsPanel(self.editor)
            self._place(PLATFORMS, self._platforms)
            self._platforms.show_plan(self.view)
        return self._platforms

    @property
    def objectives(self) -> ObjectivesPanel:
        if self._objectives is None:
            from ui.strategy.objectives_panel import ObjectivesPanel

            self._objectives = ObjectivesPanel(self.editor)
            self._place(OBJECTIVES, self._objectives)
            self._objectives.show_plan(self.view)
        return self._objectives

    @property
    def research(self) -> ResearchPanel:
        if self._research is None:
            from ui.strategy.research_panel import ResearchPanel

            self._research = ResearchPanel(self.editor)
            self._place(RESEARCH, self._research)
            self._research.show_plan(self.view)
        return self._research

    @property
    def health(self) -> HealthPanel:
        if self._health is None:
            from ui.strategy.health_panel import HealthPanel

            self._health = HealthPanel()
            self._place(HEALTH, self._health)
            self._show_health()
        return self._health

    def _show_health(self) -> None:
        view, panel = self.view, self._health
        if panel is None:
            return
        if view is None:
            panel.set_health(None)
        else:
            panel.set_health(view.health, (view.inherited_from or view.plan).title)

    def _place(self, index: int, panel: QWidget) -> None:
        holder = self.widget(index)
        layout = holder.layout() if holder is not None else None
        assert layout is not None  # a holder made in __init__
        layout.addWidget(scrolled(panel))
        self.built.emit(panel)

    def _build(self, index: int) -> None:
        if index == PLATFORMS:
            self.platforms  # noqa: B018  (building it is the point)
        elif index == OBJECTIVES:
            self.objectives  # noqa: B018
        elif index == RESEARCH:
            self.research  # noqa: B018
        elif index == HEALTH:
            self.health  # noqa: B018
