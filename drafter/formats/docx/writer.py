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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

import docx
from docx.document import Document as DocxDocument
from lxml import etree

from drafter.core.agenda import agenda_line
from drafter.core.labels import paragraph_labels
from drafter.core.lexicon import language_settings, lexicon
from drafter.core.model import (
    Comment,
    DocumentStatus,
    FootnoteRef,
    Organ,
    Paragraph,
    ParagraphKind,
    Resolution,
    Revision,
    Table,
)
from drafter.core.negotiation_state import is_negotiation_draft
from drafter.core.notes import (
    anchors_at,
    annex_place,
    closing_place,
    cover_place,
    meta_place,
    unreferenced_notes,
)
from drafter.core.printed import closing_lines, export_strings, sponsor_line
from drafter.errors import DrafterError
from drafter.formats.docx.negotiation_layout import (
    italics_of_options,
    negotiation_labels,
    shade_status,
    status_tail,
)
from drafter.formats.docx.ooxml import headers, hyperlinks, ranges
from drafter.formats.docx.ooxml.footnotes import FootnoteWriter
from drafter.formats.docx.ooxml.paragraphs import new_paragraph
from drafter.formats.docx.ooxml.runs import BodyContent, PlainRunEmitter, RunEmitter, RunFactory, Segment
from drafter.formats.docx.ooxml.styles import apply_language
from drafter.formats.docx.ooxml.tables import cell_paragraph
from drafter.formats.docx.ooxml.tables import table as word_table
from drafter.formats.docx.ooxml.template import TEMPLATE_RELATIVE, set_paper, text_width
from drafter.formats.docx.ooxml.xml import W_VAL, make, paragraph, set_ppr, w, xml_safe
from drafter.resources import templates_dir

_RPR, _LANG = w("rPr"), w("lang")


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


# --- per-language strings --------------------------------------------------------


@cache
def _footnote_italics(language: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in export_strings(language).get("footnote_italics", []))


def _settings(language: str) -> dict[str, Any]:
    try:
        return language_settings(language)
    except FileNotFoundError:
        return language_settings("en")


# --- the builder -------------------------------------------------------------------


class _ResolutionLayout:
    """Composes one resolution into a python-docx Document (see build_document)."""

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
        self.sect_pr = self.body[-1]
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

    # output helpers
    def _add(self, p: etree._Element) -> etree._Element:
        if self.rtl:
            set_ppr(p, make(w("bidi")))
        self.sect_pr.addprevious(p)
        return p

    def _line(self, kind_or_style: str, text: str, *, lead: str = "", italic: bool = False) -> None:
        """A heading-block line: a prototype (or a bare style) with ``lead`` tabs and text."""
        try:
            p = new_paragraph(kind_or_style)
        except KeyError:
            p = paragraph(kind_or_style)
        if lead or text:
            p.append(self.runs.text(lead + text, italic))
        self._add(p)

    def _note_id(self, number: int) -> int:
        """The Word id of note ``number``, written on its first mark; a later mark to the
        same note (a "*" note marked twice) points to the same id, so the note stays one."""
        if number not in self.note_ids:
            self.note_ids[number] = self.runs.footnotes.add(self._note_pieces(self.notes.get(number, "")))
        return self.note_ids[number]

    def _marked_line(
        self, kind_or_style: str, text: str, place: str, *, lead: str = "", italic: bool = False,
        shift: int = 0,
    ) -> etree._Element:
        """A line like :meth:`_line` carrying the footnote marks anchored at ``place``;
        ``shift`` is where the place's text starts in ``text``."""
        try:
            p = new_paragraph(kind_or_style)
        except KeyError:
            p = paragraph(kind_or_style)
        if lead:
            p.append(self.runs.text(lead, italic))
        first = len(p)
        self._marked_runs(p, text, anchors_at(self.res, place), italic=italic, shift=shift)
        self._ranges(p, first, place, shift)
        self.written_places.add(place)
        added = self._add(p)
        self._tables_after(place)
        return added

    def _ranges(self, p: etree._Element, first: int, place: str, shift: int = 0) -> None:
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

    def _tables_after(self, place: str) -> None:
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
                self._marked_runs(cell, row[c] if c < len(row) else "", refs)
                cells.append(cell)
            rows.append(cells)
        return word_table([text_width(self.paper) // columns] * columns, rows)

    def _marked_runs(
        self, p: etree._Element, text: str, refs: list[FootnoteRef], *, italic: bool = False, shift: int = 0
    ) -> None:
        notes = [(ref.offset + shift, self._note_id(ref.number)) for ref in refs]
        content = BodyContent(text, [(0, len(text))] if italic else [], notes, None)
        PlainRunEmitter().body(p, content, self.runs)

    def _spacers(self, count: int, exact: bool = False) -> None:
        for _ in range(count):
            self._add(new_paragraph("spacer_exact" if exact else "spacer"))

    # parts of the document
    def build(self) -> DocxDocument:
        self._prepare()
        before, after = self._other_cover_lines()
        self._write_cover_lines(before)
        self._heading_block()
        self._write_cover_lines(after)
        self._formula()
        self._body()
        self._annexes(embedded=True)
        self._closing()
        self._annexes(embedded=False)
        self._unwritten_tables()
        self._unwritten_notes()
        self._unwritten_ranges()
        self._link_symbols()
        self._headers_and_footers()
        self._core_properties()
        return self.document

    def _prepare(self) -> None:
        apply_language(
            self.document.styles.element,
            self.strings["word_lang"],
            east_asia=self.strings.get("east_asia"),
            bidi=self.strings.get("bidi"),
            east_asia_font=self.strings.get("east_asia_font"),
        )
        set_paper(self.document, self.paper)
        self.sect_pr = self.body[-1]  # the body section's properties: paragraphs go before it

    def _organ_name(self) -> str:
        return self.settings.get("organ_names", {}).get(self.meta.organ.formula_key, "")

    def _heading_block(self) -> None:
        meta, strings = self.meta, self.strings
        is_sc = meta.organ is Organ.SC
        adopted = meta.status is DocumentStatus.ADOPTED
        if meta.session:
            self._marked_line("Session", meta.session, meta_place("session"))
        if meta.committee and not adopted:
            self._line("committee", meta.committee)
        if meta.agenda_item:
            item = agenda_line(meta.agenda_item, self.language)
            shift = max(0, item.find(meta.agenda_item))
            self._marked_line("AgendaItemNormal", item, meta_place("agenda_item"), shift=shift)
        if meta.agenda_title:
            self._marked_line("AgendaTitleH2", meta.agenda_title, meta_place("agenda_title"))
        if is_sc:
            self._sc_heading(adopted)
            return
        self._spacers(3)
        # Write what the model holds: the status picks the usual lines, but an adoption
        # date, basis, sponsors or number present in the model are never dropped.
        if adopted or meta.adoption_date:
            date = meta.adoption_date
            table = strings["adoption_line"] if date else strings["adoption_line_undated"]
            template = table.get(meta.organ.value, table["GA"])
            # No-break spaces keep "on 24 December" together, as the official files do,
            # so the line breaks before "on" rather than inside the date.
            template = template.replace(" {date}", "\u00a0{date}")
            line = template.format(date=date.replace(" ", "\u00a0"))
            self._line("adoption", line, lead="\t\t")
            self._spacers(2)
        if meta.adoption_basis:
            self._basis_line(meta.adoption_basis)
            self._spacers(2)
        if meta.sponsors:
            self._line("sponsors", self._sponsor_line(), lead="\t\t")
            self._spacers(2)
        if meta.title or meta.number:
            number = f"{meta.number}." if meta.number else ""
            self._marked_line("title", meta.title, meta_place("title"), lead=f"\t{number}\t")
            self._spacers(2, exact=True)

    def _other_cover_lines(self) -> tuple[list[int], list[int]]:
        """Cover lines the model holds that no metadata field accounts for (a note typed on
        the cover, a line of an unusual masthead), as indexes: those before the first
        line of the heading block, and the others. They are written, never dropped."""
        meta = self.meta
        known = [getattr(meta, name) for name in _COVER_FIELDS] + list(meta.sponsors)
        known_solid = [_solid(value) for value in known if len(_solid(value)) >= 2]
        block = [v for v in (_solid(getattr(meta, name)) for name in _BLOCK_FIELDS) if len(v) >= 2]
        whole = {_solid(v) for v in (self._organ_name(), self.strings["united_nations"], meta.organ.value)}
        before: list[int] = []
        after: list[int] = []
        block_started = False
        for index, line in enumerate(self.res.heading_lines):
            solid = _solid(line)
            block_started = block_started or any(value in solid for value in block)
            if solid and solid not in whole and not any(value in solid for value in known_solid):
                (after if block_started else before).append(index)
        return before, after

    def _write_cover_lines(self, indexes: list[int]) -> None:
        for index in indexes:
            line = self.res.heading_lines[index]
            self._marked_line("SingleTxt", line.strip(), cover_place(index), lead="\t",
                              shift=-(len(line) - len(line.lstrip())))

    def _sc_heading(self, adopted: bool) -> None:
        meta, strings = self.meta, self.strings
        self._spacers(2)
        if adopted and meta.number:
            self._line("adoption", strings["sc_resolution"].format(number=meta.number), lead="\t\t")
        meeting = meta.meeting.strip().rstrip(".").strip()
        if adopted and meta.adoption_date:
            if re.match(strings["sc_meeting_form"], meeting):
                line = strings["sc_adopted"].format(meeting=meeting, date=meta.adoption_date)
            else:  # no bare meeting number: the older "of <date>" line (the meeting is in the closing)
                line = strings["sc_of_date"].format(date=meta.adoption_date)
            self._line("sc_adopted", line, lead="\t\t")
        if not adopted and meta.sponsors:
            self._line("sponsors", self._sponsor_line(), lead="\t\t")
        self._spacers(2, exact=True)

    def _sponsor_line(self) -> str:
        return sponsor_line(self.meta, self.strings)

    def _basis_line(self, basis: str) -> None:
        """"[on the report of …]": brackets roman, the words italic (H4 style)."""
        p = new_paragraph("basis")
        inner = basis.strip()
        opened = inner.startswith("[")
        closed = inner.endswith("]")
        inner = inner[1 if opened else 0 : -1 if closed else None]
        roman = [make(w("i"), {W_VAL: "0"})]
        p.append(self.runs.text("\t\t"))
        if opened:
            r = self.runs.text("[")
            r.find(_RPR).insert(0, roman[0])
            p.append(r)
        self._marked_runs(p, inner, anchors_at(self.res, meta_place("adoption_basis")), shift=-int(opened))
        self.written_places.add(meta_place("adoption_basis"))
        if closed:
            r = self.runs.text("]")
            r.find(_RPR).insert(0, make(w("i"), {W_VAL: "0"}))
            p.append(r)
        self._add(p)

    def _formula(self) -> None:
        formula = self.res.formula
        if not formula:
            return
        stripped = formula.rstrip(" ,，،:;")
        italic = [(len(formula) - len(formula.lstrip()), len(stripped))] if self._italic_language() else []
        p = paragraph("SingleTxt")
        self.options.emitter.label(p, None, self.runs)
        self.options.emitter.body(p, BodyContent(formula, italic, [], None), self.runs)
        self._add(p)

    def _italic_language(self) -> bool:
        return bool(self.settings.get("italic_openers", True))

    def _italics(self, paragraph_: Paragraph) -> list[tuple[int, int]]:
        if self.options.italics == "source" and paragraph_.italic_spans is not None:
            return [(span.start, span.end) for span in paragraph_.italic_spans]
        kind = paragraph_.kind
        if kind is ParagraphKind.DRAFT_FORMULA and self._italic_language():
            text = paragraph_.text
            return [(len(text) - len(text.lstrip()), len(text.rstrip(" ,，،:;")))]
        if kind in (ParagraphKind.SUBPARAGRAPH, ParagraphKind.PREAMBULAR_ITEM, ParagraphKind.HEADING,
                    ParagraphKind.PART, ParagraphKind.DRAFT_FORMULA):
            return []
        if not self._italic_language():
            return []
        if "[" in paragraph_.text and is_negotiation_draft(self.res):
            return italics_of_options(paragraph_.text, lambda text: self._opener(kind, text))
        return self._opener(kind, paragraph_.text)

    def _opener(self, kind: ParagraphKind, text: str) -> list[tuple[int, int]]:
        """The lexicon's opener of a preambular or operative text, as an italic range."""
        try:
            matcher = lexicon(self.language)
        except (ValueError, FileNotFoundError):
            return []
        parts = {
            ParagraphKind.PREAMBULAR: ("preamble",),
            ParagraphKind.OPERATIVE: ("operative",),
            ParagraphKind.CLAUSE: ("preamble", "operative"),
        }[kind]
        # Known openers of either part first; an unknown one only where the check judges it.
        for part in parts:
            found = matcher.opener_italics(text, part, unknown_first_word=False)
            if found is not None:
                return [(found.start, found.end)] if found.end > found.start else []
        unknown = matcher.opener_italics(text, parts[0]) if kind is not ParagraphKind.CLAUSE else None
        return [(unknown.start, unknown.end)] if unknown is not None and unknown.end > unknown.start else []

    def _labels(self) -> list[str | None]:
        """The printed label of each paragraph: "1.", "(a)", "a)", a dash, or None."""
        return negotiation_labels(self.res, paragraph_labels(self.res.paragraphs, self.res.meta.language))

    def _body(self) -> None:
        emitter = self.options.emitter
        self._tables_after("BODY")
        for p, label in zip(self.res.paragraphs, self._labels(), strict=True):
            notes = [(ref.offset, self._note_id(ref.number)) for ref in p.footnote_refs]
            content = BodyContent(p.text, self._italics(p), notes, p)
            if p.kind in (ParagraphKind.HEADING, ParagraphKind.PART):
                # The section numeral ("II", "A") is kept by readers as the heading's
                # source label; as in the official files it precedes the title, then a
                # line break, in the same paragraph. A part prints the name its place
                # gives it ("B", Arabic "باء"), as numbers are printed, not typed.
                numeral = (label if p.kind is ParagraphKind.PART else p.source_label) or ""
                numeral = numeral.strip()
                element = new_paragraph("heading")
                element.append(self.runs.text(f"\t\t{numeral}\n" if numeral and p.text else f"\t\t{numeral}"))
            else:
                element = paragraph("SingleTxt")
                emitter.label(element, label, self.runs)
            first = len(element)
            emitter.body(element, content, self.runs)
            self._ranges(element, first, p.address)
            if p.kind not in (ParagraphKind.HEADING, ParagraphKind.PART) and (tail := status_tail(p)):
                run = self.runs.text(tail)
                element.append(run)
                shade_status(element, run, p.status)
            self._add(element)
            self._tables_after(p.address)

    def _note_pieces(self, text: str) -> list[tuple[str, bool]]:
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

    def _closing_lines(self) -> list[tuple[str, str]]:
        """(place, line) of each closing line to write (the derived ones have no place)."""
        if self.res.closing:
            return [(closing_place(i), line) for i, line in enumerate(self.res.closing) if line.strip()]
        return [("", line) for line in closing_lines(self.res)]

    def _closing(self) -> None:
        lines = self._closing_lines()
        meeting = [item for item in lines if not item[1].lstrip().startswith("[")]
        notes = [item for item in lines if item[1].lstrip().startswith("[")]
        if meeting:
            # One paragraph per line (the official files use one paragraph with a line
            # break; separate paragraphs look the same and read back line by line).
            self._spacers(1)
            for index, (place, line) in enumerate(meeting):
                p = new_paragraph("closing")
                if index < len(meeting) - 1:  # the lines stay together, on one page
                    set_ppr(p, make(w("keepNext")), make(w("spacing"), {w("after"): "0"}))
                first = len(p)
                self._marked_runs(p, line, anchors_at(self.res, place), italic=True)
                self._ranges(p, first, place)
                self.written_places.add(place)
                self._add(p)
                self._tables_after(place)
        for place, line in notes:
            self._marked_line("SingleTxt", line, place, lead="\t")
        if self.res.paragraphs:
            self._add(new_paragraph("end_rule"))  # the short centred rule that ends the text

    def _annexes(self, *, embedded: bool) -> None:
        """The annexes (or the adopted text the body embeds, which comes before the closing)."""
        for number, annex in enumerate(self.res.annexes):
            if annex.embedded is not embedded:
                continue
            self._annex_title(number, annex.title, "annex_title" if embedded else "annex")
            single_title = "\n" not in annex.title.strip()
            for index, text in enumerate(annex.paragraphs):
                place = annex_place(number, index)
                if index == 0 and single_title and _looks_like_heading(text):
                    self._marked_line("annex_title", text, place, lead="\t\t")  # the annex's own title
                elif _looks_like_heading(text):
                    self._marked_line("heading", text, place, lead="\t\t")
                else:
                    self._marked_line("SingleTxt", text, place, lead="\t")

    def _annex_title(self, number: int, title: str, style: str) -> None:
        """"Annex" (and a title below it when the model's title has more lines), with its marks."""
        place = annex_place(number, None)
        refs = anchors_at(self.res, place)
        self.written_places.add(place)
        if not title.strip():
            self._line("annex", self.strings["annex"])
            return
        start = 0
        first = True
        for line in title.split("\n"):
            end = start + len(line)
            mine = [FootnoteRef(r.number, r.offset - start) for r in refs if start <= r.offset <= end]
            refs = [r for r in refs if not start <= r.offset <= end]
            if line.strip():
                p = new_paragraph(style if first else "annex_title")
                if not first:
                    p.append(self.runs.text("\t\t"))
                self._marked_runs(p, line, mine)
                self._add(p)
                first = False
            start = end + 1
        self._tables_after(place)

    def _link_symbols(self) -> None:
        """Document symbols become links to the Official Document System, as in official files."""
        if not self.plain:
            return
        hyperlinks.ensure_style(self.document.styles.element)
        hyperlinks.link_symbols(self.body, self.document.part)
        notes_part = self.runs.footnotes.part
        hyperlinks.link_symbols(notes_part.element, notes_part)

    def _unwritten_ranges(self) -> None:
        """Comments and tracked changes on texts the layout does not write: one line each."""
        if not self.plain and self.ranges_at:
            count = sum(len(items) for items in self.ranges_at.values())
            self.options.notices.append(f"{count} comment(s) or tracked change(s) not written: "
                                        "a redline shows the changes from its base text only")
            self.ranges_at.clear()
        for place, items in self.ranges_at.items():
            for item in items:
                what = f"comment by {item.author or 'an unknown author'}" if isinstance(item, Comment) else (
                    f"tracked {'insertion' if item.kind == 'insert' else 'deletion'}")
                self.options.notices.append(f"{what} on {place} not written: the layout has no such text")
        self.ranges_at.clear()

    def _unwritten_tables(self) -> None:
        """Tables whose place the layout did not write: at the end, said so in one line each."""
        for place in list(self.tables_at):
            count = len(self.tables_at[place])
            self._tables_after(place)
            self.options.notices.append(
                f"{count} table(s) that followed {place} written at the end of the document"
            )

    def _unwritten_notes(self) -> None:
        """Notes no written text marks: kept in the footnotes part, and said so in one line each."""
        for anchor in self.res.note_anchors:
            if anchor.place not in self.written_places:
                self.runs.footnotes.add(self._note_pieces(self.notes.get(anchor.number, "")))
                self.options.notices.append(
                    f"footnote {anchor.number} (marked on {anchor.place}) has no place in the UN layout: "
                    "kept in the file's footnotes part without a mark"
                )
        for note in unreferenced_notes(self.res):
            self.runs.footnotes.add(self._note_pieces(note.text))
            self.options.notices.append(
                f"footnote {note.number} is marked from no text: kept in the file's footnotes part "
                "without a mark (Word does not print it)"
            )

    def _headers_and_footers(self) -> None:
        meta, strings = self.meta, self.strings
        section = self.document.sections[0]
        section.different_first_page_header_footer = True
        width = text_width(self.paper)
        symbol = meta.symbol
        short_title = _short_title(meta.title) if meta.organ is not Organ.SC else ""
        adopted = meta.status is DocumentStatus.ADOPTED
        distribution = meta.distribution or ("General" if adopted else "Limited")
        right_lines = [_distribution_line(distribution, strings["distribution"])]
        if meta.date:
            right_lines.append(meta.date)
        if meta.reissued:
            right_lines.append(meta.reissued)
        original = meta.original_language.strip()
        if original and not adopted:
            # Readers keep "English"; new documents keep the whole "Original: English" line.
            right_lines.append(original if ":" in original else strings["original"].format(language=original))
        lang_rpr = f'<w:lang w:val="{strings["word_lang"]}"/>'
        _replace_part(section.first_page_header, headers.masthead(
            united_nations=strings["united_nations"], symbol=symbol, organ=self._organ_name(),
            right_lines=right_lines, language_rpr=lang_rpr, rtl=self.rtl,
        ))
        _replace_part(section.even_page_header, headers.continuation_header(symbol, short_title, width=width))
        _replace_part(section.header, headers.continuation_header(short_title, symbol, width=width))
        job = self.options.job_number
        job_line = f"{job} ({strings['job_letter']})" if job else ""
        if meta.release_date:  # as official footers: "18-06886 (E)    300518"
            job_line = f"{job_line}    {meta.release_date}".strip()
        _replace_part(section.first_page_footer, headers.first_page_footer(job_line))
        even_footer = headers.continuation_footer(job, page_first=True, width=width)
        _replace_part(section.even_page_footer, even_footer)
        _replace_part(section.footer, headers.continuation_footer(job, page_first=False, width=width))

    def _core_properties(self) -> None:
        core = self.document.core_properties
        core.title = _property(self.meta.title)  # core properties hold at most 255 characters
        core.subject = _property(self.meta.symbol)
        core.language = self.strings["word_lang"]
        core.author = core.last_modified_by = "Drafter"
        now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
        core.created = core.modified = now
        core.revision = 1


def _replace_part(header_or_footer: Any, elements: list[etree._Element]) -> None:
    root = header_or_footer._element
    for child in list(root):
        root.remove(child)
    for element in elements:
        root.append(element)


_LABEL_START = re.compile(r"^\s*(?:\(?[0-9a-zA-Z]{1,5}[.)]|[-–—•])\s")


def _looks_like_heading(text: str) -> bool:
    """A short annex line without closing punctuation or label ("Guideline 1", "Preamble")."""
    stripped = text.strip()
    return (
        0 < len(stripped) <= 120
        and "\n" not in stripped
        and stripped[-1] not in ".,;:!?،。；：，"
        and not _LABEL_START.match(stripped)
    )


# Metadata written on the cover (or in the masthead); a cover line holding one is not lost.
_COVER_FIELDS = (
    "symbol", "session", "agenda_item", "agenda_title", "title", "number", "committee", "distribution",
    "date", "original_language", "adoption_date", "adoption_basis", "meeting", "reissued",
)


# Metadata written in the body's heading block (not in the masthead header part).
_BLOCK_FIELDS = ("session", "agenda_item", "agenda_title", "adoption_date", "adoption_basis", "title")


def _solid(text: str) -> str:
    return "".join(text.split()).casefold()


def _distribution_line(distribution: str, lines: dict[str, str]) -> str:
    """"Distr.: General" for "General", and for a reader's "Générale" the French line too."""
    wanted = distribution.strip().casefold()
    for key, line in lines.items():
        if wanted in (key.casefold(), line.casefold(), line.split()[-1].casefold()):
            return line
    return distribution


def _property(value: str, limit: int = 255) -> str:
    value = " ".join(xml_safe(value).split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def _short_title(title: str, limit: int = 80) -> str:
    """The running-head title: the full title, cut at a word boundary when very long."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


# --- public functions -----------------------------------------------------------


def build_document(resolution: Resolution, options: ExportOptions | None = None) -> DocxDocument:
    """The resolution as an in-memory python-docx Document in the UN layout."""
    return _ResolutionLayout(resolution, options or ExportOptions()).build()


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
