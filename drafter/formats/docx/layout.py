"""The UN-layout export in progress: its options, the Word document being written, and
the few ways a paragraph enters it.

Each part of the page (:mod:`.document_setup`, :mod:`.heading_block`,
:mod:`.body_paragraphs`, :mod:`.closing`, :mod:`.annexes`, :mod:`.masthead`,
:mod:`.leftovers`) is a module of functions that take the :class:`Layout`; the layout
holds what they share, so that a footnote marked twice stays one note, a comment is
written once on the first text of its place, and a table follows the text it followed.
:mod:`.writer` calls the parts in page order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import docx
from docx.document import Document as DocxDocument
from lxml import etree

from drafter.core.lexicon import language_settings
from drafter.core.model import Comment, FootnoteRef, Organ, Resolution, Revision, Table
from drafter.core.notes import anchors_at
from drafter.core.printed import export_strings
from drafter.formats.docx.ooxml import ranges
from drafter.formats.docx.ooxml.footnotes import FootnoteWriter
from drafter.formats.docx.ooxml.paragraphs import new_paragraph
from drafter.formats.docx.ooxml.runs import BodyContent, PlainRunEmitter, RunEmitter, RunFactory
from drafter.formats.docx.ooxml.tables import cell_paragraph
from drafter.formats.docx.ooxml.tables import table as word_table
from drafter.formats.docx.ooxml.template import TEMPLATE_RELATIVE, text_width
from drafter.formats.docx.ooxml.xml import W_VAL, make, paragraph, set_ppr, w
from drafter.resources import templates_dir

_LANG = w("lang")


@dataclass
class ExportOptions:
    """How to export. ``italics="source"`` keeps a Word source's italic ranges when the
    model has them; ``"lexicon"`` always italicizes exactly the opener from the lexicon."""

    # "letter" (New York), "a4", or None: A4 for the Human Rights Council (Geneva), else Letter
    paper: str | None = None
    italics: str = "source"
    job_number: str = ""  # "17-23338"; shown in footers when given (else the model's)
    emitter: RunEmitter = field(default_factory=PlainRunEmitter)
    # Filled by the export: one line per thing that could not be written as it was.
    notices: list[str] = field(default_factory=list)


@cache
def _footnote_italics(language: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in export_strings(language).get("footnote_italics", []))


def _settings(language: str) -> dict[str, Any]:
    try:
        return language_settings(language)
    except FileNotFoundError:
        return language_settings("en")


def _new_line(kind_or_style: str) -> etree._Element:
    """An empty paragraph of a layout prototype ("adoption", "title" …), else of the style so named."""
    try:
        return new_paragraph(kind_or_style)
    except KeyError:
        return paragraph(kind_or_style)


class Layout:
    """One resolution being composed into a python-docx Document (see writer.build_document)."""

    def __init__(self, resolution: Resolution, options: ExportOptions) -> None:
        self.res = resolution
        self.meta = resolution.meta
        self.options = options
        self.language = self.meta.language or "en"
        self.paper = options.paper or ("a4" if self.meta.organ is Organ.HRC else "letter")
        self.strings = export_strings(self.language)
        self.settings = _settings(self.language)
        template = templates_dir() / TEMPLATE_RELATIVE
        self.document: DocxDocument = docx.Document(str(template))
        self.rtl = self.settings.get("direction") == "rtl"
        tag = self.strings["word_lang"]
        lang_prop = make(_LANG, {W_VAL: tag})
        self.runs = RunFactory(FootnoteWriter(self.document, run_properties=[lang_prop]), tag, self.rtl)
        self.body = self.document.element.body
        self.sect_pr = self.body[-1]  # the body section's properties: paragraphs go before it
        self.notes = {}
        for note in resolution.footnotes:
            self.notes.setdefault(note.number, note.text)
        self.written_places: set[str] = set()  # anchor places whose marks were written
        self.note_ids: dict[int, int] = {}  # model note number -> Word footnote id
        self.tables_at: dict[str, list[Table]] = {}  # place -> the tables that follow it
        self.ranges_at: dict[str, list[Comment | Revision]] = {}  # place -> its comments and changes
        for item in [*resolution.comments, *resolution.revisions]:
            self.ranges_at.setdefault(item.place, []).append(item)
        self.revision_id = 0
        # Symbol links, comments and tracked changes belong to the plain export; a redline
        # emitter writes its own revisions and post-processes the text it wrote.
        self.plain = type(options.emitter) is PlainRunEmitter
        for table in resolution.tables:
            self.tables_at.setdefault(table.after, []).append(table)

    def organ_name(self) -> str:
        """The organ's name in the document's language ("General Assembly")."""
        return self.settings.get("organ_names", {}).get(self.meta.organ.formula_key, "")

    def add(self, p: etree._Element) -> etree._Element:
        """Append paragraph ``p`` to the body (right to left in an RTL language)."""
        if self.rtl:
            set_ppr(p, make(w("bidi")))
        self.sect_pr.addprevious(p)
        return p

    def line(self, kind_or_style: str, text: str, *, lead: str = "", italic: bool = False) -> None:
        """A heading-block line: a prototype (or a bare style) with ``lead`` tabs and text."""
        p = _new_line(kind_or_style)
        if lead or text:
            p.append(self.runs.text(lead + text, italic))
        self.add(p)

    def marked_line(
        self, kind_or_style: str, text: str, place: str, *, lead: str = "", italic: bool = False,
        shift: int = 0,
    ) -> etree._Element:
        """A line like :meth:`line` carrying the footnote marks anchored at ``place``;
        ``shift`` is where the place's text starts in ``text``."""
        p = _new_line(kind_or_style)
        if lead:
            p.append(self.runs.text(lead, italic))
        first = len(p)
        self.marked_runs(p, text, anchors_at(self.res, place), italic=italic, shift=shift)
        self.ranges(p, first, place, shift)
        self.written_places.add(place)
        added = self.add(p)
        self.tables_after(place)
        return added

    def marked_runs(
        self, p: etree._Element, text: str, refs: list[FootnoteRef], *, italic: bool = False, shift: int = 0
    ) -> None:
        """The runs of ``text`` with the marks of ``refs`` (their offsets moved by ``shift``)."""
        notes = [(ref.offset + shift, self.note_id(ref.number)) for ref in refs]
        content = BodyContent(text, [(0, len(text))] if italic else [], notes, None)
        PlainRunEmitter().body(p, content, self.runs)

    def spacers(self, count: int, exact: bool = False) -> None:
        for _ in range(count):
            self.add(new_paragraph("spacer_exact" if exact else "spacer"))

    def note_id(self, number: int) -> int:
        """The Word id of note ``number``, written on its first mark; a later mark to the
        same note (a "*" note marked twice) points to the same id, so the note stays one."""
        if number not in self.note_ids:
            self.note_ids[number] = self.runs.footnotes.add(self.note_pieces(self.notes.get(number, "")))
        return self.note_ids[number]

    def note_pieces(self, text: str) -> list[tuple[str, bool]]:
        """A note's text split into roman and italic pieces (Official Records, Treaty Series …)."""
        patterns = _footnote_italics(self.language)
        spans = sorted((m.start(), m.end()) for pattern in patterns for m in pattern.finditer(text))
        pieces, position = [], 0
        for start, end in spans:
            if start < position:
                continue
            pieces += [(text[position:start], False), (text[start:end], True)]
            position = end
        pieces.append((text[position:], False))
        return [(piece, italic) for piece, italic in pieces if piece]

    def ranges(self, p: etree._Element, first: int, place: str, shift: int = 0) -> None:
        """The comments and tracked changes kept on ``place``, on the words just written
        (from child ``first`` of ``p``; the place's text starts ``shift`` characters in)."""
        items = self.ranges_at.pop(place, []) if self.plain else []
        for item in sorted(items, key=lambda x: (x.start, x.end), reverse=True):
            start, end = max(0, item.start + shift), max(0, item.end + shift)
            if isinstance(item, Comment):
                comment = self.document.comments.add_comment(text=item.text, author=item.author,
                                                             initials=item.initials)
                element = comment._comment_elm  # python-docx stamps "now": keep the comment's own date
                if item.date:
                    element.set(w("date"), item.date)
                else:
                    element.attrib.pop(w("date"), None)
                ranges.mark_comment(p, first, start, end, comment.comment_id)
                continue
            self.revision_id += 1
            who = {w("id"): str(self.revision_id), w("author"): item.author}
            if item.date:
                who[w("date")] = item.date
            if item.kind == "insert":
                ranges.mark_insertion(p, first, start, end, who)
            else:
                ranges.mark_deletion(p, first, start, item.text, who)

    def tables_after(self, place: str) -> None:
        """The tables that stood after ``place``, as Word tables."""
        for table in self.tables_at.pop(place, []):
            if any(table.rows):
                self.sect_pr.addprevious(self._word_table(table))

    def _word_table(self, table: Table) -> etree._Element:
        columns = max(len(row) for row in table.rows)
        rows = []
        for r, row in enumerate(table.rows):
            cells = []
            for c in range(columns):
                cell = cell_paragraph()
                refs = sorted(table.cell_refs.get(f"{r}:{c}", []), key=lambda ref: ref.offset)
                self.marked_runs(cell, row[c] if c < len(row) else "", refs)
                cells.append(cell)
            rows.append(cells)
        return word_table([text_width(self.paper) // columns] * columns, rows)
