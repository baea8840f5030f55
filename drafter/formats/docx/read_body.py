"""Turn a Word package into the reader-neutral :class:`SourceDocument`.

One :class:`SourceBlock` per non-empty paragraph of the body, in document order,
table cells included (a table that opens the document before any body text is a
cover block and marked ``is_header``). Each block carries the text Word shows
(tracked changes accepted), the label Word's automatic numbering displays and its
list level, the italic ranges, the paragraph style and the footnote references,
numbered 1, 2, 3 … in order of reference as Word displays them, whatever the
ids in ``footnotes.xml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import islice

from lxml import etree

from drafter.core.model import Footnote, FootnoteRef, Span
from drafter.errors import UnreadableFileError
from drafter.formats.docx.namespaces import MC
from drafter.formats.docx.numbering import Numbering
from drafter.formats.docx.read_comments import paragraph_comments, paragraph_revisions, read_comment_texts
from drafter.formats.docx.read_headers import first_page_footer_lines, first_page_header_lines
from drafter.formats.docx.read_negotiation import negotiation_markup
from drafter.formats.docx.read_notes import read_footnotes
from drafter.formats.docx.read_styles import StyleSheet
from drafter.formats.docx.read_tables import TableCollector
from drafter.formats.docx.read_text import ParagraphContent, ParagraphReader
from drafter.formats.docx.safety import DocxPackage
from drafter.parsing.blocks import SourceBlock, SourceDocument, SourceTable
from drafter.parsing.footnotes import take_star_marks

TRACKED_CHANGES_NOTE = "tracked changes were accepted"
_BULLET = "•"
# Bounds the work on hostile input: an omnibus resolution has ~30,000 elements.
MAX_ELEMENTS = 1_500_000
_COVER_TABLE_MAX_LINES = 15  # a masthead table: organ, symbol, distribution, date, languages …
_ALTERNATE = f"{{{MC}}}AlternateContent"
_CHOICE = f"{{{MC}}}Choice"
# A note typed by hand at the foot of a page: a superscript "*", "**", "†" … opening the paragraph.
_TYPED_NOTE_MARK = re.compile(r"^[*†‡§]+$")


@dataclass
class WordExtraction:
    """A SourceDocument plus the Word-only facts checks need after structure recovery."""

    document: SourceDocument
    # Footnote number -> every reference mark to it uses the footnote reference style.
    footnote_styled: dict[int, bool] = field(default_factory=dict)


def _paragraphs(
    container: etree._Element, q: str, in_table: etree._Element | None
) -> Iterator[tuple[etree._Element, etree._Element | None]]:
    """Body paragraphs in document order, descending into tables and content controls."""
    tag_p, tag_tbl, tag_sect = f"{q}p", f"{q}tbl", f"{q}sectPr"
    for child in container:
        tag = child.tag
        if tag == tag_p:
            yield child, in_table
        elif tag == tag_tbl:
            yield from _table_paragraphs(child, q)
        elif tag == tag_sect or not isinstance(tag, str):
            continue
        elif tag == _ALTERNATE:  # the same content twice: read the first choice only
            choice = child.find(_CHOICE)
            if choice is not None:
                yield from _paragraphs(choice, q, in_table)
        else:  # sdt / sdtContent / customXml wrappers around block content
            yield from _paragraphs(child, q, in_table)


def _table_paragraphs(
    table: etree._Element, q: str
) -> Iterator[tuple[etree._Element, etree._Element | None]]:
    tag_tr = f"{q}tr"
    deleted = {row for row in table.iter(tag_tr) if row.find(f"{q}trPr/{q}del") is not None}
    for paragraph in table.iter(f"{q}p"):
        if deleted and any(row in deleted for row in paragraph.iterancestors(tag_tr)):
            continue
        yield paragraph, table


def _is_cover_table(table: etree._Element, q: str) -> bool:
    """A table before any body text is the masthead only if it is short (not the whole text)."""
    filled = 0
    for paragraph in table.iter(f"{q}p"):
        if "".join(t.text or "" for t in paragraph.iter(f"{q}t")).strip():
            filled += 1
            if filled > _COVER_TABLE_MAX_LINES:
                return False
    return True


def _join(first: ParagraphContent, second: ParagraphContent) -> ParagraphContent:
    """Accept a deleted paragraph mark: the first paragraph's text runs into the second."""
    shift = len(first.text)
    spans = [Span(s.start, s.end) for s in first.italic_spans]
    for span in second.italic_spans:
        if spans and spans[-1].end == span.start + shift:
            spans[-1].end = span.end + shift
        else:
            spans.append(Span(span.start + shift, span.end + shift))
    for reference in second.references:
        reference.offset += shift
    second.text = first.text + second.text
    second.italic_spans = spans
    second.references = first.references + second.references
    pairs = ((second.comment_starts, first.comment_starts), (second.comment_ends, first.comment_ends),
             (second.comment_marks, first.comment_marks))
    for own, earlier in pairs:
        shifted = {ident: offset + shift for ident, offset in own.items()}
        own.clear()
        own.update({**earlier, **shifted})
    second.changes = first.changes + [
        (kind, start + shift, end + shift, text, author, date)
        for kind, start, end, text, author, date in second.changes
    ]
    second.tracked = True
    return second


def _typed_note(content: ParagraphContent) -> bool:
    """Is this paragraph a footnote typed by hand ("* Acknowledging that …" under a table)?"""
    mark = content.lead_superscript
    if not mark or not _TYPED_NOTE_MARK.match(mark):
        return False
    return bool(content.text.strip().lstrip(mark).strip())


def _take_typed_marks(block: SourceBlock, stars: dict[str, int]) -> SourceBlock:
    """A typed mark ("impacts*") of a note typed by hand becomes a footnote reference, as in
    the plain-text reader, so the note keeps its place; italic ranges follow the text."""
    if block.is_header or not any(mark in block.text for mark in stars):
        return block
    text, refs = take_star_marks(block.text, block.footnote_refs, stars)
    if text == block.text:
        return block
    kept = _kept_positions(block.text, text)
    spans = None
    if block.italic_spans is not None:
        spans = [Span(kept[s.start], kept[s.end]) for s in block.italic_spans if kept[s.end] > kept[s.start]]
    return replace(block, text=text, footnote_refs=refs, italic_spans=spans)


def _close_table(collector: TableCollector, tables: list[SourceTable], blocks: list[SourceBlock]) -> None:
    table, as_text = collector.close()
    if table is not None:
        tables.append(table)
    blocks.extend(as_text)


def _table_typed_marks(table: SourceTable, stars: dict[str, int]) -> SourceTable:
    rows = [list(row) for row in table.rows]
    refs = dict(table.cell_refs)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            block = _take_typed_marks(SourceBlock(text, footnote_refs=refs.get(f"{r}:{c}", [])), stars)
            row[c] = block.text
            if block.footnote_refs:
                refs[f"{r}:{c}"] = block.footnote_refs
    return replace(table, rows=rows, cell_refs=refs)


def _kept_positions(old: str, new: str) -> list[int]:
    """For each position 0..len(old) of ``old``, the position in ``new`` (marks only removed)."""
    positions, at = [], 0
    for char in old:
        positions.append(at)
        if at < len(new) and new[at] == char:
            at += 1
    positions.append(at)
    return positions


def _unreferenced(notes: dict[str, str], numbers: dict[str, int], last: int) -> list[Footnote]:
    """Notes of footnotes.xml no body mark points to: kept (numbered after the others),
    because a reader that drops them loses text the file holds."""
    orphans = [text for note_id, text in notes.items() if note_id not in numbers and text.strip()]
    return [Footnote(last + index, text) for index, text in enumerate(orphans, start=1)]


def _display_label(label: str | None) -> str | None:
    if not label or not label.strip():
        return None
    if all(0xE000 <= ord(ch) <= 0xF8FF for ch in label.strip()):
        return _BULLET  # Symbol-font bullets are stored as private-use code points
    return label


def extract_word_document(package: DocxPackage) -> WordExtraction:
    """Read the body, numbering, footnotes and first-page header of an open package."""
    root = package.xml(package.main_part)
    if sum(1 for _ in islice(root.iter(), MAX_ELEMENTS + 1)) > MAX_ELEMENTS:
        raise UnreadableFileError(package.path, "refused: word/document.xml has too many elements")
    namespace = etree.QName(root).namespace or ""
    q = f"{{{namespace}}}"
    body = root.find(f"{q}body")
    if body is None:
        raise UnreadableFileError(package.path, "not a Word document (word/document.xml has no body)")
    main = package.main_part
    styles = StyleSheet(package.optional_xml(package.related(main, "/styles")), namespace)
    numbering = Numbering(package.optional_xml(package.related(main, "/numbering")), styles, namespace)
    reader = ParagraphReader(styles, namespace)
    markup = negotiation_markup(package.optional_xml(package.related(main, "/comments")), body, namespace)
    notes, tracked = read_footnotes(package.optional_xml(package.related(main, "/footnotes")), reader)
    comment_texts = read_comment_texts(package.optional_xml(package.related(main, "/comments")), reader)
    started_comments: set[str] = set()

    blocks: list[SourceBlock] = []
    numbers: dict[str, int] = {}
    styled: dict[int, bool] = {}
    seen_body_text = False
    pending: ParagraphContent | None = None
    typed_notes: list[str] = []  # texts of notes typed by hand (each once)
    typed_marks: dict[str, int] = {}  # their marks ("*") -> position in typed_notes (1-based)
    cover_tables: dict[etree._Element, bool] = {}
    collector = TableCollector(q)
    tables: list[SourceTable] = []
    for index, (paragraph, table) in enumerate(_paragraphs(body, q, None), start=1):
        if collector.current is not None and collector.current.element is not table:
            _close_table(collector, tables, blocks)
        content = reader.read(markup.rewrite(paragraph) if markup is not None else paragraph)
        tracked = tracked or content.tracked
        if pending is not None:
            content = _join(pending, content)
            pending = None
        if content.mark_deleted:
            pending = content
            continue
        label = level = None
        in_force = numbering.paragraph_numbering(content.style, content.num_id, content.num_level)
        if in_force is not None:
            label = _display_label(numbering.next_label(*in_force))
            level = in_force[1] if label is not None else None
        if not content.text.strip():
            continue
        if _typed_note(content):
            note_text = " ".join(content.text.strip().lstrip("*†‡§").split())
            if note_text not in typed_notes:
                typed_notes.append(note_text)
                typed_marks.setdefault(content.lead_superscript, len(typed_notes))
            continue
        refs = []
        for reference in content.references:
            if reference.note_id not in notes:
                continue  # a mark whose note is missing shows nothing useful
            number = numbers.setdefault(reference.note_id, len(numbers) + 1)
            styled[number] = styled.get(number, True) and reference.styled
            refs.append(FootnoteRef(number, reference.offset))
        if table is not None and table not in cover_tables:
            cover_tables[table] = not seen_body_text and _is_cover_table(table, q)
        is_cover = table is not None and cover_tables[table]
        block = SourceBlock(
            text=content.text,
            line=index,
            italic_spans=content.italic_spans,
            footnote_refs=refs,
            auto_label=label,
            auto_level=level,
            style=content.style,
            is_header=is_cover,
            comments=paragraph_comments(content, comment_texts, started_comments),
            revisions=paragraph_revisions(content),
        )
        at = collector.position(paragraph, table) if table is not None and seen_body_text else None
        if at is not None and not is_cover:
            collector.add(table, at, block, blocks[-1].line if blocks else 0)
        else:
            blocks.append(block)
        seen_body_text = seen_body_text or table is None
    _close_table(collector, tables, blocks)
    review_notes = []
    if collector.review_marks_left_out:
        review_notes.append(f"{collector.review_marks_left_out} comment(s) or tracked change(s) in table "
                            "cells were not kept (the cells are read with changes accepted)")
    if pending is not None and pending.text.strip():
        blocks.append(SourceBlock(text=pending.text, italic_spans=pending.italic_spans, style=pending.style))
    if not any(not block.is_header for block in blocks):
        raise UnreadableFileError(package.path, "the Word document is empty (no text in its body)")

    stars = {mark: len(numbers) + index for mark, index in typed_marks.items()}
    if stars:
        blocks = [_take_typed_marks(block, stars) for block in blocks]
        tables = [_table_typed_marks(table, stars) for table in tables]
    # A cover table's lines stay blocks marked is_header; recovery reads both.
    header_lines = first_page_header_lines(package, body, reader)
    document = SourceDocument(
        blocks=blocks,
        footnotes=[Footnote(number, notes[note_id]) for note_id, number in numbers.items()]
        + [Footnote(len(numbers) + index, text) for index, text in enumerate(typed_notes, start=1)]
        + _unreferenced(notes, numbers, len(numbers) + len(typed_notes)),
        footnotes_resolved=True,
        header_lines=header_lines,
        footer_lines=first_page_footer_lines(package, body, reader),
        reader_notes=([TRACKED_CHANGES_NOTE] if tracked else []) + review_notes,
        formatted=True,
        tables=tables,
    )
    return WordExtraction(document=document, footnote_styled=styled)
