"""Saving a document as the editor's native file: a UN-layout .docx plus the embedded model.

The file is an ordinary Word file anyone can open and submit; Drafter finds its
own model inside when reopening it (see :mod:`drafter.formats.docx.embedded_model`). The
write is atomic: a crash mid-save leaves the previous file intact.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drafter.core.model import Resolution
from drafter.core.typography import TypographyOptions, normalize_resolution
from drafter.formats.docx.embedded_model import embed_model
from drafter.storage.atomic import atomic_write

UN_TYPOGRAPHY = TypographyOptions()  # every conversion on: the default of the Settings


def save_document(resolution: Resolution, path: str | Path, **export_options: Any) -> list[str]:
    """Save; returns the export's notices. The embedded model keeps everything, notes
    the UN layout cannot show included, so a Drafter file never loses them."""
    from drafter.formats.docx.writer import export_docx

    notices: list[str] = []

    def write(temporary: Path) -> None:
        notices.extend(export_docx(resolution, temporary, **export_options))
        embed_model(temporary, resolution)

    atomic_write(path, write)
    return notices


def export_for_submission(resolution: Resolution, path: str | Path, *,
                          typography: TypographyOptions = UN_TYPOGRAPHY, **export_options: Any) -> list[str]:
    """A clean .docx for the Secretariat: no embedded Drafter data, UN typography applied
    (``typography``: the user's switches; the document itself is not changed); returns the notices."""
    from drafter.formats.docx.writer import export_docx

    submitted = normalize_resolution(resolution, typography)
    notices: list[str] = []
    atomic_write(path, lambda temporary: notices.extend(export_docx(submitted, temporary, **export_options)))
    return notices
