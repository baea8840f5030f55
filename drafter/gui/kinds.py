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
from PySide6.QtGui import QFont, QTextBlock, QTextBlockFormat, QTextDocument, QTextFormat

from drafter.core.model import ParagraphKind
from drafter.core.paper import paper_layout

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
# decides whether the parts the drafter inserts are lettered or numbered in roman. A section
# heading's numeral ("XVII") rides on the same property, drawn above it as the paper prints it.
PART_NAME_PROPERTY = int(QTextFormat.Property.UserProperty) + 7

# Page geometry in device-independent pixels at 96 dpi (1 cm = 37.8 px). The page shows the
# paper's 10 pt text at BASE_POINT_SIZE (12.5 pt at 100 % zoom), so lengths inside the text
# column are the paper's (resources/export/layout.json, which the Word export writes) times
# 12.5/10: first lines and labels at the paper's first tab, text after a label at its next tab,
# (i) where (a) is, and a column as wide as the paper's (608 px, at least the 600 px a
# drafter gets at 1280 x 900). The margins around it are
# narrower than the paper's (page_view.PAGE_MARGIN, and BODY_INDENT on the left only, where the
# paper has 1.7 in on each side), so that a small window keeps as much of that column as it can.
CM = 37.8
BASE_POINT_SIZE = 12.5
PAPER = paper_layout()
SCALE = 96 / 1440 * BASE_POINT_SIZE / PAPER.body_point_size  # pixels per twip at 100 %
BODY_INDENT = round(1.27 * CM)  # every body line starts half an inch in from the heading lines
FIRST_LINE = round(PAPER.label_tab * SCALE)  # first line of a preambular paragraph; labels
NUMBER_GAP = round((PAPER.text_tab - PAPER.label_tab) * SCALE)  # from a label to its text
BODY_COLUMN = round(PAPER.column() * SCALE)  # the paper's text column, on the page
# Word's character width (103 %) and letter spacing (0.2 pt) of the paper's body text
CHARACTER_WIDTH = int(PAPER.body["character_width_percent"])
LETTER_SPACING = int(PAPER.body["letter_spacing"]) * SCALE  # pixels at 100 %
PARAGRAPH_SPACING = 8
TITLE_INDENT = round(2.2 * CM)
TITLE_HEAD = 56
PART_HEAD = 34  # room above a part's title for its painted name
UNDER_TITLE_LINE = 28  # room above the formula for each painted line under the title ("B")
UNDER_TITLE_GAP = 10  # and between the title and the first of them


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


def page_font(percent: int = 100) -> QFont:
    """The page's text font at a zoom: Times New Roman at the paper's size times 12/10, with the
    paper's character width and letter spacing, so that a line holds the words the paper's does."""
    font = QFont("Times New Roman")
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(BASE_POINT_SIZE * percent / 100)
    font.setStretch(CHARACTER_WIDTH)
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, LETTER_SPACING * percent / 100)
    return font


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
    fmt.setLeftMargin(BODY_INDENT)  # on the left only: see BODY_INDENT
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
    elif kind in (BlockKind.OPERATIVE, BlockKind.SUBPARAGRAPH, BlockKind.PREAMBULAR_ITEM):
        # the label at the paper's first tab, the text at the next, whatever the level
        fmt.setTextIndent(FIRST_LINE + NUMBER_GAP)
    elif kind is BlockKind.HEADING:
        # at the body's edge like the paper's H1 heading; a numeral ("XVII") is drawn above it
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)
        fmt.setTopMargin(8)
    elif kind is BlockKind.ANNEX_TITLE:
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
