"""What this workstation remembers between starts, declared in one place.

Kept in an INI file in the user's configuration folder (never in the register: a shared
PostgreSQL register serves several workstations, each with its own language).
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_config_path
from PySide6.QtCore import QSettings

from ui.i18n import LANGUAGES


def _settings() -> QSettings:
    path = Path(user_config_path("Belgi", appauthor=False)) / "belgi.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def language() -> str | None:
    """The language last chosen in the app, if any."""
    value = _settings().value("language", "")
    return value if value in LANGUAGES else None


def set_language(lang: str) -> None:
    _settings().setValue("language", lang)


def last_username() -> str:
    return str(_settings().value("last_username", "") or "")


def set_last_username(username: str) -> None:
    _settings().setValue("last_username", username)


def last_place() -> str:
    """Where the verification desk last checked a code (a market, a shop, a village)."""
    return str(_settings().value("last_place", "") or "")


def set_last_place(place: str) -> None:
    _settings().setValue("last_place", place)


def last_folder() -> str:
    """The folder a document was last saved to from this workstation."""
    return str(_settings().value("last_folder", "") or "")


def set_last_folder(folder: str) -> None:
    _settings().setValue("last_folder", folder)
