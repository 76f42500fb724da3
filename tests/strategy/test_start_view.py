"""At start the Strategy tab shows the view kept when the app last quit, while the
database opens; to read only, and only while nothing has changed the file since."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.db import start_view
from app.db.database import open_database
from app.strategy.types import new_plan_draft
from app.workspace import Workspace
from tests.strategy.support import year_tree
from ui.application import build_window
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def planned(db_path: Path) -> Path:
    ws = Workspace(open_database(db_path))
    year_tree(ws)  # drafts only: the year plan is the one shown first
    ws.close()
    return db_path


def start(qtbot: QtBot, db_path: Path) -> MainWindow:
    window = build_window(db_path)  # the worker as in the app
    qtbot.addWidget(window)
    window.ask_who_is_working = False
    return window


def hold_worker(window: MainWindow) -> threading.Event:
    """The worker busy until set: the database opens no sooner (a slow laptop, say)."""
    release = threading.Event()
    window.runner.run("busy elsewhere", lambda _p: release.wait(10))
    return release


def open_and_quit(qtbot: QtBot, db_path: Path) -> None:
    """One session: start, wait until open, quit as the app does."""
    window = start(qtbot, db_path)
    with qtbot.waitSignal(window.opener.opened, timeout=20000):  # type: ignore[attr-defined]
        window.show()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    window.close()
    window.opener.close_at_exit()  # type: ignore[attr-defined]


def show_until_kept_view(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.opener.kept_view_shown, timeout=10000):  # type: ignore[attr-defined]
        window.show()
    assert window.workspace is None  # still opening


def let_it_open(qtbot: QtBot, window: MainWindow, release: threading.Event) -> None:
    release.set()
    qtbot.waitUntil(lambda: window.workspace is not None and not window.runner.busy, timeout=20000)


@pytest.fixture
def second(
    qtbot: QtBot, planned: Path, english: None
) -> Iterator[tuple[MainWindow, threading.Event]]:
    open_and_quit(qtbot, planned)
    window = start(qtbot, planned)
    release = hold_worker(window)
    yield window, release
    release.set()
    window.runner.shutdown()
    if window.workspace is not None:
        window.workspace.close()


def test_the_next_start_shows_the_plans_before_the_database_has_opened(
    qtbot: QtBot, second: tuple[MainWindow, threading.Event]
) -> None:
    window, release = second
    tab = window.strategy_tab
    show_until_kept_view(qtbot, window)
    assert len(tab.model.plans()) == 3
    assert tab.plan_title.text() == "2026 年度社媒策略"
    assert tab.form.title.text() == "2026 年度社媒策略"
    # To read only until the database is open: no edit can be lost meanwhile.
    assert tab.form.title.isReadOnly()
    assert not tab.actions_.new_action.isEnabled()
    assert not tab.actions_.delete_action.isEnabled()

    redrawn: list[bool] = []
    tab.model.modelReset.connect(lambda: redrawn.append(True))
    let_it_open(qtbot, window, release)
    assert not redrawn  # the database's own read was the same: the tree did not flicker
    assert tab.form.title.text() == "2026 年度社媒策略"
    assert not tab.form.title.isReadOnly()
    assert tab.actions_.new_action.isEnabled()
    assert tab.kept is None


def test_a_plan_chosen_while_opening_is_shown_once_open(
    qtbot: QtBot, second: tuple[MainWindow, threading.Event]
) -> None:
    window, release = second
    tab = window.strategy_tab
    show_until_kept_view(qtbot, window)
    march = next(p for p in tab.model.plans() if p.level == "month")
    tab.tree.select_uuid(march.uuid)
    assert tab.right_stack.currentWidget() is tab.no_selection
    assert "2026年3月" in tab.no_selection.body.text()

    let_it_open(qtbot, window, release)
    assert tab.shown is not None and tab.shown.plan.uuid == march.uuid
    assert tab.form.title.text() == "2026年3月"


def test_a_database_changed_since_shows_nothing_before_it_opens(
    qtbot: QtBot, planned: Path, english: None
) -> None:
    open_and_quit(qtbot, planned)
    ws = Workspace(open_database(planned))  # the weekly import job, say
    ws.plans.add_plan(new_plan_draft("2027 plan", "year", date(2027, 1, 1)))
    ws.close()

    window = start(qtbot, planned)
    release = hold_worker(window)
    shown: list[bool] = []
    window.opener.kept_view_shown.connect(lambda: shown.append(True))  # type: ignore[attr-defined]
    window.show()
    qtbot.waitUntil(lambda: window.runner.busy and window.strategy_tab.isVisible(), timeout=5000)
    qtbot.wait(100)
    assert not shown and window.strategy_tab.model.plans() == []
    let_it_open(qtbot, window, release)
    assert "2027 plan" in {p.title for p in window.strategy_tab.model.plans()}
    window.runner.shutdown()
    window.workspace.close()


def test_quitting_keeps_the_view_and_closes_the_file(qtbot: QtBot, planned: Path) -> None:
    open_and_quit(qtbot, planned)
    assert start_view.cache_file(planned, "strategy").exists()
    assert not Path(f"{planned}-wal").exists()  # closed: the log folded back into the file


def test_a_read_only_window_keeps_no_view(qtbot: QtBot, planned: Path) -> None:
    window = start(qtbot, planned)  # not shown: nothing opens at start
    with qtbot.waitSignal(window.opener.opened, timeout=20000):  # type: ignore[attr-defined]
        window.opener.open(planned, read_only=True)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    window.opener.close_at_exit()  # type: ignore[attr-defined]
    assert not start_view.cache_file(planned, "strategy").exists()


SHOWN_BEFORE_SQLALCHEMY = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.application import build_window
window = build_window(Path(sys.argv[1]))
window.ask_who_is_working = False

def shown():
    loaded = sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "alembic"})
    print("shown", window.strategy_tab.plan_title.text(), loaded)
    app.exit()

window.opener.kept_view_shown.connect(shown)
window.show()
app.exec()
"""


def test_the_kept_view_shows_before_sqlalchemy_has_loaded(qtbot: QtBot, planned: Path) -> None:
    """The point of it: shown without the database layer, which takes longer to load
    than the window takes to paint."""
    open_and_quit(qtbot, planned)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", SHOWN_BEFORE_SQLALCHEMY, str(planned)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "shown 2026 年度社媒策略 []"
