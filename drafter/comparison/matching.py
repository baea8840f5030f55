"""Which base paragraph became which new paragraph: matching by content, not position.

Negotiated texts grow and shrink between sessions, so position says little: after
one inserted paragraph every later number is different although nothing else
changed. Paragraphs are therefore matched on their normalised text:

1. candidates: for every new paragraph, the base paragraphs with the same text
   plus the few that share the most *distinctive* words (an inverted index with
   inverse document frequency, so "the" or "States" do not make two paragraphs
   look alike); this pre-filter keeps the expensive similarity to a handful of
   pairs per paragraph instead of all n x m; and, for a paragraph between two
   unchanged ones, the base paragraphs between their counterparts;
2. similarity: difflib's ratio on the word sequences (after a cheap upper bound);
3. the matches kept in order are the heaviest chain of candidate pairs increasing
   in both texts (what an LCS would keep, weighted by similarity);
4. what is left over is paired again regardless of order: those are moves;
5. the rest of the base was deleted and the rest of the new text inserted.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from drafter.comparison.tokens import normalize, words

MatchKind = Literal["equal", "changed", "moved", "inserted", "deleted"]

# Below this similarity two paragraphs are different paragraphs (one deleted, one
# inserted) rather than one paragraph changed.
CHANGED_THRESHOLD = 0.5
# A paragraph found elsewhere must be more clearly the same to count as moved.
MOVED_THRESHOLD = 0.6
_CANDIDATES_PER_PARAGRAPH = 6
# Same words but not the same text (punctuation, case): not "equal", only 1.0 is.
_NEAR_EXACT = 0.999
# Words in more than this share of the paragraphs say nothing about identity.
_COMMON_SHARE = 0.2


@dataclass(frozen=True)
class Match:
    """One step of the alignment: a base index, a new index, or both."""

    kind: MatchKind
    base: int | None
    new: int | None
    similarity: float = 0.0


def similarity(base_words: list[str], new_words: list[str]) -> float:
    """Share of words in common, in order (difflib ratio on word lists), 0..1."""
    if base_words == new_words:
        return 1.0
    if not base_words or not new_words:
        return 0.0
    matcher = SequenceMatcher(None, base_words, new_words, autojunk=False)
    if matcher.real_quick_ratio() < CHANGED_THRESHOLD or matcher.quick_ratio() < CHANGED_THRESHOLD:
        return 0.0
    return matcher.ratio()


class _Index:
    """Inverted index of the base paragraphs' distinctive words."""

    def __init__(self, texts: list[list[str]]) -> None:
        self.postings: dict[str, list[int]] = defaultdict(list)
        for index, text in enumerate(texts):
            for word in set(text):
                self.postings[word].append(index)
        total = max(1, len(texts))
        limit = max(3, int(total * _COMMON_SHARE))
        self.idf = {
            word: math.log(1 + total / len(ids))
            for word, ids in self.postings.items() if len(ids) <= limit
        }

    def candidates(self, text: list[str], limit: int) -> list[int]:
        # Sorted iteration and tie-breaking by index: the same inputs must give the
        # same candidates whatever the hash seed (sets iterate in a random order).
        scores: dict[int, float] = defaultdict(float)
        for word in sorted(set(text)):
            weight = self.idf.get(word)
            if weight is None:
                continue
            for index in self.postings[word]:
                scores[index] += weight
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        return [index for index, _ in ranked[:limit]]


def align(base_texts: list[str], new_texts: list[str]) -> list[Match]:
    """The alignment of two paragraph lists, in the order of the new text.

    Deleted base paragraphs (and the old place of moved ones, as ``deleted`` with
    ``new`` set to where they went) come right after the new paragraph matched to
    the last kept base paragraph before them, ahead of any insertion there.
    """
    base_norm = [normalize(t) for t in base_texts]
    new_norm = [normalize(t) for t in new_texts]
    base_words = [words(t) for t in base_norm]
    new_words = [words(t) for t in new_norm]

    exact: dict[str, list[int]] = defaultdict(list)
    for index, text in enumerate(base_norm):
        exact[text].append(index)
    index = _Index(base_words)

    new_counts = Counter(new_norm)
    pairs: dict[tuple[int, int], float] = {}
    for j, text in enumerate(new_norm):
        for i in exact.get(text, ()):
            pairs[(i, j)] = 1.0
        if len(exact.get(text, ())) == 1 and new_counts[text] == 1:
            continue  # the same paragraph, once in each text: nothing to search
        for i in index.candidates(new_words[j], _CANDIDATES_PER_PARAGRAPH):
            if (i, j) not in pairs:
                score = similarity(base_words[i], new_words[j])
                if score >= CHANGED_THRESHOLD:
                    pairs[(i, j)] = min(score, _NEAR_EXACT)
    # Between two unchanged paragraphs, an edited one is most likely the base
    # paragraph between their counterparts, whatever its words (short headings,
    # paragraphs made only of common words): try those too.
    for j, i in _neighbours(base_norm, new_norm, exact, new_counts):
        if (i, j) not in pairs:
            score = similarity(base_words[i], new_words[j])
            if score >= CHANGED_THRESHOLD:
                pairs[(i, j)] = min(score, _NEAR_EXACT)

    chain = _heaviest_chain(pairs, len(base_texts))
    kept_base = {i for i, _ in chain}
    kept_new = {j for _, j in chain}
    moves = _pair_moves(pairs, kept_base, kept_new)
    return _merge(chain, moves, pairs, len(base_texts), len(new_texts))


_NEIGHBOURS = 3


def _neighbours(
    base_norm: list[str], new_norm: list[str], exact: dict[str, list[int]], new_counts: Counter[str]
) -> list[tuple[int, int]]:
    """(new index, base index) pairs next to the nearest unique exact matches."""
    anchors = {
        j: exact[text][0] for j, text in enumerate(new_norm)
        if len(exact.get(text, ())) == 1 and new_counts[text] == 1
    }
    out: list[tuple[int, int]] = []
    before = -1  # base index of the last anchor seen
    for j in range(len(new_norm)):
        if j in anchors:
            before = anchors[j]
            continue
        out.extend((j, i) for i in range(before + 1, min(len(base_norm), before + 1 + _NEIGHBOURS)))
    after = len(base_norm)
    for j in range(len(new_norm) - 1, -1, -1):
        if j in anchors:
            after = anchors[j]
            continue
        out.extend((j, i) for i in range(max(0, after - _NEIGHBOURS), after))
    return out


def _heaviest_chain(pairs: dict[tuple[int, int], float], base_count: int) -> list[tuple[int, int]]:
    """Pairs strictly increasing in both indexes with the largest total weight.

    Processed by new index, base index descending within one new index, with a
    Fenwick tree of prefix maxima over base indexes: O(p log n).
    """
    size = base_count + 1
    tree_value = [0.0] * (size + 1)
    tree_pair = [-1] * (size + 1)
    ordered = sorted(pairs, key=lambda pair: (pair[1], -pair[0]))
    best: list[float] = []
    previous: list[int] = []
    for number, (i, j) in enumerate(ordered):
        # best chain ending at a base index < i
        value, link = 0.0, -1
        position = i  # Fenwick positions are 1-based: base index k is at k + 1
        while position > 0:
            if tree_value[position] > value:
                value, link = tree_value[position], tree_pair[position]
            position -= position & -position
        weight = pairs[(i, j)]
        # an exact match is worth a little more than the best near-match
        weight = weight + 0.05 if weight == 1.0 else weight
        best.append(value + weight)
        previous.append(link)
        position = i + 1
        while position <= size:
            if best[number] > tree_value[position]:
                tree_value[position], tree_pair[position] = best[number], number
            position += position & -position
    if not best:
        return []
    cursor = max(range(len(best)), key=best.__getitem__)
    chain: list[tuple[int, int]] = []
    while cursor != -1:
        chain.append(ordered[cursor])
        cursor = previous[cursor]
    chain.reverse()
    return chain


def _pair_moves(
    pairs: dict[tuple[int, int], float], kept_base: set[int], kept_new: set[int]
) -> dict[int, int]:
    """Leftover pairs similar enough to be the same paragraph moved: new index -> base index."""
    leftovers = sorted(
        ((score, i, j) for (i, j), score in pairs.items()
         if i not in kept_base and j not in kept_new and score >= MOVED_THRESHOLD),
        reverse=True,
    )
    used_base: set[int] = set()
    moves: dict[int, int] = {}
    for _, i, j in leftovers:
        if i in used_base or j in moves:
            continue
        used_base.add(i)
        moves[j] = i
    return moves


def _merge(
    chain: list[tuple[int, int]], moves: dict[int, int],
    pairs: dict[tuple[int, int], float], base_count: int, new_count: int,
) -> list[Match]:
    partner = dict(chain)
    moved_from = {i: j for j, i in moves.items()}
    # Base paragraphs not kept in order hang after the last kept base paragraph.
    slots: dict[int, list[int]] = defaultdict(list)  # new index (-1 = start) -> base indexes
    anchor = -1
    for i in range(base_count):
        if i in partner:
            anchor = partner[i]
        else:
            slots[anchor].append(i)
    by_new = {j: i for i, j in chain}

    def removed(j: int) -> list[Match]:
        return [Match("deleted", i, moved_from.get(i)) for i in slots.get(j, [])]

    out = removed(-1)
    for j in range(new_count):
        if j in by_new:
            i = by_new[j]
            score = pairs[(i, j)]
            out.append(Match("equal" if score == 1.0 else "changed", i, j, score))
        elif j in moves:
            out.append(Match("moved", moves[j], j, pairs[(moves[j], j)]))
        else:
            out.append(Match("inserted", None, j))
        out.extend(removed(j))
    return out
