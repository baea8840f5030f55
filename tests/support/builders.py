"""Small resolutions built in code, for tests that need a document but not a file."""

from __future__ import annotations

from drafter.core.model import Paragraph, ParagraphKind, Resolution, assign_addresses


def resolution_from_texts(*texts: str, language: str = "en") -> Resolution:
    """A GA resolution of plain paragraphs: PP1 from the first text, OP1, OP2 … from the others."""
    paragraphs = [
        Paragraph(ParagraphKind.PREAMBULAR if i == 0 else ParagraphKind.OPERATIVE, text)
        for i, text in enumerate(texts)
    ]
    assign_addresses(paragraphs)
    result = Resolution(paragraphs=paragraphs, formula="The General Assembly,")
    result.meta.language = language
    return result
