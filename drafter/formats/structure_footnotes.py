"""Footnote reference marks typed into plain text, found and taken out.

In plain text a footnote mark is just digits: glued to a word or to punctuation
("Pathway1", "développement1,", "2023,4", "74/91;2") or, in PDF extractions,
detached by a space ("Convention, 1"). Digits are everywhere in resolutions
("resolution 2231", "para. 12", "2023"), so a mark is accepted only when its number
is a footnote that actually exists and comes next in order: marks run 1, 2, 3 …
through the text, the same order as the footnote texts.
"""

from __future__ import annotations

import re

from drafter.core.model import FootnoteRef
from drafter.formats.structure_patterns import number_words

_GLUED = re.compile(
    r"(?<=[^\W\d_]|[,.;:!?’”\"»)\]،؛，；：。])(\d{1,3})(?![\d/])(?![^\W\d_])"
)
_DETACHED = re.compile(r"(?<=\S)[ \u00a0](\d{1,3})(?=[\s,.;:)]|$)")
_TOKEN_BEFORE = re.compile(r"(\S+)\s*$")
_NEXT_WORD = re.compile(r"^[\s,.;:]*([^\W\d_]+)")
_UNIT_WORDS = frozenset(
    {"per", "cent", "percent", "years", "year", "months", "days", "million", "billion", "of",
     "and", "to", "january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december", "pour", "et", "à", "y", "por"}
)


_ABBREVIATIONS = frozenset(
    {"add", "corr", "rev", "no", "nos", "para", "paras", "vol", "art", "chap", "sect", "p", "pp",
     "suppl", "amend", "sess", "res", "doc"}
)


class FootnoteMarks:
    """Walks the body in order, taking out the marks of the footnotes that exist."""

    def __init__(self, numbers: list[int], detached: bool = False) -> None:
        self.numbers = sorted(set(numbers))
        self.position = 0  # index in self.numbers of the next expected footnote
        self.detached = detached

    def _acceptable(self, number: int, exact_only: bool) -> int | None:
        window = self.numbers[self.position : self.position + (1 if exact_only else 3)]
        return self.position + window.index(number) if number in window else None

    def _glued_ok(self, text: str, start: int, end: int) -> bool:
        before = text[start - 1]
        token = _TOKEN_BEFORE.search(text, 0, start)
        word = token.group(1) if token else ""
        if before.isalpha():
            # "A/RES/70/1", "G20": a symbol or an acronym, not a word with a mark.
            return "/" not in word and not (word.isalpha() and word.isupper() and len(word) <= 4)
        if before in ".," and start >= 2 and text[start - 2].isdigit():
            rest = text[end:].lstrip()  # "2023,4" yes; "4.5 million" no
            return not rest or not rest[0].islower()
        if before == ".":
            bare = word.rstrip(".").casefold()
            return "/" not in word and bare not in _ABBREVIATIONS
        return True

    def _detached_ok(self, text: str, start: int, end: int) -> bool:
        token = _TOKEN_BEFORE.search(text, 0, start)
        if token is None:
            return False
        word = token.group(1)
        bare = word.strip(".,;:()“”\"’").casefold()
        if bare in number_words():
            return False  # "resolution 2231", "para. 12", "of 15 December"
        if bare.isdigit() and word[-1:] not in ",;:.)”’\"":
            return False  # "from 3 5" is not a mark; "2022, 1" is
        after = _NEXT_WORD.match(text[end:])
        return not (after and after.group(1).casefold() in _UNIT_WORDS)

    def take(self, text: str) -> tuple[str, list[FootnoteRef]]:
        """``text`` without its marks, and the marks as offsets into the returned text."""
        if self.position >= len(self.numbers) or not text:
            return text, []
        found: list[tuple[int, int, int]] = []  # (cut start, cut end, number)
        candidates = [(m.start(1), m.end(1), m.start(1), False) for m in _GLUED.finditer(text)]
        if self.detached:
            candidates += [(m.start(1), m.end(1), m.start(0), True) for m in _DETACHED.finditer(text)]
            candidates.sort()
        for start, end, cut, is_detached in candidates:
            if self.position >= len(self.numbers):
                break
            number = int(text[start:end])
            index = self._acceptable(number, exact_only=is_detached)
            if index is None:
                continue
            ok = self._detached_ok(text, cut, end) if is_detached else self._glued_ok(text, start, end)
            if not ok:
                continue
            found.append((cut, end, number))
            self.position = index + 1
        if not found:
            return text, []
        pieces: list[str] = []
        refs: list[FootnoteRef] = []
        last = 0
        length = 0
        for cut, end, number in found:
            piece = text[last:cut]
            pieces.append(piece)
            length += len(piece)
            refs.append(FootnoteRef(number=number, offset=length))
            last = end
        pieces.append(text[last:])
        return "".join(pieces), refs
