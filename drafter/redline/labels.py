"""The printed label of each paragraph ("5.", "(b)", "b)", a dash), as the UN-layout
export writes it, for both texts of a comparison.

The export writes labels as literal text, so in a redline a paragraph whose number
changed must have its label tracked too ("5." deleted, "6." inserted): otherwise
rejecting all changes would not give back the base numbering. The list of changes
still ignores renumbering.
"""

from __future__ import annotations

from drafter.core.labels import paragraph_labels as _printed
from drafter.core.model import ParagraphKind, Resolution


def paragraph_labels(resolution: Resolution) -> list[str | None]:
    """One label per paragraph: "5.", "(b)", a dash, a heading's section numeral, or
    None for unnumbered paragraphs (preambular, clause, heading without numeral)."""
    labels = _printed(resolution.paragraphs, resolution.meta.language)
    for index, paragraph in enumerate(resolution.paragraphs):
        if paragraph.kind is ParagraphKind.HEADING:
            # the section numeral the export prints before the title ("II", "A")
            labels[index] = (paragraph.source_label or "").strip() or None
    return labels
