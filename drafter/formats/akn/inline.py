"""The inline content of one AKN paragraph: words, the italic opener, footnote marks.

A paragraph's text is written as it stands in the model; the italic opener becomes
``<span class="italic">``, each footnote reference an ``<authorialNote>`` holding the
note's text at the reference's offset, and a line break inside a paragraph an
``<eol/>`` — the way the UN's files mark them and the way :mod:`render` reads them.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from drafter.core.model import FootnoteRef
from drafter.formats.akn.names import akn


def append_text(parent: etree._Element, text: str) -> None:
    """Text at the end of ``parent``; each line end becomes an ``<eol/>``."""
    for index, line in enumerate(text.split("\n")):
        if index:
            etree.SubElement(parent, akn("eol"))
        if not line:
            continue
        if len(parent):
            parent[-1].tail = (parent[-1].tail or "") + line
        else:
            parent.text = (parent.text or "") + line


def fill(
    p: etree._Element,
    text: str,
    italic: tuple[int, int] | None,
    refs: list[FootnoteRef],
    note: Callable[[etree._Element, FootnoteRef], None],
) -> None:
    """Write ``text`` into ``p`` with the italic range and the notes ``note`` adds at each ref."""
    offsets = sorted({min(max(0, ref.offset), len(text)) for ref in refs})
    if italic is not None:
        start, end = italic
        end = min([end] + [o for o in offsets if start < o < end])  # a mark inside ends the italics
        italic = (start, end) if end > start else None
    cuts = sorted({0, len(text), *offsets, *(italic or ())})
    by_offset = sorted(refs, key=lambda ref: ref.offset)
    position = 0
    for cut in cuts:
        if cut > position:
            piece = text[position:cut]
            if italic is not None and position == italic[0]:
                span = etree.SubElement(p, akn("span"), {"class": "italic"})
                append_text(span, piece)
            else:
                append_text(p, piece)
            position = cut
        for ref in by_offset:
            if min(max(0, ref.offset), len(text)) == cut:
                note(p, ref)
        by_offset = [ref for ref in by_offset if min(max(0, ref.offset), len(text)) != cut]
