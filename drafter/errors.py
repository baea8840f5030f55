"""Errors Drafter reports to people: one clear line naming the file and the problem."""

from __future__ import annotations

from pathlib import Path


class DrafterError(Exception):
    """Base of all errors shown to users (never with a traceback)."""


class UnreadableFileError(DrafterError):
    """A file that cannot be read as a resolution (wrong format, damaged, unsafe…)."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
