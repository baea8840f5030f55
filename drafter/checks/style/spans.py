"""Where style rules must stay silent inside a paragraph.

Titles of instruments, reports and conferences are quoted (“…”, « … », "…") or
italic, and they are cited exactly as their authors wrote them: "Organisation
for Economic Co-operation and Development", an American "Program", a title with
"percent" are right there even though they would be wrong in the resolution's
own words. Web addresses and e-mail addresses are not prose either. This module
finds those ranges once per paragraph so that every rule can skip them.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from drafter.core.model import Span

# Paired quotation marks, shortest match, within one paragraph. Straight quotes are
# paired too (plain-text sources lose curly quotes).
_QUOTED = re.compile(r"“[^”]*”|«[^»]*»|„[^“”]*[“”]|\"[^\"]*\"")
_ADDRESSES = re.compile(r"(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+")


class Protected:
    """Sorted, merged ranges of a paragraph that style rules do not look into."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(ranges):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        self._starts = [start for start, _ in merged]
        self._ranges = merged

    def overlaps(self, start: int, end: int) -> bool:
        """True when [start, end) touches a protected range (an empty range counts as a point)."""
        last = max(end, start + 1) - 1
        index = bisect_right(self._starts, last) - 1
        # Merged ranges are disjoint and sorted, so only the last one starting
        # before ``last`` can reach back over ``start``.
        return index >= 0 and self._ranges[index][1] > start

    def __bool__(self) -> bool:
        return bool(self._ranges)


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def protected_ranges(text: str, italic_spans: list[Span] | None) -> Protected:
    """Quoted titles, italic titles (not the italic opener at the start) and addresses."""
    ranges = quoted_ranges(text)
    ranges.extend((m.start(), m.end()) for m in _ADDRESSES.finditer(text))
    for span in italic_spans or ():
        # The opening phrase is italic by rule; italics further in mark titles
        # (Official Records, Treaty Series …).
        if span.start > 0 and text[: span.start].strip():
            ranges.append((span.start, span.end))
    return Protected(ranges)
