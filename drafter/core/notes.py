"""Where a resolution's footnotes are referenced from, and which ones nothing references.

A footnote can be marked from a body paragraph (``Paragraph.footnote_refs``) or from
any other text of the resolution (``Resolution.note_anchors``): the title, a cover
line, a closing line, an annex title or paragraph, a table cell. Readers, the
exporter, the native save and the editor all need the same answers to "which text
does this place name" and "which notes are referenced from nowhere", so they are
answered here, once.
"""

from __future__ import annotations

import re
from dataclasses import fields

from drafter.core.model import Footnote, FootnoteRef, Metadata, NoteAnchor, Resolution

_META_FIELDS = {f.name for f in fields(Metadata) if f.type in ("str", str)}
_PLACE = re.compile(r"^(META|CLOSING|ANNEX(\d+)|COVER|TABLE(\d+)):(.+)$")


def meta_place(field_name: str) -> str:
    return f"META:{field_name}"


def closing_place(index: int) -> str:
    """Closing line ``index`` (0-based in the list, 1-based in the name)."""
    return f"CLOSING:{index + 1}"


def annex_place(annex: int, paragraph: int | None) -> str:
    """Annex ``annex`` (0-based), its title (paragraph None) or paragraph (0-based)."""
    return f"ANNEX{annex + 1}:{'title' if paragraph is None else paragraph + 1}"


def cover_place(index: int) -> str:
    return f"COVER:{index + 1}"


def lines_after_title(resolution: Resolution) -> list[int]:
    """The indexes of the cover lines between the title and the formula: a part's letter
    ("B", with its mark "B1" in a typed text) under "75/245. United Nations common system"."""
    title = "".join(resolution.meta.title.split())
    if not title:
        return []
    lines = resolution.heading_lines
    at = next((i for i in range(len(lines) - 1, -1, -1) if "".join(lines[i].split()).endswith(title)), None)
    return [] if at is None else [i for i in range(at + 1, len(lines)) if lines[i].strip()]


def place_text(resolution: Resolution, place: str) -> str | None:
    """The text a place (or a body address, "OP5") names, None when the resolution has none."""
    found = _PLACE.match(place)
    if found is None:
        paragraph = resolution.find(place) if place else None
        return paragraph.text if paragraph is not None else None
    kind, rest = found.group(1), found.group(4)
    if kind == "META":
        return getattr(resolution.meta, rest) if rest in _META_FIELDS else None
    if kind.startswith("TABLE"):
        return None  # table cells keep their marks in Table.cell_refs
    if not rest.isdigit() and not (kind.startswith("ANNEX") and rest == "title"):
        return None
    if kind == "CLOSING":
        return _item(resolution.closing, int(rest))
    if kind == "COVER":
        return _item(resolution.heading_lines, int(rest))
    annex = _item(resolution.annexes, int(found.group(2)))
    if annex is None:
        return None
    return annex.title if rest == "title" else _item(annex.paragraphs, int(rest))


def _item(items: list, number: int):  # a 1-based lookup in any list
    return items[number - 1] if 1 <= number <= len(items) else None


def anchors_at(resolution: Resolution, place: str) -> list[FootnoteRef]:
    """The marks in one place as references, in text order."""
    refs = [FootnoteRef(a.number, a.offset) for a in resolution.note_anchors if a.place == place]
    return sorted(refs, key=lambda r: r.offset)


def referenced_numbers(resolution: Resolution) -> set[int]:
    """Numbers of the footnotes marked from anywhere (body, anchors, table cells)."""
    numbers = {ref.number for p in resolution.paragraphs for ref in p.footnote_refs}
    numbers |= {anchor.number for anchor in resolution.note_anchors}
    for table in resolution.tables:
        numbers |= {ref.number for refs in table.cell_refs.values() for ref in refs}
    return numbers


def unreferenced_notes(resolution: Resolution) -> list[Footnote]:
    """Footnotes nothing marks (kept, never dropped: see the exporter's notices)."""
    marked = referenced_numbers(resolution)
    return [note for note in resolution.footnotes if note.number not in marked]


def add_anchors(resolution: Resolution, place: str, refs: list[FootnoteRef]) -> None:
    resolution.note_anchors.extend(NoteAnchor(place, ref.number, ref.offset) for ref in refs)
