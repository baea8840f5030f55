"""How United Nations document symbols are written: the one reader of their data.

Symbols are read on several layers: a text's own symbol in its cover lines (parsing)
and in a Word file's header (formats/docx), the symbols a Word export links
(formats/docx/ooxml), the resolutions a text cites (citations). Their shapes are named
entries of one data file, ``resources/citations/symbols.json``, each with its sources,
so that a new series or way of writing a symbol is one change there that every reader
sees. This module sits in core, below all of those layers, and is the only one that
opens the file.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from drafter.resources import load_json

_DATA = "citations/symbols.json"
_SERIES = "{series}"  # in a pattern: the series list, as one alternation
_PART_LETTERS = "{part_letters}"  # in a pattern: a part's letter in another script
_TATWEEL = "\u0640"


def symbol_table(name: str) -> Any:
    """A table of the symbol data that is not a pattern: ``own_symbol_prefixes`` (prefix ->
    organ of a text's own resolution or decision symbol), ``resolution_symbols`` (a cited
    number's shape -> the resolution's symbol), ``series``."""
    entry = load_json(_DATA)[name]
    return entry.get("all", entry) if isinstance(entry, dict) else entry


@cache
def symbol_shape(name: str) -> str:
    """The regular expression (as text, for callers that build on it) of one named shape.

    A ``{series}`` in the data stands for the series list, longest first so that "ECE"
    is tried before "E".
    """
    pattern: str = load_json(_DATA)[name]["pattern"]
    if _SERIES in pattern:
        series = sorted((re.escape(s) for s in symbol_table("series")), key=len, reverse=True)
        pattern = pattern.replace(_SERIES, "|".join(series))
    if _PART_LETTERS in pattern:
        # A letter's name may be stretched with tatweel ("بــاء"): allowed between its letters.
        written = symbol_table("part_letters")["letters"]
        letters = ("(?:\u0640*)".join(re.escape(c) for c in letter) for letter in written)
        pattern = pattern.replace(_PART_LETTERS, "|".join(sorted(letters, key=len, reverse=True)))
    return pattern


def latin_part_letter(number: str) -> str:
    """A cited number with its part's letter as the index writes it: "66/253 ألف" and
    "67/290 А" (Cyrillic) become "66/253 A" and "67/290 A"; other numbers are unchanged."""
    plain = number.replace(_TATWEEL, "")
    for written, latin in symbol_table("part_letters")["letters"].items():
        head = plain.removesuffix(written).rstrip()
        if head != plain.rstrip() and head[-1:].isdigit():
            return f"{head} {latin}"
    return number


@cache
def symbol_re(name: str) -> re.Pattern[str]:
    """The named shape, compiled (``symbol_shape``)."""
    return re.compile(symbol_shape(name))


def organ_of_symbol(symbol: str) -> tuple[str, str | None] | None:
    """Whose document ``symbol`` is, by how it starts (``organ_by_symbol_start``): the
    organ's code ("GA", "GA_COMMITTEE", "SC", "ECOSOC", "HRC") and, for a Main
    Committee's draft, the committee's number ("3" for A/C.3/76/L.12); None for a
    symbol of no organ's series."""
    for entry in symbol_table("organ_by_symbol_start"):
        found = re.match(entry["pattern"], symbol)
        if found:
            return entry["organ"], found.groupdict().get("committee")
    return None
