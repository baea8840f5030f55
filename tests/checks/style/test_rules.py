"""Behaviour of the style family beyond the catalogue examples: where rules look and
where they do not (quoted and italic titles, footnotes, annexes, the title), rules
that read the whole document, number words, languages and fixes.
"""

from __future__ import annotations

import pytest

from drafter.checks.style.numbers import english_ordinal, french_ordinal
from drafter.core.model import Annex, Footnote, FootnoteRef, ParagraphKind, Span
from support.style import apply_fix, document, style


def _rules(resolution) -> list[tuple[str, str]]:
    return [(d.rule, d.paragraph) for d in style(resolution)]


def test_quoted_titles_are_left_alone() -> None:
    text = "Welcomes the report entitled “Organisation of labor markets”, and the UN system;"
    found = style(document(text))
    assert [d.rule for d in found] == ["no-un-abbreviation"]
    assert text[found[0].start : found[0].end] == "UN"


def test_italic_title_is_left_alone_but_not_the_italic_opener() -> None:
    text = "Recognising the Organisation for Economic Co-operation and Development labor report,"
    resolution = document(text, kind=ParagraphKind.PREAMBULAR)
    title_start = text.index("Organisation")
    resolution.paragraphs[0].italic_spans = [Span(0, 11), Span(title_start, len(text) - 1)]
    found = style(resolution)
    assert [(d.rule, text[d.start : d.end]) for d in found] == [("spelling-ize", "Recognising")]


def test_footnotes_and_annexes_are_not_checked() -> None:
    resolution = document("Recalls the Charter of the United Nations;")
    resolution.paragraphs[0].footnote_refs = [FootnoteRef(1, 10)]
    resolution.footnotes = [Footnote(1, "See UN Charter, organisation of labor, 5% of centers.")]
    resolution.annexes = [Annex("Declaration", ["We, the UN Member states, recognise"])]
    assert style(resolution) == []


def test_footnotes_are_checked_for_symbols_and_dates_only() -> None:
    resolution = document("Recalls the Charter of the United Nations;")
    resolution.footnotes = [
        Footnote(1, "A/C3/80/L.10."),
        Footnote(2, "UN Charter, labor report, December 18, 2013."),
    ]
    found = [(d.rule, d.paragraph) for d in style(resolution)]
    assert found == [("symbol-committee-dot", "FN1"), ("date-order", "FN2")]


def test_the_title_is_checked_under_its_own_address() -> None:
    resolution = document("Decides to continue;")
    resolution.meta.title = "Globalisation and interdependence"
    found = style(resolution)
    assert [(d.rule, d.paragraph, d.start, d.end) for d in found] == [("spelling-ize", "META:title", 0, 13)]


def test_french_marks_one_slip_is_an_error_a_document_convention_is_not() -> None:
    spaced = ["Décide\u00a0: de continuer\u00a0;", "Prie le Secrétaire général\u00a0;", "Note\u00a0:"]
    slip = document(*spaced, "Invite les États\u00a0; encourage les organisations;", language="fr")
    assert [d.paragraph for d in style(slip, rule="fr-space-before-punctuation")] == ["OP4"]
    convention = document(
        "Décide: de continuer;", "Prie: le Secrétaire général;", "Note: les rapports;", language="fr"
    )
    assert style(convention, rule="fr-space-before-punctuation") == []
    # A copy that lost the narrow space before ";" only: ":" is still held to the rule.
    mixed = document("Décide\u00a0: de continuer;", "Prie;", "Note\u00a0: ceci;", "Invite:", language="fr")
    found = style(mixed, rule="fr-space-before-punctuation")
    assert [(d.paragraph, d.data.get("category")) for d in found] == [("OP4", "typography")]


@pytest.mark.parametrize("language", ["ar", "ru", "zh"])
def test_languages_without_style_rules_are_silent(language: str) -> None:
    assert style(document("the UN Charter, organisation, 5%", language=language)) == []


def test_french_rules_do_not_fire_on_english_and_back() -> None:
    assert style(document("the Secrétaire Général", language="en"), rule="fr-secretaire-general") == []
    assert style(document("la organisation du UN", language="fr"), rule="spelling-ize") == []


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Decides to elect 3 members;", "Decides to elect three members;"),
        ("an amount of 614400 dollars;", "an amount of 614,400 dollars;"),
        ("at its 70th session;", "at its seventieth session;"),
        ("the 21st century;", "the twenty-first century;"),
        ("an increase of five per cent;", "an increase of 5 per cent;"),
        ("adopted on December 18, 2013;", "adopted on 18 December 2013;"),
        ("the Chairmen of the committees;", "the Chairs of the committees;"),
        ("natural and Man-made disasters;", "natural and Human-made disasters;"),
        ("a people-centered approach;", "a people-centred approach;"),
        ("entitled \"Social development\";", "entitled “Social development”;"),
        ("the U.N.D.P. office;", "the UNDP office;"),
        ("Recognising the need;", "Recognizing the need;"),
    ],
)
def test_fix_gives_the_un_wording(text: str, fixed: str) -> None:
    found = [d for d in style(document(text)) if d.fix]
    assert len(found) == 1, [d.rule for d in found]
    assert apply_fix(text, found[0]) == fixed


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("à sa 70e session", "à sa soixante-dixième session"),
        ("le 1 juillet 2000", "le 1er juillet 2000"),
        ("intitulée «Développement social»", "intitulée «\u00a0Développement social»"),
    ],
)
def test_french_fix_gives_the_un_wording(text: str, fixed: str) -> None:
    found = [d for d in style(document(text, language="fr")) if d.fix and d.severity.value != "info"]
    assert apply_fix(text, found[0]) == fixed


def test_ordinal_words() -> None:
    assert [english_ordinal(n) for n in (1, 3, 12, 20, 21, 70, 99)] == [
        "first", "third", "twelfth", "twentieth", "twenty-first", "seventieth", "ninety-ninth"]
    assert [french_ordinal(n) for n in (1, 5, 9, 21, 71, 80, 81, 99)] == [
        "première", "cinquième", "neuvième", "vingt et unième", "soixante et onzième",
        "quatre-vingtième", "quatre-vingt-unième", "quatre-vingt-dix-neuvième"]


def test_spans_point_at_the_words_and_messages_name_them() -> None:
    text = "Welcomes progress toward the Goals and the work of regional centers;"
    found = style(document(text))
    assert {text[d.start : d.end] for d in found} == {"toward", "centers"}
    assert all(text[d.start : d.end] in d.message for d in found)


def test_fix_labels_say_what_an_invisible_fix_does() -> None:
    french = document("conformément aux décisions ;", language="fr")
    nbsp = style(french, ui="fr", rule="fr-nbsp-before-punctuation")
    assert nbsp[0].fix is not None and nbsp[0].fix.description == "Mettre une espace insécable"
    weekday = style(document("on Monday, 18 December 2013"), rule="date-weekday")
    assert weekday[0].fix is not None and weekday[0].fix.description == "Delete"
