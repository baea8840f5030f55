"""Document-symbol shapes: one data file (resources/citations/symbols.json), one reader.

Cover lines, Word headers, export links and citations each ask their own question
about a symbol; the shapes answering them sit side by side in one file, read only
through drafter.core.symbol_shapes, so that no layer keeps a copy of its own.
"""

from __future__ import annotations

import re

import pytest

from drafter.api import parse_text
from drafter.core.symbol_shapes import symbol_re, symbol_shape, symbol_table
from drafter.resources import load_json
from support.corpus import REPO

_BODY = "\n\n{organ},\n\nRecalling its resolutions,\n\n1. Decides to remain seized of the matter.\n"
_DATA_NAMED = re.compile(r"[\"']citations/symbols\.json[\"']")  # the file named in code, not in prose


def test_every_shape_compiles_and_says_what_it_is() -> None:
    data = load_json("citations/symbols.json")
    shapes = [name for name, entry in data.items() if isinstance(entry, dict) and "pattern" in entry]
    assert {"cited_number", "document_symbol", "short_number", "cover_line", "cover_column",
            "header_line", "linked_symbol"} <= set(shapes)
    for name in shapes:
        assert data[name]["note"]
        assert "{series}" not in symbol_shape(name)
        re.compile(symbol_shape(name))


def test_no_other_data_file_or_module_defines_or_reads_symbol_shapes() -> None:
    assert not {"symbol", "symbol_in_line"} & set(load_json("structure/patterns.json")["cover"])
    assert not {"series", "resolution_numbers"} & set(load_json("export/symbols.json"))
    readers = [path.relative_to(REPO).as_posix() for path in sorted((REPO / "drafter").rglob("*.py"))
               if _DATA_NAMED.search(path.read_text(encoding="utf-8"))]
    assert readers == ["drafter/core/symbol_shapes.py"]


@pytest.mark.parametrize(("line", "own"), [
    ("A/RES/70/1", True),
    ("S/RES/2231 (2015)", True),
    ("A/HRC/RES/44/18", True),
    ("E/CN.6/2021/L.3", True),
    ("a/res/70/1", True),  # any case, like every cover line
    ("A/RES/70/1 and A/RES/70/2", False),
    ("General Assembly", False),
])
def test_a_cover_line_that_is_the_texts_own_symbol(line: str, own: bool) -> None:
    assert (symbol_re("cover_line").match(line) is not None) is own
    text = line + _BODY.format(organ="The General Assembly")
    assert (parse_text(text, language="en").meta.symbol == line) is own


def test_a_symbol_in_a_cover_line_of_two_columns() -> None:
    found = symbol_re("cover_column").search("United Nations     S/RES/1454 (2002)")
    assert found is not None and found.group(0) == "S/RES/1454 (2002)"


@pytest.mark.parametrize(("line", "own"), [
    ("A/RES/72/248", True),
    ("A/RES/70/1*", True),  # reissued
    ("S/RES/2231 (2015)", True),
    ("a/res/72/248", False),  # a Word header writes it in capitals
    ("Distr.: General", False),
])
def test_a_word_header_line_that_is_the_symbol(line: str, own: bool) -> None:
    assert (symbol_re("header_line").match(line) is not None) is own


def test_linked_symbols_take_the_longest_series() -> None:
    text = "See ECE/TRADE/C/2021/1, SPLOS/303, A/72/70/Add.1 and XYZ/12."
    assert [m.group(0) for m in symbol_re("linked_symbol").finditer(text)] == [
        "ECE/TRADE/C/2021/1", "SPLOS/303", "A/72/70/Add.1"]
    assert "ECE" in symbol_table("series")


@pytest.mark.parametrize(("organ", "number", "symbol"), [
    ("The General Assembly", "70/1", "A/RES/70/1"),
    ("The Economic and Social Council", "2021/7", "E/RES/2021/7"),
    ("The Human Rights Council", "44/18", "A/HRC/RES/44/18"),
])
def test_an_adopted_symbol_is_the_organs_prefix_and_number(organ: str, number: str, symbol: str) -> None:
    cover = f"Resolution adopted by the {organ[4:]} on 8 June 2021\n\n{number}. Future operation"
    assert parse_text(cover + _BODY.format(organ=organ), language="en").meta.symbol == symbol
