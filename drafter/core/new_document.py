"""New documents from templates (File > New): organ x kind x language.

The wording is data (``templates/documents/new_document.json``); this module only
assembles it into a :class:`Resolution`. Placeholders are written in [square
brackets] so that the drafter sees (and the checks report) what is left to fill.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from drafter.core.lexicon import language_settings
from drafter.core.model import (
    DocumentStatus,
    Metadata,
    Organ,
    Paragraph,
    ParagraphKind,
    Resolution,
    assign_addresses,
)
from drafter.resources import templates_dir

PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,80}\]")


@dataclass(frozen=True)
class NewDocumentChoice:
    """What File > New asks for: one template of the organ x status x language grid."""

    organ: Organ
    status: DocumentStatus
    language: str


@cache
def _template_data() -> dict[str, Any]:
    path = templates_dir() / "documents" / "new_document.json"
    return json.loads(path.read_text(encoding="utf-8"))


def template_languages() -> list[str]:
    return sorted(_template_data()["languages"])


def new_resolution(
    organ: Organ = Organ.GA, status: DocumentStatus = DocumentStatus.DRAFT, language: str = "en"
) -> Resolution:
    """A fresh resolution of the given organ, kind and language, ready to be filled in."""
    strings = _template_data()["languages"].get(language)
    if strings is None:
        raise ValueError(f"no template for language {language!r}")
    settings = language_settings(language)
    gendered = strings
    if settings.get("organ_gender", {}).get(organ.formula_key) == "m" and "masculine" in strings:
        gendered = strings["masculine"]  # Arabic: the Councils take masculine verbs
    operative = list(gendered["operative"])
    last = strings.get("operative_last", {}).get(organ.formula_key)
    if last:
        operative[-1] = last
    paragraphs = [Paragraph(ParagraphKind.PREAMBULAR, text) for text in gendered["preamble"]]
    paragraphs += [Paragraph(ParagraphKind.OPERATIVE, text) for text in operative]
    assign_addresses(paragraphs)
    is_draft = status is DocumentStatus.DRAFT
    meta = Metadata(
        organ=organ,
        language=language,
        status=status,
        symbol=strings["symbol"][organ.value][status.value],
        session=strings["session"] if organ in (Organ.GA, Organ.GA_COMMITTEE, Organ.HRC) else "",
        agenda_item=strings["agenda_item"] if organ is not Organ.SC else "",
        agenda_title=strings["agenda_title"] if organ is not Organ.SC else "",
        committee=strings["committee"] if organ is Organ.GA_COMMITTEE else "",
        sponsors=[strings["sponsors"]] if is_draft else [],
        title=strings["title"],
        distribution="Limited" if is_draft else "General",
        original_language=strings["original"],
    )
    return Resolution(meta=meta, formula=settings["formulas"][organ.formula_key], paragraphs=paragraphs)


def placeholders(text: str) -> list[tuple[int, int]]:
    """Spans of [placeholders] left in a text."""
    return [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)]
