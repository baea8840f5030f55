"""Matching opening phrases against the lexicons, as the structural checks need it.

``Lexicon.match`` finds the longest known phrase; the checks add what real texts
vary on — Arabic إذ/وإذ and vowel marks, Chinese adverbs before the verb — and memoise
the result on the paragraph's start, because the editor re-checks on every keystroke.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from drafter.checks.structure.context import StructureContext, structure_data
from drafter.core.lexicon import Lexicon, OpenerMatch, normalize
from drafter.core.lexicon import lexicon as load_lexicon
from drafter.core.model import Paragraph
from drafter.core.script import spaced

WORD = re.compile(r"[^\s\u00a0\u202f,;:.،؛，；：。()\"“”«»]+")


_PREFIX = 200  # longer than any lexicon phrase: a match depends on this much of the text only


@lru_cache(maxsize=8192)
def _cached_match(language: str, part: str, prefix: str) -> OpenerMatch | None:
    return load_lexicon(language).match(prefix, part)


# Arabic short vowels, shadda, sukun and tatweel: written in some texts ("تسلّم", "تحـــث"),
# never in the lexicon.
_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0640]")


def lexicon_match(lexicon: Lexicon, text: str, part: str) -> OpenerMatch | None:
    """``Lexicon.match`` memoised on the paragraph's start: re-checking while typing is free."""
    prefix = text[:_PREFIX]
    if _ARABIC_MARKS.search(prefix):  # only Arabic text has these marks
        return _match_without_marks(lexicon, prefix, part)
    return _cached_match(lexicon.language, part, prefix)


def _match_without_marks(lexicon: Lexicon, prefix: str, part: str) -> OpenerMatch | None:
    """Match with the Arabic marks removed, offsets mapped back to the text as written."""
    kept = [index for index, ch in enumerate(prefix) if not _ARABIC_MARKS.match(ch)]
    found = _cached_match(lexicon.language, part, "".join(prefix[i] for i in kept))
    if found is None:
        return None

    def back(offset: int) -> int:
        return kept[offset - 1] + 1 if offset > 0 else 0

    return OpenerMatch(found.entry, back(found.end), back(found.italic_end))


@lru_cache(maxsize=16384)
def normalized(text: str) -> str:
    """``normalize`` for the short opener phrases compared again and again."""
    return normalize(text)


@dataclass
class Opened:
    """A top-level paragraph with its opener matched in its own part (None when unknown)."""

    paragraph: Paragraph
    part: str  # "preamble" or "operative"
    match: OpenerMatch | None


def match_opener(context: StructureContext, lexicon: Lexicon, text: str, part: str) -> OpenerMatch | None:
    """The lexicon's longest opener, retried on the language's known variations of the start.

    Arabic preambular paragraphs say إذ first and وإذ later, while the lexicon lists one
    form; Chinese puts "又"/"还"/"再次" or a short lead clause ("在这方面，") before the verb.
    The match returned always has offsets in the original text and covers the variation.
    """
    found = lexicon_match(lexicon, text, part)
    if found is not None:
        return found
    retries = structure_data()["opener_retries"].get(context.language)
    if not retries:
        return None
    stripped = len(text) - len(text.lstrip())
    body = text[stripped:]
    candidates: list[tuple[str, int]] = []  # (text to match, offset to add back)
    lead = retries.get("lead_clause")
    if lead:
        position = body.find(lead, 0, retries.get("lead_clause_max", 12))
        if position > 0:
            rest = body[position + len(lead):]
            skipped = stripped + position + len(lead) + len(rest) - len(rest.lstrip())
            body_variants = [(rest.lstrip(), skipped)]
        else:
            body_variants = []
    else:
        body_variants = []
    body_variants.insert(0, (body, stripped))
    removable = retries.get("remove", [])
    for variant, offset in body_variants:
        if offset != stripped:
            candidates.append((variant, offset))
        for prefix in retries.get("add", []):
            candidates.append((prefix + variant, offset - len(prefix)))
        # Strip adverbs one after another ("在这方面又请" -> "又请" -> "请").
        for _ in range(3):
            prefix = next((p for p in removable if variant.startswith(p) and len(variant) > len(p)), None)
            if prefix is None:
                break
            variant, offset = variant[len(prefix):], offset + len(prefix)
            candidates.append((variant, offset))
    for variant, offset in candidates:
        retry = lexicon_match(lexicon, variant, part)
        if retry is not None and retry.end + offset > stripped:
            return OpenerMatch(retry.entry, retry.end + offset, max(retry.italic_end + offset, stripped))
    return None


def first_words(text: str, language: str, count: int = 1) -> tuple[int, int]:
    """Span of the first ``count`` words (the first two characters in Chinese)."""
    stripped = len(text) - len(text.lstrip())
    if not spaced(language):
        end = stripped
        while end < len(text) and end - stripped < 4 and WORD.match(text[end]):
            end += 1
        return stripped, end
    words = list(WORD.finditer(text, stripped))
    if not words:
        return stripped, stripped
    # A short first word ("Se", "A", "Est") or a particle (Arabic وإذ) says nothing alone.
    particles = structure_data()["sequencing"]["skip_leading"].get(language, [])
    first = words[0].group(0)
    short = len(first) <= 2 or first in particles
    take = count + 1 if short and len(words) > count else count
    words = words[:take]
    return words[0].start(), words[-1].end()


def parts_share_openers(context: StructureContext) -> bool:
    """Chinese verbs have one form for both parts (回顾 "Recalling" / "Recalls")."""
    return context.language in structure_data()["shared_part_openers"]["languages"]
