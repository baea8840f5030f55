"""A one-line progress bar on stderr, for batches long enough to make a person wonder.

It draws only when stderr is a terminal (never into a log file or a pipe, where ``\\r`` is
noise) and the batch has more than a few files. Lines printed while it shows (an unreadable
file) go through :meth:`Progress.write`, which clears the bar first and draws it again after.
"""

from __future__ import annotations

import shutil
from typing import TextIO

MIN_FILES = 5  # below this, the per-file lines are progress enough
BAR_WIDTH = 24


class Progress:
    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.done = 0
        self.enabled = total > MIN_FILES and _is_terminal(stream)
        self._shown = ""

    def advance(self, name: str) -> None:
        self.done += 1
        if self.enabled:
            self._draw(name)

    def write(self, line: str) -> None:
        """Print a whole line on the stream without leaving the bar broken in it."""
        shown = self._shown
        self.clear()
        print(line, file=self.stream)
        if shown:
            self.stream.write(shown)
            self._shown = shown
            self.stream.flush()

    def clear(self) -> None:
        if self._shown:
            self.stream.write("\r" + " " * len(self._shown) + "\r")
            self.stream.flush()
            self._shown = ""

    def _draw(self, name: str) -> None:
        filled = BAR_WIDTH * self.done // max(self.total, 1)
        text = f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {self.done}/{self.total} {name}"
        width = shutil.get_terminal_size((80, 24)).columns - 1
        text = text[:width]
        self.stream.write("\r" + text + " " * max(0, len(self._shown) - len(text)))
        self.stream.flush()
        self._shown = text


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a replaced or closed stream
        return False
