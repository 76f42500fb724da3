"""The Strategy tab's first view, kept when the app quits and shown at the next start
while the database opens: the plans are on screen about half a second sooner, and they
are exactly what the database holds (:mod:`app.db.start_view` says when that is sure).

Until the database has opened the tab is for reading only: every editing action waits
for the workspace, as it does when no database is open.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.strategy.view_types import TabView
    from app.workspace import Workspace
    from ui.strategy.tab import StrategyTab

log = logging.getLogger("socialdesk")

NAME = "strategy"


def start_params(tab: StrategyTab) -> tuple[bool, bool]:
    """What the tab reads first after a start: archived plans shown, and the KPI actuals
    when the Health section is the one restored."""
    return (tab.show_archived.isChecked(), tab.health_shown())


def show_kept(tab: StrategyTab, path: Path) -> bool:
    """Show the view kept for ``path`` if it is still true; False: nothing shown."""
    from app.db import start_view

    view = start_view.load(path, NAME, start_params(tab))
    if view is None:
        return False
    tab.show_kept(view)
    return True


def read_for_next_start(tab: StrategyTab, workspace: Workspace) -> TabView:
    """What the next start would read first (no plan selected yet: the default one)."""
    archived, actuals = start_params(tab)
    return workspace.plans.tab_view(
        None, show_archived=archived, competitor_uuid=None, actuals=actuals
    )


def keep_at_exit(tab: StrategyTab, workspace: Workspace) -> None:
    """Read the start view, close the database, then keep the view with the file's
    fingerprint as the close left it. Only for a file this process could write: a
    read-only window shares the file with one that may still change it."""
    path = workspace.path
    keep = path is not None and not workspace.db.read_only and not workspace.db.damaged
    view: TabView | None = None
    if keep:
        try:
            view = read_for_next_start(tab, workspace)
        except Exception as exc:  # a problem now shows at the next start, not at exit
            log.warning("start view not kept: %s", exc)
    workspace.close()
    if view is not None and path is not None:
        from app.db import start_view

        start_view.save(path, NAME, start_params(tab), view)
