"""What each block of the editor's document is, stored in the block's own format.

The editor keeps one ``QTextDocument`` whose blocks are the resolution's lines:
heading lines, the formula, body paragraphs, closing lines and annex text. A
block's kind and level live in custom properties of its ``QTextBlockFormat``
(not in Python-side user data) because format changes go through the document's
undo stack: changing a paragraph's kind, moving it or undoing either is then an
ordinary document edit, and nothing can drift out of step with the text.

The layout (indents, alignment) is part of the same block format, so one call sets
both what a paragraph is and how it looks.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextDocument, QTextFormat

from drafter.core.model import ParagraphKind

KIND_PROPERTY = int(QTextFormat.Property.UserProperty) + 1
LEVEL_PROPERTY = int(QTextFormat.Property.UserProperty) + 2
# Organ, language and status ride on the formula line's format: changing the organ
# rewrites the formula and these in one undoable step, and undo restores both.
DOCUMENT_PROPERTIES = {
    "organ": int(QTextFormat.Property.UserProperty) + 3,
    "language": int(QTextFormat.Property.UserProperty) + 4,
    "status": int(QTextFormat.Property.UserProperty) + 5,
    # JSON of the Document panel's plain fields, disabled rules and ignored occurrences
    # (see document_sync.STATE_FIELDS): edits to them are undoable like the organ's.
    "state": int(QTextFormat.Property.UserProperty) + 6,
}
# A part heading's name as its source file printed it ("I", "B"): the first part's
# decides whether the parts the drafter inserts are lettered or numbered in roman.
PART_NAME_PROPERTY = int(QTextFormat.Property.UserProperty) + 7

# Page geometry in device-independent pixels at 96 dpi (1 cm = 37.8 px).
CM = 37.8
BODY_INDENT = round(1.27 * CM)  # every body line starts half an inch in (UN layout)
FIRST_LINE = round(1.27 * CM)  # first-line indent of preambular paragraphs
NUMBER_GAP = round(0.95 * CM)  # room for an operative number or a sub-paragraph label
PARAGRAPH_SPACING = 8
TITLE_INDENT = round(2.2 * CM)
TITLE_HEAD = 56
PART_HEAD = 34  # room above a part's title for its painted name


class BlockKind(StrEnum):
    """Every kind of block the editor knows; body kinds mirror ParagraphKind."""

    SYMBOL = "symbol"
    SESSION = "session"
    AGENDA = "agenda"
    AGENDA_TITLE = "agenda_title"
    TITLE = "title"
    FORMULA = "formula"
    PREAMBULAR = "preambular"
    PREAMBULAR_ITEM = "preambular_item"
    OPERATIVE = "operative"
    SUBPARAGRAPH = "subparagraph"
    HEADING = "heading"
    CLAUSE = "clause"
    PART = "part"  # a part heading: numbering restarts after it
    DRAFT_FORMULA = "draft_formula"  # the formula of a nested draft ("The General Assembly,")
    CLOSING = "closing"
    ANNEX_TITLE = "annex_title"
    ANNEX_TEXT = "annex_text"

    @property
    def is_header(self) -> bool:
        """Heading block and formula: fixed lines at the top, one of each."""
        return self in HEADER_KINDS

    @property
    def is_body(self) -> bool:
        return self in BODY_KINDS

    @property
    def is_preamble(self) -> bool:
        return self in (BlockKind.PREAMBULAR, BlockKind.PREAMBULAR_ITEM)

    @property
    def paragraph_kind(self) -> ParagraphKind:
        return ParagraphKind(self.value)


HEADER_KINDS = (
    BlockKind.SYMBOL, BlockKind.SESSION, BlockKind.AGENDA, BlockKind.AGENDA_TITLE,
    BlockKind.TITLE, BlockKind.FORMULA,
)
BODY_KINDS = (
    BlockKind.PREAMBULAR, BlockKind.PREAMBULAR_ITEM, BlockKind.OPERATIVE,
    BlockKind.SUBPARAGRAPH, BlockKind.HEADING, BlockKind.CLAUSE,
    BlockKind.PART, BlockKind.DRAFT_FORMULA,
)
# Blocks after which a new part of the text starts: preamble and numbering afresh.
SCOPE_KINDS = (BlockKind.PART, BlockKind.DRAFT_FORMULA)
# Which metadata field each heading line edits.
HEADER_FIELDS = {
    BlockKind.SYMBOL: "symbol",
    BlockKind.SESSION: "session",
    BlockKind.AGENDA: "agenda_item",
    BlockKind.AGENDA_TITLE: "agenda_title",
    BlockKind.TITLE: "title",
}
# Grey hints painted in an empty heading line, so the drafter knows what goes there.
HEADER_HINTS = {
    BlockKind.SYMBOL: "Symbol",
    BlockKind.SESSION: "Session",
    BlockKind.AGENDA: "Agenda item",
    BlockKind.AGENDA_TITLE: "Title of the agenda item",
    BlockKind.TITLE: "Title of the resolution",
    BlockKind.FORMULA: "Formula",
}
# Names shown in menus, the outline and the status bar.
KIND_NAMES = {
    BlockKind.PREAMBULAR: "Preambular paragraph",
    BlockKind.PREAMBULAR_ITEM: "Preambular item",
    BlockKind.OPERATIVE: "Operative paragraph",
    BlockKind.SUBPARAGRAPH: "Sub-paragraph",
    BlockKind.HEADING: "Section heading",
    BlockKind.CLAUSE: "Unnumbered clause",
    BlockKind.PART: "Part heading",
    BlockKind.DRAFT_FORMULA: "Formula of a nested draft",
    BlockKind.CLOSING: "Closing line",
    BlockKind.ANNEX_TITLE: "Annex title",
    BlockKind.ANNEX_TEXT: "Annex text",
}


def block_kind(block: QTextBlock) -> BlockKind:
    """The kind stored in a block (annex text for blocks that carry none, e.g. pasted)."""
    value = block.blockFormat().property(KIND_PROPERTY)
    try:
        return BlockKind(value)
    except ValueError:
        return BlockKind.ANNEX_TEXT


def part_name(block: QTextBlock) -> str | None:
    """The name a part heading's source printed ("I", "B"), None for one the drafter inserted."""
    value = block.blockFormat().property(PART_NAME_PROPERTY)
    return value if isinstance(value, str) and value else None


def block_level(block: QTextBlock) -> int:
    value = block.blockFormat().property(LEVEL_PROPERTY)
    return int(value) if isinstance(value, int) else 0


def label_indent(kind: BlockKind, level: int) -> int:
    """Where a label (number or (a)/(i)) starts, measured from the text's left margin."""
    if kind is BlockKind.OPERATIVE:
        return FIRST_LINE
    return FIRST_LINE + NUMBER_GAP * max(1, level)


def is_rtl(document: QTextDocument) -> bool:
    """Right-to-left documents (Arabic) mirror the side margins."""
    return document.defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft


def block_format(kind: BlockKind, level: int = 0, rtl: bool = False) -> QTextBlockFormat:
    """Kind, level and the page layout of a block of that kind (mirrored for ``rtl``)."""
    fmt = QTextBlockFormat()
    fmt.setProperty(KIND_PROPERTY, kind.value)
    fmt.setProperty(LEVEL_PROPERTY, level)
    fmt.setBottomMargin(PARAGRAPH_SPACING)
    fmt.setAlignment(Qt.AlignmentFlag.AlignJustify)
    fmt.setLeftMargin(BODY_INDENT)
    if kind is BlockKind.SYMBOL:
        fmt.setAlignment(Qt.AlignmentFlag.AlignRight)
        fmt.setLeftMargin(0)
        fmt.setBottomMargin(18)
    elif kind in (BlockKind.SESSION, BlockKind.AGENDA, BlockKind.AGENDA_TITLE):
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)
        fmt.setLeftMargin(0)
        fmt.setBottomMargin(2)
    elif kind is BlockKind.TITLE:
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)
        fmt.setLeftMargin(TITLE_INDENT)  # room for "76/72." drawn before it (hanging)
        fmt.setTopMargin(TITLE_HEAD)  # room for the adoption or sponsor lines drawn above it
        fmt.setBottomMargin(16)
    elif kind in (BlockKind.FORMULA, BlockKind.DRAFT_FORMULA):
        fmt.setTextIndent(FIRST_LINE)
        # one short line on paper: justified in a narrow column it is letter-spaced ("L ’A s s e m b l é e")
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)
    elif kind in (BlockKind.PREAMBULAR, BlockKind.CLAUSE, BlockKind.ANNEX_TEXT):
        fmt.setTextIndent(FIRST_LINE)
    elif kind is BlockKind.OPERATIVE:
        fmt.setTextIndent(FIRST_LINE + NUMBER_GAP)
    elif kind in (BlockKind.SUBPARAGRAPH, BlockKind.PREAMBULAR_ITEM):
        fmt.setTextIndent(label_indent(kind, level) + NUMBER_GAP)
    elif kind in (BlockKind.HEADING, BlockKind.ANNEX_TITLE):
        fmt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        fmt.setTopMargin(8)
    elif kind is BlockKind.PART:
        # Centred like a section heading, with room above the title for the part's
        # name ("B"), which is painted, not typed, as numbers are.
        fmt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        fmt.setTopMargin(PART_HEAD)
    elif kind is BlockKind.CLOSING:
        fmt.setAlignment(Qt.AlignmentFlag.AlignRight)
    if rtl:
        left, right = fmt.leftMargin(), fmt.rightMargin()
        fmt.setLeftMargin(right)
        fmt.setRightMargin(left)
        if fmt.alignment() & Qt.AlignmentFlag.AlignJustify:
            # Qt justifies Arabic by spacing letters, which breaks their joins ("ك ا ن و ن" for
            # "كانون") in a column as narrow as the parallel page: the lines start at the right.
            fmt.setAlignment(Qt.AlignmentFlag.AlignLeading)
    return fmt
