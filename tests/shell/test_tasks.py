"""Long work runs off the GUI thread; results, errors and progress come back to it."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.tasks import Cancelled, Progress, TaskRunner


def gui_thread() -> QThread:
    app = QApplication.instance()
    assert app is not None
    return app.thread()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    """An asynchronous runner whose worker thread is gone when the test ends."""
    r = TaskRunner()
    yield r
    r.shutdown()


def test_work_runs_on_a_worker_and_the_result_arrives_on_the_gui_thread(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    seen: dict[str, object] = {}

    def work(progress: Progress) -> int:
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        for i in range(5):
            progress.update(i + 1, 5)
        return 42

    def done(result: object) -> None:
        seen["result"] = result
        seen["on_gui"] = QThread.currentThread() is gui_thread()

    steps: list[tuple[int, int]] = []
    task = runner.run("Counting", work, on_success=done)
    task.progressed.connect(lambda d, t: steps.append((d, t)))
    with qtbot.waitSignal(runner.finished, timeout=5000):
        pass
    assert seen == {"worker": True, "result": 42, "on_gui": True}
    assert steps[-1] == (5, 5)
    assert not runner.busy


def test_errors_are_delivered_not_lost(qtbot: QtBot, runner: TaskRunner) -> None:
    errors: list[BaseException] = []

    def work(_p: Progress) -> None:
        raise OSError("disk unplugged")

    runner.run("Failing", work, on_failure=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], OSError)
    assert "disk unplugged" in errors[0].__traceback_text__  # type: ignore[attr-defined]


def test_cancel_stops_the_work(qtbot: QtBot, runner: TaskRunner) -> None:
    errors: list[BaseException] = []
    started = threading.Event()

    def work(progress: Progress) -> None:
        started.set()
        for _ in range(500):
            progress.check()
            time.sleep(0.01)
        pytest.fail("never cancelled")

    task = runner.run("Long", work, on_failure=errors.append)
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], Cancelled)


def test_synchronous_runner_has_finished_when_run_returns() -> None:
    runner = TaskRunner(synchronous=True)
    results: list[object] = []
    runner.run("Now", lambda _p: "done", on_success=results.append)
    assert results == ["done"]


# Reads: load on the worker, apply on the GUI thread, the newest one wins -------------


def test_a_query_loads_on_the_worker_and_applies_on_the_gui_thread(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    seen: dict[str, object] = {}

    def load() -> str:
        seen["load on worker"] = threading.current_thread() is not threading.main_thread()
        return "plan A"

    def apply(result: str) -> None:
        seen["shown"] = result
        seen["apply on gui"] = QThread.currentThread() is gui_thread()

    runner.query("plan", load, apply)
    qtbot.waitUntil(lambda: "shown" in seen, timeout=5000)
    assert seen == {"load on worker": True, "shown": "plan A", "apply on gui": True}


def test_selecting_b_while_a_loads_never_shows_a(qtbot: QtBot, runner: TaskRunner) -> None:
    shown: list[str] = []
    loaded: list[str] = []
    a_started, release_a = threading.Event(), threading.Event()

    def load_a() -> str:
        a_started.set()
        release_a.wait(5)
        loaded.append("A")
        return "A"

    def load(name: str) -> str:
        loaded.append(name)
        return name

    runner.query("plan", load_a, shown.append)
    assert a_started.wait(5)
    runner.query("plan", lambda: load("B"), shown.append)  # queued behind A
    runner.query("plan", lambda: load("C"), shown.append)  # supersedes B before it starts
    release_a.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert shown == ["C"]
    assert loaded == ["A", "C"]  # B was never read: a newer one was already waiting


def test_queries_of_other_purposes_do_not_supersede_each_other(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    shown: list[str] = []
    runner.query("plan", lambda: "plan", shown.append)
    runner.query("team", lambda: "team", shown.append)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert sorted(shown) == ["plan", "team"]


def test_a_dropped_query_is_not_applied(qtbot: QtBot, runner: TaskRunner) -> None:
    shown: list[str] = []
    release = threading.Event()
    runner.query("plan", lambda: release.wait(5) and "old database", shown.append)
    runner.drop("plan")  # e.g. the database was closed meanwhile
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert shown == []


def test_a_quick_read_shows_no_busy_state_and_a_slow_one_does(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    announced: list[str] = []
    runner.started.connect(lambda task: announced.append(task.label))
    runner.query("quick", lambda: 1, lambda _r: None, label="Quick")
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    qtbot.wait(400)  # past the delay: the quick read must stay unannounced
    runner.query("slow", lambda: time.sleep(0.6), lambda _r: None, label="Loading plan…")
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert announced == ["Loading plan…"]


def test_a_failed_read_is_reported_unless_superseded(qtbot: QtBot, runner: TaskRunner) -> None:
    errors: list[BaseException] = []
    release = threading.Event()

    def broken(message: str) -> str:
        release.wait(5)
        raise OSError(message)

    runner.query("plan", lambda: broken("stale"), print, on_failure=errors.append)
    runner.query("plan", lambda: broken("current"), print, on_failure=errors.append)
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert [str(e) for e in errors] == ["current"]


def test_a_synchronous_query_has_been_applied_when_it_returns() -> None:
    runner = TaskRunner(synchronous=True)
    shown: list[int] = []
    runner.query("plan", lambda: 7, shown.append)
    assert shown == [7]


def test_the_window_shows_a_slow_read_as_busy_without_a_cancel_button(
    qtbot: QtBot, runner: TaskRunner, english: None
) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    release = threading.Event()
    runner.query("plan", lambda: release.wait(5), lambda _r: None, label="Loading plan…")
    qtbot.waitUntil(window.progress.isVisible, timeout=5000)
    assert window.statusBar().currentMessage() == "Loading plan…"
    assert not window.cancel_button.isVisible()  # a read is replaced, not cancelled
    release.set()
    qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=5000)
    assert window.statusBar().currentMessage() == ""
