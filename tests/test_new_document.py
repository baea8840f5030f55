"""File > New templates: every organ, kind and language gives a well-formed starting text."""

from __future__ import annotations

import pytest

import drafter
from drafter.core.lexicon import lexicon
from drafter.core.model import DocumentStatus, Organ, ParagraphKind
from drafter.core.new_document import new_resolution, template_languages

CASES = [(o, s, lang) for o in Organ for s in DocumentStatus for lang in template_languages()]


def test_english_french_spanish_templates_exist() -> None:
    assert {"en", "fr", "es"} <= set(template_languages())


@pytest.mark.parametrize(("organ", "status", "language"), CASES)
def test_template_has_formula_known_openers_and_final_full_stop(organ, status, language) -> None:
    resolution = new_resolution(organ, status, language)
    words = lexicon(language)
    assert resolution.formula.endswith(("," ,"，", "،"))
    assert resolution.meta.organ is organ and resolution.meta.language == language
    for paragraph in resolution.paragraphs:
        part = "preamble" if paragraph.kind is ParagraphKind.PREAMBULAR else "operative"
        assert words.match(paragraph.text, part), paragraph.text
    assert resolution.paragraphs[-1].text.endswith(".")
    assert ("L." in resolution.meta.symbol) == (status is DocumentStatus.DRAFT and organ is not Organ.SC)


def test_security_council_template_ends_seized_of_the_matter() -> None:
    assert new_resolution(Organ.SC, DocumentStatus.ADOPTED, "fr").paragraphs[-1].text == (
        "Décide de rester saisi de la question."
    )


def test_placeholders_are_reported_and_disappear_when_filled() -> None:
    resolution = new_resolution(Organ.GA, DocumentStatus.DRAFT, "en")
    found = [d for d in drafter.check(resolution) if d.rule == "placeholder-unfilled"]
    assert any(d.paragraph == "PP1" and d.start == len("Recalling ") for d in found)
    for paragraph in resolution.paragraphs:
        paragraph.text = paragraph.text.replace("[", "").replace("]", "")
    left = [d for d in drafter.check(resolution) if d.rule == "placeholder-unfilled"]
    assert {d.paragraph for d in left} <= {"META:symbol", "META:title", "META:session", "META:agenda_item"}
