"""Opening, creating, backing up and restoring the database from the window.

Opening (and migrating, and filling demo data) runs on the worker thread; problems the
user can act on lead to the recovery dialog, never to a traceback, and so does a
database found damaged while in use (it is closed first: nothing more is written into
it). Restoring acts only on a file this process holds (``app.db.lock``).
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app import paths
from app.cli import one_line
from app.db.errors import (
    CorruptDatabase,
    DatabaseInUse,
    DatabaseProblem,
    DatabaseTooNew,
    EmptyDatabaseFile,
)
from ui import settings
from ui.database.recovery import Choice, RecoveryDialog
from ui.errors import describe, set_damage_handler, show_error
from ui.main_window import MainWindow
from ui.tasks import Progress, Task

if TYPE_CHECKING:  # SQLAlchemy loads on the worker, after the first paint
    from app.db import backup
    from app.db.database import Database


def check_meanwhile(target: Path | str) -> Future[str | None] | None:
    """Start reading a database file's revision with its quick check on a thread of its
    own. The check runs in SQLite's C code, which lets go of Python's lock: it takes
    no time from loading SQLAlchemy beside it (a large file's check takes as long)."""
    path = target.expanduser() if isinstance(target, Path) else None
    try:
        if path is None or not path.is_file() or path.stat().st_size == 0:
            return None  # a server, a new file or an odd one: open_database says what
    except OSError:
        return None
    checked: Future[str | None] = Future()

    def run() -> None:
        from app.db.files import read_revision  # here: sqlite3 stays out of the first paint

        try:
            checked.set_result(read_revision(path, quick_check=True))
        except BaseException as exc:  # raised where open_database takes the result
            checked.set_exception(exc)

    threading.Thread(target=run, name="quick check", daemon=True).start()
    return checked


def collect_from_now_on() -> None:
    """Start-up runs without the cyclic garbage collector (``ui/main.py``): its passes
    over the growing heap of modules and mapped classes cost a sixth of the imports.
    Once the database layer has loaded, those objects (they live as long as the app)
    are frozen out of the collector's reach, and collecting goes on as usual."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


class DatabaseOpener(QObject):
    opened = Signal(object)
    failed = Signal(object)
    kept_view_shown = Signal()  # at start, before opening: ui/strategy/start_view.py

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.new_db_action.triggered.connect(self.new_database)
        window.open_db_action.triggered.connect(self.choose_and_open)
        window.backup_action.triggered.connect(self.back_up_now)
        window.restore_action.triggered.connect(self.restore_from_backup)
        self._recovering = False
        # Not zero when the app quits because the database could not be opened.
        self.exit_code = 0
        set_damage_handler(self.on_damaged)
        self.destroyed.connect(lambda _o=None: set_damage_handler(None))

    def file_filter(self) -> str:
        return self.tr("Social Desk databases (*.db *.sqlite);;All files (*)")

    # Start-up -----------------------------------------------------------------------
    def open_at_start(self, db_path: Path | None) -> None:
        url = paths.database_url_override()
        if db_path is None and url:
            self.open(url)
            return
        last = settings.settings().value("database/last")
        target = db_path or (Path(str(last)) if last else paths.default_database_path())
        if db_path is None and not target.exists():
            demo = self.ask_first_run()
            if demo is None:
                self.window.close()
                return
            self.open(target, demo=demo, at_start=True)
            return
        from ui.strategy.start_view import show_kept

        tab = self.window.strategy_tab
        if self.window.tabs.currentWidget() is tab and show_kept(tab, target.expanduser()):
            self.window.location_label.setText(str(target))  # being opened, not "none"
            self.kept_view_shown.emit()
        self.open(target, at_start=True)

    def close_at_exit(self) -> None:
        """Quitting: let the worker finish, keep the start view, close the database."""
        self.window.runner.shutdown()
        ws = self.window.workspace
        if ws is not None:
            from ui.strategy.start_view import keep_at_exit

            keep_at_exit(self.window.strategy_tab, ws)

    def ask_first_run(self) -> bool | None:
        """True: load demo data; False: start empty; None: quit."""
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Welcome to Social Desk"))
        box.setText(self.tr("Social Desk keeps your team's work in one file on this computer."))
        box.setInformativeText(
            self.tr("Start with an empty workspace, or explore it filled with demo data first?")
        )
        empty = box.addButton(self.tr("Start &empty"), QMessageBox.ButtonRole.AcceptRole)
        demo = box.addButton(self.tr("Load &demo data"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(demo)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is demo else False if clicked is empty else None

    # Opening ------------------------------------------------------------------------
    def open(
        self,
        target: Path | str,
        *,
        demo: bool = False,
        read_only: bool = False,
        allow_empty: bool = False,
        at_start: bool = False,
        after: Callable[[], None] | None = None,
    ) -> Task:
        """Open ``target`` on the worker; ``after`` runs once it has opened or failed."""

        def work(progress: Progress) -> Database:
            checked = check_meanwhile(target)
            # While the check runs: SQLAlchemy and the services' models load and
            # configure, here rather than on the GUI thread.
            from sqlalchemy.orm import configure_mappers

            import app.workspace  # noqa: F401
            from app.db.database import open_database

            configure_mappers()
            db = open_database(
                target, read_only=read_only, allow_empty=allow_empty, checked=checked
            )
            if demo:
                collect_from_now_on()  # filling makes many short-lived objects
                from app.demo import DemoCancelled, fill

                try:
                    fill(db, progress=progress.update, cancelled=lambda: progress.cancelled)
                except DemoCancelled:
                    pass  # the user stopped it: the database stays as it was, empty
                except BaseException:
                    db.close()
                    raise
            return db

        def succeeded(db: Database) -> None:
            if after is not None:
                after()
            self._opened(db)

        def failed(exc: BaseException) -> None:
            if after is not None:
                after()
            self._failed(target, exc, at_start=at_start)

        return self.window.runner.run(
            self.tr("Opening database…"), work, on_success=succeeded, on_failure=failed
        )

    def _opened(self, db: Database) -> None:
        from app.workspace import Workspace

        old = self.window.workspace
        workspace = Workspace(db)
        self.window.set_workspace(workspace)
        if old is not None:
            old.close()
        if db.path is not None:
            settings.settings().setValue("database/last", str(db.path))
        self.opened.emit(workspace)
        self._collect_when_idle()

    def _collect_when_idle(self) -> None:
        """After the tabs' first reads (their imports and first mapped rows are part of
        start-up too): see :func:`collect_from_now_on`."""
        runner = self.window.runner
        if not runner.busy or gc.isenabled():
            collect_from_now_on()
            return

        def when_idle(_task: object) -> None:
            if not runner.busy:
                runner.finished.disconnect(when_idle)
                collect_from_now_on()

        runner.finished.connect(when_idle)
        # At the latest in a second: long work started meanwhile (an import) collects.
        QTimer.singleShot(1000, self, collect_from_now_on)

    def _failed(self, target: Path | str, exc: BaseException, *, at_start: bool = False) -> None:
        collect_from_now_on()
        if self.window.workspace is None:  # not a view kept from the last session either
            self.window.strategy_tab.set_workspace(None)
        self.failed.emit(exc)
        if not isinstance(exc, DatabaseProblem):
            show_error(self.window, exc)
            return
        path = target if isinstance(target, Path) else None
        if isinstance(exc, EmptyDatabaseFile) and path is not None:
            if self.ask_make_empty_file_a_database(path):
                self.open(path, allow_empty=True, at_start=at_start)
                return
        else:
            self._recover(exc, target, at_start=at_start)
            return
        self._quit_if_nothing_open(exc, target, at_start)

    def ask_make_empty_file_a_database(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self.window,
            self.tr("Empty file"),
            self.tr(
                "%1 is empty (0 bytes): it is not a database yet. Make it a new, empty "
                "Social Desk database?"
            ).replace("%1", str(path)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _recover(
        self,
        exc: DatabaseProblem,
        target: Path | str,
        *,
        at_start: bool = False,
        damaged_in_use: bool = False,
    ) -> None:
        path = target if isinstance(target, Path) else None
        has_backups = path is not None and _has_backups(path)
        dialog = RecoveryDialog(
            describe(exc) or str(exc),
            str(target),
            can_restore=has_backups and not isinstance(exc, DatabaseTooNew | DatabaseInUse),
            can_open_read_only=isinstance(exc, DatabaseInUse),
            damaged_in_use=damaged_in_use,
            parent=self.window,
        )
        dialog.exec()
        choice = dialog.choice
        if choice is Choice.OPEN_OTHER:
            self.choose_and_open()
        elif choice is Choice.RESTORE and path is not None:
            self._restore_into(path)
        elif choice is Choice.NEW:
            self.new_database()
        elif choice is Choice.READ_ONLY:
            self.open(target, read_only=True, at_start=at_start)
        elif choice is Choice.QUIT:
            self._quit_if_nothing_open(exc, target, at_start or damaged_in_use)

    def _quit_if_nothing_open(self, exc: BaseException, target: Path | str, at_start: bool) -> None:
        """Quit when no database is open; started from a command line, the reason goes to
        stderr on one line and the exit code is not zero."""
        if self.window.workspace is not None:
            return
        if at_start:
            print(f"socialdesk: {target}: {one_line(exc)}", file=sys.stderr)
            self.exit_code = 2  # ui.application.run returns it
            self.window.close()
            return
        self.window.close()

    def on_damaged(self, exc: CorruptDatabase) -> None:
        """A damaged database met while in use: close it, then offer what to do."""
        if self._recovering:
            return
        self._recovering = True
        try:
            ws = self.window.workspace
            target: Path | str = exc.path or (ws.path if ws is not None else None) or ""
            if ws is not None:
                self.window.set_workspace(None)
                ws.close()
            self._recover(exc, target, damaged_in_use=True)
        finally:
            self._recovering = False

    # File menu ----------------------------------------------------------------------
    def choose_and_open(self) -> None:
        start = str(paths.data_dir())
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open database"), start, self.file_filter()
        )
        if name:
            self.open(Path(name))

    def new_database(self) -> None:
        start = str(paths.data_dir() / "socialdesk.db")
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("New database"), start, self.file_filter()
        )
        if not name:
            return
        target = Path(name)
        if target.exists():
            QMessageBox.warning(
                self.window,
                self.tr("New database"),
                self.tr("%1 already exists. Choose a new file name, or use Open.").replace(
                    "%1", str(target)
                ),
            )
            return
        self.open(target)

    def back_up_now(self) -> None:
        ws = self.window.workspace
        if ws is None or ws.path is None:
            return
        db_path = ws.path
        from app.db import backup  # the files modules load when first used, not at start

        def done(made: backup.BackupFile) -> None:
            self.window.statusBar().showMessage(
                self.tr("Backup saved: %1").replace("%1", str(made.path)), 8000
            )

        self.window.runner.run(
            self.tr("Backing up…"),
            lambda _p: backup.back_up(db_path),
            on_success=done,
            on_failure=lambda exc: show_error(self.window, exc),
        )

    def restore_from_backup(self) -> None:
        ws = self.window.workspace
        if ws is None or ws.path is None:
            return
        self._restore_into(ws.path)

    def _restore_into(self, db_path: Path) -> None:
        from app.db import backup, lock

        folder = backup.backups_dir(db_path)
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore from backup"), str(folder), self.file_filter()
        )
        if not name:
            return
        confirmed = QMessageBox.question(
            self.window,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the current database with this backup? The current file is "
                "kept as a backup too."
            ),
        )
        if confirmed != QMessageBox.StandardButton.Yes:
            return
        from app.db.database import restore_backup

        # Hold the file across closing, restoring and reopening it: nobody else may
        # take it in between, and a file another process has open is refused.
        try:
            lock.acquire(db_path)
        except DatabaseProblem as exc:
            show_error(self.window, exc)
            return
        try:
            ws = self.window.workspace
            if ws is not None:
                self.window.set_workspace(None)
                ws.close()
            try:
                restore_backup(Path(name), db_path)
            except (DatabaseProblem, OSError) as exc:
                show_error(self.window, exc)
        except BaseException:
            lock.release(db_path)
            raise
        self.open(db_path, after=lambda: lock.release(db_path))


def _has_backups(path: Path) -> bool:
    from app.db import backup

    try:
        return bool(backup.list_backups(path))
    except (OSError, DatabaseProblem):
        return False
