"""What the KPI screen tests share: the known data set in a workspace, the tab on it with
a synchronous runner and a fixed "today" (2024-03-31, the data set's last day)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.kpi.analytics_types import KpiFilter
from app.workspace import Workspace
from tests.kpi.known import Known, load
from ui import i18n
from ui.kpi.filters import save_filter
from ui.kpi.tab import KpiTab
from ui.tasks import TaskRunner

TODAY = date(2024, 3, 31)
QUARTER = KpiFilter(preset="custom", start=date(2024, 1, 1), end=TODAY)


@pytest.fixture
def known_ws(db: Database, english: None) -> tuple[Workspace, Known]:
    """The known data set (tests/kpi/known.py) and a workspace on it; English."""
    return Workspace(db), load(db)


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    i18n.ensure_cjk_font(qapp)  # type: ignore[arg-type]
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")


def open_tab(qtbot: QtBot, ws: Workspace, f: KpiFilter = QUARTER, kind: str = "trend") -> KpiTab:
    """The KPI tab shown on ``ws`` with ``f`` as the remembered filter; charts drawn."""
    save_filter(f)
    runner = TaskRunner(synchronous=True)
    tab = KpiTab(None, runner, today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.set_workspace(ws)
    tab.show()
    qtbot.waitExposed(tab)
    dashboard = tab.dashboard
    assert dashboard is not None
    dashboard.charts.setCurrentIndex(("trend", "targets", "comparison", "funnel").index(kind))
    return tab
