"""Opening a database lists the team on the worker; edits read again at once."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from app.team.types import MemberDraft
from app.workspace import Workspace
from ui.tasks import TaskRunner
from ui.team.tab import TeamTab


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    r.shutdown()


def names(tab: TeamTab) -> list[str]:
    return [str(tab.proxy.index(r, 0).data()) for r in range(tab.proxy.rowCount())]


def test_the_team_is_listed_on_the_worker_when_a_database_opens(
    qtbot: QtBot, runner: TaskRunner, workspace: Workspace, english: None
) -> None:
    workspace.team.add(MemberDraft("王芳"))
    workspace.team.add(MemberDraft("李雷"))
    tab = TeamTab(QUndoStack(), runner=runner)
    qtbot.addWidget(tab)
    tab.show()
    release = threading.Event()
    runner.run("slow disk", lambda _p: release.wait(10))
    tab.set_workspace(workspace)  # returns before the members are read
    assert names(tab) == []
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert sorted(names(tab)) == ["李雷", "王芳"]
    assert tab.stack.currentWidget() is tab.content

    workspace.team.add(MemberDraft("韩梅梅"))
    tab.reload()  # as after an edit: read at once
    assert len(names(tab)) == 3
