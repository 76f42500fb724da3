"""A process killed while it wrote leaves the file changed without a clean close: the
next start must not show the view kept before, but read the file."""

from __future__ import annotations

import signal
import subprocess
import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.db import start_view
from app.db.database import open_database
from app.workspace import Workspace
from tests.reliability.conftest import worker
from tests.strategy.support import year_tree
from ui.application import build_window
from ui.main_window import MainWindow


def window_on(qtbot: QtBot, db_path: Path) -> MainWindow:
    window = build_window(db_path)
    qtbot.addWidget(window)
    window.ask_who_is_working = False
    return window


def test_no_kept_view_after_a_writer_was_killed(
    qtbot: QtBot, db_path: Path, isolated_home: Path, kill_on_exit: list[subprocess.Popen[str]]
) -> None:
    ws = Workspace(open_database(db_path))
    year_tree(ws)
    ws.close()
    first = window_on(qtbot, db_path)
    with qtbot.waitSignal(first.opener.opened, timeout=20000):  # type: ignore[attr-defined]
        first.show()
    qtbot.waitUntil(lambda: not first.runner.busy, timeout=10000)
    first.close()
    first.opener.close_at_exit()  # type: ignore[attr-defined]
    assert start_view.cache_file(db_path, "strategy").exists()

    proc = worker("add_loop", str(db_path), "killed-", home=isolated_home)
    kill_on_exit.append(proc)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "open"
    while proc.stdout.readline().strip() != "ok 3":
        pass
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)

    again = window_on(qtbot, db_path)
    release = threading.Event()
    again.runner.run("busy elsewhere", lambda _p: release.wait(10))
    shown: list[bool] = []
    again.opener.kept_view_shown.connect(lambda: shown.append(True))  # type: ignore[attr-defined]
    again.show()
    qtbot.waitUntil(lambda: again.location_label.isVisible(), timeout=5000)
    qtbot.wait(200)
    assert not shown and again.strategy_tab.model.plans() == []
    release.set()
    qtbot.waitUntil(lambda: again.workspace is not None and not again.runner.busy, timeout=20000)
    view = again.strategy_tab.shown
    assert view is not None
    assert {"killed-0", "killed-3"} <= {m.name for m in view.members}
    again.runner.shutdown()
    assert again.workspace is not None
    again.workspace.close()
