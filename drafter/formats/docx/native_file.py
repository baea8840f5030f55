"""Saving a document as the editor's native file: a UN-layout .docx plus the embedded model.

The file is an ordinary Word file anyone can open and submit; Drafter finds its
own model inside when reopening it (see :mod:`drafter.formats.docx.embedded_model`). The
write is atomic: a crash mid-save leaves the previous file intact.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drafter.core.model import Resolution
from drafter.formats.docx.embedded_model import embed_model
from drafter.storage.atomic import atomic_write


def save_document(resolution: Resolution, path: str | Path, **export_options: Any) -> None:
    from drafter.formats.docx.writer import export_docx

    def write(temporary: Path) -> None:
        export_docx(resolution, temporary, **export_options)
        embed_model(temporary, resolution)

    atomic_write(path, write)


def export_for_submission(resolution: Resolution, path: str | Path, **export_options: Any) -> None:
    """A clean .docx for the Secretariat: no embedded Drafter data."""
    from drafter.formats.docx.writer import export_docx

    atomic_write(path, lambda temporary: export_docx(resolution, temporary, **export_options))
