"""Document symbols in two versions: what is a difference and what only looks like one."""

from __future__ import annotations

from collections import Counter

from drafter.parallel.facts import facts_of_text
from drafter.parallel.symbols import symbols_apart

NO_NOTES: tuple[set[str], set[str]] = (set(), set())


def test_a_changed_symbol_is_apart_on_both_sides() -> None:
    assert symbols_apart(Counter({"A/76/123": 1}), Counter({"A/76/132": 1}), NO_NOTES) == (
        Counter({"A/76/123": 1}), Counter({"A/76/132": 1}))


def test_a_repeated_symbol_is_not_a_difference() -> None:
    """Chinese repeats "第65/280号决议" where English says "in which"."""
    assert symbols_apart(Counter({"65/280": 1}), Counter({"65/280": 2}), NO_NOTES) == (Counter(), Counter())


def test_roman_numerals_and_a_note_mark_of_the_same_number() -> None:
    """Decision "X/3" beside footnote 3 is "10/3" in Arabic, not a glued note mark."""
    assert symbols_apart(Counter({"X/3": 1, "XII/3": 1}), Counter({"10/3": 1, "12/3": 1}),
                         ({"3"}, set())) == (Counter(), Counter())


def test_a_two_year_period_written_short_or_in_full() -> None:
    assert symbols_apart(Counter({"1982/83": 1, "1999/00": 1}), Counter({"1982/1983": 1, "1999/2000": 1}),
                         NO_NOTES) == (Counter(), Counter())


def test_a_glued_footnote_mark_and_a_reversed_short_symbol() -> None:
    glued = symbols_apart(Counter({"60/2141": 1}), Counter({"60/214": 1}), ({"1"}, set()))
    assert glued == (Counter(), Counter())
    assert symbols_apart(Counter({"75/156": 1}), Counter({"156/75": 1}), NO_NOTES) == (Counter(), Counter())


def test_a_law_number_written_in_words_is_the_same_law() -> None:
    """"Law No. 7/2019" is "loi no 7 de 2019" in French: the figures name the same act."""
    english = facts_of_text("Calling for the repeal of Law No. 7/2019,", "en")
    french = facts_of_text("Demandant l’abrogation de la loi no 7 de 2019,", "fr")
    apart = symbols_apart(english.symbols, french.symbols, NO_NOTES, (english.numbers, french.numbers))
    assert apart == (Counter(), Counter())


def test_a_law_number_with_another_year_stays_apart() -> None:
    english = facts_of_text("Calling for the repeal of Law No. 7/2019,", "en")
    french = facts_of_text("Demandant l’abrogation de la loi no 7 de 2018,", "fr")
    apart = symbols_apart(english.symbols, french.symbols, NO_NOTES, (english.numbers, french.numbers))
    assert apart == (Counter({"7/2019": 1}), Counter())
