"""The interface language: Qt translation files built from sources in the repository.

The translations are Qt Linguist sources (``resources/translations/drafter_<lang>.ts``,
editable with ``pyside6-linguist``). A .ts is compiled to the binary .qm Qt loads
with ``lrelease`` (shipped in the PySide6 wheel) at first use, into a cache folder
keyed by the source's hash, so no binary is kept in the repository and an edited
.ts is picked up at the next start. ``tools/build_translations.py`` compiles them
ahead of time for packaging (the loader prefers such a .qm when it is up to date).

Qt's own strings (the Save/Discard/Cancel buttons, file dialogs) come from Qt's
``qtbase_<lang>.qm``. Window texts set as plain English literals (menus, actions,
dock titles) are translated after the window is built by :func:`translate_window`,
which looks each text up in the ``MainWindow`` context of the same .ts.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QToolBar,
    QTreeWidget,
    QWidget,
)

from drafter.resources import resources_dir

WINDOW_CONTEXT = "MainWindow"
_SOURCE_PROPERTY = "drafter_source_text"
_installed: list[QTranslator] = []
_system_locale: list[QLocale] = []  # the default locale before a translation changed it
_COUNT = re.compile(r"(.+?)( \(\d+\))")


def window_tr(text: str) -> str:
    """A text the window builds or paints while it runs, in the interface language
    (the ``MainWindow`` context of the .ts, like the literals :func:`translate_window` finds)."""
    return QCoreApplication.translate(WINDOW_CONTEXT, text) if text else text


def translations_dir() -> Path:
    return resources_dir() / "translations"


def translation_source(language: str) -> Path:
    return translations_dir() / f"drafter_{language}.ts"


def available_languages() -> list[str]:
    """English (the source language) and every language with a .ts file."""
    found = sorted(p.stem.removeprefix("drafter_") for p in translations_dir().glob("drafter_*.ts"))
    return ["en", *(language for language in found if language != "en")]


def lrelease_program() -> Path | None:
    """Qt's .ts -> .qm compiler from the PySide6 wheel."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).is_file():
            return folder / name
    return None


def compile_translation(source: Path, target: Path) -> None:
    """Run lrelease; raises RuntimeError with lrelease's own message when it fails."""
    program = lrelease_program()
    if program is None:
        raise RuntimeError("lrelease is missing from the PySide6 installation")
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([str(program), "-silent", str(source), "-qm", str(target)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0 or not target.is_file():
        raise RuntimeError(f"{source.name}: lrelease failed: {done.stderr.strip() or done.stdout.strip()}")


def cache_dir() -> Path:
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "drafter" / "translations"


def compiled_translation(language: str) -> Path | None:
    """The .qm for ``language``: prebuilt and up to date, or compiled into the cache now."""
    source = translation_source(language)
    if not source.is_file():
        return None
    prebuilt = source.with_suffix(".qm")
    frozen = getattr(sys, "frozen", False)  # the desktop bundle ships its .qm and no lrelease
    if prebuilt.is_file() and (frozen or prebuilt.stat().st_mtime >= source.stat().st_mtime):
        return prebuilt
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cached = cache_dir() / f"drafter_{language}-{digest}.qm"
    if not cached.is_file():
        temporary = cached.with_name(cached.name + f".{os.getpid()}.tmp")
        compile_translation(source, temporary)
        os.replace(temporary, cached)
    return cached


def install_translators(language: str, app: Any = None) -> list[str]:
    """Make ``language`` the interface language (before the window is built).

    Returns the problems met (empty when all went well): a missing translation is
    not fatal, the interface then stays in English.
    """
    app = app or QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if _system_locale:
        QLocale.setDefault(_system_locale[0])
    if language == "en":
        return _install_ours("en", app)  # English plural forms ("1 footnote", "2 footnotes")
    if not _system_locale:
        _system_locale.append(QLocale())
    QLocale.setDefault(QLocale(language))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    return _install_ours(language, app)


def _install_ours(language: str, app: Any) -> list[str]:
    """Install Drafter's own translation of ``language``; the problems met (empty when none)."""
    try:
        compiled = compiled_translation(language)
    except (OSError, RuntimeError) as error:
        return [str(error)]
    if compiled is None:
        return [f"no translation for the interface language {language!r}"]
    ours = QTranslator(app)
    if not ours.load(str(compiled)):
        return [f"{compiled}: not a Qt translation file"]
    app.installTranslator(ours)
    _installed.append(ours)
    return []


def translate_window(window: Any) -> None:
    """Translate the window's menus, actions, toolbars and docks set as English literals.

    Inside the docks: labels, buttons, placeholders, combo box items and tree
    headers. A dock title the window changes later ("Issues (3)") is translated
    as it changes. The English text is kept on each object, so this can run
    again after the language changed.
    """
    seen: set[int] = set()
    for action in window.findChildren(QMenu):
        _translate(action, "title", "setTitle")
    for action in _all_actions(window):
        if id(action) in seen:
            continue
        seen.add(id(action))
        _translate(action, "text", "setText")
        _translate(action, "statusTip", "setStatusTip")
        _translate(action, "toolTip", "setToolTip")
    for widget in (*window.findChildren(QDockWidget), *window.findChildren(QToolBar)):
        _translate(widget, "windowTitle", "setWindowTitle")
    for widget in (window, *window.findChildren(QWidget)):  # what a screen reader says
        _translate(widget, "accessibleName", "setAccessibleName")
    for dock in window.findChildren(QDockWidget):
        _translate_dock(dock)


def _translate_dock(dock: QDockWidget) -> None:
    if not dock.property("drafter_follows_title"):
        dock.setProperty("drafter_follows_title", True)
        dock.windowTitleChanged.connect(lambda text, d=dock: _retitle(d, text))
    for label in dock.findChildren(QLabel):
        _translate(label, "text", "setText")
    for button in dock.findChildren(QAbstractButton):
        _translate(button, "text", "setText")
        _translate(button, "toolTip", "setToolTip")
    for edit in dock.findChildren(QLineEdit):
        _translate(edit, "placeholderText", "setPlaceholderText")
    for combo in dock.findChildren(QComboBox):
        for index in range(combo.count()):
            combo.setItemText(index, _lookup(combo.itemText(index)))
    for tree in dock.findChildren(QTreeWidget):
        header = tree.headerItem()
        for column in range(header.columnCount()):
            header.setText(column, _lookup(header.text(column)))
    for table in dock.findChildren(QTableWidget):
        for column in range(table.columnCount()):
            item = table.horizontalHeaderItem(column)
            if item is not None:
                item.setText(_lookup(item.text()))


def _retitle(dock: QDockWidget, text: str) -> None:
    translated = _lookup(text)
    if translated != text:  # setting it emits again, with a text that has no translation: no loop
        dock.setWindowTitle(translated)


def _lookup(source: str) -> str:
    """The translation of a window text; "Issues (3)" keeps its count."""
    translated = QCoreApplication.translate(WINDOW_CONTEXT, source)
    counted = _COUNT.fullmatch(source)
    if translated == source and counted:
        translated = QCoreApplication.translate(WINDOW_CONTEXT, counted.group(1)) + counted.group(2)
    return translated


def _all_actions(window: Any) -> list[Any]:
    found = list(window.actions())
    for menu in window.findChildren(QMenu):
        found += menu.actions()
    return found


def _translate(item: Any, getter: str, setter: str) -> None:
    key = f"{_SOURCE_PROPERTY}_{getter}"
    source = item.property(key)
    if source is None:
        source = getattr(item, getter)()
        if not source:
            return
        item.setProperty(key, source)
    translated = _lookup(source)
    if translated != getattr(item, getter)():
        getattr(item, setter)(translated)
