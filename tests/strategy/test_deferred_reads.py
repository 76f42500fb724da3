"""What the strategy tab leaves out of a database's opening, and reads once it is asked
for: the objectives' KPI actuals (only the Health section shows them) and the sections
after the Overview (built when first shown)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from app.demo import fill
from app.workspace import Workspace
from ui.strategy.sections import HEALTH, OBJECTIVES, PLATFORMS
from ui.strategy.tab import StrategyTab
from ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]


def test_a_view_without_actuals_is_the_view_with_them_less_the_actuals(
    workspace: Workspace,
) -> None:
    fill(workspace.db)
    plans = workspace.plans
    full = plans.tab_view().selected
    light = plans.tab_view(actuals=False).selected
    assert full is not None and light is not None
    assert any(p.actual is not None for p in full.health.objectives), "demo has KPI data"
    assert full.health.actuals_read and not light.health.actuals_read
    assert all(p.actual is None and p.progress is None for p in light.health.objectives)
    assert [p.objective for p in light.health.objectives] == list(full.objectives)
    assert replace(light, health=full.health) == full


def open_tab(qtbot: QtBot, workspace: Workspace) -> StrategyTab:
    runner = TaskRunner(synchronous=True)
    tab = StrategyTab(QUndoStack(), runner)
    runner.setParent(tab)
    qtbot.addWidget(tab)
    tab.resize(1300, 720)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_workspace(workspace)
    return tab


def test_health_shown_reads_the_actuals_the_overview_did_not(
    qtbot: QtBot, workspace: Workspace, english: None
) -> None:
    fill(workspace.db)
    tab = open_tab(qtbot, workspace)
    assert tab.shown is not None and not tab.shown.health.actuals_read
    assert tab.sections._health is None  # not built: nothing of it was shown
    tab.sections.setCurrentIndex(HEALTH)
    assert tab.shown.health == workspace.plans.plan_health(tab.shown.plan.uuid)
    views = next(p for p in tab.shown.health.objectives if p.objective.metric == "views")
    assert views.actual is not None
    assert "Reading the KPI figures" not in tab.health.text()
    # Other plans read while Health is shown come with their actuals at once.
    tab.sections.setCurrentIndex(OBJECTIVES)
    assert tab.objectives.model.rowCount() == len(tab.shown.objectives)
    tab.sections.setCurrentIndex(HEALTH)
    tab.reload()
    assert tab.shown.health.actuals_read


OPEN_AND_READ = """
import sys
from pathlib import Path
from app.db.database import open_database
from app.workspace import Workspace
ws = Workspace(open_database(Path(sys.argv[1])))
view = ws.plans.tab_view(actuals=False)
assert view.selected is not None and view.selected.objectives
print(sorted(m for m in sys.modules if m.startswith(("app.calendar.models", "app.kpi", "app.inbox",
    "app.appraisal", "app.imports", "alembic"))))
"""


def test_opening_and_the_first_read_map_only_what_the_strategy_tab_shows(
    workspace: Workspace,
) -> None:
    fill(workspace.db)
    assert workspace.path is not None
    path = workspace.path
    workspace.close()
    out = subprocess.run(
        [sys.executable, "-c", OPEN_AND_READ, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "[]"


def test_a_section_built_later_is_greyed_for_who_may_not_edit_plans(
    qtbot: QtBot, workspace: Workspace, english: None
) -> None:
    fill(workspace.db)
    tab = open_tab(qtbot, workspace)
    tab.rights.show_roles(("content",))  # may not edit strategy
    assert tab.sections._platforms is None
    tab.sections.setCurrentIndex(PLATFORMS)
    add = tab.platforms.strategies.add_button
    assert not add.isEnabled() and "right" in add.toolTip()
    tab.rights.show_roles(("strategy",))
    assert add.isEnabled()


def test_a_section_or_page_built_later_follows_a_read_only_database(
    qtbot: QtBot, workspace: Workspace, english: None
) -> None:
    from app.db.database import open_database
    from ui.main_window import MainWindow
    from ui.team.tab import TRAINING

    fill(workspace.db)
    assert workspace.path is not None
    window = MainWindow(TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    read_only = Workspace(open_database(workspace.path, read_only=True, single_instance=False))
    try:
        window.set_workspace(read_only)
        window.strategy_tab.sections.setCurrentIndex(PLATFORMS)
        assert not window.strategy_tab.platforms.strategies.add_button.isVisible()
        window.tabs.setCurrentWidget(window.team_tab)
        window.team_tab.page_bar.setCurrentIndex(TRAINING)
        assert not window.team_tab.training.section.add_button.isVisible()
    finally:
        window.set_workspace(None)
        read_only.close()
