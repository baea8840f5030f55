"""A negotiation draft in Word, laid out like a compilation text.

Negotiators read a compilation: every preambular and operative paragraph led by its
address ("PP2 bis", "OP5", "OP3 alt"), brackets and attributions where they were typed,
and each paragraph's status after it, "(agreed ad ref)", on a shaded paragraph mark so
that the agreed paragraphs stand out when the pages are scanned. The status and the
facilitator's notes are written as text, so reading the file back gives the same draft.
A clean text (``drafter export --final``) never comes here: it has no markup left.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from drafter.core.model import Paragraph, ParagraphKind, Resolution
from drafter.core.negotiation import AGREED, AGREED_AD_REF, option_count, resolve
from drafter.core.negotiation_state import is_negotiation_draft
from drafter.formats.docx.ooxml.xml import make, prop, set_ppr, set_rpr, w

# Light green for agreed, light yellow for agreed ad ref (Word's highlight palette).
_FILLS = {AGREED: "C6EFCE", AGREED_AD_REF: "FFF2CC"}
_NOTE = "Facilitator's note"


def negotiation_labels(resolution: Resolution, labels: list[str | None]) -> list[str | None]:
    """Compilation labels ("PP2 bis", "OP5") in a negotiation draft, ``labels`` otherwise."""
    if not is_negotiation_draft(resolution):
        return labels
    numbered = (ParagraphKind.PREAMBULAR, ParagraphKind.OPERATIVE)
    return [
        p.address if p.kind in numbered else label
        for p, label in zip(resolution.paragraphs, labels, strict=True)
    ]


def status_tail(paragraph: Paragraph) -> str:
    """" (Facilitator's note: …) (agreed ad ref)": what follows the words, as typed marks."""
    tail = "".join(f" ({_NOTE}: {note})" for note in paragraph.notes)
    return f"{tail} ({paragraph.status})" if paragraph.status else tail


def shade_status(element: etree._Element, run: etree._Element | None, status: str) -> None:
    """Shade the status run and the paragraph mark in the status's colour."""
    fill = _FILLS.get(status)
    if fill is None:
        return
    shading = {"val": "clear", "color": "auto", "fill": fill}
    if run is not None:
        set_rpr(run, prop("shd", **shading))
    mark = make(w("rPr"))
    mark.append(prop("shd", **shading))
    set_ppr(element, mark)


def italics_of_options(text: str, opener: Callable[[str], list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The opener's italics in every alternative ("[*Urges*][*Encourages*] States"), found
    on each resolved version of the text and mapped back inside the brackets."""
    spans: set[tuple[int, int]] = set()
    for choice in range(option_count(text)):
        view = resolve(text, choice)
        for start, end in opener(view.text):
            if end > start:
                spans.add((view.origin[start], view.origin[end - 1] + 1))
    return sorted(spans)
