"""What a resolution says, independent of how one reader or writer numbered it.

"Nothing lost" is judged on this: two resolutions have the same content when they
have the same paragraphs (kind, level, words, and which note each mark points to),
the same footnote texts marked from the same places, the same unmarked notes, the
same closing lines, annexes, tables and metadata. Footnote *numbers* are left out
on purpose: a text file keeps the numbers it printed, Word numbers notes by the order
of their marks, and an unmarked note has no printed number at all — the note's text
is what must survive. Formatting facts a reader attaches (italic ranges, typed labels,
source lines) are not content either.
"""

from __future__ import annotations

from dataclasses import astuple
from typing import Any

from drafter.core.model import FootnoteRef, Resolution
from drafter.core.notes import place_text, referenced_numbers

# Metadata fields a reader fills from the page; the others are settings or derived.
CONTENT_FIELDS = (
    "organ", "language", "symbol", "status", "session", "agenda_item", "agenda_title", "title",
    "number", "committee", "sponsors", "distribution", "date", "adoption_date", "adoption_basis",
    "meeting", "reissued", "job_number", "release_date",
)


def _marks(refs: list[FootnoteRef], notes: dict[int, str]) -> list[tuple[int, str]]:
    return sorted((ref.offset, notes.get(ref.number, "")) for ref in refs)


def _place(resolution: Resolution, place: str) -> str:
    """A mark's place; a cover line's by its words, not its index: a writer may compose the
    masthead with more or fewer lines ("B" under the title is the same line either way)."""
    if place.startswith("COVER:"):
        return f"COVER:{(place_text(resolution, place) or '').strip()}"
    return place


def content(resolution: Resolution) -> dict[str, Any]:
    """A plain-data view of everything that must survive a round trip (see the module doc)."""
    notes = {note.number: note.text for note in resolution.footnotes}
    marked = referenced_numbers(resolution)
    return {
        "meta": {name: getattr(resolution.meta, name) for name in CONTENT_FIELDS},
        "formula": resolution.formula,
        "paragraphs": [
            (str(p.kind), p.level, p.text, _marks(p.footnote_refs, notes)) for p in resolution.paragraphs
        ],
        "anchors": sorted((_place(resolution, a.place), a.offset, notes.get(a.number, ""))
                          for a in resolution.note_anchors),
        "unmarked_notes": sorted(note.text for note in resolution.footnotes if note.number not in marked),
        "closing": list(resolution.closing),
        "annexes": [(annex.title, list(annex.paragraphs), annex.embedded) for annex in resolution.annexes],
        "comments": sorted(astuple(comment) for comment in resolution.comments),
        "revisions": sorted(astuple(revision) for revision in resolution.revisions),
        "tables": [
            (table.after, table.rows, sorted((k, _marks(v, notes)) for k, v in table.cell_refs.items()))
            for table in resolution.tables
        ],
    }


def differences(before: Resolution, after: Resolution) -> list[str]:
    """One line per part whose content differs (empty: nothing lost, nothing added)."""
    old, new = content(before), content(after)
    out = []
    for key in old:
        if key == "meta":
            out += [
                f"meta.{name}: {old['meta'][name]!r} -> {new['meta'][name]!r}"
                for name in CONTENT_FIELDS if old["meta"][name] != new["meta"][name]
            ]
        elif old[key] != new[key]:
            out.append(f"{key}: {_first_change(old[key], new[key])}")
    return out


def _first_change(old: Any, new: Any) -> str:
    if isinstance(old, list) and isinstance(new, list):
        for index, (a, b) in enumerate(zip(old, new, strict=False)):
            if a != b:
                return f"item {index + 1}: {a!r:.200} -> {b!r:.200}"
        return f"{len(old)} items -> {len(new)} items"
    return f"{old!r:.200} -> {new!r:.200}"
