"""The hand-over between readers and structure recovery.

A reader (plain text, Word) turns its file into an ordered list of
:class:`SourceBlock` — one per paragraph as the source shows it — plus the footnote
texts it found. :func:`drafter.parsing.recovery.recover_structure` then decides
what each block is (cover line, title, formula, preambular paragraph, operative
paragraph, sub-paragraph, heading, closing line, annex) the same way for every
source, so a Word file and its text extraction give the same model.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.core.model import Comment, Footnote, FootnoteRef, Revision, Span


@dataclass
class SourceBlock:
    # The paragraph's text as the reader sees it. For plain text it may still carry a
    # typed number/label ("5.", "(a)") and footnote marks glued to words; structure
    # recovery strips those. A Word reader strips real footnote references itself and
    # lists them in ``footnote_refs``.
    text: str
    line: int = 0  # 1-based line (text) or paragraph index (Word)
    italic_spans: list[Span] | None = None  # None: the source carries no formatting
    footnote_refs: list[FootnoteRef] = field(default_factory=list)
    # Word automatic numbering: the label Word displays ("1.", "(a)") and its list level.
    auto_label: str | None = None
    auto_level: int | None = None
    style: str | None = None  # Word paragraph style id/name ("SingleTxt", "TitleH1", …)
    # Set by readers that know the block is not body text (Word header parts, tables).
    is_header: bool = False
    # Set by readers whose source marks where an annex begins (an AKN attachment), so that
    # an annex whose title does not say "Annex" is still an annex of its own.
    starts_annex: bool = False
    # Word comments and tracked changes in this block's text (place set by recovery).
    comments: list[Comment] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)


@dataclass
class SourceTable:
    """A table a reader kept as a table (Word): rows of cell texts, marks per cell, and the
    line of the block it follows (0: before every block)."""

    rows: list[list[str]]
    cell_refs: dict[str, list[FootnoteRef]] = field(default_factory=dict)
    after_line: int = 0


@dataclass
class SourceDocument:
    """Everything a reader extracted, before structure recovery."""

    blocks: list[SourceBlock]
    footnotes: list[Footnote] = field(default_factory=list)
    # True when footnote texts were extracted by the reader (Word): recovery must not
    # look for footnote text blocks in the body.
    footnotes_resolved: bool = False
    header_lines: list[str] = field(default_factory=list)  # first-page header (symbol, Distr.)
    footer_lines: list[str] = field(default_factory=list)  # first-page footer (job number, release date)
    reader_notes: list[str] = field(default_factory=list)
    formatted: bool = False  # the source carries italics (Word)
    tables: list[SourceTable] = field(default_factory=list)
