"""Reference style rules that need to read a list of resolutions, not one match.

"its resolutions 62/63 of 6 December 2007, 63/119 of 11 December 2008 and 77/98"
is one citation of three resolutions, each of which may or may not carry its
date; "resolutions 1267 (1999), 1989 (2011) and 2253" cites three Security Council
resolutions, the last without its year. These rules walk such lists item by item.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from drafter.checks.style.context import Hit, StyleContext

# The noun first (a fast scan); "its" / "sa" / "su" before it is looked up afterwards.
_ANCHOR = re.compile(r"[Rr](?:esolutions?|ésolutions?|esoluci(?:ón|ones))[ \u00a0]+(?=\d)")
_OWN = re.compile(r"(?<!\w)(?:its|sa|ses|su|sus)[ \u00a0]+$", re.IGNORECASE)
# "(2015)", "(XV)", special sessions "(S-VI)"; OCR copies also give "( 1991)" and "(199l)".
_SESSION_OR_YEAR = r"\s*\(\s*(?:[\dIlO]{4}|(?:S-|ES-)?(?:[IVXLC]+|\d{1,2}))\s*\)"
# Lettered parts of a resolution: "49/75 I", "53/77 AA", "3411 A and B".
_LETTERS = r"(?:\s[A-Z]{1,2}(?:\s*(?:,|and|et|y)\s*[A-Z]{1,2}(?![\w/]))*(?![\w/]))"
_DATE = {
    "en": r"(?:,?\s+(?:of|adopted\s+on)\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})",
    "fr": r"(?:,?\s+(?:du|en\s+date\s+du|adoptée\s+le)\s+\d{1,2}(?:er)?\s+\w+\s+\d{4})",
    "es": r"(?:,?\s+(?:de|del)\s+\d{1,2}\s+de\s+\w+\s+de\s+\d{4})",
}
_SEPARATOR = re.compile(r"(?:,\s*(?:(?:and|et|y)\s+)?|\s+(?:and|et|y)\s+)(?=\d)")
_ITEMS = {
    language: re.compile(
        rf"(?P<number>\d{{1,4}}(?:/\d{{1,4}})?)(?![\d/])(?P<letters>{_LETTERS})?"
        rf"(?P<year>{_SESSION_OR_YEAR})?(?P<date>{date})?"
    )
    for language, date in _DATE.items()
}


@dataclass(frozen=True)
class Citation:
    """One resolution number inside a citation list."""

    number: str
    start: int
    end: int
    own: bool  # introduced by "its" / "sa" / "su": the organ's own resolution
    has_year: bool  # "(2015)" or "(XV)" follows
    has_letters: bool  # "217 A (III)"
    has_date: bool


def cached_citations(context: StyleContext, text: str) -> list[Citation]:
    """Both reference rules read the same citations: find them once per text and run."""
    cache = context.memory.setdefault("style.citations", {})
    if text not in cache:
        cache[text] = list(citations(text, context.language))
    return cache[text]


def citations(text: str, language: str) -> Iterator[Citation]:
    """Every resolution number cited after "resolution(s)" in ``text``, list items included."""
    item = _ITEMS.get(language, _ITEMS["en"])
    for anchor in _ANCHOR.finditer(text):
        if anchor.start() and text[anchor.start() - 1].isalnum():
            continue
        own = _OWN.search(text, max(0, anchor.start() - 5), anchor.start()) is not None
        position = anchor.end()
        while True:
            match = item.match(text, position)
            if not match:
                break
            yield Citation(
                number=match.group("number"),
                start=match.start("number"),
                end=match.end("number"),
                own=own,
                has_year=match.group("year") is not None,
                has_letters=match.group("letters") is not None,
                has_date=match.group("date") is not None,
            )
            separator = _SEPARATOR.match(text, match.end())
            if not separator:
                break
            position = separator.end()


def _organ_numbering(number: str) -> bool:
    """GA numbers since the 31st session (66/122) or ECOSOC years (2021/7).

    "its resolution 2/10" after "the United Nations Environment Assembly" is another
    body's resolution: small session numbers belong to UNEA, HRC and the like.
    """
    session = number.split("/", 1)[0]
    return len(session) == 4 or (len(session) == 2 and int(session) >= 31)


def first_mention_date(context: StyleContext, text: str, address: str) -> Iterator[Hit]:
    """The organ's own resolution, first cited in the body, carries its date (RF01).

    Only "its resolution NN/NN" citations in the preamble are held to the rule: a
    bare "resolution 60/251" may be a later or an in-passing mention, and operative
    paragraphs refer back without dates. Mentions elsewhere still count as seen.
    """
    if address.startswith("META:"):
        return
    # Operative back-references ("as requested in its resolution 77/123") are undated.
    preamble = address.startswith("PP")
    seen = context.remember("style.cited-resolutions")
    for citation in cached_citations(context, text):
        if "/" not in citation.number:
            continue
        first = citation.number not in seen
        seen.add(citation.number)
        undated_own = citation.own and not citation.has_date
        if first and preamble and undated_own and _organ_numbering(citation.number):
            yield Hit(citation.start, citation.end, None, {"number": citation.number})


def sc_resolution_year(context: StyleContext, text: str, address: str) -> Iterator[Hit]:
    """Security Council resolutions are cited with their year: "2231 (2015)" (RF05)."""
    for citation in cached_citations(context, text):
        if "/" in citation.number or len(citation.number) < 3:
            continue
        if citation.has_year or citation.has_letters:
            continue
        yield Hit(citation.start, citation.end, None, {"number": citation.number})


RULES = {
    "first_mention_date": first_mention_date,
    "sc_resolution_year": sc_resolution_year,
}
