"""The public Python API used by the command line, the editor and scripts."""

from __future__ import annotations

from pathlib import Path

from drafter.checks import CheckOptions
from drafter.checks import check as _run_checks
from drafter.core.diagnostics import Diagnostic
from drafter.core.model import Resolution
from drafter.formats.reading import AKN_SUFFIXES, read_file
from drafter.formats.text.reader import parse_text as _parse

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
__all__ = ["AKN_SUFFIXES", "TEXT_SUFFIXES", "check", "parse_text", "read"]


def parse_text(text: str, language: str | None = None) -> Resolution:
    """Recover a resolution's structure from plain text (language detected when None)."""
    return _parse(text, language=language)


def read(path: str | Path, language: str | None = None) -> Resolution:
    """Read a resolution from a .txt, .docx or Akoma Ntoso .xml file, dispatching on its type.

    Raises :class:`UnreadableFileError` with a one-line reason for anything that is
    not a readable resolution file.
    """
    return read_file(path, language=language)


def check(resolution: Resolution, options: CheckOptions | None = None) -> list[Diagnostic]:
    """All diagnostics for a resolution (structure, Word formatting, style), in text order."""
    return _run_checks(resolution, options)
