"""A LanguageTool installed on this computer, started by Drafter on 127.0.0.1 only.

Why not ``language_tool_python.LanguageTool(lang)``: without a remote server that
constructor downloads LanguageTool from the internet when it is missing, which a
confidential-drafting tool must never do behind the user's back. Drafter looks for
an installation (a folder the user points to, or the folders ``language_tool_python``
manages in ``$LTP_PATH`` / ``~/.cache/language_tool_python``), checks Java 17+, starts
``org.languagetool.server.HTTPServer`` on a free loopback port and talks to it as to
any server. Nothing is downloaded; a missing installation is reported.
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import threading
import time
import urllib.request
from pathlib import Path

from drafter.grammar.data import message
from drafter.grammar.languagetool import EngineFailure

JAR_NAMES = ("languagetool-server.jar", "languagetool.jar")
MIN_JAVA = 17

_running: list[subprocess.Popen[bytes]] = []
_running_lock = threading.Lock()


def managed_folder() -> Path:
    """Where language_tool_python keeps its downloads (read only here: never created)."""
    return Path(os.environ.get("LTP_PATH") or Path.home() / ".cache" / "language_tool_python")


def find_jar(folder: str = "") -> Path | None:
    """The LanguageTool server jar in ``folder`` (or its LanguageTool-* sub-folders), newest first."""
    root = Path(folder).expanduser() if folder else managed_folder()
    if not root.is_dir():
        return None
    candidates = [root, *sorted(root.glob("LanguageTool*"), reverse=True)]
    for directory in candidates:
        for name in JAR_NAMES:
            if (directory / name).is_file():
                return directory / name
    return None


def java_major_version(java: str) -> int:
    """Major version of a Java executable ("17.0.15" -> 17, "1.8.0" -> 8)."""
    import re

    output = subprocess.run(
        [java, "-version"], capture_output=True, text=True, timeout=20, check=False
    )
    text = output.stderr + output.stdout
    found = re.search(r'version "(\d+)(?:\.(\d+))?', text)
    if not found:
        raise ValueError(f"cannot read the version from '{text.strip()[:80]}'")
    major, minor = int(found.group(1)), int(found.group(2) or 0)
    return minor if major == 1 else major


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _stop_all() -> None:
    with _running_lock:
        for process in _running:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    process.kill()
        _running.clear()


atexit.register(_stop_all)


class LocalServer:
    """One running local LanguageTool; ``url`` is its loopback address."""

    def __init__(self, folder: str, start_seconds: float, ui_language: str) -> None:
        where = folder or str(managed_folder())
        jar = find_jar(folder)
        if jar is None:
            raise EngineFailure(message("reason_not_installed", ui_language, path=where))
        java = shutil.which("java")
        if java is None:
            raise EngineFailure(message("reason_no_java", ui_language, detail="java not found"))
        try:
            major = java_major_version(java)
        except (OSError, ValueError, subprocess.SubprocessError) as error:
            raise EngineFailure(message("reason_no_java", ui_language, detail=str(error))) from error
        if major < MIN_JAVA:
            raise EngineFailure(message("reason_no_java", ui_language, detail=f"found Java {major}"))
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.jar = jar
        command = [java, "-cp", str(jar), "org.languagetool.server.HTTPServer", "-p", str(self.port)]
        self.process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        with _running_lock:
            _running.append(self.process)
        self._wait_ready(start_seconds, ui_language)

    def _wait_ready(self, start_seconds: float, ui_language: str) -> None:
        deadline = time.monotonic() + start_seconds
        while time.monotonic() < deadline:
            code = self.process.poll()
            if code is not None:
                raise EngineFailure(message("reason_start_failed", ui_language, detail=f"exit code {code}"))
            try:
                with urllib.request.urlopen(f"{self.url}/v2/healthcheck", timeout=2) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.2)
        self.stop()
        raise EngineFailure(
            message("reason_start_failed", ui_language, detail=f"not ready after {start_seconds:g} s")
        )

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
        with _running_lock:
            if self.process in _running:
                _running.remove(self.process)
