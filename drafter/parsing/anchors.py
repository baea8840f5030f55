"""Footnote marks outside the body paragraphs, kept as :class:`NoteAnchor` s.

Structure recovery turns cover lines into metadata, closing blocks into closing
lines and the rest into annexes; each of those steps rewrites the text a little
(whitespace folded, "70/1." taken off the title). A mark's offset is carried from
the block it was found in to the text the model keeps by counting the
non-space characters before it, which survives any such folding.
"""

from __future__ import annotations

from dataclasses import replace

from drafter.core.model import FootnoteRef, Resolution, Table
from drafter.core.notes import (
    add_anchors,
    annex_place,
    closing_place,
    cover_place,
    lines_after_title,
    meta_place,
    place_text,
)
from drafter.parsing.blocks import SourceBlock, SourceTable
from drafter.parsing.footnotes import take_marks, take_star_marks

# Cover fields a mark can stand on, most specific first (the title is the usual one).
_COVER_FIELDS = ("title", "agenda_title", "adoption_basis", "agenda_item", "session", "symbol", "date")


def _solid(text: str) -> str:
    return "".join(text.split())


def relocate(offset: int, source: str, target: str) -> int | None:
    """The offset in ``target`` of a mark at ``offset`` in ``source`` (None: not there).

    ``target`` must be ``source`` or a part of it with its whitespace changed.
    """
    solid_source, solid_target = _solid(source), _solid(target)
    if not solid_target:
        return None
    start = solid_source.find(solid_target)
    if start < 0:
        return None
    before = source[:offset]
    wanted = len(_solid(before)) - start
    if wanted < 0 or wanted > len(solid_target):
        return None
    spaces = len(before) - len(before.rstrip())  # an offset after a space stays after it
    seen = 0
    for position, char in enumerate(target):
        if seen == wanted:
            while spaces and position < len(target) and target[position].isspace():
                position += 1
                spaces -= 1
            return position
        if not char.isspace():
            seen += 1
    return len(target.rstrip())


def _move(refs: list[FootnoteRef], source: str, target: str) -> list[FootnoteRef] | None:
    moved = []
    for ref in refs:
        offset = relocate(ref.offset, source, target)
        if offset is None:
            return None
        moved.append(FootnoteRef(ref.number, offset, ref.styled))
    return moved


def anchor_cover_marks(resolution: Resolution, cover: list[SourceBlock]) -> None:
    """Marks in cover blocks (Word): on the metadata field the block became, else on the line."""
    meta = resolution.meta
    for block in cover:
        if not block.footnote_refs:
            continue
        for name in _COVER_FIELDS:
            moved = _move(block.footnote_refs, block.text, getattr(meta, name))
            if moved is not None:
                add_anchors(resolution, meta_place(name), moved)
                break
        else:
            index = _line_index(resolution.heading_lines, block.text)
            line = resolution.heading_lines[index] if index >= 0 else ""
            moved = _move(block.footnote_refs, block.text, line) if line else None
            if moved is not None:
                add_anchors(resolution, cover_place(index), moved)


def _line_index(lines: list[str], text: str) -> int:
    wanted = _solid(text)
    return next((i for i, line in enumerate(lines) if _solid(line) == wanted), -1)


def anchor_closing_and_annex_marks(
    resolution: Resolution, closing: list[SourceBlock], annex_blocks: list[SourceBlock]
) -> None:
    """Marks in closing blocks and annex blocks (Word), onto the lines the model kept."""
    for index, block in enumerate(closing):
        if block.footnote_refs and index < len(resolution.closing):
            moved = _move(block.footnote_refs, block.text, resolution.closing[index])
            if moved is not None:
                add_anchors(resolution, closing_place(index), moved)
    for block, place, text in _annex_blocks(resolution, annex_blocks):
        if block.footnote_refs:
            moved = _move(block.footnote_refs, block.text, text)
            if moved is not None:
                add_anchors(resolution, place, moved)


def line_places(
    resolution: Resolution,
    cover: list[SourceBlock],
    closing: list[SourceBlock],
    annex_blocks: list[SourceBlock],
) -> dict[int, str]:
    """Source line -> the place of the model text that block became (body, cover, closing, annex)."""
    places = {p.source_line: p.address for p in resolution.paragraphs if p.source_line}
    for block in cover:
        index = _line_index(resolution.heading_lines, block.text)
        if index >= 0:
            places.setdefault(block.line, cover_place(index))
    places.update({block.line: closing_place(i) for i, block in enumerate(closing)})
    places.update({block.line: place for block, place, _ in _annex_blocks(resolution, annex_blocks)})
    return places


def place_tables(resolution: Resolution, tables: list[SourceTable], places: dict[int, str]) -> None:
    """Each table a reader kept, placed after the model text its preceding block became."""
    for source in tables:
        after = places.get(source.after_line, "BODY")
        resolution.tables.append(Table(after, [list(row) for row in source.rows], dict(source.cell_refs)))


def place_comments_and_revisions(
    resolution: Resolution, blocks: list[SourceBlock], places: dict[int, str]
) -> None:
    """Comments and tracked changes of the blocks, onto the texts the blocks became.

    One that no model text holds (a block recovery merged away) is said in a reader note.
    """
    for block in blocks:
        if not block.comments and not block.revisions:
            continue
        place = places.get(block.line, "")
        text = place_text(resolution, place)
        if text is None:
            count = len(block.comments) + len(block.revisions)
            resolution.reader_notes.append(
                f"{count} comment(s) or tracked change(s) on “{_clip(block.text)}” could not be kept in place"
            )
            continue
        for comment in block.comments:
            start, end = _moved(comment.start, block.text, text), _moved(comment.end, block.text, text)
            resolution.comments.append(replace(comment, place=place, start=start, end=max(start, end)))
        for revision in block.revisions:
            start, end = _moved(revision.start, block.text, text), _moved(revision.end, block.text, text)
            resolution.revisions.append(replace(revision, place=place, start=start, end=max(start, end)))


def _moved(offset: int, source: str, target: str) -> int:
    """An offset carried from a block's text to its model text; one in a removed label goes to 0."""
    moved = relocate(offset, source, target)
    if moved is not None:
        return moved
    return 0 if len(_solid(source[:offset])) <= len(_solid(source)) - len(_solid(target)) else len(target)


def _clip(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _annex_blocks(resolution: Resolution, blocks: list[SourceBlock]) -> list[tuple[SourceBlock, str, str]]:
    """(block, place, model text) of the blocks recovery made annex titles and paragraphs of."""
    kept = [b for b in blocks if any(ch.isalnum() for ch in b.text)]  # as recovery's _annexes
    return [(b, place, text) for b, (place, text) in zip(kept, _annex_places(resolution), strict=False)]


def _annex_places(resolution: Resolution) -> list[tuple[str, str]]:
    out = []
    for number, annex in enumerate(resolution.annexes):
        out.append((annex_place(number, None), annex.title))
        out += [(annex_place(number, i), text) for i, text in enumerate(annex.paragraphs)]
    return out


def take_typed_marks(resolution: Resolution, detached: bool, stars: dict[str, int],
                     decimal_comma: bool = True) -> None:
    """Move typed footnote marks out of every text of a plain-text resolution.

    The texts are taken in reading order (title, body, closing lines, annexes) because
    marks are chosen as the heaviest set whose numbers increase through the text.
    """
    places: list[str | None] = [meta_place("title")]
    texts = [resolution.meta.title]
    for index in lines_after_title(resolution):
        places.append(cover_place(index))
        texts.append(resolution.heading_lines[index])
    places += [None] * len(resolution.paragraphs)
    texts += [p.text for p in resolution.paragraphs]
    places += [closing_place(i) for i in range(len(resolution.closing))]
    texts += list(resolution.closing)
    for place, text in _annex_places(resolution):
        places.append(place)
        texts.append(text)
    numbered = [f.number for f in resolution.footnotes if f.number not in stars.values()]
    results = take_marks(texts, numbered, detached=detached, decimal_comma=decimal_comma)
    if stars:
        results = [take_star_marks(text, refs, stars) for text, refs in results]
    body = iter(resolution.paragraphs)
    for place, (text, refs) in zip(places, results, strict=True):
        if place is None:
            paragraph = next(body)
            if refs:
                paragraph.text = text
                paragraph.footnote_refs = sorted(paragraph.footnote_refs + refs, key=lambda r: r.offset)
            continue
        if refs:
            _set_place_text(resolution, place, text)
            add_anchors(resolution, place, refs)


def _set_place_text(resolution: Resolution, place: str, text: str) -> None:
    kind, _, rest = place.partition(":")
    if kind == "META":
        setattr(resolution.meta, rest, text)
    elif kind == "COVER":
        resolution.heading_lines[int(rest) - 1] = text
    elif kind == "CLOSING":
        resolution.closing[int(rest) - 1] = text
    else:
        annex = resolution.annexes[int(kind.removeprefix("ANNEX")) - 1]
        if rest == "title":
            annex.title = text
        else:
            annex.paragraphs[int(rest) - 1] = text
