"""One source of month names for the citation patterns, the AKN date reader and the
parallel-version facts (resources/languages/<lang>.json)."""

from __future__ import annotations

import pytest

from drafter.citations.patterns import parse_date as citation_date
from drafter.core.lexicon import LANGUAGES
from drafter.core.months import month_numbers, written_months
from drafter.formats.akn.dates import parse_date as akn_date
from drafter.parallel.facts import facts_of_text
from drafter.resources import load_json


@pytest.mark.parametrize("language", LANGUAGES)
def test_twelve_written_months_each_with_its_number(language: str) -> None:
    months = written_months(language)
    assert len(months) == 12
    assert [month_numbers(language)[name.casefold()] for name in months] == list(range(1, 13))


def test_no_other_copy_of_the_month_names() -> None:
    assert all("months" not in data for data in load_json("citations/patterns.json")["languages"].values())
    assert all("months" not in data for data in load_json("parallel/dates.json")["languages"].values())


@pytest.mark.parametrize("language", [language for language in LANGUAGES if language != "zh"])
def test_every_month_read_alike_by_the_three_readers(language: str) -> None:
    patterns = load_json("citations/patterns.json")["languages"][language]["date_format"]
    for number, name in enumerate(written_months(language), start=1):
        text = patterns.format(day=5, month=name, year=2020)
        iso = f"2020-{number:02d}-05"
        assert citation_date(text, language) == iso
        assert akn_date(text).isoformat() == iso
        assert list(facts_of_text(text, language).dates) == [iso]


def test_other_forms_of_running_text() -> None:
    assert month_numbers("ru")["июле"] == 7 and month_numbers("es")["setiembre"] == 9
    assert month_numbers("ar")["سبتمبر"] == month_numbers("ar")["أيلول"] == 9
