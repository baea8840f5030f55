"""A plain-page redline, used only when the UN-layout exporter cannot be imported.

Same revision markup as the UN-layout redline (:mod:`drafter.formats.redline_runs`),
on a bare python-docx document: no heading block, no numbers.
"""

from __future__ import annotations

import docx
from docx.document import Document as DocxDocument
from docx.shared import Cm, Pt
from lxml import etree

from drafter.comparison import Comparison, ParagraphDiff, Piece
from drafter.core.model import ParagraphKind
from drafter.formats.redline_footnotes import add_tracked_footnote, footnotes_root
from drafter.formats.redline_runs import (
    RevisionMarks,
    footnote_reference_run,
    mark_paragraph,
    text_run,
    tracked,
)


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
