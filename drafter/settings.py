"""User settings, stored with QSettings (QtCore only: usable by the CLI and the editor).

One typed object instead of string keys scattered through the code. Tests and
scripts pass their own ``QSettings`` (an INI file in a temporary folder) so that
nothing touches the user's real settings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields

from PySide6.QtCore import QSettings

ORGANIZATION = "Drafter"
APPLICATION = "Drafter"


def default_store() -> QSettings:
    """The user's settings; ``DRAFTER_SETTINGS=path.ini`` points to another file (tests, scripts)."""
    path = os.environ.get("DRAFTER_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


@dataclass
class Settings:
    interface_language: str = "en"  # "en" or "fr" (Qt translation files)
    document_language: str = "en"  # default language of new documents
    document_organ: str = "GA"  # default organ of new documents
    # LanguageTool source: "none" (default: nothing leaves the machine), "local",
    # "server" (languagetool_url) or "public" (explicit opt-in, text leaves the machine).
    languagetool_source: str = "none"
    languagetool_url: str = ""
    languagetool_folder: str = ""
    disabled_rules: list[str] = field(default_factory=list)  # off everywhere
    autosave_seconds: int = 30
    page_size: str = "letter"  # "letter" or "a4"
    recent_files: list[str] = field(default_factory=list)

    MAX_RECENT = 10

    @classmethod
    def load(cls, store: QSettings | None = None) -> Settings:
        store = store if store is not None else default_store()
        values = cls()
        for item in fields(cls):
            if not store.contains(item.name):
                continue
            raw = store.value(item.name)
            default = getattr(values, item.name)
            setattr(values, item.name, _coerce(raw, default))
        values.autosave_seconds = max(5, values.autosave_seconds)
        if values.page_size not in ("letter", "a4"):
            values.page_size = "letter"
        return values

    def save(self, store: QSettings | None = None) -> None:
        store = store if store is not None else default_store()
        for item in fields(self):
            value = getattr(self, item.name)
            store.setValue(item.name, list(value) if isinstance(value, list) else value)
        store.sync()

    def remember_file(self, path: str) -> None:
        self.recent_files = [path] + [p for p in self.recent_files if p != path]
        del self.recent_files[self.MAX_RECENT :]


def _coerce(raw: object, default: object) -> object:
    """QSettings returns strings from INI files and may return None for empty lists."""
    if isinstance(default, list):
        if raw is None or raw == "":
            return []
        return [str(v) for v in raw] if isinstance(raw, (list, tuple)) else [str(raw)]
    if isinstance(default, bool):
        return raw in (True, "true", "1", 1)
    if isinstance(default, int):
        try:
            return int(raw)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return default
    return "" if raw is None else str(raw)
