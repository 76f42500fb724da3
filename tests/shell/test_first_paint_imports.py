"""The first paint needs no database layer and no charts: they must not load before it."""

from __future__ import annotations

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
