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
