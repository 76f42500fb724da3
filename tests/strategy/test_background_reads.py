"""The strategy tab reads on the worker: the window stays responsive, and a plan asked
for later always wins over one still loading."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from app.workspace import Workspace
from tests.strategy.support import year_tree
from ui.strategy.tab import StrategyTab
from ui.tasks import Progress, TaskRunner


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    r = TaskRunner()  # asynchronous, as in the app
    yield r
    r.shutdown()


@pytest.fixture
def async_tab(qtbot: QtBot, runner: TaskRunner, english: None) -> StrategyTab:
    t = StrategyTab(QUndoStack(), runner)
    qtbot.addWidget(t)
    t.resize(1300, 720)
    t.show()
    qtbot.waitExposed(t)
    return t


def hold_worker(runner: TaskRunner) -> threading.Event:
    """Keep the worker busy until the returned event is set (a slow disk, say)."""
    release = threading.Event()
    runner.run("busy elsewhere", lambda _p: release.wait(10))
    return release


def test_opening_a_database_returns_at_once_and_shows_the_plans_when_read(
    qtbot: QtBot, async_tab: StrategyTab, runner: TaskRunner, workspace: Workspace
) -> None:
    year, _q1, _march = year_tree(workspace)  # drafts: none active
    release = hold_worker(runner)
    async_tab.set_workspace(workspace)  # must not wait for the worker
    assert async_tab.shown is None and async_tab.model.plans() == []
    release.set()
    qtbot.waitUntil(lambda: async_tab.shown is not None, timeout=5000)
    assert async_tab.form.title.text() == year.title  # the first plan, as before
    assert len(async_tab.model.plans()) == 3
    assert async_tab.selected_plan() == year


def test_selecting_b_while_a_loads_never_shows_a(
    qtbot: QtBot, async_tab: StrategyTab, runner: TaskRunner, workspace: Workspace
) -> None:
    year, q1, march = year_tree(workspace)
    async_tab.set_workspace(workspace)
    qtbot.waitUntil(lambda: async_tab.shown is not None, timeout=5000)
    titles: list[str] = []
    async_tab.form.title.textChanged.connect(titles.append)

    release = hold_worker(runner)
    async_tab.tree.select_uuid(q1.uuid)  # A: its read waits behind the slow work
    async_tab.tree.select_uuid(march.uuid)  # B, clicked before A arrived
    assert async_tab.form.title.text() == year.title  # nothing half-switched meanwhile
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    shown = async_tab.shown
    assert shown is not None and shown.plan.uuid == march.uuid
    assert async_tab.form.title.text() == march.title
    assert q1.title not in titles
    assert async_tab.plan_title.text() == march.title


def test_a_plan_removed_before_its_read_is_reported_and_the_tree_read_again(
    qtbot: QtBot,
    async_tab: StrategyTab,
    runner: TaskRunner,
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _year, _q1, march = year_tree(workspace)
    async_tab.set_workspace(workspace)
    qtbot.waitUntil(lambda: async_tab.shown is not None, timeout=5000)
    errors: list[BaseException] = []
    monkeypatch.setattr("ui.widgets.editing.show_error", lambda _w, exc: errors.append(exc))
    release = threading.Event()

    def someone_else_removes_march(_p: Progress) -> None:
        release.wait(10)
        workspace.plans.remove_plan(march.uuid)

    runner.run("another user", someone_else_removes_march)
    async_tab.tree.select_uuid(march.uuid)  # read after the removal
    release.set()
    qtbot.waitUntil(lambda: bool(errors) and not runner.busy, timeout=5000)
    assert "no longer exists" in str(errors[0])
    assert march.uuid not in {p.uuid for p in async_tab.model.plans()}
    shown = async_tab.shown
    assert shown is not None and shown.plan.uuid == async_tab.selected_plan().uuid  # type: ignore[union-attr]
