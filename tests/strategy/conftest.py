"""Fixtures of the Strategy tab tests: the tab built alone on a real migrated SQLite file;
dialogs are driven the way a user drives them (tests/qt_dialogs.py)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from app.workspace import Workspace
from tests.strategy.support import TODAY
from ui.strategy.tab import StrategyTab
from ui.tasks import TaskRunner


@pytest.fixture
def tab(qtbot: QtBot, workspace: Workspace, english: None) -> StrategyTab:
    runner = TaskRunner(synchronous=True)
    t = StrategyTab(QUndoStack(), runner)
    runner.setParent(t)
    t.actions_.today = lambda: TODAY
    qtbot.addWidget(t)
    t.resize(1300, 720)
    t.show()
    qtbot.waitExposed(t)
    t.set_workspace(workspace)
    return t
