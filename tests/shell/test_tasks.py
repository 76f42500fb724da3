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
