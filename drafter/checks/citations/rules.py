"""The citations of a resolution, paragraph by paragraph, as the family's rules see them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from drafter.citations.extract import Mention, mentions
from drafter.citations.harvest import text_organ
from drafter.core.model import Resolution


@dataclass(frozen=True)
class Cited:
    address: str  # "PP3", "OP5(b)", "FN4"
    text: str  # the paragraph's text
    language: str
    mention: Mention


def cited_in(resolution: Resolution) -> Iterator[Cited]:
    """Every mention in the body paragraphs, then in the footnotes, in text order."""
    code = resolution.meta.language or "en"
    organ = text_organ(resolution)
    for paragraph in resolution.paragraphs:
        for mention in mentions(paragraph.text, code, organ):
            yield Cited(paragraph.address, paragraph.text, code, mention)
    for footnote in resolution.footnotes:
        for mention in mentions(footnote.text, code, organ):
            yield Cited(f"FN{footnote.number}", footnote.text, code, mention)
