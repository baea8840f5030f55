"""``drafter [FILE]`` and ``drafter --screenshot OUT.png FILE``: start the editor.

With no file the editor opens a new draft from the default template (General
Assembly, English, draft). A file is read with :func:`drafter.read` (through the
file controller of issue 7 when it is installed: it also offers work recovered
after a crash and takes the file's lock); a file that cannot be read gives a
dialog (or, with ``--screenshot``, one line on stderr and exit status 2), never a
traceback. ``--screenshot`` renders the window off screen
(forcing the offscreen platform when there is no display) and exits, for
documentation and for checking the layout without a screen.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from drafter.errors import DrafterError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from drafter.core.model import Resolution
    from drafter.gui.main_window import MainWindow

SCREENSHOT_SIZE = (1640, 1000)  # wide enough for the page, grey on both sides, and the docks


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="drafter", description="Drafter: the resolution editor.")
    parser.add_argument("file", nargs="?", help="a .docx or .txt resolution to open")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the window to a PNG and exit")
    return parser


def _needs_offscreen(screenshot: bool) -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform.startswith(("win", "darwin")):
        return False
    return screenshot or not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def new_document() -> Resolution:
    """The default template: GA plenary, English, draft."""
    from drafter.core.model import DocumentStatus, Organ
    from drafter.core.new_document import new_resolution

    return new_resolution(Organ.GA, DocumentStatus.DRAFT, "en")


def run(argv: Sequence[str]) -> int:
    try:
        args = _parser().parse_args(list(argv))
    except SystemExit as stop:  # --help or a bad option: argparse already printed why
        return int(stop.code or 0)
    if _needs_offscreen(bool(args.screenshot)):
        if not args.screenshot:  # an invisible window would wait forever for a drafter
            print("drafter: no display found (set DISPLAY, or render with --screenshot OUT.png)",
                  file=sys.stderr)
            return 2
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtWidgets import QApplication, QMessageBox

    from drafter.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "drafter"])
    app.setApplicationName("Drafter")
    app.setOrganizationName("Drafter")

    if args.screenshot:
        return _screenshot(app, Path(args.file) if args.file else None, args.screenshot)
    files = _file_layer()
    if files is not None:  # before the window is built, so that all its texts are translated
        files.install_interface_language()
    window = MainWindow()
    window.load_resolution(new_document())
    window.show()
    _install_extras(window)
    if files is not None:  # issue 7: open/save, recovery after a crash, locks (its own dialogs)
        files.start(window, args.file)
    elif args.file:
        resolution, problem = _read(Path(args.file))
        if resolution is not None:
            window.load_resolution(resolution, Path(args.file))
        else:
            QMessageBox.critical(window, "Cannot open the file", problem)
    return int(app.exec())


def _install_extras(window: MainWindow) -> None:
    """Commands other modules add to the window from outside (Compare with Base Text…)."""
    try:
        from drafter.gui.compare_actions import install_compare_actions
    except ImportError:
        return
    try:
        install_compare_actions(window)  # idempotent: installs once per window
    except Exception as error:  # an optional command must not stop the editor from starting
        window.statusBar().showMessage(f"Compare commands unavailable: {error}", 8000)


def _file_layer() -> ModuleType | None:
    """The file controller (New/Open/Save, recovery) when it is installed."""
    try:
        from drafter.gui import file_controller
    except ImportError:
        return None
    return file_controller if hasattr(file_controller, "start") else None


def _read(path: Path) -> tuple[Resolution | None, str]:
    """(resolution, "") or (None, one-line reason): never an exception."""
    import drafter

    try:
        return drafter.read(path), ""
    except DrafterError as error:
        return None, str(error)
    except Exception as error:  # a reader bug must still end in one clear line
        return None, f"{path}: cannot be read ({type(error).__name__}: {error})"


def _screenshot(app: QApplication, path: Path | None, out: str) -> int:
    """Render the window with ``path`` open (or the default template) to ``out``."""
    from drafter.gui.main_window import MainWindow

    resolution = None
    if path is not None:
        resolution, problem = _read(path)
        if resolution is None:
            print(f"drafter: {problem}", file=sys.stderr)
            return 2
    files = _file_layer()
    if files is not None:  # the interface language of the settings, as a normal start has
        files.install_interface_language()
    window = MainWindow()
    window.load_resolution(resolution or new_document(), path)
    _install_extras(window)  # the same menus as a normal start (Compare)
    if files is not None:  # the File menu belongs in the picture too
        files.attach(window)
        from drafter.gui.i18n import translate_window

        translate_window(window)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    for _ in range(3):
        app.processEvents()
    window.checks.run_now(force=True)
    app.processEvents()
    saved = window.grab().save(out)
    window.close()
    if not saved:
        print(f"drafter: {out}: cannot write the PNG", file=sys.stderr)
        return 2
    return 0
