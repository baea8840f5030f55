"""Between the core's :class:`Resolution` and the editor's ``QTextDocument``.

The core model is the truth the editor edits: a file is read into a Resolution,
written into the document once (``fill_document``), and the document is read
back into a fresh Resolution whenever the checks, the outline or a save need one
(``read_document``). Reading back is a single pass over the blocks, done off the
keystroke path (on the debounced check timer), never per key.

Footnote marks sit in the block text as object characters, each after a joiner
that keeps it on its word's line (see :mod:`drafter.gui.footnote_marks`); the
model's paragraph text has neither, so this module also maps model offsets (what
diagnostics use) to positions in the block.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from drafter.core.agenda import agenda_line
from drafter.core.model import (
    Annex,
    Comment,
    DocumentStatus,
    Footnote,
    FootnoteRef,
    Metadata,
    NoteAnchor,
    Organ,
    Paragraph,
    ParagraphKind,
    Resolution,
    assign_addresses,
)
from drafter.core.notes import (
    anchors_at,
    annex_place,
    closing_place,
    lines_after_title,
    meta_place,
    place_text,
    unreferenced_notes,
)
from drafter.gui.footnote_marks import (
    FOOTNOTE_NOTE_PROPERTY,
    FOOTNOTE_TEXT_PROPERTY,
    HIDDEN,
    insert_mark,
    is_mark,
    mark_format,
)
from drafter.gui.kinds import (
    DOCUMENT_PROPERTIES,
    HEADER_FIELDS,
    PART_HEAD,
    PART_NAME_PROPERTY,
    UNDER_TITLE_GAP,
    UNDER_TITLE_LINE,
    BlockKind,
    block_format,
    block_kind,
    block_level,
    is_rtl,
    part_name,
)
from drafter.gui.negotiation_blocks import keep_negotiation, read_negotiation

# Qt's line separator: how a line break inside a paragraph (Word's w:br) sits in a block.
LINE_BREAK = "\u2028"
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
    # address -> model offsets of the characters the model does not have (footnote marks and
    # their joiners), to map spans to the block
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
            if under_title := len(lines_after_title(resolution)):  # a part's letter, drawn (page_view)
                room = QTextBlockFormat()
                room.setTopMargin(UNDER_TITLE_GAP + UNDER_TITLE_LINE * under_title)
                cursor.mergeBlockFormat(room)
            cursor.insertText(resolution.formula, plain)
            continue
        text = header_text(resolution, kind)
        stored = str(getattr(resolution.meta, HEADER_FIELDS[kind]))
        # Marks on a cover field (the title's "Reissued …" note) sit where the field's words are.
        shift = max(0, text.find(stored)) if stored else 0
        place = meta_place(HEADER_FIELDS[kind])
        refs = [replace(r, offset=r.offset + shift) for r in anchors_at(resolution, place)]
        _insert_marked(cursor, text, refs, notes)
    for paragraph in resolution.paragraphs:
        start_block(BlockKind(paragraph.kind.value), paragraph.level)
        if paragraph.kind in (ParagraphKind.PART, ParagraphKind.HEADING) and paragraph.source_label:
            _keep_part_name(cursor, paragraph.source_label, paragraph.kind is ParagraphKind.HEADING)
        keep_negotiation(cursor, paragraph)
        _insert_text(cursor, paragraph, notes)
    for index, line in enumerate(resolution.closing):
        start_block(BlockKind.CLOSING)
        _insert_marked(cursor, line, anchors_at(resolution, closing_place(index)), notes)
    for number, annex in enumerate(resolution.annexes):
        start_block(BlockKind.ANNEX_TITLE)
        _insert_marked(cursor, annex.title, anchors_at(resolution, annex_place(number, None)), notes)
        for index, text in enumerate(annex.paragraphs):
            start_block(BlockKind.ANNEX_TEXT)
            _insert_marked(cursor, text, anchors_at(resolution, annex_place(number, index)), notes)
    document.setUndoRedoEnabled(True)
    document.setModified(False)


def _keep_part_name(cursor: QTextCursor, name: str, heading: bool = False) -> None:
    """A part's name, or a section heading's numeral with room above the heading to draw it."""
    fmt = QTextBlockFormat()
    fmt.setProperty(PART_NAME_PROPERTY, name)
    if heading:
        fmt.setTopMargin(PART_HEAD)
    cursor.mergeBlockFormat(fmt)


def _insert_text(cursor: QTextCursor, paragraph: Paragraph, notes: dict[int, str]) -> None:
    """A paragraph's words with its footnote marks at their offsets."""
    _insert_marked(cursor, paragraph.text, paragraph.footnote_refs, notes)


def _insert_marked(cursor: QTextCursor, text: str, refs: list[FootnoteRef], notes: dict[int, str]) -> None:
    """Any text (paragraph, title, closing line, annex line) with its footnote marks."""
    plain = QTextCharFormat()
    text = text.replace("\n", LINE_BREAK)  # a line break inside the paragraph, not a new one
    written = 0
    for ref in sorted(refs, key=lambda r: r.offset):
        offset = min(max(ref.offset, written), len(text))
        cursor.insertText(text[written:offset], plain)
        insert_mark(cursor, mark_format(notes.get(ref.number, ""), ref.number))
        written = offset
    cursor.insertText(text[written:], plain)


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


def _text_and_marks(block: QTextBlock) -> tuple[str, list[tuple[int, str, object]]]:
    """Block text without marks and joiners, and (model offset, note text, note loaded with)
    for each mark."""
    text, marks, _ = _read_block(block)
    return text, marks


def _read_block(block: QTextBlock) -> tuple[str, list[tuple[int, str, object]], list[int]]:
    """:func:`_text_and_marks`, with the model offset of every block character the model
    does not have (marks, joiners), in block order."""
    pieces: list[str] = []
    marks: list[tuple[int, str, object]] = []
    hidden: list[int] = []
    length = 0
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            fmt = fragment.charFormat()
            if is_mark(fmt):
                note = fmt.property(FOOTNOTE_TEXT_PROPERTY)
                loaded = fmt.property(FOOTNOTE_NOTE_PROPERTY)
                for _ in fragment.text():
                    marks.append((length, note if isinstance(note, str) else "", loaded))
                    hidden.append(length)
            elif not any(character in fragment.text() for character in HIDDEN):
                pieces.append(fragment.text())
                length += fragment.length()
            else:
                for character in fragment.text():
                    if character in HIDDEN:
                        hidden.append(length)
                    else:
                        pieces.append(character)
                        length += 1
        iterator += 1
    return "".join(pieces).replace(LINE_BREAK, "\n"), marks, hidden


def read_document(document: QTextDocument, base: Resolution) -> DocumentSnapshot:
    """A new Resolution from the document; non-text data (ignored, notes…) from ``base``."""
    resolution = Resolution(
        meta=copy.deepcopy(base.meta),
        ignored=list(base.ignored),
        reader_notes=list(base.reader_notes),
        heading_lines=list(base.heading_lines),
        tables=copy.deepcopy(base.tables),  # not shown on the page: kept as they were (notes renumbered)
    )
    snapshot = DocumentSnapshot(resolution)
    paragraph_blocks: list[int] = []
    paragraph_hidden: list[list[int]] = []

    numbers: dict[tuple[object, str], int] = {}

    def note_number(text: str, loaded: object) -> int:
        """A mark's note: the one an earlier mark of the same loaded note with the same text
        has (the readers keep one note marked twice), else a new one."""
        key = (loaded, text)
        if loaded is not None and key in numbers:
            return numbers[key]
        resolution.footnotes.append(Footnote(len(resolution.footnotes) + 1, text))
        numbers[key] = len(resolution.footnotes)
        return numbers[key]

    def anchor(place: str, marks: list[tuple[int, str, object]], shift: int = 0) -> None:
        for offset, note, loaded in marks:
            number = note_number(note, loaded)
            resolution.note_anchors.append(NoteAnchor(place, number, max(0, offset - shift)))

    block = document.begin()
    while block.isValid():
        kind = block_kind(block)
        number = block.blockNumber()
        if kind.is_header:
            text, marks = _text_and_marks(block)
            if kind is BlockKind.FORMULA:
                resolution.formula = text
                snapshot.blocks["FORMULA"] = number
                read_document_properties(block, resolution.meta)
                read_document_state(block, resolution.meta, resolution.ignored)
            else:
                stored = getattr(base.meta, HEADER_FIELDS[kind])
                shift = 0
                if kind is BlockKind.AGENDA and text == agenda_line(stored, base.meta.language):
                    shift = max(0, text.find(stored))
                    text = stored  # shown in full, kept as the drafter's file had it ("78 (a)")
                setattr(resolution.meta, HEADER_FIELDS[kind], text)
                anchor(meta_place(HEADER_FIELDS[kind]), marks, shift)
                snapshot.blocks[f"META:{HEADER_FIELDS[kind]}"] = number
        elif kind.is_body:
            text, marks, hidden = _read_block(block)
            paragraph_hidden.append(hidden)
            refs = []
            for offset, note, loaded in marks:
                refs.append(FootnoteRef(note_number(note, loaded), offset))
            named = kind in (BlockKind.PART, BlockKind.HEADING)  # a part's name, a heading's numeral
            paragraph = Paragraph(kind.paragraph_kind, text, level=block_level(block), footnote_refs=refs,
                                  source_label=part_name(block) if named else None)
            read_negotiation(block, paragraph)
            resolution.paragraphs.append(paragraph)
            paragraph_blocks.append(number)
        elif kind is BlockKind.CLOSING:
            text, marks = _text_and_marks(block)
            anchor(closing_place(len(resolution.closing)), marks)
            resolution.closing.append(text)
        elif kind is BlockKind.ANNEX_TITLE:
            text, marks = _text_and_marks(block)
            anchor(annex_place(len(resolution.annexes), None), marks)
            number = len(resolution.annexes)
            # Whether an annex is the adopted text printed before the closing is not on the page.
            embedded = number < len(base.annexes) and base.annexes[number].embedded
            resolution.annexes.append(Annex(text, embedded=embedded))
        else:
            if not resolution.annexes:
                resolution.annexes.append(Annex(""))
            text, marks = _text_and_marks(block)
            annex = resolution.annexes[-1]
            anchor(annex_place(len(resolution.annexes) - 1, len(annex.paragraphs)), marks)
            annex.paragraphs.append(text)
        block = block.next()
    _keep_off_page_notes(resolution, base, note_number)
    assign_addresses(resolution.paragraphs)
    _keep_review_marks(resolution, base)
    placed = zip(resolution.paragraphs, paragraph_blocks, paragraph_hidden, strict=True)
    for paragraph, number, hidden in placed:
        snapshot.blocks[paragraph.address] = number
        snapshot.addresses[number] = paragraph.address
        snapshot.marks[paragraph.address] = hidden
    return snapshot


def _off_page(place: str) -> bool:
    kind, _, name = place.partition(":")
    return kind == "COVER" or (kind == "META" and name not in HEADER_FIELDS.values())


def off_page_notes(base: Resolution) -> list[NoteAnchor | Footnote]:
    """The notes the page shows no mark for: those nothing marks (as footnotes) and those
    marked on cover lines the editor does not show (as their anchors)."""
    return [*unreferenced_notes(base), *(old for old in base.note_anchors if _off_page(old.place))]


def _keep_off_page_notes(
    resolution: Resolution, base: Resolution, note_number: Callable[[str, object], int]
) -> None:
    """Notes the page has no mark for stay in the model, numbered after the marked ones."""
    texts = {note.number: note.text for note in base.footnotes}
    for item in off_page_notes(base):
        if isinstance(item, Footnote):
            note_number(item.text, None)  # nothing marks it: a note of its own
        else:
            number = note_number(texts.get(item.number, ""), item.number)
            resolution.note_anchors.append(NoteAnchor(item.place, number, item.offset))
    for table in resolution.tables:  # marks in table cells: the page's note, or a new one after
        for key, refs in table.cell_refs.items():
            table.cell_refs[key] = [
                replace(ref, number=note_number(texts.get(ref.number, ""), ref.number)) for ref in refs
            ]


def _keep_review_marks(resolution: Resolution, base: Resolution) -> None:
    """Comments and tracked changes (not shown on the page) stay on their texts while these
    exist; an edit that shortened a text keeps them within its end."""
    for item in [*base.comments, *base.revisions]:
        text = place_text(resolution, item.place)
        if text is None:
            continue
        start, end = min(item.start, len(text)), min(item.end, len(text))
        target = resolution.comments if isinstance(item, Comment) else resolution.revisions
        target.append(replace(item, start=start, end=end))


def block_span(marks: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a model span [start, end) of a paragraph to positions in its block."""
    block_start = start + sum(1 for offset in marks if offset <= start)
    block_end = end + sum(1 for offset in marks if offset < end)
    return block_start, max(block_start, block_end)
