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


PDF_NOT_READ = (
    "a PDF file, which Drafter does not read: open the Word (.docx) version from the Official "
    "Documents System, or save the PDF as plain text (.txt) and open that"
)


def too_large(size: int, limit: int) -> str:
    """"file too large (20.1 MB; the limit is 20 MB)": the size rounded up, so it never reads
    as equal to the limit it exceeds."""
    tenths = -(-size * 10 // (1024 * 1024))
    return f"file too large ({tenths / 10:.1f} MB; the limit is {limit // (1024 * 1024)} MB)"
