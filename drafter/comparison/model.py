"""What a comparison produces: the aligned paragraphs and footnotes, and the changes.

:class:`Comparison` is the full alignment (every paragraph of both texts, in the
order a redline shows them) that the redline writer walks; :class:`Change` is one
entry of the list negotiators circulate, derived from it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from drafter.comparison.diff import Segment
from drafter.comparison.matching import MatchKind
from drafter.core.model import Annex, Footnote, Paragraph, Resolution


class ChangeKind(StrEnum):
    INSERTED = "inserted"
    DELETED = "deleted"
    MOVED = "moved"
    CHANGED = "changed"
    FOOTNOTE_INSERTED = "footnote_inserted"
    FOOTNOTE_DELETED = "footnote_deleted"
    FOOTNOTE_CHANGED = "footnote_changed"
    TITLE_CHANGED = "title_changed"
    FORMULA_CHANGED = "formula_changed"
    ANNEX_INSERTED = "annex_inserted"
    ANNEX_DELETED = "annex_deleted"
    ANNEX_CHANGED = "annex_changed"  # a paragraph of an annex inserted, deleted, moved or changed


@dataclass
class Change:
    """One change, addressed in the new text (in the base text for deletions)."""

    kind: ChangeKind
    address: str
    description: str
    base_address: str | None = None
    new_address: str | None = None
    base_text: str | None = None
    new_text: str | None = None
    # Footnote numbers as printed in each text, for footnote changes.
    base_footnote: int | None = None
    new_footnote: int | None = None
    # Word-level edits: (deleted text, inserted text) pairs, either may be "".
    edits: list[tuple[str, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind.value
        data["edits"] = [{"deleted": d, "inserted": i} for d, i in self.edits]
        return data


@dataclass
class FootnoteDiff:
    """A footnote of a paragraph: matched (equal/changed), inserted or deleted."""

    kind: MatchKind
    base: Footnote | None
    new: Footnote | None
    segments: list[Segment]


@dataclass
class Piece:
    """A stretch of a paragraph as the redline shows it: text, or a footnote mark."""

    op: str  # "equal", "delete" or "insert"
    text: str = ""
    footnote: FootnoteDiff | None = None


@dataclass
class ParagraphDiff:
    """One paragraph of the redline.

    ``kind`` is ``equal``/``changed`` (kept in place), ``inserted``, ``deleted``,
    ``moved`` (the paragraph at its new place) or ``moved_from`` (its old place).
    """

    kind: str
    base: Paragraph | None
    new: Paragraph | None
    similarity: float
    pieces: list[Piece]
    footnotes: list[FootnoteDiff]
    # Word-level segments base -> new for paragraphs present in both texts.
    segments: list[Segment] = field(default_factory=list)

    @property
    def paragraph(self) -> Paragraph:
        """The paragraph whose kind, level and address the redline lays out."""
        found = self.new if self.new is not None and self.kind != "moved_from" else self.base
        assert found is not None
        return found

    @property
    def mark_deleted(self) -> bool:
        """The whole paragraph (with its paragraph mark) is a deletion."""
        return self.kind in ("deleted", "moved_from")

    @property
    def mark_inserted(self) -> bool:
        return self.kind in ("inserted", "moved")


@dataclass
class AnnexParagraphDiff:
    """One annex paragraph as the redline shows it (kinds as for body paragraphs)."""

    kind: str  # equal, changed, inserted, deleted, moved, moved_from
    base: str | None
    new: str | None
    base_number: int | None  # 1-based position in the base annex
    new_number: int | None
    segments: list[Segment] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The text laid out: the new text, or the base text for what was removed."""
        shown = self.base if self.kind in ("deleted", "moved_from") else self.new
        return shown or ""


@dataclass
class AnnexDiff:
    kind: str  # equal (paired), inserted, deleted
    base: Annex | None
    new: Annex | None
    name: str  # "Annex", "Annex II": the first line of the title
    paragraphs: list[AnnexParagraphDiff]
    title_segments: list[Segment] = field(default_factory=list)
    # Named by position for want of a short title: its number ("Annex 2"), 0 for the only
    # annex ("Annex"); None when its title names it. The list says it in its own language.
    position: int | None = None

    @property
    def title(self) -> str:
        shown = self.new if self.new is not None else self.base
        return shown.title if shown is not None else ""


@dataclass
class Comparison:
    base: Resolution
    new: Resolution
    paragraphs: list[ParagraphDiff]
    changes: list[Change]
    # Footnotes anchored to no paragraph in either text, compared on their own.
    loose_footnotes: list[FootnoteDiff] = field(default_factory=list)
    annexes: list[AnnexDiff] = field(default_factory=list)
