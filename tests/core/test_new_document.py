"""File > New templates: every organ, kind and language gives a well-formed starting text."""

from __future__ import annotations

import pytest

import drafter
from drafter.core.lexicon import language_settings, lexicon
from drafter.core.model import DocumentStatus, Organ, ParagraphKind
from drafter.core.new_document import new_resolution, template_languages

CASES = [(o, s, lang) for o in Organ for s in DocumentStatus for lang in template_languages()]


def test_templates_exist_in_the_six_languages() -> None:
    assert set(template_languages()) == {"en", "fr", "es", "ru", "ar", "zh"}


@pytest.mark.parametrize(("organ", "status", "language"), CASES)
def test_template_has_formula_known_openers_and_final_full_stop(organ, status, language) -> None:
    resolution = new_resolution(organ, status, language)
    words = lexicon(language)
    assert resolution.formula.endswith(("," ,"，", "،"))
    assert resolution.meta.organ is organ and resolution.meta.language == language
    for paragraph in resolution.paragraphs:
        part = "preamble" if paragraph.kind is ParagraphKind.PREAMBULAR else "operative"
        assert words.match(paragraph.text, part), paragraph.text
    assert resolution.paragraphs[-1].text.endswith(language_settings(language)["punctuation"]["last_end"])
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


def test_council_templates_report_to_the_council_in_its_session_wording() -> None:
    # The Spanish ECOSOC text once reported to the General Assembly "en su [octogésimo
    # segundo] período de sesiones": ECOSOC sessions are named by year.
    last = new_resolution(Organ.ECOSOC, DocumentStatus.DRAFT, "es").paragraphs[-1].text
    assert "período de sesiones de [2027]" in last and "octogésimo" not in last
    english = new_resolution(Organ.ECOSOC, DocumentStatus.DRAFT, "en")
    assert "Economic and Social Council" in english.paragraphs[-1].text


def test_arabic_council_template_uses_masculine_agreement() -> None:
    council = new_resolution(Organ.ECOSOC, DocumentStatus.DRAFT, "ar")
    assembly = new_resolution(Organ.GA, DocumentStatus.DRAFT, "ar")
    assert council.formula == "إن المجلس الاقتصادي والاجتماعي،"
    assert council.paragraphs[0].text.startswith("إذ يشير إلى")
    assert assembly.paragraphs[0].text.startswith("إذ تشير إلى")
    assert not [d for d in drafter.check(council) if d.rule == "opener-agreement"]
