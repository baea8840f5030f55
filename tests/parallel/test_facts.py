"""Dates, figures and symbols read alike from the six languages' ways of writing them."""

from __future__ import annotations

from collections import Counter

import pytest

from drafter.parallel.facts import facts_of_text


def _dates(text: str, language: str) -> list[str]:
    return sorted(facts_of_text(text, language).dates.elements())


@pytest.mark.parametrize(("language", "text"), [
    ("en", "on 25 September 2015"),
    ("fr", "le 25 septembre 2015"),
    ("es", "el 25 de septiembre de 2015"),
    ("ru", "25 сентября 2015 года"),
    ("ar", "المؤرخ 25 أيلول/سبتمبر 2015"),
    ("ar", "المؤرخ ٢٥ أيلول/سبتمبر ٢٠١٥"),
    ("zh", "2015年9月25日"),
])
def test_one_date_in_six_languages(language: str, text: str) -> None:
    assert _dates(text, language) == ["2015-09-25"]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "24, 25 and 30 March 2017"),
    ("fr", "les 24, 25 et 30 mars 2017"),
    ("es", "los días 24, 25 y 30 de marzo de 2017"),
    ("ru", "24, 25 и 30 марта 2017 года"),
    ("ar", "في 24 و 25 و 30 آذار/مارس 2017"),
    ("zh", "2017年3月24日、25日和30日"),
])
def test_a_list_of_days_gives_every_date(language: str, text: str) -> None:
    assert _dates(text, language) == ["2017-03-24", "2017-03-25", "2017-03-30"]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "from 26 August to 4 September 2002"),
    ("fr", "du 26 août au 4 septembre 2002"),
    ("es", "del 26 de agosto al 4 de septiembre de 2002"),
    ("ar", "26 آب/أغسطس - 4 أيلول/سبتمبر 2002"),
    ("zh", "2002年8月26日至9月4日"),
])
def test_a_range_across_months_gives_both_ends(language: str, text: str) -> None:
    assert _dates(text, language) == ["2002-08-26", "2002-09-04"]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "the conflict of July and August 2014"),
    ("fr", "le conflit de juillet et août 2014"),
    ("ru", "в июле и августе 2014 года"),
    ("zh", "在2014年7月和8月冲突之后"),
])
def test_two_months_of_one_year(language: str, text: str) -> None:
    assert _dates(text, language) == ["2014-07", "2014-08"]


def test_a_symbol_before_a_date_lends_it_no_day() -> None:
    """"70/1, 12 December": the 1 of the symbol is not a first day of a list."""
    facts = facts_of_text("resolutions 70/1, 12 December 2020", "en")
    assert _dates("resolutions 70/1, 12 December 2020", "en") == ["2020-12-12"]
    assert set(facts.symbols) == {"70/1"}


def test_figures_in_each_script() -> None:
    english = facts_of_text("1,000 and 2.5 per cent", "en")
    assert english.numbers == facts_of_text("1 000 et 2,5 %", "fr").numbers
    assert facts_of_text("١٢٣ بلدا", "ar").numbers == facts_of_text("123 countries", "en").numbers


@pytest.mark.parametrize(("language", "text", "dates"), [
    ("en", "ON 25 SEPTEMBER 2015 AND IN 2016", ["2015-09-25"]),
    ("fr", "le 25 Septembre 2015, en 2016", ["2015-09-25"]),
    ("ru", "В 2016 году, 25 СЕНТЯБРЯ 2015 года", ["2015-09-25"]),
    ("en", "in 2015, paragraph 25, 2030 Agenda", []),
    ("zh", "2015年9月，2016年", ["2015-09"]),
])
def test_the_month_cue_skips_only_paragraphs_without_a_month(
    language: str, text: str, dates: list[str],
) -> None:
    """A paragraph is searched for dates only when it names a month (in any case); its
    figures stay numbers either way."""
    facts = facts_of_text(text, language)
    assert sorted(facts.dates.elements()) == dates
    assert ("2016" if dates else "2030") in facts.numbers


@pytest.mark.parametrize(("text", "number"), [
    ("أكثر من 000 17 طفل", "17000"),  # GA 75/193 PP33: "more than 17,000 children"
    ("مبلغ 300\u00a0567 57 دولار", "57567300"),
    ("وأن 516 1 من الموظفين", "1516"),
    ("مبلغ 900 519 دولار", "519900"),
])
def test_arabic_thousands_groups_are_read_lowest_first(text: str, number: str) -> None:
    """Arabic stores a figure's groups as a right-to-left line shows them: "000 17" is 17,000,
    the figure English writes "17,000"; read highest first it would differ from English."""
    assert facts_of_text(text, "ar").numbers == Counter({number: 1})
    assert facts_of_text(f"more than {int(number):,} children", "en").numbers == Counter({number: 1})
