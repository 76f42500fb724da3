"""The user's preferences and window layout, in an INI file in the config folder."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QSettings

from app import paths


def settings() -> QSettings:
    """Opened per use: cheap, and tests that move the config folder see the move."""
    path = paths.config_dir() / "settings.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def language_setting() -> str:
    """The language chosen in Preferences: "system", "en" or "zh_CN" (what the UI shows
    now is ``QLocale()``; ``ui.strategy.labels.language`` says which platform name)."""
    return str(settings().value("ui/language", "system"))


def set_language_setting(value: str) -> None:
    settings().setValue("ui/language", value)


def _database_key(location: str) -> str:
    # A location holds "/" and ":", which QSettings reads as groups: key by a digest.
    return "working_as/" + hashlib.sha256(location.encode("utf-8")).hexdigest()[:24]


def working_as(location: str) -> str | None:
    """The UUID of the member last chosen as working on the database at ``location``."""
    value = settings().value(_database_key(location))
    return str(value) if value else None


def set_working_as(location: str, member_uuid: str) -> None:
    settings().setValue(_database_key(location), member_uuid)
