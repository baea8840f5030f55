"""Reading any resolution file: the reader chosen by the file's type.

Kept in the formats layer (not in :mod:`drafter.api`) so that code below the API, such as
the citation index's bulk import, reads files exactly as the editor and the command line do.
"""

from __future__ import annotations

from pathlib import Path

from drafter.core.model import Resolution
from drafter.errors import PDF_NOT_READ, DrafterError, UnreadableFileError
from drafter.formats.akn.reader import read_akn
from drafter.formats.docx.embedded_model import apply_embedded
from drafter.formats.docx.reader import read_docx
from drafter.formats.text.reader import read_text_file

WORD_SUFFIXES = {".docx", ".docm", ".dotx", ".doc"}
AKN_SUFFIXES = {".xml", ".akn"}


def read_file(path: str | Path, language: str | None = None) -> Resolution:
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
    if suffix in WORD_SUFFIXES:
        return apply_embedded(path, read_docx(path, language=language))
    if suffix in AKN_SUFFIXES:
        return read_akn(path, language=language)
    return read_text_file(path, language=language)


def read_or_reason(path: str | Path, language: str | None = None) -> tuple[Resolution | None, str]:
    """(resolution, "") or (None, one line naming the file and the problem): never an exception.

    For callers that show the problem instead of stopping (the editor's start and its
    parallel version): a reader bug must still end in one clear line, not a traceback.
    """
    try:
        return read_file(path, language=language), ""
    except DrafterError as error:
        return None, str(error)
    except Exception as error:  # a reader bug
        return None, f"{path}: cannot be read ({type(error).__name__}: {error})"
