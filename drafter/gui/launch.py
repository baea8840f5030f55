"""``drafter [FILE]`` and ``drafter --screenshot OUT.png FILE``: start the editor.

With no file the editor opens a new draft from the default template (General
Assembly, English, draft). The window is put together by
:func:`drafter.gui.startup.build_window`; a file is then opened by its file layer,
which also offers work recovered after a crash and takes the file's lock. A file
that cannot be read gives a dialog (or, with ``--screenshot``, one line on stderr
and exit status 2), never a traceback. ``--screenshot`` renders the window off screen
(forcing the offscreen platform when there is no display) and exits, for
documentation and for checking the layout without a screen.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from drafter.core.model import Resolution
    from drafter.settings import Settings

SCREENSHOT_SIZE = (1640, 1000)  # wide enough for the page, grey on both sides, and the docks


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="drafter", description="Drafter: the resolution editor.")
    parser.add_argument("file", nargs="?", help="a .docx or .txt resolution to open")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the window to a PNG and exit")
    parser.add_argument("--size", metavar="WxH", type=_size, default=SCREENSHOT_SIZE,
                        help="the window's size for --screenshot, e.g. 1024x700 (default 1640x1000)")
    return parser


def _size(text: str) -> tuple[int, int]:
    """"1024x700" -> (1024, 700); argparse reports anything else in one line."""
    width, separator, height = text.lower().partition("x")
    if not separator or not width.isdigit() or not height.isdigit() or int(width) < 200 or int(height) < 200:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 1024x700")
    return int(width), int(height)


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

    from PySide6.QtWidgets import QApplication

    from drafter.gui.settings_store import load_settings
    from drafter.gui.startup import build_window, start

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "drafter"])
    app.setApplicationName("Drafter")
    app.setOrganizationName("Drafter")
    settings = load_settings()

    if args.screenshot:
        return _screenshot(app, settings, Path(args.file) if args.file else None, args.screenshot, args.size)
    window = build_window(settings, new_document())
    window.show()
    start(window, args.file)  # recovery after a crash, then FILE (a dialog if it cannot be read)
    return int(app.exec())


def _screenshot(app: QApplication, settings: Settings, path: Path | None, out: str,
                size: tuple[int, int] = SCREENSHOT_SIZE) -> int:
    """Render the window with ``path`` open (or the default template) to ``out``."""
    from drafter.gui.startup import build_window

    resolution = None
    if path is not None:
        from drafter.formats.reading import read_or_reason  # the readers load only when a file is given

        resolution, problem = read_or_reason(path)
        if resolution is None:
            print(f"drafter: {problem}", file=sys.stderr)
            return 2
    window = build_window(settings, resolution or new_document(), path)  # the menus of a normal start
    window.resize(*size)
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
