"""The real editor in a separate process, for tests that kill it and start it again."""

from __future__ import annotations

import json
import os
import signal
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


def crash_after_autosave(tmp_path: Path, document: Path | None, typed: str) -> Path:
    """Start the editor on ``document`` (None: an untitled draft) with autosave every 5 s, type
    ``typed``, wait until an autosave holds it, then kill the process with SIGKILL (a crash:
    no close, no cleanup). Returns the recovery folder."""
    (tmp_path / "settings.ini").write_text("[General]\nautosave_seconds=5\n", encoding="utf-8")
    recovery = tmp_path / "state" / "drafter" / "recovery"
    editor = editor_process(tmp_path, document, DRAFTER_TEST_TYPE=typed)

    def autosaved() -> bool:
        return any(typed in p.read_text(encoding="utf-8") for p in recovery.glob("*.json"))

    wait_for(autosaved, editor, 120)  # the timer's autosave or the focus-loss one, whichever comes first
    editor.send_signal(signal.SIGKILL)
    editor.wait()
    assert editor.returncode == -signal.SIGKILL
    return recovery


def dumped_start(tmp_path: Path, document: Path | None, dump_name: str, **extra: str) -> dict:
    """Start the editor again with ``extra`` (scripted answers …), let it finish, and return
    what it dumped on the way out: the page's model, its title, path and unsaved mark."""
    dump = tmp_path / dump_name
    process = editor_process(tmp_path, document, DRAFTER_TEST_DUMP=str(dump), **extra)
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return json.loads(dump.read_text(encoding="utf-8"))
