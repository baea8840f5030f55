"""Where each change of a comparison sits in the new text (the one on the page).

The list of changes addresses a deleted paragraph by its old address ("PP4
deleted"), which in the new text is some other paragraph or none at all. A
drafter who double-clicks "PP4 deleted" wants to see the place the paragraph was
taken from, so a deletion points at the paragraph that now follows it (or the
last one before it, at the end of the text). A changed paragraph points at its
first edit, so the cursor lands on the words that changed. No Qt here: the
dialog maps these model addresses and offsets to the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from drafter.comparison import Change, ChangeKind, Comparison, ParagraphDiff

# What the page calls the parts that are not numbered paragraphs (document_sync).
_HEADER_ADDRESSES = {ChangeKind.TITLE_CHANGED: "META:title", ChangeKind.FORMULA_CHANGED: "FORMULA"}
_IN_NEW_TEXT = ("equal", "changed", "inserted", "moved")


@dataclass(frozen=True)
class Target:
    """A paragraph of the new text, the span (model offsets) to select in it, and for
    a footnote inserted or changed, its number in the new text."""

    address: str
    start: int = 0
    end: int = 0
    footnote: int | None = None


def change_targets(comparison: Comparison) -> list[Target | None]:
    """One target per ``comparison.changes`` entry; None where the page has no such place
    (annexes, which the page does not number, and footnotes that no paragraph references)."""
    return [_target(change, comparison.paragraphs) for change in comparison.changes]


def _target(change: Change, diffs: list[ParagraphDiff]) -> Target | None:
    if change.kind in _HEADER_ADDRESSES:
        return Target(_HEADER_ADDRESSES[change.kind])
    if change.kind.value.startswith("annex"):
        return None
    if change.kind is ChangeKind.DELETED:
        return _where_deleted(change.base_address, diffs)
    if change.new_address is None:
        return None
    if change.kind in (ChangeKind.FOOTNOTE_INSERTED, ChangeKind.FOOTNOTE_CHANGED):
        return Target(change.new_address, footnote=change.new_footnote)
    if change.kind in (ChangeKind.CHANGED, ChangeKind.MOVED):
        for diff in diffs:
            if diff.kind in ("changed", "moved", "equal") and diff.new is not None \
                    and diff.new.address == change.new_address:
                return Target(change.new_address, *first_edit_span(diff))
    return Target(change.new_address)


def _where_deleted(address: str | None, diffs: list[ParagraphDiff]) -> Target | None:
    """The paragraph of the new text that now stands where ``address`` was deleted."""
    for index, diff in enumerate(diffs):
        if diff.kind != "deleted" or diff.base is None or diff.base.address != address:
            continue
        after = [d for d in diffs[index + 1:] if d.kind in _IN_NEW_TEXT and d.new is not None]
        before = [d for d in diffs[:index] if d.kind in _IN_NEW_TEXT and d.new is not None]
        neighbour = after[0] if after else before[-1] if before else None
        return Target(neighbour.new.address) if neighbour is not None and neighbour.new else None
    return None


def first_edit_span(diff: ParagraphDiff) -> tuple[int, int]:
    """(start, end) in the new paragraph's text of the first inserted words, or the
    empty span where the first deletion was; (0, 0) for a paragraph without edits.

    Relies on the segments' invariant: equal and inserted segments joined give the
    new text, so their lengths are offsets in it."""
    offset = 0
    for index, segment in enumerate(diff.segments):
        if segment.op == "delete":
            following = diff.segments[index + 1] if index + 1 < len(diff.segments) else None
            if following is not None and following.op == "insert":
                continue  # a replacement: select the words that replaced it
            return offset, offset
        if segment.op == "insert":
            stripped = segment.text.strip()
            start = offset + (segment.text.find(stripped) if stripped else 0)
            return start, start + len(stripped)
        offset += len(segment.text)
    return 0, 0
