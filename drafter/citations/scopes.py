"""Whose text each paragraph is: the resolution's organ, or that of a nested draft.

An ECOSOC resolution may recommend a draft to the General Assembly ("The General
Assembly," then its own preamble): inside it, "its resolution" is the Assembly's.
"""

from __future__ import annotations

from collections.abc import Iterator

from drafter.core.model import Paragraph, ParagraphKind, Resolution
from drafter.resources import load_json


def text_organ(resolution: Resolution) -> str:
    """The citing text's organ as the index names organs (a GA committee draft is GA's)."""
    organ = str(resolution.meta.organ.value)
    return "GA" if organ.startswith("GA") else organ


def organ_of_formula(formula: str) -> str:
    """"The General Assembly," → "GA", by the organ names of the cover lines (any language)."""
    folded = formula.casefold()
    names = load_json("structure/patterns.json")["organ_names"]
    for organ in ("SC", "ECOSOC", "HRC", "GA"):  # "Economic and Social Council" before "Council"
        if any(name in folded for name in names[organ]):
            return organ
    return ""


def paragraphs_with_organ(resolution: Resolution) -> Iterator[tuple[Paragraph, str]]:
    """Each body paragraph with the organ whose text it is."""
    organ = text_organ(resolution)
    for paragraph in resolution.paragraphs:
        if paragraph.kind is ParagraphKind.DRAFT_FORMULA:
            organ = organ_of_formula(paragraph.text) or organ
        yield paragraph, organ
