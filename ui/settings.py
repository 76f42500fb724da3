"""The user's preferences and window layout, in an INI file in the config folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app import paths


def settings() -> QSettings:
    """Opened per use: cheap, and tests that move the config folder see the move."""
    path = paths.config_dir() / "settings.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def language() -> str:
    """ "system", "en" or "zh_CN"."""
    return str(settings().value("ui/language", "system"))


def set_language(value: str) -> None:
    settings().setValue("ui/language", value)
