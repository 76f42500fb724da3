"""The first paint needs no database layer and no charts: they must not load before it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
import ui.application, ui.main_window, ui.database.opener, ui.accounts.dialog
import ui.preferences
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "alembic", "matplotlib"})
print(heavy)
"""


def test_window_modules_load_without_sqlalchemy_alembic_or_matplotlib() -> None:
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


WINDOW = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
window = MainWindow(TaskRunner())

def painted():
    built_later = (
        "ui.appraisal.panel", "ui.appraisal.training_panel", "ui.calendar.tab", "ui.inbox.tab",
        "ui.strategy.platforms_panel", "ui.strategy.objectives_panel",
        "ui.strategy.research_panel", "ui.strategy.health_panel", "app.db.check", "sqlite3",
    )
    loaded = {m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic", "matplotlib")}
    print(sorted(loaded | (set(built_later) & set(sys.modules))))
    app.quit()

window.first_painted.connect(painted)
window.show()
app.exec()
"""


def test_the_first_paint_builds_only_what_it_shows() -> None:
    """Team pages, strategy sections, the calendar and the inbox are built (and their
    modules loaded) when first shown; nothing of the database layer is needed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", WINDOW], cwd=ROOT, capture_output=True, text=True, env=env
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
