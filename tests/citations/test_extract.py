"""Citations found in the six languages: symbol, organ, date and title as written."""

from __future__ import annotations

import pytest

from drafter.citations.extract import mentions
from drafter.citations.patterns import format_date, parse_date

CASES = [
    ("en", "Recalling its resolution 74/153 of 18 December 2019, Human Rights Council resolution "
           "44/18 of 17 July 2020 and Security Council resolution 2231 (2015),",
     [("GA 74/153", "2019-12-18"), ("HRC 44/18", "2020-07-17"), ("SC 2231", "")]),
    ("fr", "Rappelant sa résolution 74/153 du 18 décembre 2019, la résolution 44/18 du Conseil des "
           "droits de l’homme en date du 17 juillet 2020 et sa résolution 70/1 du 1er septembre 2015,",
     [("GA 74/153", "2019-12-18"), ("HRC 44/18", "2020-07-17"), ("GA 70/1", "2015-09-01")]),
    ("es", "Recordando su resolución 74/153, de 18 de diciembre de 2019, la resolución 44/18 del "
           "Consejo de Derechos Humanos, de 17 de julio de 2020,",
     [("GA 74/153", "2019-12-18"), ("HRC 44/18", "2020-07-17")]),
    ("ru", "ссылаясь на свою резолюцию 70/1 «Преобразование нашего мира» от 25 сентября 2015 года, "
           "резолюцию 44/18 Совета по правам человека от 17 июля 2020 года",
     [("GA 70/1", "2015-09-25"), ("HRC 44/18", "2020-07-17")]),
    ("ar", "وإذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015، وقرار مجلس حقوق الإنسان 44/18 "
           "المؤرخ 17 تموز/يوليه 2020",
     [("GA 70/1", "2015-09-25"), ("HRC 44/18", "2020-07-17")]),
    ("zh", "又回顾大会2019年12月18日第74/153号决议、人权理事会2020年7月17日第44/18号决议",
     [("GA 74/153", "2019-12-18"), ("HRC 44/18", "2020-07-17")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_symbol_organ_and_date(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(m.key, m.date) for m in mentions(text, language, "GA")]
    assert found == expected


def test_its_after_another_organ_is_that_organs() -> None:
    text = ("as envisaged by the Security Council in its resolution 2334 (2016), "
            "and by the Human Rights Council in its resolution 44/18")
    assert [m.key for m in mentions(text, "en", "GA")] == ["SC 2334", "HRC 44/18"]


def test_respective_dates_are_not_bound_to_the_last_symbol() -> None:
    text = ("ses résolutions 60/180, 65/7 et 72/276, en date du 20 décembre 2005, "
            "du 29 octobre 2010 et du 26 avril 2018")
    assert [m.date for m in mentions(text, "fr", "GA")] == ["", "", ""]


def test_another_body_named_before_a_bare_resolution_is_not_guessed() -> None:
    text = ("Noting the adoption, by the Economic and Social Commission for Asia and the Pacific, "
            "of resolution 72/7 of 19 May 2016")
    assert [m.certain for m in mentions(text, "en", "GA")] == [False]


def test_title_span_is_the_quoted_text() -> None:
    text = "its resolution 70/1 of 25 September 2015, entitled “Transforming our world”,"
    (mention,) = mentions(text, "en", "GA")
    assert text[mention.title_start : mention.title_end] == "Transforming our world"
    assert text[mention.date_start : mention.date_end] == "25 September 2015"


@pytest.mark.parametrize(("language", "written"), [
    ("en", "1 September 2015"), ("fr", "1er septembre 2015"), ("es", "1 de septiembre de 2015"),
    ("ru", "1 сентября 2015 года"), ("ar", "1 أيلول/سبتمبر 2015"), ("zh", "2015年9月1日"),
])
def test_dates_round_trip(language: str, written: str) -> None:
    assert format_date("2015-09-01", language) == written
    assert parse_date(written, language) == "2015-09-01"


@pytest.mark.parametrize(("language", "text", "expected"), [
    # GA 75/251 B ar PP2: the part's letter is spelled, here stretched with tatweel.
    ("ar", "وإذ تشير أيضا إلى قرارها 62/232 ألف المؤرخ 22 كانون الأول/ديسمبر 2007 وقرارها 75/251 بــاء",
     [("GA 62/232 A", "2007-12-22"), ("GA 75/251 B", "")]),
    # Russian writes the Cyrillic letter that looks like the Latin one.
    ("ru", "ссылаясь на свою резолюцию 67/290 А от 9 июля 2013 года и резолюцию 66/253 В",
     [("GA 67/290 A", "2013-07-09"), ("GA 66/253 B", "")]),
])
def test_a_part_letter_in_the_texts_script_is_the_latin_part(
    language: str, text: str, expected: list[tuple[str, str]],
) -> None:
    """The index and the other versions name a part "A", "B": the Arabic and Russian letters
    are read as those ("66/253 ألف" was looked up as 66/253, and not found)."""
    assert [(m.key, m.date) for m in mentions(text, language, "GA")] == expected
