"""The real editor in a separate process, for tests that kill it and start it again."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from support.corpus import REPO


def editor_process(tmp_path: Path, document: Path | None, **extra: str) -> subprocess.Popen:
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "DRAFTER_SETTINGS": str(tmp_path / "settings.ini"),
        "PYTHONPATH": str(REPO),
        **extra,
    })
    files = [str(document)] if document else []
    return subprocess.Popen([sys.executable, "-m", "drafter", *files], env=env, cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(condition, process: subprocess.Popen, seconds: float) -> None:
    """Poll until ``condition()`` (a correctness wait with a generous cap, not a timing assertion)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if process.poll() is not None:
            raise AssertionError(f"the editor exited early: {process.communicate()}")
        if time.monotonic() > deadline:
            process.kill()
            raise AssertionError(f"gave up waiting: {process.communicate()}")
        time.sleep(0.1)
