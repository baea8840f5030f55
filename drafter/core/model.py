"""The resolution document model: plain data, no Qt, no I/O.

Everything in Drafter (readers, checks, exporters, the editor) speaks this model.
A resolution body is kept as one flat, ordered list of :class:`Paragraph` objects,
each with a :class:`ParagraphKind` and a nesting level, because that is how both
Word and the editor see text (one paragraph after another), while addresses such as
``PP3`` or ``OP5(b)(ii)`` are derived from the order by :func:`assign_addresses`.

Multi-part texts stay flat too. A ``PART`` paragraph (a part heading such as "B" with
its title) opens a part whose preamble and operative numbering start afresh, and a
``DRAFT_FORMULA`` paragraph ("The General Assembly," inside an ECOSOC resolution that
recommends a draft) opens a nested text with its own preamble and numbering. Addresses
inside them name their scope with a dotted prefix: ``B.OP3``, ``II.PP1``, ``D1.OP2``
(nested draft 1), ``D1.B.OP2`` (part B of that draft); the part heading itself is ``B``
(``D1.B`` in a draft) and the nested formula ``D1``. Paragraphs before the first part
keep the plain form, so a one-part text reads ``PP3``, ``OP5(b)(ii)`` as always.
Part names are derived from order like numbers are (A, B, C … or I, II, III … when the
first part was typed as "I"), see :func:`part_names`.

Numbers and labels are never stored as truth: the label a source file carried is
kept in ``Paragraph.source_label`` only so that checks can compare it with the
label the structure implies.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from drafter.resources import load_json


class Organ(StrEnum):
    """The body whose resolution it is; drives the formula and the agreement rules."""

    GA = "GA"  # General Assembly plenary
    GA_COMMITTEE = "GA_COMMITTEE"  # a Main Committee of the General Assembly (drafts)
    SC = "SC"
    ECOSOC = "ECOSOC"
    HRC = "HRC"

    @property
    def formula_key(self) -> str:
        """The organ whose formula opens the text (a Main Committee draft speaks for the GA)."""
        return "GA" if self is Organ.GA_COMMITTEE else self.value


class DocumentStatus(StrEnum):
    DRAFT = "draft"
    ADOPTED = "adopted"


class ParagraphKind(StrEnum):
    """What a paragraph of the body is."""

    PREAMBULAR = "preambular"
    PREAMBULAR_ITEM = "preambular_item"  # (a)/dash item hanging from a preambular paragraph
    OPERATIVE = "operative"  # a numbered operative paragraph
    SUBPARAGRAPH = "subparagraph"  # (a), (i) … of an operative paragraph; see Paragraph.level
    HEADING = "heading"  # section heading inside the operative part ("I", "A", a topic title)
    CLAUSE = "clause"  # an unnumbered clause in the operative part ("Acting under Chapter VII …")
    # A part heading ("B" and its title, in ``text``): numbering restarts after it and
    # the part may have its own preamble. Fifth Committee omnibus texts, ICSC texts.
    PART = "part"
    # The formula of a nested text ("The General Assembly,") that an ECOSOC resolution
    # recommends for adoption: the nested text has its own preamble and numbering.
    DRAFT_FORMULA = "draft_formula"


@dataclass
class FootnoteRef:
    """A footnote reference mark inside a paragraph.

    ``offset`` is the character position in ``Paragraph.text`` *after* which the mark
    stands (the mark itself is not part of the text). ``number`` is the footnote's
    number as printed in the source, which links it to :class:`Footnote.number`.
    """

    number: int
    offset: int
    # Word sources only: whether the mark uses the footnote reference character style
    # (None when the source carries no formatting).
    styled: bool | None = None


@dataclass
class Footnote:
    number: int  # number as printed in the source (or assigned in order by the editor)
    text: str


@dataclass
class NoteAnchor:
    """A footnote mark outside the body paragraphs (which keep theirs in ``footnote_refs``).

    Official texts put marks on the title ("Reissued for technical reasons"), in
    annexes, in closing lines and on cover lines; they are as much part of the text as
    a mark in an operative paragraph. ``place`` names the text the mark sits in (see
    :mod:`drafter.core.notes`): ``META:title`` (any metadata field), ``CLOSING:2``
    (closing line 2, 1-based), ``ANNEX1:title`` or ``ANNEX1:4`` (annex 1, its
    title or its 4th paragraph), ``COVER:3`` (a cover line the metadata does not hold).
    ``offset`` counts characters of that text as for :class:`FootnoteRef`.
    """

    place: str
    number: int
    offset: int


@dataclass
class Span:
    """A half-open character range [start, end) in a paragraph's text."""

    start: int
    end: int


@dataclass
class Paragraph:
    """One paragraph of the resolution body.

    ``text`` holds the words only: no operative number, no sub-paragraph label and no
    footnote marks (those are in ``footnote_refs``). ``level`` is 0 for preambular,
    operative, clause and heading paragraphs, and 1, 2, 3 … for (a), (i), … sub-levels
    of sub-paragraphs and preambular items.
    """

    kind: ParagraphKind
    text: str
    level: int = 0
    footnote_refs: list[FootnoteRef] = field(default_factory=list)
    # Italic ranges as found in a Word source; None when the source carries no
    # formatting (plain text), so formatting checks know to stay silent.
    italic_spans: list[Span] | None = None
    # The number or label the source carried ("5", "(b)", "a)"), None when none was typed.
    source_label: str | None = None
    # True when the number/label came from Word automatic numbering.
    auto_numbered: bool = False
    # Line (text) or paragraph index (Word) in the source, 1-based, for messages.
    source_line: int | None = None
    # Derived by assign_addresses(); e.g. "PP3", "OP5", "OP5(b)(ii)", "H2", "OP5 bis".
    address: str = ""
    # Negotiation texts (see drafter.core.negotiation): "bis", "ter" … for a paragraph
    # inserted after the one numbered before it, "alt", "alt 2" for an alternative
    # version of it; "" otherwise. Its number is the one before it ("OP5 bis").
    negotiation_label: str = ""
    status: str = ""  # negotiation status: "" (open), "agreed ad ref", "agreed"
    notes: list[str] = field(default_factory=list)  # facilitator notes
    # The address the paragraph had before a revision renumbered it ("OP5 ter" in the
    # text that became Rev.1); "" when it kept its address. History, not numbering.
    previous_address: str = ""

    @property
    def is_preamble(self) -> bool:
        return self.kind in (ParagraphKind.PREAMBULAR, ParagraphKind.PREAMBULAR_ITEM)

    @property
    def is_operative_part(self) -> bool:
        return not self.is_preamble

    @property
    def opens_scope(self) -> bool:
        """A part heading or a nested text's formula: numbering starts afresh after it."""
        return self.kind in (ParagraphKind.PART, ParagraphKind.DRAFT_FORMULA)


@dataclass
class Annex:
    """An annex: kept verbatim, never checked as resolution paragraphs."""

    title: str
    paragraphs: list[str] = field(default_factory=list)
    # The text the resolution adopts ("Adopts the following outcome document:"), printed
    # in the body before the closing lines rather than as an annex after them.
    embedded: bool = False


@dataclass
class Table:
    """A table kept as a table: rows of cell texts, and where it stood.

    ``after`` names the text the table follows, with the same place names as
    :class:`NoteAnchor` plus the body addresses (``OP5``) and ``BODY`` (before the
    first paragraph); a table written in an annex follows ``ANNEX1:4``. Footnote
    marks in cells are in ``cell_refs`` keyed "row:column" (0-based).
    """

    after: str
    rows: list[list[str]] = field(default_factory=list)
    cell_refs: dict[str, list[FootnoteRef]] = field(default_factory=dict)


@dataclass
class ReviewMark:
    """A reviewer's mark on a range of one text: a comment or a tracked change.

    ``place`` is a body address ("OP5") or a place as for :class:`NoteAnchor`;
    [``start``, ``end``) is the range of that text (equal for a point).
    """

    place: str
    start: int
    end: int
    text: str = ""
    author: str = ""
    date: str = ""  # ISO 8601 as Word writes it ("2017-12-05T10:00:00Z"), "" when unknown


@dataclass
class Comment(ReviewMark):
    """A Word comment (kept when a file has them); ``text`` is what the reviewer wrote."""

    initials: str = ""


@dataclass
class Revision(ReviewMark):
    """A tracked change, kept when a file has them (the text itself is read as accepted).

    ``kind`` "insert": [``start``, ``end``) of the text was inserted; "delete": ``text``
    was deleted at ``start`` (``end`` == ``start``; the deleted words are not in the text).
    """

    kind: str = "insert"


@dataclass
class Metadata:
    organ: Organ = Organ.GA
    language: str = "en"
    symbol: str = ""  # "A/RES/76/112", "A/C.3/80/L.10", "S/RES/2231 (2015)"
    status: DocumentStatus = DocumentStatus.ADOPTED
    session: str = ""  # "Seventy-sixth session"
    agenda_item: str = ""  # "Agenda item 82", "Agenda items 15 and 116" or just "82"
    agenda_title: str = ""  # the agenda item's title line
    title: str = ""  # the resolution's title (without "76/112.")
    number: str = ""  # "76/112" for adopted GA texts, "2231 (2015)" for SC
    committee: str = ""  # "Third Committee" for Main Committee drafts
    sponsors: list[str] = field(default_factory=list)
    distribution: str = ""  # "General" or "Limited"
    date: str = ""  # issue date on the cover
    original_language: str = ""  # "Original: English"
    adoption_date: str = ""
    adoption_basis: str = ""  # "[on the report of the Sixth Committee (A/76/473, para. 12)]"
    meeting: str = ""  # "49th plenary meeting"
    reissued: str = ""  # "Reissued for technical reasons on 3 March 2016" (cover note)
    release_date: str = ""  # footer release date ("150916"), when known
    job_number: str = ""  # footer job number ("15-16301 (E)" -> "15-16301"), when known
    # Rule ids switched off for this document only (stored with the document).
    disabled_rules: list[str] = field(default_factory=list)


@dataclass
class Resolution:
    """A whole resolution: heading metadata, formula, body, footnotes, annexes, closing."""

    meta: Metadata = field(default_factory=Metadata)
    formula: str = ""  # "The General Assembly," exactly as written; "" when absent
    paragraphs: list[Paragraph] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)  # meeting / date / vote lines
    heading_lines: list[str] = field(default_factory=list)  # cover lines as found
    # Ignored single occurrences: (rule id, address, text fingerprint) as strings.
    ignored: list[str] = field(default_factory=list)
    # Informational notes from the reader (e.g. "tracked changes were accepted").
    reader_notes: list[str] = field(default_factory=list)
    # Word sources only: whether the organ formula's words are italic (None: unknown).
    formula_italic: bool | None = None
    # Footnote marks outside the body paragraphs (title, cover lines, closing, annexes).
    # A footnote that no paragraph and no anchor references stays in ``footnotes``.
    note_anchors: list[NoteAnchor] = field(default_factory=list)
    # Tables, each kept as rows of cell texts where it stood (see :class:`Table`).
    tables: list[Table] = field(default_factory=list)
    # Word comments and tracked changes, when the source has them.
    comments: list[Comment] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)

    @property
    def preamble(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind is ParagraphKind.PREAMBULAR]

    @property
    def operative(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind is ParagraphKind.OPERATIVE]

    @property
    def subparagraphs(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind is ParagraphKind.SUBPARAGRAPH]

    def counts(self) -> dict[str, int]:
        """The four structure counts used by the CLI and the corpus manifest.

        "preamble" is the resolution's own preamble, between the formula and the first
        operative paragraph, as the manifest and the UN markup count it: the preambles
        of parts and nested drafts are left out; numbered operative paragraphs are
        counted in every part.
        """
        own_preamble = 0
        for paragraph in self.paragraphs:
            if paragraph.opens_scope:
                break
            own_preamble += paragraph.kind is ParagraphKind.PREAMBULAR
        return {
            "preamble": own_preamble,
            "operative": len(self.operative),
            "subparagraphs": len(self.subparagraphs),
            "footnotes": len(self.footnotes),
        }

    def find(self, address: str) -> Paragraph | None:
        for paragraph in self.paragraphs:
            if paragraph.address == address:
                return paragraph
        return None


# --- labels -----------------------------------------------------------------

_ROMAN = [
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
]


def roman(number: int) -> str:
    """Lower-case roman numeral: 4 -> 'iv'."""
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def roman_value(text: str) -> int | None:
    """'iv' -> 4, 'VII' -> 7; None unless ``text`` is a roman numeral written the usual way."""
    text = text.lower()
    values = dict((letters, value) for value, letters in _ROMAN if len(letters) == 1)
    if not text or any(ch not in values for ch in text):
        return None
    total = 0
    for index, ch in enumerate(text):
        value = values[ch]
        following = values[text[index + 1]] if index + 1 < len(text) else 0
        total += -value if value < following else value
    return total if roman(total) == text else None


def letter(number: int) -> str:
    """1 -> 'a', 26 -> 'z', 27 -> 'aa' (as Word and the UN continue past z)."""
    out = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


def sublabel_core(level: int, index: int) -> str:
    """The bare label for the index-th (1-based) item at a sub-level: a, i, A, I …"""
    cycle = (level - 1) % 4
    if cycle == 0:
        return letter(index)
    if cycle == 1:
        return roman(index)
    if cycle == 2:
        return letter(index).upper()
    return roman(index).upper()


def part_names(items: Iterable[tuple[str, str | None]]) -> dict[int, str]:
    """The name of every part heading, by position: "A", "B" … or "I", "II" ….

    ``items`` are (kind value, source label) pairs of the body paragraphs in order.

    Names are derived from order, like operative numbers, so inserting or moving a
    part renames the ones after it. The style is the one the first part of the same
    text (main text or nested draft) was typed with: roman when it was "I" (or a roman
    numeral other than a single letter A-H), letters otherwise.
    """
    names: dict[int, str] = {}
    count = 0
    use_roman = False
    for index, (kind, source_label) in enumerate(items):
        if kind == ParagraphKind.DRAFT_FORMULA:
            count = 0
        elif kind == ParagraphKind.PART:
            count += 1
            if count == 1:
                use_roman = is_roman_part_name(source_label)
            names[index] = roman(count).upper() if use_roman else letter(count).upper()
    return names


def is_roman_part_name(label: str | None) -> bool:
    """Whether a typed part name is a roman numeral ("I", "二", "أولا") rather than a letter."""
    core = " ".join((label or "").strip().rstrip(".、\u064b").split())  # Arabic "ثانياً": tanween
    if core and all(ch in "IVX" for ch in core):
        return True
    return any(core in names for names in load_json("structure/parts.json")["roman"].values())


def assign_addresses(paragraphs: list[Paragraph]) -> None:
    """Give every paragraph its stable address, derived from order and kind only.

    PP<n> for preambular paragraphs, PP<n>(a) for their items, OP<n> for numbered
    operative paragraphs, OP<n>(b)(ii) for sub-paragraphs, H<n> for headings and
    C<n> for unnumbered clauses. A negotiation label keeps the number before it
    ("OP5 bis", "PP2 alt"), so the numbers of the paragraphs after it do not move.
    Addresses always use the English (a)/(i) form so that messages and JSON are the
    same whatever the document's language. Inside a part or a nested draft the same
    forms take the scope's prefix ("B.OP3", "D1.PP2"); see the module docstring.
    """
    names = part_names((p.kind.value, p.source_label) for p in paragraphs)
    pp = op = heading = clause = drafts = 0
    draft_prefix = prefix = ""
    # Per level counters for the current parent, and the chain of parent labels.
    sub_counters: list[int] = []
    parent = ""
    for index, paragraph in enumerate(paragraphs):
        kind = paragraph.kind
        if kind is ParagraphKind.DRAFT_FORMULA or kind is ParagraphKind.PART:
            if kind is ParagraphKind.DRAFT_FORMULA:
                drafts += 1
                paragraph.address = f"D{drafts}"
                draft_prefix = f"D{drafts}."
                prefix = draft_prefix
            else:
                paragraph.address = f"{draft_prefix}{names[index]}"
                prefix = f"{paragraph.address}."
            pp = op = heading = clause = 0
            parent = ""
            sub_counters = []
        elif kind is ParagraphKind.PREAMBULAR:
            pp += not paragraph.negotiation_label
            parent = _labelled(f"{prefix}PP{pp}", paragraph.negotiation_label)
            sub_counters = []
            paragraph.address = parent
        elif kind is ParagraphKind.OPERATIVE:
            op += not paragraph.negotiation_label
            parent = _labelled(f"{prefix}OP{op}", paragraph.negotiation_label)
            sub_counters = []
            paragraph.address = parent
        elif kind is ParagraphKind.HEADING:
            heading += 1
            paragraph.address = f"{prefix}H{heading}"
        elif kind is ParagraphKind.CLAUSE:
            clause += 1
            parent = f"{prefix}C{clause}"
            sub_counters = []
            paragraph.address = parent
        else:  # sub-paragraph or preambular item
            level = max(1, paragraph.level)
            del sub_counters[level:]
            while len(sub_counters) < level:
                sub_counters.append(0)
            sub_counters[level - 1] += 1
            chain = "".join(
                f"({sublabel_core(i + 1, n)})" for i, n in enumerate(sub_counters)
            )
            paragraph.address = f"{parent or prefix + 'PP0'}{chain}"


def _labelled(address: str, negotiation_label: str) -> str:
    return f"{address} {negotiation_label}" if negotiation_label else address
