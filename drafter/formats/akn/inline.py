"""The inline content of one AKN paragraph: words, the italic opener, footnote marks.

A paragraph's text is written as it stands in the model; the italic opener becomes
``<span class="italic">``, each footnote reference an ``<authorialNote>`` holding the
note's text at the reference's offset, and a line break inside a paragraph an
``<eol/>`` — the way the UN's files mark them and the way :mod:`render` reads them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from drafter.core.model import FootnoteRef
from drafter.formats.akn.names import akn

# Characters XML 1.0 cannot carry (C0 controls but tab, line feed and carriage return,
# lone surrogates, U+FFFE/U+FFFF): a form feed or vertical tab left by PDF or Word
# becomes a space, the rest is dropped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _replacement(found: re.Match[str]) -> str:
    return " " if found.group() in "\x0b\x0c" else ""


def xml_text(text: str) -> str:
    """``text`` with what XML 1.0 cannot hold replaced or dropped."""
    return _NOT_XML.sub(_replacement, text) if _NOT_XML.search(text) else text


def append_text(parent: etree._Element, text: str) -> None:
    """Text at the end of ``parent``; each line end becomes an ``<eol/>``."""
    for index, line in enumerate(xml_text(text).split("\n")):
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
