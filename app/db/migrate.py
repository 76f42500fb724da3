"""Alembic, driven from code with the migrations shipped inside the app."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from app import paths


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Each migration runs in its own transaction (see migrations/env.py)."""
    cfg = alembic_config()
    with engine.connect() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)
        connection.commit()


def script_revisions() -> list[str]:
    """Revision ids of the shipped migration scripts, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]
