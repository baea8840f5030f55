"""Typography rules that look at the characters around a mark, and the possessive rule.

French puts a no-break space before ; : ! ? and inside « » (UN French follows the
national convention, drafting-rules 4.7; narrow U+202F and U+00A0 are both
accepted). A missing space is an error; an ordinary space where a no-break space
belongs is only information, because plain-text copies of official texts (the
seed GA 68/131) show ordinary spaces there. English uses curly quotes; straight
quotes are paired here so that the fix replaces both at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from drafter.checks.style.catalogue import terms
from drafter.checks.style.context import Hit, StyleContext

NBSP = "\u00a0"
_SPACES = " \u00a0\u202f\u2009\t\n"
_MARKS = re.compile(r"[;:!?]")
_NOT_BEFORE_MARK = set(" \u00a0\u202f\u2009\t\n([«/")
_CAPITAL_NEXT = re.compile(r"[ \u00a0]+[A-Z]")
_FR_ORDINARY = re.compile(r"( )([;:!?])")
_OPEN_MISSING = re.compile(r"«(?=[^\s\u00a0\u202f\u2009])")
_OPEN = re.compile(r"«")
_OPEN_ORDINARY = re.compile(r"«( )")
_CLOSE = re.compile(r"»")
_CLOSE_ORDINARY = re.compile(r"( )»")
_STRAIGHT_PAIR = re.compile(r"\"([^\"\n]*)\"")


def _systematic(context: StyleContext, key: str, mark: re.Pattern[str], look_after: bool) -> set[str]:
    """The marks the whole document leaves unspaced (a copy that lost the space, or EU style).

    One missing space in a text that otherwise has them is a slip worth an error; the
    same "slip" on every ";" of a text is its convention (a PDF copy may lose the
    narrow space before ";" and keep the one before ":"), and flagging each would
    bury every other finding. ``look_after``: the space belongs after the mark («).
    """
    if key not in context.memory:
        joined = "\n".join(p.text for p in context.resolution.paragraphs)
        counts: dict[str, list[int]] = {}
        for match in mark.finditer(joined):
            if look_after:
                neighbour = joined[match.end() : match.end() + 1]
            else:
                neighbour = joined[match.start() - 1 : match.start()]
                following = joined[match.end() : match.end() + 1]
                if neighbour in _NOT_BEFORE_MARK - set(_SPACES) or following.isalnum():
                    continue  # "(;", "10:30", "http://": not a mark the rule would look at
            counts.setdefault(match.group(), [0, 0])
            if neighbour and neighbour in _SPACES:
                counts[match.group()][0] += 1
            else:
                counts[match.group()][1] += 1
        context.memory[key] = {
            char for char, (spaced, unspaced) in counts.items() if unspaced >= 3 and unspaced > spaced
        }
    return set(context.memory[key])


def fr_space_before_punctuation(context: StyleContext, text: str, address: str) -> Iterator[Hit]:
    """"aux décisions;" -> "aux décisions ;" (no-break space), not in 10:30, http:// or ratios."""
    convention = _systematic(context, "style.fr-unspaced-marks", _MARKS, look_after=False)
    for match in _MARKS.finditer(text):
        start = match.start()
        if match.group() in convention:
            continue
        if not start or text[start - 1] in _NOT_BEFORE_MARK:
            continue
        following = text[start + 1 : start + 2]
        if (following and following.isalnum()) or text[start : start + 3] == "://":
            continue
        if match.group() == ":" and _CAPITAL_NEXT.match(text, start + 1):
            continue  # "From Pollution to Solution: A Global Assessment": an English title
        yield Hit(start, start + 1, NBSP + match.group(), {"mark": match.group()})


def fr_nbsp_before_punctuation(context: StyleContext, text: str, address: str) -> Iterator[Hit]:
    """An ordinary space before ; : ! ? breaks lines before the mark; a no-break space does not."""
    for match in _FR_ORDINARY.finditer(text):
        if not match.start() or text[match.start() - 1].isspace():
            continue
        yield Hit(match.start(1), match.end(1), NBSP, {"mark": match.group(2)})


def fr_guillemet_space(context: StyleContext, text: str, address: str) -> Iterator[Hit]:
    """"«Développement social»" -> "« Développement social »"."""
    if _systematic(context, "style.fr-unspaced-guillemets", _OPEN, look_after=True):
        return  # guillemets without inner spaces throughout: the copy's convention
    for match in _OPEN_MISSING.finditer(text):
        yield Hit(match.start(), match.end(), "«" + NBSP, {"mark": "«"})
    for match in _CLOSE.finditer(text):
        if not match.start() or text[match.start() - 1] in _SPACES:
            continue
        yield Hit(match.start(), match.end(), NBSP + "»", {"mark": "»"})


def fr_guillemet_nbsp(context: StyleContext, text: str, address: str) -> Iterator[Hit]:
    """An ordinary space inside « » may leave a guillemet alone at a line end."""
    for pattern, mark in ((_OPEN_ORDINARY, "«"), (_CLOSE_ORDINARY, "»")):
        for match in pattern.finditer(text):
            yield Hit(match.start(1), match.end(1), NBSP, {"mark": mark})


def curly_quotes(context: StyleContext, text: str, address: str) -> Iterator[Hit]:
    """"entitled "Social development"" -> "entitled “Social development”" (PU05)."""
    for match in _STRAIGHT_PAIR.finditer(text):
        yield Hit(match.start(), match.end(), f"“{match.group(1)}”")


_APOSTROPHE_S = re.compile(r"['’]s?(?!\S)")


@cache
def _names() -> tuple[frozenset[str], int]:
    """Country names as a set, and the most words one has (for the look-back)."""
    names = frozenset(terms()["country_names_en"])
    return names, max(len(name.split()) for name in names)


def possessive_country(context: StyleContext, text: str, address: str) -> Iterator[Hit]:
    """"Haiti's Government" -> "the Government of Haiti" (AB05): no possessive with a State's name."""
    names, longest = _names()
    for mark in _APOSTROPHE_S.finditer(text):
        before = text[max(0, mark.start() - 80) : mark.start()]
        before = before[before.rfind("\n") + 1 :]  # this paragraph only, in a joined text
        if not before or before[-1].isspace():
            continue
        words = before.split()
        for count in range(min(longest, len(words)), 0, -1):
            name = " ".join(words[-count:])
            if name in names:
                yield Hit(mark.start() - len(name), mark.end(), None, {"name": name})
                break


RULES = {
    "fr_space_before_punctuation": fr_space_before_punctuation,
    "fr_nbsp_before_punctuation": fr_nbsp_before_punctuation,
    "fr_guillemet_space": fr_guillemet_space,
    "fr_guillemet_nbsp": fr_guillemet_nbsp,
    "curly_quotes": curly_quotes,
    "possessive_country": possessive_country,
}
