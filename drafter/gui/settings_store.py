"""The editor's settings store: a QSettings on the INI file the command line reads too.

:class:`drafter.settings.Settings` loads from and saves to any store with
``contains``/``value``/``setValue``/``sync``; in the editor that is a QSettings, so
that Qt's own locking and caching apply while the window is open.

Decision: the QSettings is always opened in ``IniFormat`` at
:func:`drafter.settings.settings_path`, never in the native format. On Linux the
two are the same file (``$XDG_CONFIG_HOME/Drafter/Drafter.conf``, INI). On Windows
and macOS the native format is the registry and a property list, which the
Qt-free command line could not read; an INI file in the user's configuration
folder (``Drafter.ini``) keeps one set of settings for both. Settings an older
Drafter stored in the registry or a property list are not carried over.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from drafter.settings import Settings, settings_path


def default_store() -> QSettings:
    """The user's settings (``DRAFTER_SETTINGS=path.ini`` points to another file)."""
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def load_settings() -> Settings:
    """The user's settings, read through QSettings (an unreadable file gives the defaults)."""
    return Settings.load(default_store())
