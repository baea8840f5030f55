"""Document symbols and resolution numbers, from the one data source (resources/citations/symbols.json)."""

from __future__ import annotations

import pytest

from drafter.citations.extract import mentions
from drafter.citations.symbols import own_key, symbols_in_text


def _found(text: str) -> list[str]:
    return [match.group(0) for match in symbols_in_text().finditer(text)]


def test_full_symbols_are_found_whole_and_never_as_their_numbers() -> None:
    text = ("Taking note of the report of the Secretary-General (A/75/455/Add.5), document E/CN.6/2021/L.3 "
            "and letter S/2020/123, and recalling A/RES/70/1 and A/HRC/RES/44/18,")
    expected = ["A/75/455/Add.5", "E/CN.6/2021/L.3", "S/2020/123", "A/RES/70/1", "A/HRC/RES/44/18"]
    assert _found(text) == expected


def test_short_numbers_are_found_in_any_language() -> None:
    assert _found("résolutions 70/1 et 2021/7") == ["70/1", "2021/7"]
    assert _found("第74/153号决议") == ["74/153"]
    assert _found("paragraph 12 of the annex, 1,000 people") == []


@pytest.mark.parametrize(
    ("symbol", "key"),
    [
        ("A/RES/70/1", ("GA 70/1", "")),
        ("S/RES/2231 (2015)", ("SC 2231", "2015")),
        ("E/RES/2021/7", ("ECOSOC 2021/7", "")),
        ("A/HRC/RES/44/18", ("HRC 44/18", "")),
        ("E/DEC/2021/201", ("ECOSOC dec 2021/201", "")),
        ("A/75/L.1", ("", "")),
    ],
)
def test_a_texts_own_symbol_gives_its_index_key(symbol: str, key: tuple[str, str]) -> None:
    assert own_key(symbol) == key


def test_cited_numbers_of_every_shape_are_read_after_the_noun() -> None:
    text = ("Recalling its resolutions 1514 (XV) of 14 December 1960, 217 A (III), ES-10/19 and 53/77 AA, "
            "and Security Council resolution 2231 (2015),")
    assert [m.number for m in mentions(text, "en")] == ["1514", "217 A", "ES-10/19", "53/77 AA", "2231"]
