"""The printed label of each paragraph ("5.", "(b)", "b)", a dash), as the UN-layout
export writes it, for both texts of a comparison.

The export writes labels as literal text, so in a redline a paragraph whose number
changed must have its label tracked too ("5." deleted, "6." inserted): otherwise
rejecting all changes would not give back the base numbering. The list of changes
still ignores renumbering.
"""

from __future__ import annotations

from drafter.core.lexicon import language_settings
from drafter.core.model import ParagraphKind, Resolution, sublabel_core

_DASHES = {"-", "–", "—", "•", "·"}


def paragraph_labels(resolution: Resolution) -> list[str | None]:
    """One label per paragraph: "5.", "(b)", a dash, a heading's section numeral, or
    None for unnumbered paragraphs (preambular, clause, heading without numeral)."""
    try:
        settings = language_settings(resolution.meta.language or "en")
    except (FileNotFoundError, ValueError):
        settings = language_settings("en")
    opening, closing = settings.get("label_open", "("), settings.get("label_close", ")")
    labels: list[str | None] = []
    operative = 0
    counters: list[int] = []
    for paragraph in resolution.paragraphs:
        kind = paragraph.kind
        if kind is ParagraphKind.OPERATIVE:
            operative += 1
            counters = []
            labels.append(f"{operative}.")
        elif kind in (ParagraphKind.PREAMBULAR, ParagraphKind.CLAUSE):
            counters = []
            labels.append(None)
        elif kind is ParagraphKind.HEADING:
            # the section numeral the export prints before the title ("II", "A")
            labels.append((paragraph.source_label or "").strip() or None)
        else:
            level = max(1, paragraph.level)
            del counters[level:]
            while len(counters) < level:
                counters.append(0)
            counters[level - 1] += 1
            source = (paragraph.source_label or "").strip()
            labels.append(source if source in _DASHES
                          else f"{opening}{sublabel_core(level, counters[level - 1])}{closing}")
    return labels
