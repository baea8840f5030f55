"""Oxford -ize spelling, found from the suffix backwards.

A pattern that lists a hundred stems ("organi", "recogni" …) before the s is slow to
scan, because it can start at any letter. Every word it can match ends in
"is" + a suffix, so the scan looks for that literal first and checks the whole word
only there. The stems and suffixes are data (``resources/rules/style_terms.json``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from drafter.checks.style.catalogue import terms
from drafter.checks.style.context import Hit, StyleContext

# Owners spell these names with s: Organisation for Economic Co-operation and
# Development, Organisation of Islamic Cooperation, … — left alone when capitalized.
_PROPER = "Organisation"


@cache
def _suffix_anchor() -> re.Pattern[str]:
    suffixes = "|".join(terms()["ize_suffixes"])
    return re.compile(rf"is(?:{suffixes})\b")


@cache
def _word() -> re.Pattern[str]:
    data = terms()
    prefixes = "|".join(data["ize_prefixes"])
    stems = "|".join(sorted(data["ize_stems"], key=len, reverse=True))
    suffixes = "|".join(data["ize_suffixes"])
    return re.compile(rf"((?:{prefixes})?(?:{stems}))s((?:{suffixes}))", re.IGNORECASE)


def _in_word(char: str) -> bool:
    return (char.isascii() and char.isalpha()) or char == "-"


def spelling_ize(context: StyleContext, text: str, address: str) -> Iterator[Hit]:
    """"organisation" -> "organization", "Recognising" -> "Recognizing" (SP01)."""
    for anchor in _suffix_anchor().finditer(text):
        start = anchor.start()
        while start > 0 and _in_word(text[start - 1]):
            start -= 1
        word = _word().fullmatch(text, start, anchor.end())
        if not word or text.startswith(_PROPER, start):
            continue
        replacement = f"{word.group(1)}z{word.group(2)}"
        yield Hit(start, anchor.end(), replacement)


RULES = {"spelling_ize": spelling_ize}
