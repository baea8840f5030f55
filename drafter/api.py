"""The public Python API used by the command line, the editor and scripts."""

from __future__ import annotations

from pathlib import Path

from drafter.checks import CheckOptions
from drafter.checks import check as _run_checks
from drafter.core.diagnostics import Diagnostic
from drafter.core.model import Resolution
from drafter.errors import PDF_NOT_READ, UnreadableFileError
from drafter.formats.akn.reader import read_akn
from drafter.formats.docx.embedded_model import apply_embedded
from drafter.formats.docx.reader import read_docx
from drafter.formats.text.reader import parse_text as _parse
from drafter.formats.text.reader import read_text_file

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
AKN_SUFFIXES = {".xml", ".akn"}


def parse_text(text: str, language: str | None = None) -> Resolution:
    """Recover a resolution's structure from plain text (language detected when None)."""
    return _parse(text, language=language)


def read(path: str | Path, language: str | None = None) -> Resolution:
    """Read a resolution from a .txt, .docx or Akoma Ntoso .xml file, dispatching on its type.

    Raises :class:`UnreadableFileError` with a one-line reason for anything that is
    not a readable resolution file.
    """
    path = Path(path)
    if not path.exists():
        raise UnreadableFileError(path, "no such file")
    if path.is_dir():
        raise UnreadableFileError(path, "is a folder, not a file")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        raise UnreadableFileError(path, PDF_NOT_READ)
    if suffix in (".docx", ".docm", ".dotx", ".doc"):
        return apply_embedded(path, read_docx(path, language=language))
    if suffix in AKN_SUFFIXES:
        return read_akn(path, language=language)
    return read_text_file(path, language=language)


def check(resolution: Resolution, options: CheckOptions | None = None) -> list[Diagnostic]:
    """All diagnostics for a resolution (structure, Word formatting, style), in text order."""
    return _run_checks(resolution, options)
