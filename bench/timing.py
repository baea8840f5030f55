"""What every benchmark script shares: where the repository and the corpus are, and a median timer.

The scripts run as ``.venv/bin/python bench/<name>.py``, so this folder is on
``sys.path`` and they import it as ``timing``; the repository root is added too, so a
checkout works even without the editable install.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from drafter.gui.main_window import MainWindow

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def median_seconds(action: Callable[[], object], runs: int) -> float:
    """Median wall-clock time of ``action()`` over ``runs`` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def editor_window(path: Path) -> tuple[Any, MainWindow]:
    """(QApplication, a shown editor window with ``path`` loaded): the GUI benches' start.

    The window runs no checks, so what a bench times is its own step. Qt is imported
    here, not at the top, so the benches that never open a window do not load it.
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])

    import drafter
    from drafter.gui.main_window import MainWindow
    from drafter.settings import Settings

    window = MainWindow(checker=lambda resolution, options: [], settings=Settings(), grammar=False)
    window.load_resolution(drafter.read(path), path)
    window.show()
    return app, window
