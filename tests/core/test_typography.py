"""UN typography rules shared by the editor and the export (drafter.core.typography)."""

from __future__ import annotations

from drafter.core.model import (
    Annex,
    FootnoteRef,
    Metadata,
    NoteAnchor,
    Paragraph,
    ParagraphKind,
    Resolution,
    Span,
)
from drafter.core.typography import (
    TypographyOptions,
    normalize_paragraph,
    normalize_resolution,
    normalize_text,
)

ON = TypographyOptions()
NBSP = "\u00a0"


def _text(text: str, language: str, options: TypographyOptions = ON) -> str:
    return normalize_text(text, language, options)[0]


def test_english_quotes_and_apostrophes() -> None:
    assert _text('entitled "Social development", the Secretary-General\'s report', "en") == (
        "entitled “Social development”, the Secretary-General’s report")
    assert _text("('inner') \"(a)\"", "en") == "(‘inner’) “(a)”"


def test_french_guillemets_spaces_and_apostrophes() -> None:
    assert _text('intitulée "Développement social"; l\'Assemblée: voir', "fr") == (
        f"intitulée «{NBSP}Développement social{NBSP}»{NBSP}; l’Assemblée{NBSP}: voir")
    assert _text("aux décisions ; notamment !", "fr") == f"aux décisions{NBSP}; notamment{NBSP}!"
    assert _text(f"déjà{NBSP}; espacé", "fr") == f"déjà{NBSP}; espacé"  # nothing doubled


def test_french_marks_left_alone_in_times_and_addresses() -> None:
    assert _text("à 10:30 voir https://www.un.org/fr?x=1", "fr") == "à 10:30 voir https://www.un.org/fr?x=1"
    assert _text("la résolution A/RES/70/1;", "fr") == f"la résolution A/RES/70/1{NBSP};"


def test_double_hyphen_becomes_the_house_dash() -> None:
    assert _text("three dimensions -- economic", "en") == "three dimensions – economic"
    assert _text("well-being", "en") == "well-being"


def test_each_switch_turns_its_conversion_off() -> None:
    off = TypographyOptions(quotes=False, french_spaces=False, dashes=False)
    text = 'dit "oui"; -- non'
    assert _text(text, "fr", off) == text
    assert _text(text, "fr", TypographyOptions(quotes=False, dashes=False)) == f'dit "oui"{NBSP}; -- non'
    assert _text('"x"', "es") == '"x"'  # Spanish keeps its straight quotes (drafting-rules 4.3)


def test_footnote_marks_and_italics_move_with_their_words() -> None:
    paragraph = Paragraph(ParagraphKind.OPERATIVE, 'Prie le "Secrétaire général";', footnote_refs=[
        FootnoteRef(1, 28)], italic_spans=[Span(0, 4)])
    converted = normalize_paragraph(paragraph, "fr", ON)
    assert converted.text == f"Prie le «{NBSP}Secrétaire général{NBSP}»{NBSP};"
    assert converted.text[:converted.footnote_refs[0].offset].endswith("»")
    assert converted.italic_spans == [Span(0, 4)]


def test_the_export_converts_the_formula_too() -> None:
    """« L'Assemblée générale, » is text like the paragraphs: the export gives it its apostrophe."""
    french = Resolution(meta=Metadata(language="fr"), formula="L'Assemblée générale,", paragraphs=[])
    assert normalize_resolution(french, ON).formula == "L’Assemblée générale,"
    assert normalize_resolution(french, TypographyOptions(quotes=False)).formula == "L'Assemblée générale,"


def test_a_french_quote_after_an_elided_article_opens() -> None:
    assert _text('l\'"écrémage" et d\'"autres"', "fr") == (
        f"l’«{NBSP}écrémage{NBSP}» et d’«{NBSP}autres{NBSP}»")
    assert _text("the States'\" end", "en").endswith("’” end")  # English: a closing quote after one


def test_the_export_converts_annexes_and_moves_their_footnote_marks() -> None:
    """An annex is typed text (an adopted outcome document): the same quotes, marks kept on their words."""
    text = 'Le document "Avenir": voir'
    french = Resolution(meta=Metadata(language="fr"), annexes=[Annex("Annexe", [text])],
                        note_anchors=[NoteAnchor("ANNEX1:1", 1, text.index(":"))])
    converted = normalize_resolution(french, ON)
    assert converted.annexes[0].paragraphs == [f"Le document «{NBSP}Avenir{NBSP}»{NBSP}: voir"]
    anchor = converted.note_anchors[0]
    assert converted.annexes[0].paragraphs[0][:anchor.offset].endswith("»")  # on its word, before the colon
    assert french.annexes[0].paragraphs == [text]  # the document itself is not changed
