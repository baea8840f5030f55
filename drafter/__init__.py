"""Drafter: a drafting assistant for United Nations resolutions.

Public API::

    import drafter
    resolution = drafter.read("draft.docx")        # or drafter.parse_text(text)
    for diagnostic in drafter.check(resolution):
        print(diagnostic.paragraph, diagnostic.message)
    drafter.export_docx(resolution, "out.docx")
    changes = drafter.compare(base, new)
    report = drafter.parallel(english, french)   # language versions aligned and checked
"""

from __future__ import annotations

from typing import Any

from drafter.api import check, parse_text, read
from drafter.core.diagnostics import Diagnostic, Fix, Severity
from drafter.core.model import (
    DocumentStatus,
    Footnote,
    FootnoteRef,
    Metadata,
    Organ,
    Paragraph,
    ParagraphKind,
    Resolution,
)
from drafter.errors import DrafterError, UnreadableFileError

__version__ = "0.1.0"


def export_docx(resolution: Resolution, path: Any, **options: Any) -> list[str]:
    """Write ``resolution`` as a Word file in the UN layout (see drafter.formats.docx.writer);
    returns one line for each thing that could not be written where it stood."""
    from drafter.formats.docx.writer import export_docx as _export

    return _export(resolution, path, **options)


def export_akn(resolution: Resolution, path: Any) -> None:
    """Write ``resolution`` as Akoma Ntoso (AKN4UN) XML (see drafter.formats.akn.writer)."""
    from drafter.formats.akn.writer import export_akn as _export

    _export(resolution, path)


def compare(base: Resolution, new: Resolution, language: str = "en") -> Any:
    """Changes from ``base`` to ``new`` by paragraph address, described in ``language``
    (see drafter.comparison)."""
    from drafter.comparison import compare as _compare

    return _compare(base, new, language)


def parallel(first: Resolution, second: Resolution) -> Any:
    """Align two language versions and list where they disagree (see drafter.parallel)."""
    from drafter.parallel import parallel as _parallel

    return _parallel(first, second)


__all__ = [
    "Diagnostic", "DocumentStatus", "DrafterError", "Fix", "Footnote", "FootnoteRef",
    "Metadata", "Organ", "Paragraph", "ParagraphKind", "Resolution", "Severity",
    "UnreadableFileError", "check", "compare", "export_akn", "export_docx", "parallel", "parse_text",
    "read",
]
