"""Footnote marks and footnote texts: one to one, numbered in the order of their marks.

Marks are not part of a paragraph's text (``Paragraph.footnote_refs`` keeps their
offsets), so a diagnostic about a mark spans the word the mark is attached to.
Marks outside the body (the title, a part's letter under it, closing lines, annexes,
table cells) are anchors: a footnote they mark is referenced. Their order is not checked
against the body's: the editor numbers the notes of cover lines it does not show after
the page's. An annex's marks may still be missed where its text was kept
verbatim, so unreferenced footnotes are a warning, and footnotes numbered after the
body's last mark are not reported at all when the resolution has annexes.
"""

from __future__ import annotations

from drafter.checks.structure.context import StructureContext
from drafter.core.model import FootnoteRef, Paragraph
from drafter.core.notes import referenced_numbers


def _mark_span(paragraph: Paragraph, ref: FootnoteRef) -> tuple[int, int]:
    """The word (with its punctuation) the mark stands after."""
    offset = max(0, min(ref.offset, len(paragraph.text)))
    window = max(0, offset - 80)  # a word is shorter than this; searching further is waste
    # Same span as the regex r"\S+\s*$" searched in text[window:offset], without
    # the regex retrying at every start in the window (it was a hotspot).
    stripped = paragraph.text[window:offset].rstrip()
    if not stripped:
        return offset, offset
    end = window + len(stripped)
    return end - len(stripped.rsplit(None, 1)[-1]), end


def check_footnotes(context: StructureContext) -> None:
    resolution = context.resolution
    texts = {footnote.number for footnote in resolution.footnotes}
    referenced: set[int] = set()
    highest = 0
    for paragraph in resolution.paragraphs:
        for ref in sorted(paragraph.footnote_refs, key=lambda r: r.offset):
            start, end = _mark_span(paragraph, ref)
            if ref.number not in texts:
                context.report(
                    "footnote-orphan-marker", paragraph.address, start, end,
                    data={"number": ref.number}, number=ref.number,
                )
            if ref.number not in referenced:
                # A new footnote may not take a number below one already used. Skipped
                # numbers are left to footnote-unreferenced: a reader that missed a mark
                # must not turn every later footnote into an error.
                if ref.number < highest:
                    context.report(
                        "footnote-order", paragraph.address, start, end,
                        data={"found": ref.number, "expected": highest + 1},
                        found=ref.number, expected=highest + 1,
                    )
                referenced.add(ref.number)
                highest = max(highest, ref.number)
    marked = referenced_numbers(resolution)  # the body's marks and the anchors' (title, annexes, cells)
    for footnote in resolution.footnotes:
        if footnote.number in marked:
            continue
        if resolution.annexes and footnote.number > highest:
            continue  # most likely called from the annex, whose marks are not tracked
        context.report(
            "footnote-unreferenced", f"FN{footnote.number}", 0, len(footnote.text),
            data={"number": footnote.number}, number=footnote.number,
        )
