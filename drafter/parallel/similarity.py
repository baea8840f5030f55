"""How much two paragraphs of two language versions look like translations of each other.

The score is a sum of log-likelihood ratios, one per signal: how much more often the
signal's value is seen between a paragraph and its own translation than between a paragraph
and its translation's neighbour (the pairs an alignment must tell apart when a paragraph is
missing). The weights were measured on the official versions of shared/train (GA 75th
session, ECOSOC 2021, about 67,000 paragraph pairs with English in five languages) and
rounded; for example, the same final punctuation is seen in nearly every true pair and a
different one in 1 neighbour pair in 10, so a different end costs 3.5. A signal a pair does
not have (no figure on either side) adds nothing.

Two scales depend on the pair of texts, not on the paragraphs: the overall length ratio of
the two versions, and how many cognate stems a translation shares with English (about 45%
in French or Spanish, 25% in romanized Russian, none in Chinese), measured on the texts
themselves so that a new language pair needs no new constants.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from dataclasses import dataclass
from functools import cache

from drafter.parallel.units import Unit
from drafter.resources import load_json

STRUCTURE = 1.5  # one address in two series of equal length: structure says they pair
SAME_COUNTS, OTHER_COUNTS, SOME_SHARED = 3.0, -3.0, -0.3  # dates, symbols, figures
ONE_SIDED, FIGURE_ONE_SIDED = -5.0, -3.0  # a fact on one side only; a figure may be spelled in words
OTHER_KIND = -3.0
OTHER_END = -3.5
# Length: a translation's length is its original's times the texts' ratio, within a spread
# that is wider for short paragraphs (measured: about 0.07 in log at 300 characters).
SPREAD_AT_300, SPREAD_POWER = 0.07, 0.35
LENGTH_BEST, LENGTH_WORST = 2.0, -4.0
COGNATES_BEST, COGNATES_WORST, COGNATES_RANGE = 2.8, -4.0, 5.0
FEWEST_STEMS = 3  # fewer stems than this on one side say nothing
FEWEST_SAMPLES = 8  # paragraphs needed to measure a pair's cognate share


@dataclass(frozen=True)
class Scale:
    """What the scores of one pair of texts are measured against."""

    ratio: float  # total length of the second version over the first
    agreed: frozenset[str] = frozenset()  # addresses structure pairs (see align._agreed_addresses)
    cognates: tuple[float, float] | None = None  # the share between true and near pairs, slope


def scale_of(a: list[Unit], b: list[Unit], agreed: frozenset[str] = frozenset()) -> Scale:
    ratio = (sum(u.facts.length for u in b) or 1) / (sum(u.facts.length for u in a) or 1)
    return Scale(ratio, agreed, _cognate_scale(a, b))


def _shared_stems(a: Unit, b: Unit) -> float | None:
    mine, theirs = a.marks.stems, b.marks.stems
    if len(mine) < FEWEST_STEMS or len(theirs) < FEWEST_STEMS:
        return None
    return len(mine & theirs) / min(len(mine), len(theirs))


def _cognate_scale(a: list[Unit], b: list[Unit]) -> tuple[float, float] | None:
    """The share of stems that tells a translation from another paragraph, in this pair.

    For each paragraph of ``a``, its best share with the few paragraphs of ``b`` around the
    same relative place (most often its translation) and its share with paragraphs four
    places away (not its translation): the midpoint of the two medians is where the score
    turns. Where the two are close (Chinese, Arabic) stems say nothing and are not scored."""
    if not a or not b:
        return None
    best, far = [], []
    for i, unit in enumerate(a):
        here = round(i * len(b) / len(a))
        near = [s for j in range(here - 2, here + 3) if 0 <= j < len(b)
                if (s := _shared_stems(unit, b[j])) is not None]
        if near:
            best.append(max(near))
        far += [s for j in (here - 4, here + 4) if 0 <= j < len(b)
                if (s := _shared_stems(unit, b[j])) is not None]
    if len(best) < FEWEST_SAMPLES or len(far) < FEWEST_SAMPLES:
        return None
    true_share, other_share = statistics.median(best), statistics.median(far)
    if true_share - other_share < 0.08:
        return None
    return (true_share + other_share) / 2, COGNATES_RANGE / (true_share - other_share)


def _counts(a: Counter[str], b: Counter[str], one_sided: float) -> float:
    if not a and not b:
        return 0.0
    if a == b:
        return SAME_COUNTS
    if not a or not b:
        return one_sided
    return SOME_SHARED if a & b else OTHER_COUNTS


def _length(a: int, b: int, ratio: float) -> float:
    """Near the expected length all pairs score alike (a slight slope breaks ties), then the
    score falls with each spread beyond the first."""
    if not a or not b:
        return 0.0
    spread = SPREAD_AT_300 * (300 / max(min(a, b / ratio), 10.0)) ** SPREAD_POWER
    z = abs(math.log(b / (ratio * a))) / spread
    return max(LENGTH_WORST, LENGTH_BEST - 0.2 * min(z, 1.0) - 1.1 * max(0.0, z - 1.0))


@cache
def _related_openers() -> dict[str, dict[str, float]]:
    return load_json("parallel/openers.json")["related"]


@cache
def _related(a: frozenset[str], b: frozenset[str]) -> float | None:
    """The score of two meanings apart that translate each other in most official texts
    ("Mindful" and a French opener the lexicon reads "bearing in mind"), measured by
    tools/mine_parallel_openers.py; ``None`` when none of them are related."""
    table = _related_openers()
    scores = [score for first, second in ((a, b), (b, a)) for word in first
              for other, score in table.get(word, {}).items() if other in second]
    return max(scores) if scores else None


def _opener(a: Unit, b: Unit) -> float:
    if a.meaning and b.meaning:
        if not a.meaning & b.meaning:
            related = _related(a.meaning, b.meaning)
            if related is None:
                return -2.0
            return related - (1.5 if a.stage and b.stage and a.stage != b.stage else 0.0)
        if a.stage and b.stage:
            return 1.5 + (2.0 if a.stage == b.stage else -1.5)
        return 1.5
    return -1.0 if a.meaning or b.meaning else 0.0


def _marks(a: Unit, b: Unit, scale: Scale) -> float:
    mine, theirs = a.marks, b.marks
    score = 0.0 if mine.end == theirs.end else OTHER_END
    if mine.brackets or theirs.brackets:
        score += 2.0 if mine.brackets == theirs.brackets else -1.5
    if mine.quotes or theirs.quotes:
        score += 1.5 if mine.quotes == theirs.quotes else -0.7
    if mine.latin or theirs.latin:
        score += 2.0 if mine.latin == theirs.latin else (0.8 if mine.latin & theirs.latin else -0.3)
    if scale.cognates is not None and (shared := _shared_stems(a, b)) is not None:
        middle, slope = scale.cognates
        score += min(COGNATES_BEST, max(COGNATES_WORST, (shared - middle) * slope))
    return score


def similarity(a: Unit, b: Unit, scale: Scale) -> float:
    score = 0.0 if a.paragraph.kind is b.paragraph.kind else OTHER_KIND
    if a.address == b.address and a.address in scale.agreed:
        score += STRUCTURE
    score += _length(a.facts.length, b.facts.length, scale.ratio)
    score += _counts(a.facts.dates, b.facts.dates, ONE_SIDED)
    score += _counts(a.facts.symbols, b.facts.symbols, ONE_SIDED)
    score += _counts(a.facts.numbers, b.facts.numbers, FIGURE_ONE_SIDED)
    if a.facts.footnotes or b.facts.footnotes:
        score += 1.9 if a.facts.footnotes == b.facts.footnotes else -3.5
    return score + _opener(a, b) + _marks(a, b, scale)
