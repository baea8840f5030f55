"""Pairing the paragraphs of two language versions of one resolution.

Structure first: when both versions have the same sequence of addresses (the normal
case for official texts), paragraph k pairs with paragraph k. Otherwise a global
alignment (Needleman–Wunsch, kept to a band around the diagonal) pairs what the
content supports: the paragraph's kind, its length relative to the two texts' overall
length ratio, its language-independent facts (dates, symbols, figures, footnote marks)
and its opener's meaning in the other language (the lexicons name each opener's English
phrase). A paragraph left unpaired is missing from the other version.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from drafter.checks.structure.sequencing import sequencing_stage
from drafter.core.lexicon import language_settings, lexicon
from drafter.core.model import Paragraph, Resolution
from drafter.parallel.facts import Facts, facts_of

GAP = -1.0
BAND = 40  # how far from the diagonal (beyond the count difference) a pair may sit
WINDOW = 4  # paragraphs compared at once when deciding that two runs still agree
STAGE = 0.7  # "Welcoming" against "Welcoming also": versions mostly keep the adverb, not always
MARGIN = 5  # paragraphs at the end of an agreeing run that the full alignment decides again
STRUCTURE = 1.5  # one address in two series of equal length: structure says they pair
_LAST_STEP = re.compile(r"(?:\d+|\([a-z]+\))$")  # "OP5(b)" -> series "OP5(#", "B.PP3" -> "B.PP#"


@dataclass
class Unit:
    """One paragraph of one version, with what the alignment compares."""

    paragraph: Paragraph
    facts: Facts
    meaning: frozenset[str]  # the opener's English first word(s), lower case; empty when unknown
    stage: int = 0  # 1 plain, 2 "also", 3 "further"; 0 when the opener is unknown
    adverb: str | None = None  # the sequencing adverb as written

    @property
    def address(self) -> str:
        return self.paragraph.address


def units_of(resolution: Resolution) -> list[Unit]:
    language = resolution.meta.language or "en"
    return [_unit(p, language) for p in resolution.paragraphs]


def _unit(paragraph: Paragraph, language: str) -> Unit:
    """The opener's meaning is the first word of its English equivalents ("stressing/emphasizing"
    gives both); its stage tells "Welcoming" from "Welcoming also" beside it."""
    facts = facts_of(paragraph, language)
    part = "preamble" if paragraph.is_preamble else "operative"
    try:
        found = lexicon(language).match(paragraph.text, part)
    except ValueError:  # no lexicon for this language
        found = None
    if found is None:
        return Unit(paragraph, facts, frozenset())
    english = found.entry.phrase if language == "en" else found.entry.english
    meaning = frozenset(filter(None, (_first_verb(option) for option in (english or "").split("/"))))
    stage, _, adverb = sequencing_stage(language, paragraph.text[: found.italic_end])
    return Unit(paragraph, facts, meaning, stage, adverb)


def _overlap(a: Counter[str], b: Counter[str]) -> float | None:
    """-1 (nothing shared) … 1 (the same), None when neither has any."""
    if not a and not b:
        return None
    shared = sum((a & b).values())
    return 2 * (2 * shared / (sum(a.values()) + sum(b.values()))) - 1


@cache
def _english_adverbs() -> frozenset[str]:
    settings = language_settings("en")
    return frozenset(settings.get(key, key) for key in ("also", "further"))


def _first_verb(english: str) -> str:
    """"Also notes" -> "notes": the English phrase's first word after a sequencing adverb."""
    words = english.lower().split()
    while len(words) > 1 and words[0] in _english_adverbs():
        words = words[1:]
    return words[0] if words else ""


def similarity(a: Unit, b: Unit, ratio: float, agreed: frozenset[str] = frozenset()) -> float:
    score = 0.5 if a.paragraph.kind is b.paragraph.kind else -0.5
    if a.address == b.address and a.address in agreed:
        score += STRUCTURE
    if a.facts.length and b.facts.length:
        spread = abs(math.log(b.facts.length / (ratio * a.facts.length)))
        score += 0.6 - 1.2 * min(spread, 1.5) / 1.5
    for mine, theirs in ((a.facts.dates, b.facts.dates), (a.facts.symbols, b.facts.symbols),
                         (a.facts.numbers, b.facts.numbers)):
        overlap = _overlap(mine, theirs)
        if overlap is not None:
            score += 1.5 * overlap
    if a.facts.footnotes or b.facts.footnotes:
        score += 0.5 if a.facts.footnotes == b.facts.footnotes else -0.5
    if a.meaning and b.meaning:
        score += 1.0 if a.meaning & b.meaning else -1.0
        if a.meaning & b.meaning and a.stage and b.stage:
            score += STAGE if a.stage == b.stage else -STAGE
    return score


def align(a: list[Unit], b: list[Unit]) -> list[tuple[int | None, int | None]]:
    """Index pairs in text order; ``None`` on one side for an unpaired paragraph."""
    if [u.address for u in a] == [u.address for u in b]:
        return [(i, i) for i in range(len(a))]
    ratio = (sum(u.facts.length for u in b) or 1) / (sum(u.facts.length for u in a) or 1)
    agreed = _agreed_addresses(a, b)
    head = _agreeing_run(a, b, ratio, agreed)
    tail = _agreeing_run(a[head:][::-1], b[head:][::-1], ratio, agreed)
    middle = _global_alignment(a[head : len(a) - tail], b[head : len(b) - tail], ratio, agreed)
    pairs: list[tuple[int | None, int | None]] = [(i, i) for i in range(head)]
    pairs += [(None if i is None else i + head, None if j is None else j + head) for i, j in middle]
    pairs += [(len(a) - tail + k, len(b) - tail + k) for k in range(tail)]
    return pairs


def _agreed_addresses(a: list[Unit], b: list[Unit]) -> frozenset[str]:
    """The addresses of the series (preambular paragraphs, operative paragraphs, the
    sub-paragraphs of one paragraph, in one part) that have as many members in both versions.

    Structure first: when the versions recover a series alike, its paragraph k pairs with
    paragraph k even where the content is thin or translated loosely. A series with a
    member more or fewer (a dropped paragraph, later ones renumbered) gets no such help,
    and content alone places the gap."""
    def series(units: list[Unit]) -> Counter[str]:
        return Counter(_LAST_STEP.sub("#", u.address) for u in units)

    counts_a, counts_b = series(a), series(b)
    shared = {u.address for u in a} & {u.address for u in b}
    return frozenset(address for address in shared
                     if counts_a[_LAST_STEP.sub("#", address)] == counts_b[_LAST_STEP.sub("#", address)])


def _agreeing_run(a: list[Unit], b: list[Unit], ratio: float, agreed: frozenset[str]) -> int:
    """How many leading paragraphs pair one to one beyond doubt: over a window of ``WINDOW``
    paragraphs, pairing in step scores better than pairing shifted by one either way (a
    single paragraph translated with another opener does not stop the run). The last few are
    left to the full alignment (``MARGIN``) so that a gap near the end is placed by content."""
    def window(shift_a: int, shift_b: int, start: int) -> float:
        return sum(similarity(a[start + t + shift_a], b[start + t + shift_b], ratio, agreed)
                   for t in range(WINDOW))

    run = 0
    for i in range(min(len(a), len(b)) - WINDOW):
        in_step = window(0, 0, i)
        if in_step < max(window(1, 0, i), window(0, 1, i)):
            break
        run = i + 1
    return max(0, run - MARGIN)


def _global_alignment(a: list[Unit], b: list[Unit], ratio: float,
                      agreed: frozenset[str]) -> list[tuple[int | None, int | None]]:
    """Needleman–Wunsch over the paragraphs the runs at both ends left, in a band."""
    n, m = len(a), len(b)
    band = abs(n - m) + BAND
    minus_infinity = float("-inf")
    score = [[minus_infinity] * (m + 1) for _ in range(n + 1)]
    step: list[list[int]] = [[0] * (m + 1) for _ in range(n + 1)]  # 1 pair, 2 gap in b, 3 gap in a
    score[0][0] = 0.0
    for i in range(n + 1):
        low, high = max(0, i - band), min(m, i + band)
        for j in range(low, high + 1):
            if i == 0 and j == 0:
                continue
            best, move = minus_infinity, 0
            if i and j and score[i - 1][j - 1] > minus_infinity:
                best, move = score[i - 1][j - 1] + similarity(a[i - 1], b[j - 1], ratio, agreed), 1
            if i and score[i - 1][j] + GAP > best:
                best, move = score[i - 1][j] + GAP, 2
            if j and score[i][j - 1] + GAP > best:
                best, move = score[i][j - 1] + GAP, 3
            score[i][j], step[i][j] = best, move
    pairs: list[tuple[int | None, int | None]] = []
    i, j = n, m
    while i or j:
        move = step[i][j]
        if move == 1:
            i, j = i - 1, j - 1
            pairs.append((i, j))
        elif move == 2:
            i -= 1
            pairs.append((i, None))
        else:
            j -= 1
            pairs.append((None, j))
    return pairs[::-1]
