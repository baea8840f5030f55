"""CLDR plural categories of whole counts, read from resources/plurals/cardinal.json."""

from __future__ import annotations

import re

import pytest

from drafter.core import plurals
from drafter.core.plurals import categories, category
from drafter.errors import DrafterError


def _expand(samples: str) -> list[int]:
    """CLDR's integer samples ("0, 5~19, 100") as numbers."""
    numbers: list[int] = []
    for item in samples.split(","):
        low, _, high = item.strip().partition("~")
        numbers.extend(range(int(low), int(high or low) + 1))
    return numbers


# The @integer samples CLDR publishes with each rule (language_plural_rules.html), so that
# the table and its reader are checked against the source, not against themselves.
CLDR_SAMPLES = {
    "en": {"one": "1", "other": "0, 2~16, 100, 1000, 10000, 100000, 1000000"},
    "fr": {"one": "0, 1", "many": "1000000", "other": "2~17, 100, 1000, 10000, 100000"},
    "es": {"one": "1", "many": "1000000", "other": "0, 2~16, 100, 1000, 10000, 100000"},
    "ru": {"one": "1, 21, 31, 41, 51, 61, 71, 81, 101, 1001",
           "few": "2~4, 22~24, 32~34, 42~44, 52~54, 62, 102, 1002",
           "many": "0, 5~19, 100, 1000, 10000, 100000, 1000000"},
    "ar": {"zero": "0", "one": "1", "two": "2", "few": "3~10, 103~110, 1003",
           "many": "11~26, 111, 1011",
           "other": "100~102, 200~202, 300~302, 400~402, 500~502, 600, 1000, 10000, 100000, 1000000"},
    "zh": {"other": "0~15, 100, 1000, 10000, 100000, 1000000"},
}


@pytest.mark.parametrize(("language", "name", "number"), [
    (language, name, number)
    for language, forms in CLDR_SAMPLES.items()
    for name, samples in forms.items()
    for number in _expand(samples)
])
def test_every_cldr_sample_gets_its_category(language, name, number) -> None:
    assert category(language, number) == name


@pytest.mark.parametrize(("count", "expected"), [
    (1, "one"), (2, "few"), (5, "many"), (11, "many"), (21, "one"), (22, "few"), (25, "many"),
])
def test_russian_has_three_forms_for_counts(count, expected) -> None:
    assert category("ru", count) == expected


@pytest.mark.parametrize(("count", "expected"), [
    (0, "zero"), (1, "one"), (2, "two"), (3, "few"), (11, "many"), (100, "other"),
])
def test_arabic_has_six_forms(count, expected) -> None:
    assert category("ar", count) == expected


def test_each_language_lists_its_categories_other_last() -> None:
    assert categories("en") == ("one", "other")
    assert categories("ru") == ("one", "few", "many", "other")
    assert categories("ar") == ("zero", "one", "two", "few", "many", "other")
    assert categories("zh") == ("other",)


def test_a_language_without_rules_is_one_line_naming_the_table() -> None:
    with pytest.raises(DrafterError, match=r"cardinal\.json: no plural rules for the language 'xx'"):
        category("xx", 1)


def test_a_rule_the_reader_does_not_know_is_one_line_naming_the_table(monkeypatch) -> None:
    monkeypatch.setattr(plurals, "load_json", lambda relative: {"languages": {"qq": {"one": "n is 1"}}})
    plurals._rules.cache_clear()
    try:
        unknown = re.escape("cardinal.json: cannot read the plural rule part 'n is 1'")
        with pytest.raises(DrafterError, match=unknown):
            category("qq", 1)
    finally:
        plurals._rules.cache_clear()
