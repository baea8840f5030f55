"""Labels, agenda lines and completion sequels are language data, in all six languages."""

from __future__ import annotations

import pytest

from drafter.core.agenda import agenda_line
from drafter.core.labels import LabelStyle, printed_labels
from drafter.core.script import capitalized_openers, right_to_left, spaced
from drafter.core.sequels import sequel, with_case_of


@pytest.mark.parametrize(("item", "language", "shown"), [
    ("15 and 116", "en", "Agenda items 15 and 116"),  # GA_70_1: was "Agenda item 15 and 116"
    ("14 et 122", "fr", "Points 14 et 122 de l’ordre du jour"),
    ("14 y 122", "es", "Temas 14 y 122 del programa"),
    ("14 и 122", "ru", "Пункты 14 и 122 повестки дня"),
    ("14 و 122", "ar", "البندان 14 و 122 من جدول الأعمال"),
    ("14和122", "zh", "议程项目14和122"),
    ("55", "ar", "البند 55 من جدول الأعمال"),
    ("78 (a)", "ru", "Пункт 78 a) повестки дня"),
    ("15, 16 and 17", "en", "Agenda items 15, 16 and 17"),
])
def test_agenda_lines_in_each_language(item: str, language: str, shown: str) -> None:
    assert agenda_line(item, language) == shown


def test_arabic_numbers_and_second_level_labels() -> None:
    items = [("operative", 0, None), ("subparagraph", 1, None), ("subparagraph", 2, None),
             ("subparagraph", 2, None), ("operative", 0, None)]
    assert printed_labels(items, LabelStyle.for_language("ar")) == ["1 -", "(أ)", "’1‘", "’2‘", "2 -"]
    assert printed_labels(items, LabelStyle.for_language("en")) == ["1.", "(a)", "(i)", "(ii)", "2."]
    assert printed_labels(items, LabelStyle.for_language("fr")) == ["1.", "a)", "i)", "ii)", "2."]
    assert printed_labels(items, LabelStyle.for_language("zh")) == ["1.", "(a)", "㈠", "㈡", "2."]


def test_chinese_second_level_goes_past_ten() -> None:
    items = [("operative", 0, None), ("subparagraph", 1, None)] + [("subparagraph", 2, None)] * 12
    labels = printed_labels(items, LabelStyle.for_language("zh"))
    assert labels[2:4] == ["㈠", "㈡"] and labels[11:14] == ["㈩", "(十一)", "(十二)"]


@pytest.mark.parametrize(("previous", "part", "language", "wanted"), [
    ("وإذ تشير إلى", "preamble", "ar", "وإذ تشير أيضا إلى"),
    ("إذ تشير إلى", "preamble", "ar", "وإذ تشير أيضا إلى"),
    ("وإذ تشير أيضا إلى", "preamble", "ar", "وإذ تشير كذلك إلى"),
    ("وإذ تشير كذلك إلى", "preamble", "ar", "وإذ تشير كذلك إلى"),  # not "وإذ أيضا تشير كذلك إلى"
    ("تطلب إلى", "operative", "ar", "تطلب أيضا إلى"),
    ("回顾", "preamble", "zh", "又回顾"),
    ("又回顾", "preamble", "zh", "还回顾"),  # not "又 又回顾"
    ("请", "operative", "zh", "又请"),
    ("ссылаясь на", "preamble", "ru", "ссылаясь также на"),
    ("просит", "operative", "ru", "просит также"),
    ("Requests", "operative", "en", "Also requests"),
    ("Recordando", "preamble", "es", "Recordando también"),
])
def test_sequels_follow_the_language_data(previous: str, part: str, language: str, wanted: str) -> None:
    assert sequel(previous, part, language) == wanted


def test_a_typed_capital_is_kept() -> None:
    assert with_case_of("ссылаясь также на", "Ссы") == "Ссылаясь также на"
    assert with_case_of("ссылаясь также на", "ссы") == "ссылаясь также на"
    assert with_case_of("Recalling also", "re") == "Recalling also"


def test_writing_system_facts_come_from_the_data() -> None:
    assert [right_to_left(lang) for lang in ("ar", "en", "zh")] == [True, False, False]
    assert [spaced(lang) for lang in ("zh", "ar", "ru")] == [False, True, True]
    assert [capitalized_openers(lang) for lang in ("en", "ru", "ar", "zh")] == [True, False, False, False]

