"""Starting the app: logging, QApplication, language, fonts, the window, the database.

The window is shown before the database is opened: the first paint needs neither
SQLAlchemy nor Alembic nor matplotlib, so nothing imports them until it has happened.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app import APP_NAME, __version__, paths

log = logging.getLogger("socialdesk")
# Set by the start-up benchmark: print timings and quit once the window is ready.
BENCH_ENV = "SOCIALDESK_BENCH_EXIT"


def setup_logging() -> Path:
    folder = paths.ensure(paths.log_dir())
    handler = logging.handlers.RotatingFileHandler(
        folder / "socialdesk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return folder / "socialdesk.log"


def run(db_path: Path | None = None, language: str | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from ui import i18n, settings
    from ui.errors import install_excepthook

    setup_logging()
    log.info("Social Desk %s starting", __version__)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Social Desk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "socialdesk.svg")))
    i18n.install(app, language or settings.language_setting())
    i18n.ensure_cjk_font(app)
    install_excepthook()

    window = build_window(db_path)
    bench = os.environ.get(BENCH_ENV)
    window.ask_who_is_working = not bench  # a benchmark times the start, nobody answers
    if bench:
        _arm_benchmark(window, bench)
    window.show()
    QTimer.singleShot(0, window.raise_)
    code = app.exec()
    window.opener.close_at_exit()  # type: ignore[attr-defined]
    # Quitting because the database could not be opened: not a success for a script.
    return code or int(window.opener.exit_code)  # type: ignore[attr-defined]


def build_window(db_path: Path | None, *, synchronous: bool = False) -> MainWindow:
    """The main window wired to its opener and dialogs; opens the database after painting."""
    from PySide6.QtCore import QTimer

    from ui.database.opener import DatabaseOpener
    from ui.main_window import MainWindow
    from ui.tasks import TaskRunner

    runner = TaskRunner(synchronous=synchronous)
    window = MainWindow(runner)
    runner.setParent(window)
    opener = DatabaseOpener(window)
    window.opener = opener  # type: ignore[attr-defined]

    # The dialogs load when first asked for, not before the first paint.
    def accounts() -> None:
        from ui.accounts.dialog import AccountsDialog

        if window.workspace is not None:
            dialog = AccountsDialog(window.workspace, window.undo_stack, window)
            dialog.finished.connect(lambda _r: dialog.deleteLater())
            dialog.open()

    window.accounts_action.triggered.connect(accounts)

    def preferences() -> None:
        from ui.preferences import PreferencesDialog

        PreferencesDialog(window).exec()

    window.preferences_action.triggered.connect(preferences)
    # Queued: whatever else waits for the first paint (a benchmark's stamp) comes first.
    window.first_painted.connect(
        lambda: QTimer.singleShot(0, window, lambda: opener.open_at_start(db_path))
    )
    return window


def _arm_benchmark(window: MainWindow, mode: str) -> None:
    import time

    from PySide6.QtWidgets import QApplication

    def report(stage: str) -> None:
        # Wall clock (the benchmark's figure), then this process's CPU seconds so far:
        # steadier than the wall clock on a busy machine.
        print(f"{stage} {time.time():.6f} {time.process_time():.6f}", flush=True)

    def painted() -> None:
        report("painted")
        if mode == "paint":
            QApplication.quit()

    def shown() -> None:
        # The data on screen, to read: the view kept from the last session, else the
        # first reads after opening (then the same moment as "ready").
        if not seen:
            seen.append(True)
            report("shown")

    def ready(_ws: object) -> None:
        # Shown and usable: the tabs read on the worker; wait until their reads are shown.
        def when_idle(_task: object = None) -> None:
            if window.runner.busy or done:
                return
            done.append(True)
            shown()
            report("ready")
            titles = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
            print("tabs " + " | ".join(titles), flush=True)  # checked by the packaging test
            QApplication.quit()

        window.runner.finished.connect(when_idle)

    done: list[bool] = []
    seen: list[bool] = []

    window.first_painted.connect(painted)
    window.opener.opened.connect(ready)  # type: ignore[attr-defined]
    window.opener.kept_view_shown.connect(shown)  # type: ignore[attr-defined]
    window.opener.failed.connect(lambda _e: QApplication.exit(3))  # type: ignore[attr-defined]


if TYPE_CHECKING:
    from ui.main_window import MainWindow
