"""Resolutions with footnote marks where lines end: for the tests that a mark stays with its word."""

from __future__ import annotations

from drafter.core.model import (
    Footnote,
    FootnoteRef,
    Metadata,
    Paragraph,
    ParagraphKind,
    Resolution,
    assign_addresses,
)

WORDS = "Takes note of the report of the Secretary-General on the implementation of the programme"


def staggered_texts(count: int = 40) -> list[str]:
    """Paragraphs whose openings differ in length, so that their lines end at different words."""
    return [f"{'a' * n} {WORDS} adopted, and requests a further report at its next session."
            for n in range(1, count + 1)]


def marked_resolution(texts: list[str], every_word: bool = False) -> Resolution:
    """Operative paragraphs with a mark at their end, or after every word (``every_word``):
    then each line ends with a word that has a mark after it, and some of those words fit
    on their line only without their mark: the case where a line could break between them."""
    paragraphs = []
    notes: list[Footnote] = []
    for text in texts:
        offsets = [i for i, c in enumerate(text) if c == " " and i] if every_word else [len(text)]
        refs = [FootnoteRef(len(notes) + k + 1, offset) for k, offset in enumerate(offsets)]
        notes += [Footnote(ref.number, f"A/80/{ref.number}.") for ref in refs]
        paragraphs.append(Paragraph(ParagraphKind.OPERATIVE, text, footnote_refs=refs))
    assign_addresses(paragraphs)
    return Resolution(meta=Metadata(symbol="A/80/L.2", title="Marks at line ends"),
                      formula="The General Assembly,", paragraphs=paragraphs, footnotes=notes)
