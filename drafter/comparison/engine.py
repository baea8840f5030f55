"""Building a :class:`Comparison` of two resolutions: paragraphs, then their footnotes.

Footnotes travel with the paragraph that references them: the footnotes of two
matched paragraphs are matched with each other (by content, so renumbering is no
change), those of an inserted paragraph are inserted with it, those of a deleted
one deleted. Footnotes that no paragraph references (a reader could not place the
mark) are compared on their own so that no change goes unreported.
"""

from __future__ import annotations

from drafter.comparison.annexes import compare_annexes, describe_annexes
from drafter.comparison.describe import describe
from drafter.comparison.diff import Segment, diff_text
from drafter.comparison.matching import Match, align
from drafter.comparison.model import Comparison, FootnoteDiff, ParagraphDiff, Piece
from drafter.core.model import Footnote, Paragraph, Resolution, assign_addresses


def build_comparison(base: Resolution, new: Resolution, language: str = "en") -> Comparison:
    """The full alignment of ``base`` and ``new`` and the list of changes, described in
    ``language`` (the interface's, or the document's for the command line)."""
    for resolution in (base, new):
        if any(not p.address for p in resolution.paragraphs):
            assign_addresses(resolution.paragraphs)
    base_notes = _footnotes_by_number(base)
    new_notes = _footnotes_by_number(new)
    matches = align([p.text for p in base.paragraphs], [p.text for p in new.paragraphs])
    diffs = [_paragraph_diff(m, base, new, base_notes, new_notes) for m in matches]
    loose = _loose_footnotes(base, new, base_notes, new_notes)
    comparison = Comparison(base, new, diffs, [], loose, compare_annexes(base, new))
    comparison.changes = (describe(comparison, language)
                          + describe_annexes(comparison.annexes, language, new.meta.language))
    return comparison


def _footnotes_by_number(resolution: Resolution) -> dict[int, Footnote]:
    notes: dict[int, Footnote] = {}
    for note in resolution.footnotes:
        notes.setdefault(note.number, note)
    return notes


def _notes_of(paragraph: Paragraph | None, notes: dict[int, Footnote]) -> list[Footnote]:
    if paragraph is None:
        return []
    found = [notes[ref.number] for ref in paragraph.footnote_refs if ref.number in notes]
    return list({id(note): note for note in found}.values())


def _paragraph_diff(
    match: Match, base: Resolution, new: Resolution,
    base_notes: dict[int, Footnote], new_notes: dict[int, Footnote],
) -> ParagraphDiff:
    old = base.paragraphs[match.base] if match.base is not None else None
    now = new.paragraphs[match.new] if match.new is not None else None
    if match.kind == "deleted" and now is not None:
        # the old place of a moved paragraph: shown deleted, described at its new place
        notes = [FootnoteDiff("deleted", n, None, []) for n in _notes_of(old, base_notes)]
        assert old is not None
        return ParagraphDiff("moved_from", old, now, match.similarity,
                             _whole(old, "delete", notes), notes)
    if match.kind == "deleted":
        assert old is not None
        notes = [FootnoteDiff("deleted", n, None, []) for n in _notes_of(old, base_notes)]
        return ParagraphDiff("deleted", old, None, 0.0, _whole(old, "delete", notes), notes)
    assert now is not None
    if match.kind == "inserted":
        notes = [FootnoteDiff("inserted", None, n, []) for n in _notes_of(now, new_notes)]
        return ParagraphDiff("inserted", None, now, 0.0, _whole(now, "insert", notes), notes)
    notes = _match_footnotes(_notes_of(old, base_notes), _notes_of(now, new_notes))
    assert old is not None
    segments = (
        [Segment("equal", now.text)] if match.similarity == 1.0 and match.kind == "equal"
        else diff_text(old.text, now.text)
    )
    if match.kind == "moved":
        shown = [FootnoteDiff("inserted", None, n.new, []) for n in notes if n.new is not None]
        return ParagraphDiff("moved", old, now, match.similarity, _whole(now, "insert", shown), notes,
                             segments)
    kind = "equal" if all(s.op == "equal" for s in segments) else "changed"
    return ParagraphDiff(kind, old, now, match.similarity, _interleave(segments, old, now, notes), notes,
                         segments)


def _match_footnotes(old: list[Footnote], now: list[Footnote]) -> list[FootnoteDiff]:
    out: list[FootnoteDiff] = []
    for match in align([n.text for n in old], [n.text for n in now]):
        if match.kind == "deleted" and match.new is not None:
            continue  # the old place of a note moved within the paragraph: matched below
        if match.kind == "deleted":
            out.append(FootnoteDiff("deleted", old[match.base or 0], None, []))
        elif match.kind == "inserted":
            out.append(FootnoteDiff("inserted", None, now[match.new or 0], []))
        else:
            a, b = old[match.base or 0], now[match.new or 0]
            segments = diff_text(a.text, b.text)
            kind = "equal" if all(s.op == "equal" for s in segments) else "changed"
            out.append(FootnoteDiff(kind, a, b, segments))
    return out


def _whole(paragraph: Paragraph, op: str, notes: list[FootnoteDiff]) -> list[Piece]:
    """A paragraph shown entirely inserted or deleted, its footnote marks in place."""
    by_number = {
        (n.new if op == "insert" else n.base).number: n  # type: ignore[union-attr]
        for n in notes
    }
    pieces: list[Piece] = []
    cursor = 0
    for ref in sorted(paragraph.footnote_refs, key=lambda r: r.offset):
        note = by_number.pop(ref.number, None)
        if note is None:
            continue
        offset = min(max(ref.offset, cursor), len(paragraph.text))
        if offset > cursor:
            pieces.append(Piece(op, paragraph.text[cursor:offset]))
        pieces.append(Piece(op, footnote=note))
        cursor = offset
    if cursor < len(paragraph.text) or not pieces:
        pieces.append(Piece(op, paragraph.text[cursor:]))
    return pieces


def _interleave(
    segments: list[Segment], old: Paragraph, now: Paragraph, notes: list[FootnoteDiff]
) -> list[Piece]:
    """Text segments with footnote marks placed so that both views keep their order.

    A note kept in both texts is placed once, where the new text has it. When the
    text around it was rearranged so much that this would change the order of the
    base text's notes (or the new text's), every kept note of the paragraph is shown
    instead as deleted at its base place and inserted at its new place.
    """
    pieces = _place_marks(segments, old, now, notes)
    if _orders_kept(pieces, old, now):
        return pieces
    split: list[FootnoteDiff] = []
    for note in notes:
        if note.base is not None and note.new is not None:
            split.append(FootnoteDiff("deleted", note.base, None, []))
            split.append(FootnoteDiff("inserted", None, note.new, []))
        else:
            split.append(note)
    return _place_marks(segments, old, now, split)


def _orders_kept(pieces: list[Piece], old: Paragraph, now: Paragraph) -> bool:
    """Do the marks read in the base order when rejecting, in the new order when accepting?"""
    base_order = [r.number for r in sorted(old.footnote_refs, key=lambda r: r.offset)]
    new_order = [r.number for r in sorted(now.footnote_refs, key=lambda r: r.offset)]
    rejected = [p.footnote.base.number for p in pieces
                if p.footnote is not None and p.op != "insert" and p.footnote.base is not None]
    accepted = [p.footnote.new.number for p in pieces
                if p.footnote is not None and p.op != "delete" and p.footnote.new is not None]
    return (rejected == [n for n in base_order if n in rejected]
            and accepted == [n for n in new_order if n in accepted])


def _place_marks(
    segments: list[Segment], old: Paragraph, now: Paragraph, notes: list[FootnoteDiff]
) -> list[Piece]:
    """Kept/inserted marks at their offset in the new text, deleted marks at their
    offset in the base text."""
    new_offset = {ref.number: ref.offset for ref in now.footnote_refs}
    base_offset = {ref.number: ref.offset for ref in old.footnote_refs}
    # (side, offset, note): side "new" counts equal+insert text, "base" equal+delete
    marks: list[tuple[str, int, FootnoteDiff]] = []
    for note in notes:
        if note.new is not None:
            marks.append(("new", new_offset.get(note.new.number, len(now.text)), note))
        elif note.base is not None:
            marks.append(("base", base_offset.get(note.base.number, len(old.text)), note))
    pieces: list[Piece] = []
    position = {"new": 0, "base": 0}  # where each side's text stands before the segment
    pending = sorted(marks, key=lambda m: m[1])
    for segment in segments:
        sides = _SIDES[segment.op]
        text = segment.text
        start = 0
        while True:
            # the first pending mark inside this segment, on a side the segment belongs to
            inside = [(offset - position[side], side, offset, note) for side, offset, note in pending
                      if side in sides and start <= offset - position[side] < len(text)]
            if not inside:
                break
            cut, side, offset, note = min(inside, key=lambda item: item[0])
            if cut > start:
                pieces.append(Piece(segment.op, text[start:cut]))
            pieces.append(Piece(_MARK_OP[note.kind], footnote=note))
            pending.remove((side, offset, note))
            start = cut
        if start < len(text):
            pieces.append(Piece(segment.op, text[start:]))
        for side in sides:
            position[side] += len(text)
    # marks at the very end of the text
    pieces.extend(Piece(_MARK_OP[note.kind], footnote=note) for _, _, note in pending)
    return pieces


# Which texts a segment belongs to, and how a footnote mark is shown.
_SIDES = {"equal": ("new", "base"), "insert": ("new",), "delete": ("base",)}
_MARK_OP = {"deleted": "delete", "inserted": "insert", "equal": "equal", "changed": "equal",
            "moved": "equal"}


def _loose_footnotes(
    base: Resolution, new: Resolution,
    base_notes: dict[int, Footnote], new_notes: dict[int, Footnote],
) -> list[FootnoteDiff]:
    referenced_base = {r.number for p in base.paragraphs for r in p.footnote_refs}
    referenced_new = {r.number for p in new.paragraphs for r in p.footnote_refs}
    old = [n for num, n in base_notes.items() if num not in referenced_base]
    now = [n for num, n in new_notes.items() if num not in referenced_new]
    if not old and not now:
        return []
    return _match_footnotes(old, now)
