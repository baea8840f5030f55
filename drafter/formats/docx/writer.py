"""Word export in the UN layout, with real footnotes.

``export_docx(resolution, path, paper=None)`` writes a .docx that looks and
behaves like one the Secretariat issues: the UN style sheet (``SingleTxt``,
``TitleH1``, ``TitleHCH``, ``H4``, ``Session``, ``AgendaItemNormal``,
``FootnoteText``, ``FootnoteReference`` …), the official page and tab grid, the
heading block of the document's kind, italic openers, literal operative numbers
and sub-paragraph labels written as the official files write them (a tab, "1.",
a tab), real Word footnotes, masthead and continuation headers/footers with
"n/N" page fields, the document language on styles and runs, and core
properties (title; subject = symbol).

Interface for other writers (the redline export reuses all of this)
-----------------------------------------------------------------
``build_document(resolution, options) -> docx.Document`` builds the whole
document in memory (save it with ``document.save(path)``). Every body paragraph
(formula, preambular, operative, sub-paragraph, clause, heading) goes through a
single place, the options' :class:`RunEmitter`:

* ``emitter.label(p, label, runs)`` writes the lead of paragraph element ``p``:
  the first-line tab, then the label and a tab (``label`` is "1.", "(a)", "a)"
  or None for unnumbered paragraphs);
* ``emitter.body(p, content, runs)`` appends the runs of the words, where
  ``content`` is a :class:`BodyContent` — the text, its italic ranges (the
  opener, resolved from the source's italics or the lexicon) and its footnote
  marks as ``(offset, word_footnote_id)`` — and ``runs`` is a :class:`RunFactory`
  that makes correctly formatted runs (``runs.text(...)``,
  ``runs.note_reference(id)``), splits content into :class:`Segment` pieces
  (``runs.segments(content)``) and can add further notes (``runs.footnotes``).

(These classes live in :mod:`drafter.formats.docx.ooxml.runs` and are re-exported here.)
A redline writer subclasses :class:`PlainRunEmitter` (or writes its own) and
wraps the runs it gets from ``runs`` in ``w:ins``/``w:del`` elements; everything
else (styles, heading block, headers, footnotes part) stays the same.

Where each part is written
--------------------------
This module only calls the parts in page order. The export in progress is a
:class:`~drafter.formats.docx.layout.Layout` (:mod:`.layout`: options, the document,
footnote ids, how a line is added); the parts are :mod:`.document_setup` (styles,
paper, symbol links, core properties), :mod:`.heading_block` (session to title, and
the cover lines no field accounts for), :mod:`.body_paragraphs` (formula and body),
:mod:`.annexes`, :mod:`.closing`, :mod:`.leftovers` (what has no place, kept and
said) and :mod:`.masthead` (header and footer parts).
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from docx.document import Document as DocxDocument

from drafter.core.model import Resolution
from drafter.core.printed import export_strings
from drafter.errors import DrafterError
from drafter.formats.docx import (
    annexes,
    body_paragraphs,
    closing,
    document_setup,
    heading_block,
    leftovers,
    masthead,
)
from drafter.formats.docx.layout import ExportOptions, Layout
from drafter.formats.docx.ooxml.runs import BodyContent, PlainRunEmitter, RunEmitter, RunFactory, Segment


def build_document(resolution: Resolution, options: ExportOptions | None = None) -> DocxDocument:
    """The resolution as an in-memory python-docx Document in the UN layout."""
    layout = Layout(resolution, options or ExportOptions())
    document_setup.prepare(layout)
    before, after = heading_block.other_cover_lines(layout)
    heading_block.write_cover_lines(layout, before)
    heading_block.heading_block(layout)
    heading_block.write_cover_lines(layout, after)
    body_paragraphs.formula(layout)
    body_paragraphs.body(layout)
    annexes.annexes(layout, embedded=True)
    closing.closing(layout)
    annexes.annexes(layout, embedded=False)
    leftovers.unwritten_tables(layout)
    leftovers.unwritten_notes(layout)
    leftovers.unwritten_ranges(layout)
    document_setup.link_symbols(layout)
    masthead.headers_and_footers(layout)
    document_setup.core_properties(layout)
    return layout.document


def export_docx(
    resolution: Resolution,
    path: str | Path | BinaryIO,
    *,
    paper: str | None = None,
    italics: str = "source",
    job_number: str = "",
    emitter: RunEmitter | None = None,
) -> list[str]:
    """Write ``resolution`` to ``path`` (a path or a binary file object) as a UN-layout Word file.

    Returns the export's notices: one line for each thing that could not be written
    where it stood (nothing is dropped silently). Raises :class:`DrafterError` with a
    one-line reason when the file cannot be written or an option is wrong.
    """
    if italics not in ("source", "lexicon"):
        raise DrafterError(f"unknown italics mode {italics!r} (use 'source' or 'lexicon')")
    options = ExportOptions(paper=paper, italics=italics, job_number=job_number or resolution.meta.job_number)
    if emitter is not None:
        options.emitter = emitter
    try:
        document = build_document(resolution, options)
    except ValueError as error:
        raise DrafterError(f"{path}: {error}") from error
    try:
        document.save(path if hasattr(path, "write") else str(path))
    except OSError as error:
        raise DrafterError(f"{path}: cannot write the Word file ({error.strerror or error})") from error
    return options.notices


__all__ = [
    "BodyContent", "ExportOptions", "PlainRunEmitter", "RunEmitter", "RunFactory", "Segment",
    "build_document", "export_docx", "export_strings",
]
