"""Pairing the paragraphs of two language versions of one resolution.

Structure first: when both versions have the same sequence of addresses (the normal
case for official texts), paragraph k pairs with paragraph k. Otherwise a global
alignment (Needleman–Wunsch, kept to a band around the diagonal) pairs what the
content supports (:mod:`drafter.parallel.similarity`: kind, relative length, dates,
symbols, figures, footnote marks, the opener's meaning and stage, brackets, quotes, final
punctuation, Latin-script tokens, cognate stems). A paragraph left unpaired is missing from
the other version.
"""

from __future__ import annotations

import re
from collections import Counter

from drafter.core.model import ParagraphKind
from drafter.parallel.similarity import Scale, scale_of, similarity
from drafter.parallel.units import Unit, units_of

# One missing paragraph costs this much: two gaps (a paragraph unpaired on each side) are
# preferred to a pair only when the pair scores below twice this, which a true translation
# does in well under 1 case in 1,000 (measured on shared/train).
GAP = -5.0
# An unnumbered line (a heading, a clause) left unpaired costs less: versions split, join and
# read such lines differently ("Part I" / "Overall policymaking" on two lines or one; a clause
# after a last sub-paragraph read as part of it), and they are reported as warnings.
LINE_GAP = -2.5
_LINES = (ParagraphKind.HEADING, ParagraphKind.CLAUSE)
BAND = 40  # how far from the diagonal (beyond the count difference) a pair may sit
WINDOW = 4  # paragraphs compared at once when deciding that two runs still agree
MARGIN = 5  # paragraphs at the end of an agreeing run that the full alignment decides again
_LAST_STEP = re.compile(r"(?:\d+|\([a-z]+\))$")  # "OP5(b)" -> series "OP5(#", "B.PP3" -> "B.PP#"

__all__ = ["Unit", "align", "units_of"]


def align(a: list[Unit], b: list[Unit]) -> list[tuple[int | None, int | None]]:
    """Index pairs in text order; ``None`` on one side for an unpaired paragraph."""
    if [u.address for u in a] == [u.address for u in b]:
        return [(i, i) for i in range(len(a))]
    scale = scale_of(a, b, _agreed_addresses(a, b))
    head = _agreeing_run(a, b, scale)
    tail = _agreeing_run(a[head:][::-1], b[head:][::-1], scale)
    middle = _global_alignment(a[head : len(a) - tail], b[head : len(b) - tail], scale)
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


def _agreeing_run(a: list[Unit], b: list[Unit], scale: Scale) -> int:
    """How many leading paragraphs pair one to one beyond doubt: over a window of ``WINDOW``
    paragraphs, pairing in step scores better than pairing shifted by one either way (a
    single paragraph translated with another opener does not stop the run), and no pair in
    step scores below two gaps (a line more on one side and a paragraph fewer just after it
    keep the counts in step while the pairs between them are wrong). The last few are
    left to the full alignment (``MARGIN``) so that a gap near the end is placed by content."""
    def window(shift_a: int, shift_b: int, start: int) -> float:
        return sum(similarity(a[start + t + shift_a], b[start + t + shift_b], scale)
                   for t in range(WINDOW))

    run = 0
    for i in range(min(len(a), len(b)) - WINDOW):
        if similarity(a[i], b[i], scale) < _gap(a[i]) + _gap(b[i]):
            break  # two gaps beat this pair: a paragraph more on one side, one fewer just after
        in_step = window(0, 0, i)
        if in_step < max(window(1, 0, i), window(0, 1, i)):
            break
        run = i + 1
    return max(0, run - MARGIN)


def _gap(unit: Unit) -> float:
    return LINE_GAP if unit.paragraph.kind in _LINES else GAP


def _global_alignment(a: list[Unit], b: list[Unit], scale: Scale) -> list[tuple[int | None, int | None]]:
    """Needleman–Wunsch over the paragraphs the runs at both ends left, in a band."""
    n, m = len(a), len(b)
    band = abs(n - m) + BAND
    minus_infinity = float("-inf")
    gaps_a, gaps_b = [_gap(u) for u in a], [_gap(u) for u in b]
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
                best, move = score[i - 1][j - 1] + similarity(a[i - 1], b[j - 1], scale), 1
            if i and score[i - 1][j] + gaps_a[i - 1] > best:
                best, move = score[i - 1][j] + gaps_a[i - 1], 2
            if j and score[i][j - 1] + gaps_b[j - 1] > best:
                best, move = score[i][j - 1] + gaps_b[j - 1], 3
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
