"""Word-level differences inside one paragraph (or footnote), as readable segments.

The segments cover both texts: the ``equal`` and ``delete`` segments joined give
the base text, the ``equal`` and ``insert`` segments joined give the new text.
That invariant is what makes a redline correct (accept all = new, reject all =
base), so every transformation below preserves it.

Raw difflib output on words is fragmented ("the" kept between two replaced
phrases), which is unreadable in a redline and in a list of changes; a clean-up
pass folds short equal stretches that sit between two edits into the edit, the
way a human reviser would mark the whole phrase.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Literal

from drafter.comparison.tokens import normalize, tokenize

Op = Literal["equal", "delete", "insert"]

# An equal stretch between two edits is folded into them when it holds at most
# this many words (whitespace and punctuation do not count).
_FOLD_MAX_WORDS = 1


@dataclass(frozen=True)
class Segment:
    op: Op
    text: str


@dataclass
class _Run:
    """One opcode while cleaning up: the base tokens and new tokens it covers."""

    equal: bool
    base: list[str]
    new: list[str]


@lru_cache(maxsize=65536)
def _key(token: str) -> str:
    """What a token is compared as: whitespace is all alike, typography folded."""
    return " " if token.isspace() else normalize(token)


def _word_count(tokens: list[str]) -> int:
    return sum(1 for token in tokens if token[0].isalnum() or token[0] == "_")


def diff_text(base: str, new: str) -> list[Segment]:
    """Segments turning ``base`` into ``new``, deletions before insertions in each edit."""
    base_tokens, new_tokens = tokenize(base), tokenize(new)
    base_keys, new_keys = [_key(t) for t in base_tokens], [_key(t) for t in new_tokens]
    # The common head and tail are equal whatever difflib would say; cutting them
    # off first keeps the quadratic matcher to the part that changed.
    head = 0
    limit = min(len(base_keys), len(new_keys))
    while head < limit and base_keys[head] == new_keys[head]:
        head += 1
    tail = 0
    while (tail < limit - head
           and base_keys[len(base_keys) - 1 - tail] == new_keys[len(new_keys) - 1 - tail]):
        tail += 1
    runs: list[_Run] = []
    if head:
        runs.append(_Run(True, base_tokens[:head], new_tokens[:head]))
    matcher = SequenceMatcher(
        None, base_keys[head:len(base_keys) - tail], new_keys[head:len(new_keys) - tail], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        # Equal stretches keep the new text's spelling of whitespace/typography.
        runs.append(_Run(tag == "equal", base_tokens[head + i1:head + i2], new_tokens[head + j1:head + j2]))
    if tail:
        runs.append(_Run(True, base_tokens[len(base_tokens) - tail:], new_tokens[len(new_tokens) - tail:]))
    runs = _merge_equal_neighbours(runs)
    runs = _fold_short_equals(runs)
    return _to_segments(runs)


def _merge_equal_neighbours(runs: list[_Run]) -> list[_Run]:
    merged: list[_Run] = []
    for run in runs:
        if merged and merged[-1].equal == run.equal:
            merged[-1] = _Run(run.equal, merged[-1].base + run.base, merged[-1].new + run.new)
        else:
            merged.append(run)
    return merged


def _edit_words(run: _Run) -> int:
    return max(_word_count(run.base), _word_count(run.new))


def _foldable(runs: list[_Run], index: int) -> bool:
    """An equal stretch is folded when it is only spacing/punctuation between two edits,
    or a single word between two edits of several words each (a rewritten phrase)."""
    run = runs[index]
    if not run.equal or index == 0 or index == len(runs) - 1:
        return False
    before, after = runs[index - 1], runs[index + 1]
    if before.equal or after.equal:
        return False
    words = _word_count(run.new)
    if words == 0:
        return True
    return words <= _FOLD_MAX_WORDS and min(_edit_words(before), _edit_words(after)) >= 2


def _fold_short_equals(runs: list[_Run]) -> list[_Run]:
    """Merge trivial equal stretches between edits, and adjacent edits, into one edit."""
    while True:
        merged: list[_Run] = []
        for index, run in enumerate(runs):
            if _foldable(runs, index):
                run = _Run(False, run.base, run.new)
            if merged and not run.equal and not merged[-1].equal:
                merged[-1] = _Run(False, merged[-1].base + run.base, merged[-1].new + run.new)
            else:
                merged.append(run)
        if len(merged) == len(runs):
            return merged
        runs = merged


def _to_segments(runs: list[_Run]) -> list[Segment]:
    segments: list[Segment] = []
    for run in runs:
        if run.equal:
            segments.append(Segment("equal", "".join(run.new)))
            continue
        # Keep whitespace shared at both ends outside the edit, so that
        # "Encourages " -> "Urges " reads as a one-word replacement.
        base, new = list(run.base), list(run.new)
        lead: list[str] = []
        while base and new and base[0].isspace() and new[0].isspace():
            lead.append(new.pop(0))
            base.pop(0)
        trail: list[str] = []
        while base and new and base[-1].isspace() and new[-1].isspace():
            trail.insert(0, new.pop())
            base.pop()
        if lead:
            segments.append(Segment("equal", "".join(lead)))
        if base:
            segments.append(Segment("delete", "".join(base)))
        if new:
            segments.append(Segment("insert", "".join(new)))
        if trail:
            segments.append(Segment("equal", "".join(trail)))
    return _coalesce(segments)


def _coalesce(segments: list[Segment]) -> list[Segment]:
    out: list[Segment] = []
    for segment in segments:
        if not segment.text:
            continue
        if out and out[-1].op == segment.op:
            out[-1] = Segment(segment.op, out[-1].text + segment.text)
        else:
            out.append(segment)
    return out


def base_side(segments: list[Segment]) -> str:
    return "".join(s.text for s in segments if s.op != "insert")


def new_side(segments: list[Segment]) -> str:
    return "".join(s.text for s in segments if s.op != "delete")
