"""Whether two aligned paragraphs cite the same document symbols.

Symbols (A/RES/70/1, A/76/123, 70/1) are written identically in every language, so a
symbol in one version that the other lacks is an error. The comparison forgives what is
not a difference of substance: a symbol one version repeats ("第65/280号决议" again where
English says "in which"), a footnote mark glued to a symbol ("60/2141" for 60/214 and
note 1; "HIV/AIDS1", no symbol at all), a short symbol reversed by right-to-left layout
("156/75" for 75/156), a Roman numeral another language writes in figures (decision
"VII/11" is "7/11" in Arabic) and a two-year period written in full ("1982/83" is
"1982/1983"), and a law's number and year that another language writes in words ("Law No.
10/2018" is "loi no 10 de 2018" in French).
"""

from __future__ import annotations

import re
from collections import Counter

from drafter.core.model import roman_value

_SHORT_PERIOD = re.compile(r"(?P<century>1[89]|20)(?P<first>\d\d)/(?P<second>\d\d)")
_NUMBER_OF_YEAR = re.compile(r"(?P<number>\d{1,4})/(?P<year>(?:19|20)\d\d)")


def symbols_apart(a: Counter[str], b: Counter[str], notes: tuple[set[str], set[str]],
                  figures: tuple[Counter[str], Counter[str]] = (Counter(), Counter()),
                  ) -> tuple[Counter[str], Counter[str]]:
    """The symbols of each version that the other does not cite (``notes``: each version's
    footnote numbers; ``figures``: each version's figures outside symbols and dates). Twins
    in another spelling are matched before glued note marks are dropped, so that decision
    "X/3" beside note 3 still pairs with "10/3"."""
    only_a = Counter({s: 1 for s in a if s not in b})
    only_b = Counter({s: 1 for s in b if s not in a})
    for mine, theirs, numbers in ((only_a, only_b, notes[0]), (only_b, only_a, notes[1])):
        for symbol in list(mine):
            twin = next((t for t in theirs if theirs[t] and _same_symbol(symbol, t, numbers)), None)
            if twin is not None and mine[symbol]:
                mine[symbol] -= 1
                theirs[twin] -= 1
    for mine, numbers in ((only_a, notes[0]), (only_b, notes[1])):
        for symbol in list(mine):
            bare = symbol.rstrip("0123456789")
            if symbol[len(bare):] in numbers and not any(ch.isdigit() for ch in bare):
                mine[symbol] = 0
    for mine, theirs, their_figures in ((only_a, only_b, figures[1]), (only_b, only_a, figures[0])):
        for symbol in list(mine):
            if not +theirs and _in_words(symbol, their_figures):
                mine[symbol] = 0
    return +only_a, +only_b  # unary plus drops the zero counts


def _in_words(symbol: str, figures: Counter[str]) -> bool:
    """Whether a number-and-year symbol ("10/2018") is written as its two figures in the
    other version ("loi no 10 de 2018"), which then cites no other symbol there."""
    parts = _NUMBER_OF_YEAR.fullmatch(symbol)
    return bool(parts) and figures[parts["number"].lstrip("0")] > 0 and figures[parts["year"]] > 0


def _same_symbol(written: str, other: str, notes: set[str]) -> bool:
    """Whether two spellings name one document."""
    forms = {written}
    bare = written.rstrip("0123456789")
    for cut in range(len(bare), len(written)):
        if written[cut:] in notes:
            forms.add(written[:cut])
    wanted = {_normal(other)}
    if other.count("/") == 1:
        first, second = other.split("/")
        wanted.add(_normal(f"{second}/{first}"))
    return any(_normal(form) in wanted for form in forms)


def _normal(symbol: str) -> str:
    """'VII/11' -> '7/11' (Roman segments in figures); '1982/83' -> '1982/1983'."""
    period = _SHORT_PERIOD.fullmatch(symbol)
    if period:
        century = int(period["century"]) + (period["second"] < period["first"])
        return f"{period['century']}{period['first']}/{century}{period['second']}"
    parts = symbol.split("/")
    values = [roman_value(part) if part.isupper() else None for part in parts]
    return "/".join(part if value is None else str(value) for part, value in zip(parts, values, strict=True))
