"""The language a text is evidently written in, when it was opened as another.

A language given by the user (``drafter check --language``, the editor's choice, a
file's folder) wins when the text is genuinely in it. Texts in another script are
already read in their own (formats/text/reader); this module weighs the evidence
between languages of one script (English, French, Spanish): a French text filed as
English (GA 75/274 fr under text/en) would otherwise be checked with English spelling
and reported as having "the wrong organ's formula".

The evidence is the organ formula and the opening phrases, never a single word: the
text's first formula must be another language's ("L’Assemblée générale,"), and most of
the lines whose opener one of the candidate lexicons knows must be known only to that
language's. A text with no formula at all switches only on an overwhelming majority of
openers. An English text quoting a French passage keeps its English formula, so stays
English. The switch is told to the user once (reader note, checks/formatting:
``language-read-as``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import islice

from drafter.core.lexicon import LANGUAGES, lexicon, script_of
from drafter.parsing.patterns import formula_of

_LINES = 800  # lines (or blocks) enough to see the formula and dozens of openers
_LABEL = re.compile(r"^\s*(?:\d{1,3}\s*[.\-–]?\s+|\([a-z]{1,4}\)\s+)?")
# With another language's formula: at least this many openers known only to it, and
# this many times as many as those known only to the given language.
_WITH_FORMULA = (3, 3)
# With no formula of either language: a far larger majority.
_WITHOUT_FORMULA = (10, 10)

NOTE_PREFIX = "language: read as "


def evident_language(texts: Iterable[str], given: str | None) -> str | None:
    """The language the lines or blocks ``texts`` are evidently in when it is not
    ``given`` (a language of the same script), else None."""
    if given not in LANGUAGES:
        return None
    candidates = [lang for lang in LANGUAGES if lang != given and script_of(lang) == script_of(given)]
    if not candidates:
        return None
    lines = [text for text in islice(texts, _LINES) if text.strip()]
    formula = next((found for text in lines if (found := formula_of(text))), None)
    if formula is not None and formula[1] == given:
        return None
    hits = _opener_hits(lines, (given, *candidates))
    if formula is not None and formula[1] in candidates:
        other, (least, ratio) = formula[1], _WITH_FORMULA
    else:
        other, (least, ratio) = max(candidates, key=lambda lang: hits[lang]), _WITHOUT_FORMULA
    return other if hits[other] >= least and hits[other] >= ratio * hits[given] else None


def _opener_hits(lines: list[str], languages: tuple[str, ...]) -> Counter:
    """Per language, the lines whose opening phrase only that language's lexicon knows."""
    hits: Counter = Counter()
    for text in lines:
        body = _LABEL.sub("", text, count=1)[:200]
        known = [
            lang for lang in languages
            if lexicon(lang).match(body, "preamble") or lexicon(lang).match(body, "operative")
        ]
        if len(known) == 1:
            hits[known[0]] += 1
    return hits


def language_note(read_as: str, given: str) -> str:
    """The reader note telling that a text opened as ``given`` is read as ``read_as``."""
    return f"{NOTE_PREFIX}{read_as}, opened as {given}"


def note_languages(note: str) -> tuple[str, str] | None:
    """(read as, opened as) from a ``language_note``, else None."""
    if not note.startswith(NOTE_PREFIX):
        return None
    read_as, _, given = note[len(NOTE_PREFIX):].partition(", opened as ")
    return (read_as, given) if read_as in LANGUAGES and given in LANGUAGES else None
