"""Redline: the new text as a Word file where every difference from the base is a
real tracked change (what the GA's guidelines ask for a text based on an earlier
resolution, or a revision against the issued L. document).

Moved paragraphs are written as a deletion at the old place and an insertion at
the new place (not ``w:moveFrom``/``w:moveTo``): every Word and LibreOffice
version shows and accepts that correctly, while move ranges spanning whole
paragraphs are handled unevenly; the list of changes still says "moved".

The page layout comes from the UN-layout exporter when it is available; the
revision markup itself is in :mod:`drafter.formats.redline_runs`.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.shared import Cm, Pt
from lxml import etree

from drafter.comparison import Comparison, ParagraphDiff, Piece, build_comparison
from drafter.core.model import ParagraphKind, Resolution
from drafter.formats.redline_footnotes import add_tracked_footnote, footnotes_root
from drafter.formats.redline_runs import (
    RevisionMarks,
    footnote_reference_run,
    iso_date,
    mark_paragraph,
    text_run,
    tracked,
)
from drafter.storage.atomic import atomic_write


def write_redline(
    base: Resolution, new: Resolution, path: str | Path,
    author: str = "Drafter", date: str | None = None,
) -> Comparison:
    """Compare ``base`` with ``new`` and write the redline to ``path``; returns the comparison."""
    comparison = build_comparison(base, new)
    write_comparison(comparison, path, author=author, date=date)
    return comparison


def write_comparison(
    comparison: Comparison, path: str | Path, author: str = "Drafter", date: str | None = None
) -> None:
    """Write an already computed comparison as a redline .docx (atomically)."""
    marks = RevisionMarks(author=author, date=iso_date(date))
    document = build_redline_document(comparison, marks)
    atomic_write(path, lambda temporary: document.save(str(temporary)))


def emit_pieces(
    paragraph: etree._Element, diff: ParagraphDiff, document: DocxDocument, marks: RevisionMarks,
) -> None:
    """Append the tracked runs of one paragraph (text and footnote marks) to ``paragraph``."""
    for piece in diff.pieces:
        runs = [_piece_run(piece, document, marks)]
        for element in tracked(piece.op, runs, marks):
            paragraph.append(element)
    if diff.mark_deleted:
        mark_paragraph(paragraph, "delete", marks)
    elif diff.mark_inserted:
        mark_paragraph(paragraph, "insert", marks)


def _piece_run(piece: Piece, document: DocxDocument, marks: RevisionMarks) -> etree._Element:
    if piece.footnote is None:
        return text_run(piece.text)
    footnote_id = add_tracked_footnote(footnotes_root(document), piece.footnote, marks)
    _ensure_footnote_styles(document)
    return footnote_reference_run(footnote_id)


# --- plain layout, used until the UN-layout exporter is available ----------------

def build_redline_document(comparison: Comparison, marks: RevisionMarks) -> DocxDocument:
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    new = comparison.new
    if new.meta.title:
        heading = document.add_paragraph()
        heading.add_run(new.meta.title).bold = True
    if new.formula:
        document.add_paragraph().add_run(new.formula).italic = True
    for diff in comparison.paragraphs:
        paragraph = document.add_paragraph()
        shown = diff.paragraph
        indent = Cm(1.0) + Cm(0.5) * shown.level
        paragraph.paragraph_format.first_line_indent = indent
        if shown.kind is ParagraphKind.HEADING:
            paragraph.paragraph_format.first_line_indent = Cm(0)
        emit_pieces(paragraph._p, diff, document, marks)
    return document


def _ensure_footnote_styles(document: DocxDocument) -> None:
    from docx.enum.style import WD_STYLE_TYPE

    names = {s.style_id for s in document.styles}
    if "FootnoteText" not in names:
        text = document.styles.add_style("footnote text", WD_STYLE_TYPE.PARAGRAPH)
        text.style_id = "FootnoteText"
        text.font.size = Pt(10)
    if "FootnoteReference" not in names:
        reference = document.styles.add_style("footnote reference", WD_STYLE_TYPE.CHARACTER)
        reference.style_id = "FootnoteReference"
        reference.font.superscript = True
