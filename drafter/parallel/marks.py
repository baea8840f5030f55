"""What a paragraph shows in every language besides its facts: brackets, quotation marks,
its final punctuation, the Latin-script tokens it keeps ("COVID-19", "UNRWA") and the word
stems it shares with English through international words (cognates).

None of these is certain enough to report, but each tells a paragraph from its neighbours
when the alignment must decide where a paragraph is missing: a paragraph ending in a colon
(it introduces sub-paragraphs) is translated by one ending in a colon, a paragraph with two
brackets by one with two brackets, and "Cognizant that the proliferation of nuclear
weapons" by "Sachant que la prolifération des armes nucléaires" more than by its neighbour.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from drafter.resources import load_json

# An acronym or code kept in Latin script: two capitals or more ("UNRWA", "HIV"), or a word
# with a capital or digit after its first letter ("COVID-19", "UN-Women").
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9\-]*[A-Z0-9][A-Za-z0-9\-]*|[A-Z]{2,}")
_ENDS = {":": ":", "：": ":", ";": ";", "；": ";", "؛": ";", ".": ".", "。": ".", ",": ",", "，": ",",
         "،": ","}
_BRACKETS = ("(", "（")
_QUOTES = "\"“«„「《"


@dataclass(frozen=True)
class Marks:
    brackets: int = 0
    quotes: int = 0
    end: str = ""  # ":", ";", ".", "," or "" (another character)
    latin: Counter[str] = field(default_factory=Counter)
    stems: frozenset[str] = frozenset()  # cognate stems, spelled the English way


@cache
def _cognate_data() -> tuple[dict[int, str], tuple[tuple[str, str], ...], re.Pattern[str], int]:
    data = load_json("parallel/cognates.json")
    table = str.maketrans(data["romanization"])
    folds = tuple((before, after) for before, after in data["folds"])
    return table, folds, re.compile(f"[a-z]{{{data['shortest_word']},}}"), data["stem_length"]


@cache
def _stem(word: str) -> str:
    _, folds, _, length = _cognate_data()
    for before, after in folds:
        word = word.replace(before, after)
    return re.sub(r"(.)\1", r"\1", word)[:length]


class _WithoutCombining(dict[int, int | None]):
    """A str.translate table that drops combining marks (accents after NFKD), filled on
    first sight of each character: the per-character test then runs in C, which keeps the
    stems of a 455-paragraph pair to a few milliseconds."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_WITHOUT_COMBINING = _WithoutCombining()


def cognate_stems(text: str) -> frozenset[str]:
    """The stems of the text's longer words, romanized, without accents, spelled alike."""
    table, _, word, _ = _cognate_data()
    plain = unicodedata.normalize("NFKD", text.lower().translate(table)).translate(_WITHOUT_COMBINING)
    return frozenset(_stem(w) for w in word.findall(plain))


def marks_of(text: str) -> Marks:
    stripped = text.rstrip()
    return Marks(
        brackets=sum(text.count(b) for b in _BRACKETS),
        quotes=sum(text.count(q) for q in _QUOTES),
        end=_ENDS.get(stripped[-1:], ""),
        latin=Counter(_LATIN.findall(text)),
        stems=cognate_stems(text),
    )
