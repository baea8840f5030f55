"""What ``drafter [FILE]`` does to show the editor: the window with its parts, in the user's language.

:func:`build_window` is the one place the editor is put together: the interface
language of the settings is installed first (so that every text the window
builds is translated), then the window (which builds its own page, docks,
checks, compare commands and grammar bridge) and its Help commands
(:mod:`drafter.gui.help_menu`), then its file layer
(:func:`drafter.gui.file_controller.attach`). ``drafter --screenshot`` uses it
too, so the picture shows the menus of a normal start. :func:`start` then does
what a start does once the window is shown: offer crashed work back, open FILE (or,
with neither, show the start page and the Guide), and run the test hooks (:mod:`drafter.gui.startup_hooks`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from drafter.core.model import Resolution
from drafter.gui.file_controller import attach
from drafter.gui.help_menu import first_run, install_help
from drafter.gui.i18n import install_translators, translate_window
from drafter.gui.main_window import MainWindow
from drafter.gui.startup_hooks import apply_test_hooks
from drafter.settings import Settings


def tr(text: str) -> str:
    return QCoreApplication.translate("DocumentFileController", text)


def build_window(settings: Settings, resolution: Resolution, path: Path | None = None) -> MainWindow:
    """The editor window showing ``resolution``, with its file layer, in the settings' language."""
    problems = install_translators(settings.interface_language)
    window = MainWindow(settings=settings)
    window.load_resolution(resolution, path)
    install_help(window)  # Guide, Drafting rules, About (gui/help_menu.py)
    translate_window(window)
    attach(window, settings)
    for problem in problems:  # a missing translation: the interface stays in English
        window.statusBar().showMessage(problem, 8000)
    return window


def start(window: MainWindow, path: str | Path | None = None) -> None:
    """Once the window is shown: offer crashed work back (recovering wins over FILE), open FILE,
    then run the test hooks."""
    files = window.files
    assert files is not None, "build_window gives the window its file layer"
    recovered = files.offer_recovery()
    # FILE itself is on the page when it was opened to show its parallel version's recovered edits
    if path and recovered and files.path != Path(path).absolute():
        notice = tr("{name} was not opened: the recovered work is shown instead.")
        window.statusBar().showMessage(notice.format(name=Path(path).name), 10000)
    if path and not recovered:
        files.open_path(path, ask=False)
    if not path and not recovered:  # nothing to show yet: the start page and the Guide
        first_run(window)
    apply_test_hooks(window, files)
