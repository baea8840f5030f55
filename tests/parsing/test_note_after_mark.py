"""A footnote number after a paragraph's final mark: one shape for recovery and the checks.

Glued after any mark ("sessions;16", "大会。3"), as Word and XML texts carry it, or
detached by one space after a comma, semicolon or colon, as PDF extractions leave it
("Iran, 4"). After a full stop a space and a number are an abbreviation's number
("Supplement No. 53"): the paragraph then ends with the number, not with a mark.
"""

from __future__ import annotations

import pytest

from drafter.api import check, parse_text
from drafter.checks.structure.context import final_mark
from drafter.parsing.patterns import without_note_after_mark


@pytest.mark.parametrize(("text", "bare"), [
    ("of the sessions;16", "of the sessions;"),
    ("of the Credentials Committee.1", "of the Credentials Committee."),
    ("the Advisory Committee,7", "the Advisory Committee,"),
    ("审议大会。3", "审议大会。"),
    ("العامة،2", "العامة،"),
    ("the Islamic Republic of Iran, 4", "the Islamic Republic of Iran,"),
    ("Destruction, of 10 April 1972; 61", "Destruction, of 10 April 1972;"),
    ("the following: 3", "the following:"),
    ("the Convention , 7", "the Convention ,"),
])
def test_a_note_after_the_final_mark_is_taken_off(text: str, bare: str) -> None:
    assert without_note_after_mark(text) == bare


@pytest.mark.parametrize("text", [
    "Official Records, Supplement No. 53",  # after a full stop and a space: an abbreviation's number
    "as set out in annex I, para. 5",
    "resolution 2231",  # no mark at all
    "of 16 March 2022, 2024",  # four figures are never a note
    "the Convention,  1",  # two spaces: not how an extraction detaches a mark
])
def test_what_is_no_note_after_a_mark_stays(text: str) -> None:
    assert without_note_after_mark(text) == text


_BODY = (
    "The General Assembly,\n\nRecalling its resolution 70/1,\n\n{}\n\n"
    "1. Decides to remain seized of the matter.\n"
)


@pytest.mark.parametrize(("block", "kind"), [
    ("Building Peace Together, 1", "preambular"),  # a comma ends it: no heading
    ("Building Peace Together; 12", "preambular"),
    ("Building Peace Together,1", "preambular"),
    ("Building Peace Together.1", "preambular"),
    ("Building Peace Together", "heading"),  # no mark: a title
    ("Building Peace Together No. 5", "heading"),  # the number is its own, no mark before it
    ("Building Peace Together, 2024", "heading"),  # a year, not a note
])
def test_recovery_reads_the_mark_before_a_note(block: str, kind: str) -> None:
    paragraphs = parse_text(_BODY.format(block), language="en").paragraphs
    assert paragraphs[1].kind.value == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("Recalling the Convention, 1", "comma"),
    ("Recalling the Convention;1", "semicolon"),
    ("Recalling the Convention.1", "full_stop"),
    ("Recalling the Convention: 3", "colon"),
    ("Recalling the Official Records, Supplement No. 53", None),
])
def test_the_checks_read_the_mark_before_a_note(text: str, kind: str | None) -> None:
    assert final_mark(text).kind == kind


def test_a_detached_note_no_footnote_claims_is_no_missing_comma() -> None:
    """SC 687 as OCR left it: "… of 10 April 1972, 61" with no footnote texts in the file."""
    text = ("The Security Council,\n\nRecalling its resolution 660 (1990),\n\n"
            "Noting the Convention on the Prohibition of Bacteriological Weapons, of 10 April 1972, 61\n\n"
            "1. Decides to remain seized of the matter.\n")
    rules = {d.rule for d in check(parse_text(text, language="en"))}
    assert "preamble-final-comma" not in rules
    missing = text.replace("1972, 61", "1972, Supplement No. 5")
    assert "preamble-final-comma" in {d.rule for d in check(parse_text(missing, language="en"))}


def test_a_chinese_mark_after_a_word_is_a_mark_even_with_a_symbol_earlier_in_the_clause() -> None:
    """Chinese runs words together, so the 'word' before a mark is the whole clause; a slash in it
    (a decision's number "VII/11") does not make the mark part of a symbol (GA_76_71_zh PP70)."""
    from drafter.parsing.footnotes import take_marks

    text = "以及生物多样性公约缔约国会议第VII/11号决定13 和其他相关决定，"
    [(clean, refs)] = take_marks([text], [12, 13, 14])
    assert [r.number for r in refs] == [13]
    assert clean == "以及生物多样性公约缔约国会议第VII/11号决定 和其他相关决定，"
    [(_, refs)] = take_marks(["回顾其第75/89号决议，"], [1, 2, 89])
    assert refs == []  # a resolution's number is not a mark


def test_a_mark_after_a_comma_that_follows_a_symbol_is_a_mark() -> None:
    """'42/12,18 and' (GA_75_152_en OP9): a symbol's number is never a decimal, so the 18 after
    its comma is the mark; '4,5 millions' is still a decimal."""
    from drafter.parsing.footnotes import take_marks

    [(clean, refs)] = take_marks(
        ["Takes note of the report issued in accordance with Council resolution 42/12,18 and encourages"],
        [17, 18, 19])
    assert [r.number for r in refs] == [18] and "42/12, and encourages" in clean
    [(_, refs)] = take_marks(["il y a environ 4,5 millions de personnes"], [1, 5])
    assert refs == []


def test_where_decimals_take_a_point_a_comma_before_a_short_number_is_a_mark() -> None:
    """'Agenda 21,2 the Programme' (GA 75/213 en PP1): English writes decimals with a point,
    so the 2 after the comma is footnote 2; French '4,5 millions' stays a decimal, and an
    English thousands group ('1,500 people') is never cut."""
    from drafter.parsing.footnotes import take_marks

    english = ["Recalling the Rio Declaration,1 Agenda 21,2 the Programme for the Further"
               " Implementation of Agenda 21,3 the Johannesburg Declaration"]
    [(clean, refs)] = take_marks(english, [1, 2, 3], decimal_comma=False)
    assert [r.number for r in refs] == [1, 2, 3]
    assert "Agenda 21, the Programme" in clean
    [(_, refs)] = take_marks(english, [1, 2, 3], decimal_comma=True)
    assert [r.number for r in refs] == [1]
    [(_, refs)] = take_marks(["il y a environ 4,5 millions de personnes"], [1, 5], decimal_comma=True)
    assert refs == []
    [(_, refs)] = take_marks(["some 1,500 people were displaced"], [500], decimal_comma=False)
    assert refs == []


def test_the_reader_takes_the_decimal_mark_from_the_language() -> None:
    """Read as English, the marks after 'Agenda 21,' are found; the same figures in French
    ('4,5 millions') stay figures."""
    import drafter
    from drafter.core.lexicon import language_settings

    assert language_settings("en")["decimal_separator"] == "."
    assert language_settings("fr")["decimal_separator"] == ","
    english = drafter.parse_text(
        "The General Assembly,\n\nRecalling the Rio Declaration,1 Agenda 21,2 and the Programme,3\n\n"
        "1. Decides to remain seized of the matter.\n\n__________________\n\n1 A.\n\n2 B.\n\n3 C.\n",
        language="en")
    assert [r.number for r in english.paragraphs[0].footnote_refs] == [1, 2, 3]
    french = drafter.parse_text(
        "L’Assemblée générale,\n\nRappelant la Déclaration,1 qui touche 4,5 millions de personnes,\n\n"
        "1. Décide de rester saisie de la question.\n\n__________________\n\n1 A.\n\n5 B.\n",
        language="fr")
    assert [r.number for r in french.paragraphs[0].footnote_refs] == [1]
    assert "4,5 millions" in french.paragraphs[0].text


def test_a_mark_glued_to_a_symbol_at_the_end_of_a_preambular_paragraph() -> None:
    """'… de la resolución 60/2141,' (ECOSOC 2021/15 es, the last preambular paragraph): the
    paragraph's closing comma ends the symbol, so the last digit is the mark, as before a
    closing semicolon or full stop; inside a paragraph the symbol stays whole."""
    from drafter.parsing.footnotes import take_marks

    [(clean, refs)] = take_marks(["Recordando el párrafo 8 de la resolución 60/2141,"], [1])
    assert [r.number for r in refs] == [1] and clean.endswith("60/214,")
    [(clean, refs)] = take_marks(["Recordando la resolución 60/2141, y la resolución 61/16,"], [1])
    assert refs == [] and "60/2141, y" in clean


def test_a_mark_after_two_words_joined_by_a_slash() -> None:
    """'Declaration of Commitment on HIV/AIDS1 and' (GA 75/260, in every language: 'VIH/sida1',
    'ВИЧ/СПИДом1'): the word after the slash is a word, so the figure is a mark; a symbol
    keeps its figures ('A/RES/70/1', 'A/75/L1')."""
    from drafter.parsing.footnotes import take_marks

    for text in ("the Declaration of Commitment on HIV/AIDS1 and the Political Declaration",
                 "la Déclaration d’engagement sur le VIH/sida1 et aux déclarations",
                 "Декларации о приверженности делу борьбы с ВИЧ/СПИДом1 и политических"):
        [(_, refs)] = take_marks([text], [1])
        assert [r.number for r in refs] == [1], text
    for text in ("its resolution A/RES/70/1 and", "document A/75/L1 and"):
        [(_, refs)] = take_marks([text], [1])
        assert refs == [], text


def test_arabic_parenthesized_marks_set_apart_by_a_space() -> None:
    """Arabic marks are "(n)". Set apart from the word ("لعام 2009 (32)،", GA 75/196 PP77) or
    with a space inside ("بــاء (1 )" on a part's title line) they are still marks; a
    paragraph of an article ("المادة 20 (2)") is not, nor an English "(1)" numbering items."""
    from drafter.parsing.footnotes import take_marks

    [(clean, refs)] = take_marks(["الإعلان السياسي لعام 2009 (32)، وخطة العمل (33)، والوثيقة"], [32, 33])
    assert [r.number for r in refs] == [32, 33] and "(32)" not in clean and "(33)" not in clean
    [(clean, refs)] = take_marks(["النظام الموحد للأمم المتحدة بــاء (1 )"], [1])
    assert [r.number for r in refs] == [1] and clean.endswith("بــاء")
    [(_, refs)] = take_marks(["وإذ تشير إلى المادة 20 (2) من العهد"], [2])
    assert refs == []
    [(_, refs)] = take_marks(["Decides as follows: (1) the meeting shall be held"], [1])
    assert refs == []


def test_a_chinese_mark_between_a_title_and_the_next_word() -> None:
    """'《联合国打击跨国有组织犯罪公约》2和《…》' (ECOSOC 2021/25 zh): the figure between the
    closing title bracket and 和 is a mark; '《…》5个' counts, and 第(2019)1号 numbers."""
    from drafter.parsing.footnotes import take_marks

    [(clean, refs)] = take_marks(["重申《联合国打击跨国有组织犯罪公约》2和《议定书》3的重要作用"], [2, 3])
    assert [r.number for r in refs] == [2, 3] and "公约》和《议定书》的" in clean
    [(_, refs)] = take_marks(["执行《行动纲领》5个优先领域"], [5])
    assert refs == []
