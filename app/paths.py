"""Where Social Desk keeps its files.

One place for the data, config, log and cache folders (platformdirs), the overrides
(``SOCIALDESK_HOME`` for everything, used by tests and portable installs) and the lookup
of bundled resources in a frozen (PyInstaller) app. Nothing here touches the disk at
import time: folders are created by :func:`ensure`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app import APP_AUTHOR, APP_NAME

HOME_ENV = "SOCIALDESK_HOME"
DATABASE_URL_ENV = "SOCIALDESK_DATABASE_URL"
DB_FILENAME = "socialdesk.db"


def _home_override() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value) if value else None


def _platform_dir(kind: str) -> Path:
    home = _home_override()
    if home is not None:
        return home / kind
    import platformdirs  # deferred: only needed when no override is set

    dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
    chosen: str = {
        "data": dirs.user_data_dir,
        "config": dirs.user_config_dir,
        "log": dirs.user_log_dir,
        "cache": dirs.user_cache_dir,
    }[kind]
    return Path(chosen)


def data_dir() -> Path:
    return _platform_dir("data")


def config_dir() -> Path:
    return _platform_dir("config")


def log_dir() -> Path:
    return _platform_dir("log")


def cache_dir() -> Path:
    return _platform_dir("cache")


def default_database_path() -> Path:
    return data_dir() / DB_FILENAME


def database_url_override() -> str | None:
    return os.environ.get(DATABASE_URL_ENV) or None


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """The folder holding ``app/``, ``ui/`` and ``resources/``: the repo or the bundle."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "migrations"


def ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
