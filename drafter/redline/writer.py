"""Redline: the new text as a Word file where every difference from the base is a
real tracked change (what the GA's guidelines ask for a text based on an earlier
resolution, or a revision against the issued L. document).

The page is the UN layout of :mod:`drafter.formats.docx.writer` (heading block,
styles, literal numbers, footnotes, headers); :mod:`drafter.redline.layout`
plugs a tracked-change run emitter into it, and the revision markup itself is in
:mod:`drafter.redline.revisions`.

Moved paragraphs are written as a deletion at the old place and an insertion at
the new place, not as ``w:moveFrom``/``w:moveTo`` ranges: every Word and
LibreOffice version shows and accepts that correctly, while paragraph-level move
ranges are handled unevenly; the list of changes still says "moved".
"""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as DocxDocument

from drafter.comparison import Comparison
from drafter.core.model import Resolution
from drafter.core.typography import TypographyOptions
from drafter.redline.layout import build_un_redline
from drafter.redline.revisions import RevisionMarks, iso_date
from drafter.redline.typeset import typeset_comparison
from drafter.storage.atomic import atomic_write


def write_redline(
    base: Resolution, new: Resolution, path: str | Path,
    author: str = "Drafter", date: str | None = None, paper: str = "letter",
    track_renumbering: bool = True, typography: TypographyOptions | None = None,
) -> Comparison:
    """Compare ``base`` with ``new`` and write the redline to ``path``; returns the comparison.

    ``typography``: the UN typography both texts get first, as the export applies it
    (:mod:`drafter.redline.typeset`); None writes the texts as they are."""
    comparison = typeset_comparison(base, new, typography)
    write_comparison(comparison, path, author=author, date=date, paper=paper,
                     track_renumbering=track_renumbering)
    return comparison


def build_redline(
    comparison: Comparison, author: str = "Drafter", date: str | None = None, paper: str = "letter",
    track_renumbering: bool = True, marks: RevisionMarks | None = None,
) -> DocxDocument:
    """The redline as an in-memory python-docx Document (``marks`` counts the revisions written)."""
    marks = marks if marks is not None else RevisionMarks(author=author, date=iso_date(date))
    return build_un_redline(comparison, marks, paper=paper, track_renumbering=track_renumbering)


def write_comparison(
    comparison: Comparison, path: str | Path,
    author: str = "Drafter", date: str | None = None, paper: str = "letter",
    track_renumbering: bool = True,
) -> int:
    """Write an already computed comparison as a redline .docx (atomically); returns how many
    revision marks (insertions and deletions) the file holds, which is more than the list's
    changes when renumbered paragraphs are tracked."""
    marks = RevisionMarks(author=author, date=iso_date(date))
    document = build_redline(comparison, paper=paper, track_renumbering=track_renumbering, marks=marks)
    atomic_write(path, lambda temporary: document.save(str(temporary)))
    return marks.next_id - 1
