"""Opening, creating, backing up and restoring the database from the window.

Opening (and migrating, and filling demo data) runs on the worker thread; problems the
user can act on lead to the recovery dialog, never to a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app import paths
from app.db import backup
from app.db.errors import DatabaseProblem, DatabaseTooNew
from ui import settings
from ui.database.recovery import Choice, RecoveryDialog
from ui.errors import describe, show_error
from ui.main_window import MainWindow
from ui.tasks import Progress

if TYPE_CHECKING:  # SQLAlchemy loads on the worker, after the first paint
    from app.db.database import Database


class DatabaseOpener(QObject):
    opened = Signal(object)
    failed = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.new_db_action.triggered.connect(self.new_database)
        window.open_db_action.triggered.connect(self.choose_and_open)
        window.backup_action.triggered.connect(self.back_up_now)
        window.restore_action.triggered.connect(self.restore_from_backup)

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
            self.open(target, demo=demo)
            return
        self.open(target)

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
    def open(self, target: Path | str, *, demo: bool = False) -> None:
        def work(progress: Progress) -> Database:
            from app.db.database import open_database

            db = open_database(target)
            if demo:
                from app.demo import DemoCancelled, fill

                try:
                    fill(db, progress=progress.update, cancelled=lambda: progress.cancelled)
                except DemoCancelled:
                    pass  # the user stopped it: the database stays as it was, empty
                except BaseException:
                    db.close()
                    raise
            return db

        self.window.runner.run(
            self.tr("Opening database…"),
            work,
            on_success=self._opened,
            on_failure=lambda exc: self._failed(target, exc),
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

    def _failed(self, target: Path | str, exc: BaseException) -> None:
        self.failed.emit(exc)
        if not isinstance(exc, DatabaseProblem):
            show_error(self.window, exc)
            return
        path = target if isinstance(target, Path) else None
        has_backups = path is not None and bool(backup.list_backups(path))
        dialog = RecoveryDialog(
            describe(exc) or str(exc),
            str(target),
            can_restore=has_backups and not isinstance(exc, DatabaseTooNew),
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
        elif choice is Choice.QUIT and self.window.workspace is None:
            self.window.close()

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
        ws = self.window.workspace
        if ws is not None:
            self.window.set_workspace(None)
            ws.close()
        try:
            backup.restore(Path(name), db_path)
        except (DatabaseProblem, OSError) as exc:
            show_error(self.window, exc)
        self.open(db_path)
