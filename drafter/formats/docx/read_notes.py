"""Footnote texts from ``footnotes.xml``, keyed by the id their references use.

Word's ids are arbitrary (they need not start at 1, LibreOffice renumbers them,
deleted notes leave gaps) and the structural notes ``separator``,
``continuationSeparator`` and ``continuationNotice`` are not footnotes at all; the
number a reader sees comes from the order of the references in the body, which
the document reader assigns.
"""

from __future__ import annotations

from lxml import etree

from drafter.formats.docx.read_text import ParagraphReader

_STRUCTURAL = {"separator", "continuationSeparator", "continuationNotice"}


def read_footnotes(root: etree._Element | None, reader: ParagraphReader) -> tuple[dict[str, str], bool]:
    """({id: text}, whether tracked changes were accepted) for the real notes of a footnotes part."""
    notes: dict[str, str] = {}
    tracked = False
    if root is None:
        return notes, tracked
    q = reader.q
    for note in root.iter(f"{q}footnote"):
        if note.get(f"{q}type") in _STRUCTURAL:
            continue
        note_id = (note.get(f"{q}id") or "").strip()
        if not note_id or note_id in notes:
            continue
        lines = []
        for paragraph in note.iter(f"{q}p"):
            content = reader.read(paragraph)
            tracked = tracked or content.tracked
            line = content.text.strip()
            if line:
                lines.append(line)
        notes[note_id] = "\n".join(lines)
    return notes, tracked
