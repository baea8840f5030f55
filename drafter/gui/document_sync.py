"""Between the core's :class:`Resolution` and the editor's ``QTextDocument``.

The core model is the truth the editor edits: a file is read into a Resolution,
written into the document once (``fill_document``), and the document is read
back into a fresh Resolution whenever the checks, the outline or a save need one
(``read_document``). Reading back is a single pass over the blocks, done off the
keystroke path (on the debounced check timer), never per key.

Footnote marks sit in the block text as object characters; the model's paragraph
text has no marks, so this module also maps model offsets (what diagnostics use)
to positions in the block.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from drafter.core.labels import LabelStyle
from drafter.core.model import (
    Annex,
    DocumentStatus,
    Footnote,
    FootnoteRef,
    Metadata,
    Organ,
    Paragraph,
    ParagraphKind,
    Resolution,
    assign_addresses,
)
from drafter.gui.footnote_marks import FOOTNOTE_TEXT_PROPERTY, OBJECT_CHAR, is_mark, mark_format
from drafter.gui.kinds import (
    DOCUMENT_PROPERTIES,
    HEADER_FIELDS,
    PART_NAME_PROPERTY,
    BlockKind,
    block_format,
    block_kind,
    block_level,
    is_rtl,
    part_name,
)
from drafter.gui.negotiation_blocks import keep_negotiation, read_negotiation
from drafter.resources import load_json

HEADER_ORDER = (
    BlockKind.SYMBOL, BlockKind.SESSION, BlockKind.AGENDA, BlockKind.AGENDA_TITLE,
    BlockKind.TITLE, BlockKind.FORMULA,
)


@dataclass
class DocumentSnapshot:
    """A Resolution read from the document, with where each address lives."""

    resolution: Resolution
    # "PP3" / "OP2(a)" / "FORMULA" / "META:title" -> block number
    blocks: dict[str, int] = field(default_factory=dict)
    # address -> model offsets of its footnote marks (to map spans to the block)
    marks: dict[str, list[int]] = field(default_factory=dict)
    # block number -> address, for the outline and diagnostics lookups
    addresses: dict[int, str] = field(default_factory=dict)


# Metadata kept off the page (the Document panel's plain fields and the document's
# disabled rules): with the ignored occurrences they ride on the formula line's format
# as JSON, so that changing them is a document edit that undo and redo cover.
STATE_FIELDS = (
    "sponsors", "number", "committee", "date", "adoption_date", "adoption_basis", "meeting",
    "disabled_rules",
)


def document_state(meta: Metadata, ignored: list[str]) -> str:
    """The off-page state as the JSON the formula line carries."""
    state: dict[str, object] = {name: copy.copy(getattr(meta, name)) for name in STATE_FIELDS}
    state["ignored"] = list(ignored)
    return json.dumps(state, ensure_ascii=False, sort_keys=True)


def read_document_state(block: QTextBlock, meta: Metadata, ignored: list[str]) -> bool:
    """Apply the formula line's off-page state to ``meta`` and ``ignored`` (in place);
    whether anything changed. A block without state (older documents) changes nothing."""
    raw = block.blockFormat().property(DOCUMENT_PROPERTIES["state"])
    if not isinstance(raw, str) or not raw:
        return False
    try:
        state = json.loads(raw)
    except ValueError:
        return False
    changed = False
    for name in STATE_FIELDS:
        if name in state and getattr(meta, name) != state[name]:
            setattr(meta, name, list(state[name]) if isinstance(state[name], list) else state[name])
            changed = True
    if "ignored" in state and ignored != state["ignored"]:
        ignored[:] = list(state["ignored"])
        changed = True
    return changed


def document_properties(meta: Metadata, ignored: list[str] | None = None) -> QTextBlockFormat:
    """The formula line's format carrying organ, language and status (see kinds), and,
    when ``ignored`` is given, the off-page state (:func:`document_state`)."""
    fmt = QTextBlockFormat()
    fmt.setProperty(DOCUMENT_PROPERTIES["organ"], meta.organ.value)
    fmt.setProperty(DOCUMENT_PROPERTIES["language"], meta.language)
    fmt.setProperty(DOCUMENT_PROPERTIES["status"], meta.status.value)
    if ignored is not None:
        fmt.setProperty(DOCUMENT_PROPERTIES["state"], document_state(meta, ignored))
    return fmt


def read_document_properties(block: QTextBlock, meta: Metadata) -> None:
    """Organ, language and status from the formula line into ``meta`` (when it carries them)."""
    fmt = block.blockFormat()
    organ = fmt.property(DOCUMENT_PROPERTIES["organ"])
    language = fmt.property(DOCUMENT_PROPERTIES["language"])
    status = fmt.property(DOCUMENT_PROPERTIES["status"])
    if organ in Organ._value2member_map_:
        meta.organ = Organ(organ)
    if isinstance(language, str) and language:
        meta.language = language
    if status in DocumentStatus._value2member_map_:
        meta.status = DocumentStatus(status)


# "78", "78 (a)", "78 a)", "78 (a) (i)": an agenda item stored as its number only
BARE_AGENDA_ITEM = re.compile(r"\d+[A-Z]?(?:\s*\(?[a-z]{1,4}\))*")
_AGENDA_LETTERS = re.compile(r"\(?([a-z]{1,4})\)")


def agenda_line(item: str, language: str) -> str:
    """The agenda line as the page shows it: a bare "78 (a)" in the language's wording
    ("Agenda item 78 (a)", "Point 78 a) de l’ordre du jour", from resources/export) with
    the language's sub-item labels; any other text as it is."""
    if not BARE_AGENDA_ITEM.fullmatch(item.strip()):
        return item
    try:
        wording = load_json(f"export/{language}.json")["agenda_item"]
    except (FileNotFoundError, ValueError, KeyError):
        return item
    style = LabelStyle.for_language(language)
    labelled = _AGENDA_LETTERS.sub(lambda m: f"{style.opening}{m.group(1)}{style.closing}", item.strip())
    return wording.format(item=labelled)


def header_text(resolution: Resolution, kind: BlockKind) -> str:
    if kind is BlockKind.FORMULA:
        return resolution.formula
    if kind is BlockKind.AGENDA:
        return agenda_line(resolution.meta.agenda_item, resolution.meta.language)
    return str(getattr(resolution.meta, HEADER_FIELDS[kind]))


def fill_document(document: QTextDocument, resolution: Resolution) -> None:
    """Replace the document's content with ``resolution`` (not undoable: it is a load)."""
    notes = {note.number: note.text for note in resolution.footnotes}
    document.setUndoRedoEnabled(False)
    document.clear()
    cursor = QTextCursor(document)
    plain = QTextCharFormat()
    rtl = is_rtl(document)
    first = True

    def start_block(kind: BlockKind, level: int = 0) -> None:
        nonlocal first
        if first:
            cursor.setBlockFormat(block_format(kind, level, rtl))
            cursor.setBlockCharFormat(plain)
            first = False
        else:
            cursor.insertBlock(block_format(kind, level, rtl), plain)

    for kind in HEADER_ORDER:
        start_block(kind)
        if kind is BlockKind.FORMULA:
            cursor.mergeBlockFormat(document_properties(resolution.meta, resolution.ignored))
        cursor.insertText(header_text(resolution, kind), plain)
    for paragraph in resolution.paragraphs:
        start_block(BlockKind(paragraph.kind.value), paragraph.level)
        if paragraph.kind is ParagraphKind.PART and paragraph.source_label:
            _keep_part_name(cursor, paragraph.source_label)
        keep_negotiation(cursor, paragraph)
        _insert_text(cursor, paragraph, notes)
    for line in resolution.closing:
        start_block(BlockKind.CLOSING)
        cursor.insertText(line, plain)
    for annex in resolution.annexes:
        start_block(BlockKind.ANNEX_TITLE)
        cursor.insertText(annex.title, plain)
        for text in annex.paragraphs:
            start_block(BlockKind.ANNEX_TEXT)
            cursor.insertText(text, plain)
    document.setUndoRedoEnabled(True)
    document.setModified(False)


def _keep_part_name(cursor: QTextCursor, name: str) -> None:
    fmt = QTextBlockFormat()
    fmt.setProperty(PART_NAME_PROPERTY, name)
    cursor.mergeBlockFormat(fmt)


def _insert_text(cursor: QTextCursor, paragraph: Paragraph, notes: dict[int, str]) -> None:
    """A paragraph's words with its footnote marks at their offsets."""
    plain = QTextCharFormat()
    written = 0
    for ref in sorted(paragraph.footnote_refs, key=lambda r: r.offset):
        offset = min(max(ref.offset, written), len(paragraph.text))
        cursor.insertText(paragraph.text[written:offset], plain)
        cursor.insertText(OBJECT_CHAR, mark_format(notes.get(ref.number, "")))
        written = offset
    cursor.insertText(paragraph.text[written:], plain)


def insert_paragraphs(cursor: QTextCursor, paragraphs: list[Paragraph], notes: dict[int, str]) -> None:
    """Insert body paragraphs at the cursor (a paste): the first joins the current block,
    taking its kind when that block is empty; each other one is a new block of its own kind.
    """
    for index, paragraph in enumerate(paragraphs):
        fmt = block_format(BlockKind(paragraph.kind.value), paragraph.level, is_rtl(cursor.document()))
        if index:
            cursor.insertBlock(fmt, QTextCharFormat())
        elif cursor.block().length() == 1:
            cursor.setBlockFormat(fmt)
        _insert_text(cursor, paragraph, notes)


def _text_and_marks(block: QTextBlock) -> tuple[str, list[tuple[int, str]]]:
    """Block text without marks, and (model offset, note text) for each mark."""
    pieces: list[str] = []
    marks: list[tuple[int, str]] = []
    length = 0
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            text = fragment.text()
            fmt = fragment.charFormat()
            if is_mark(fmt):
                note = fmt.property(FOOTNOTE_TEXT_PROPERTY)
                for _ in text:
                    marks.append((length, note if isinstance(note, str) else ""))
            else:
                text = text.replace(OBJECT_CHAR, "")
                pieces.append(text)
                length += len(text)
        iterator += 1
    return "".join(pieces), marks


def read_document(document: QTextDocument, base: Resolution) -> DocumentSnapshot:
    """A new Resolution from the document; non-text data (ignored, notes…) from ``base``."""
    resolution = Resolution(
        meta=copy.deepcopy(base.meta),
        ignored=list(base.ignored),
        reader_notes=list(base.reader_notes),
        heading_lines=list(base.heading_lines),
    )
    snapshot = DocumentSnapshot(resolution)
    paragraph_blocks: list[int] = []
    block = document.begin()
    while block.isValid():
        kind = block_kind(block)
        number = block.blockNumber()
        if kind.is_header:
            text, _ = _text_and_marks(block)
            if kind is BlockKind.FORMULA:
                resolution.formula = text
                snapshot.blocks["FORMULA"] = number
                read_document_properties(block, resolution.meta)
                read_document_state(block, resolution.meta, resolution.ignored)
            else:
                stored = getattr(base.meta, HEADER_FIELDS[kind])
                if kind is BlockKind.AGENDA and text == agenda_line(stored, base.meta.language):
                    text = stored  # shown in full, kept as the drafter's file had it ("78 (a)")
                setattr(resolution.meta, HEADER_FIELDS[kind], text)
                snapshot.blocks[f"META:{HEADER_FIELDS[kind]}"] = number
        elif kind.is_body:
            text, marks = _text_and_marks(block)
            refs = []
            for offset, note in marks:
                resolution.footnotes.append(Footnote(len(resolution.footnotes) + 1, note))
                refs.append(FootnoteRef(len(resolution.footnotes), offset))
            paragraph = Paragraph(kind.paragraph_kind, text, level=block_level(block), footnote_refs=refs,
                                  source_label=part_name(block) if kind is BlockKind.PART else None)
            read_negotiation(block, paragraph)
            resolution.paragraphs.append(paragraph)
            paragraph_blocks.append(number)
        elif kind is BlockKind.CLOSING:
            resolution.closing.append(_text_and_marks(block)[0])
        elif kind is BlockKind.ANNEX_TITLE:
            resolution.annexes.append(Annex(_text_and_marks(block)[0]))
        else:
            if not resolution.annexes:
                resolution.annexes.append(Annex(""))
            resolution.annexes[-1].paragraphs.append(_text_and_marks(block)[0])
        block = block.next()
    assign_addresses(resolution.paragraphs)
    for paragraph, number in zip(resolution.paragraphs, paragraph_blocks, strict=True):
        snapshot.blocks[paragraph.address] = number
        snapshot.addresses[number] = paragraph.address
        snapshot.marks[paragraph.address] = [ref.offset for ref in paragraph.footnote_refs]
    return snapshot


def block_span(marks: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a model span [start, end) of a paragraph to positions in its block."""
    block_start = start + sum(1 for offset in marks if offset <= start)
    block_end = end + sum(1 for offset in marks if offset < end)
    return block_start, max(block_start, block_end)
