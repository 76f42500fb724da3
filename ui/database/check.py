"""File ▸ Check database, and the same check run quietly after a database opens.

The full ``PRAGMA integrity_check`` reads every page, which takes a while on a big file.
The menu command runs it on the window's worker with progress and Cancel. The quiet
check, some seconds after opening, runs on a worker of its own (it reads through its own
read-only connection, so it neither waits for nor delays the app's database work) and
says something only when it finds damage. Damage leads to the recovery path: restore a
backup, or open another database.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject, QTimer, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStatusBar

from ui.tasks import Progress, Task, TaskRunner

if TYPE_CHECKING:  # the check's module (and sqlite3) load when it first runs
    from app.db.check import CheckResult
    from app.workspace import Workspace

log = logging.getLogger("socialdesk")

# Long enough for the window to settle and the first tab to load before the disk is read.
QUIET_CHECK_DELAY_MS = 8000


class CheckedWindow(Protocol):
    """What the check needs of the main window (which imports this module)."""

    runner: TaskRunner
    workspace: Workspace | None
    check_db_action: QAction
    restore_action: QAction
    open_db_action: QAction
    workspace_changed: SignalInstance

    def statusBar(self) -> QStatusBar: ...


class DatabaseCheck(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.parent_window = window
        self.window = cast(CheckedWindow, window)
        self.quiet_delay_ms = QUIET_CHECK_DELAY_MS
        self._quiet_runner = TaskRunner(self, synchronous=self.window.runner.synchronous)
        self._quiet_task: Task | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check_quietly)
        self.message: QMessageBox | None = None  # the last answer shown (tests read it)
        self.window.check_db_action.triggered.connect(self.check_now)
        self.window.check_db_action.setEnabled(False)
        self.window.workspace_changed.connect(self._workspace_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def _path(self) -> Path | None:
        ws = self.window.workspace
        return None if ws is None else ws.path

    def _workspace_changed(self, workspace: Workspace | None) -> None:
        self.stop()
        has_file = workspace is not None and workspace.path is not None
        self.window.check_db_action.setEnabled(has_file)  # a server checks itself
        if has_file:
            self._timer.start(self.quiet_delay_ms)

    @property
    def quiet_check_pending(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        """Drop a pending or running quiet check (another file opens, or the app quits)."""
        self._timer.stop()
        if self._quiet_task is not None:
            self._quiet_task.cancel()
            self._quiet_task = None

    # The menu command --------------------------------------------------------------
    def check_now(self) -> None:
        path = self._path()
        if path is None:
            return
        self.stop()
        self.window.runner.run(
            self.tr("Checking the database…"),
            lambda progress: _check(path, progress),
            on_success=lambda result: self._checked(path, result),
            on_failure=self._could_not_check,
        )

    def _checked(self, path: Path, result: CheckResult | None) -> None:
        if result is None:
            text = self.tr("Database check cancelled.")
            # After the runner's end-of-task tidy-up, which clears the status bar.
            QTimer.singleShot(0, lambda: self.window.statusBar().showMessage(text, 8000))
        elif result.ok:
            box = QMessageBox(self.parent_window)
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(self.tr("Check database"))
            box.setText(self.tr("No problems found in %1.").replace("%1", str(path)))
            self._show(box)
        else:
            self.show_damage(result)

    def _could_not_check(self, exc: BaseException) -> None:
        from ui.errors import show_error

        show_error(self.parent_window, exc)

    # The quiet check ---------------------------------------------------------------
    def check_quietly(self) -> None:
        path = self._path()
        if path is None:
            return

        def done(result: CheckResult | None) -> None:
            self._quiet_task = None
            # Only a verdict on the file still open counts.
            if result is not None and not result.ok and self._path() == path:
                self.show_damage(result)

        def failed(exc: BaseException) -> None:
            self._quiet_task = None
            log.warning("quiet database check of %s did not run: %s", path, exc)

        self._quiet_task = self._quiet_runner.run(
            "", lambda progress: _check(path, progress), on_success=done, on_failure=failed
        )

    # Damage ------------------------------------------------------------------------
    def show_damage(self, result: CheckResult) -> None:
        """Tell the user the file is damaged and offer the way out."""
        log.error("database check found damage in %s: %s", result.path, result.problems)
        box = QMessageBox(self.parent_window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Check database"))
        box.setText(
            self.tr(
                "The database file is damaged: some of its contents cannot be read. "
                "Restore it from a backup before making more changes."
            )
        )
        box.setInformativeText(self.tr("File: %1").replace("%1", str(result.path)))
        box.setDetailedText("\n".join(result.problems))
        restore = box.addButton(self.tr("&Restore a backup…"), QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(self.tr("&Open another…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(restore)

        def chosen() -> None:
            # After the box has closed: the restore path opens dialogs of its own.
            clicked = box.clickedButton()
            if clicked is restore:
                QTimer.singleShot(0, self.window.restore_action.trigger)
            elif clicked is other:
                QTimer.singleShot(0, self.window.open_db_action.trigger)

        box.finished.connect(chosen)
        self._show(box)

    def _show(self, box: QMessageBox) -> None:
        # Window-modal but not blocking: a check finishing while the user works (or in a
        # test) never starts a nested event loop.
        if self.message is not None and not self.message.isVisible():
            self.message.deleteLater()
        self.message = box
        box.open()


def _check(path: Path, progress: Progress) -> CheckResult | None:
    from app.db.check import check_integrity

    return check_integrity(path, progress=progress.update, cancelled=lambda: progress.cancelled)
