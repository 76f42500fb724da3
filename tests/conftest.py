"""Shared fixtures: every standard folder in a temp dir, a fresh migrated database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: no display is needed and none is used.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

from app.db.database import Database, open_database
from app.workspace import Workspace

_TEMPLATE: dict[str, bytes] = {}


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Data, config, log and cache folders of this test only."""
    home = tmp_path / "home"
    monkeypatch.setenv("SOCIALDESK_HOME", str(home))
    monkeypatch.delenv("SOCIALDESK_DATABASE_URL", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A freshly migrated SQLite file (migrated once per run, then copied)."""
    path = tmp_path / "team.db"
    if "head" not in _TEMPLATE:
        seed = tmp_path / "template.db"
        open_database(seed).close()
        _TEMPLATE["head"] = seed.read_bytes()
    path.write_bytes(_TEMPLATE["head"])
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    ws = Workspace(open_database(db_path))
    yield ws
    ws.close()


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    """The English interface for this test (and afterwards)."""
    from ui import i18n

    i18n.install(qapp, "en")  # type: ignore[arg-type]
    yield
    i18n.install(qapp, "en")  # type: ignore[arg-type]
