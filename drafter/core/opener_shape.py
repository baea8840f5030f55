"""Openers the lexicon does not list, recognized by the shape of their head word.

Lexicons mined from one session miss openers the next session uses ("Greets",
"Se dit de nouveau gravement préoccupée", "с интересом ожидая", "وإذ تعي"). An
opener is the paragraph's leading participle or verb, so a paragraph whose head word
(after sequencing adverbs, reflexive pronouns or particles) has the grammatical
shape of its part's opener is taken as a real opener rather than reported unknown.
The shapes are language data (``resources/lexicons/opener_shapes.json``, with
sources); Chinese has no inflection, so there leading modifiers (adverbs in 地,
表示, an adverbial phrase closed by a comma) are removed and the lexicon is tried
again on the rest, and after a preposition whose phrase precedes the verb (向X重申)
the verb is looked for in the same clause.

The checks use this only after neither part's lexicon matched: a known opener from
the wrong part stays an error, and nouns, infinitives and misspellings still warn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from drafter.core.lexicon import Lexicon, lexicon, normalize
from drafter.resources import load_json

_WORD = re.compile(r"[^\s\u00a0\u202f,;:.،؛，；：。()\"“”«»]+")
_ELIDED = re.compile(r"^(s['’])(?=\w)")  # French "s’inquiétant": the pronoun is a word of its own
_MAX_PREFIXES = 4  # "在不开创先例的情况下，" "又" "破例" before "核准"
_CLAUSE_END = "，；。：,;:"
_OPEN, _CLOSE = "(（《“[", ")）》”]"
_FRAME_REACH = 80  # characters of a prepositional phrase searched for its verb
_MIN_VERB = 2  # a one-character entry ("请", "以") inside a phrase is too weak a sign


@dataclass(frozen=True)
class _PartShape:
    head: re.Pattern[str] | None
    exclude: re.Pattern[str] | None
    needs_skip: bool
    starts: re.Pattern[str] | None  # whole opening constructions, on the normalized start
    skip: re.Pattern[str] | None  # the part's own skippable words (Arabic particles), if any


@dataclass(frozen=True)
class _Shapes:
    skip: re.Pattern[str] | None
    skip_max: int
    parts: dict[str, _PartShape]
    prefixes: re.Pattern[str] | None
    frames: re.Pattern[str] | None  # prepositions opening a phrase before the verb (Chinese 向 …)
    shared_parts: bool  # one verb form for both parts: either part's lexicon will do


@cache
def _shapes(language: str) -> _Shapes | None:
    data = load_json("lexicons/opener_shapes.json").get(language)
    if not data:
        return None
    parts = {
        part: _PartShape(
            head=re.compile(rule["head"]) if rule.get("head") else None,
            exclude=re.compile(rule["not"]) if rule.get("not") else None,
            needs_skip=bool(rule.get("needs_skip")),
            starts=re.compile("|".join(f"(?:{s})" for s in rule["starts"])) if rule.get("starts") else None,
            skip=re.compile(rule["skip"]) if rule.get("skip") else None,
        )
        for part in ("preamble", "operative")
        if (rule := data.get(part))
    }
    return _Shapes(
        skip=re.compile(data["skip"]) if data.get("skip") else None,
        skip_max=data.get("skip_max", 0),
        parts=parts,
        # a modifier may be followed by a comma ("因此，", "在这方面，")
        prefixes=re.compile(f"(?:{data['prefixes']})[，,]?") if data.get("prefixes") else None,
        frames=re.compile(f"(?:{data['frames']})") if data.get("frames") else None,
        shared_parts=bool(data.get("shared_parts")),
    )


def has_opener_shape(text: str, part: str, language: str, words: Lexicon | None = None) -> bool:
    """Whether ``text`` opens with a word shaped like a ``part`` opener of ``language``.

    ``words`` replaces the committed lexicon where the shape needs one (Chinese), for
    held-out measures.
    """
    shapes = _shapes(language)
    if shapes is None:
        return False
    rule = shapes.parts.get(part)
    if rule is not None and rule.starts is not None and rule.starts.match(normalize(text[:200])):
        return True
    if shapes.prefixes is not None:
        return _known_after_prefixes(text, part, words or lexicon(language), shapes, rule)
    if rule is None or rule.head is None:
        return False
    head_words = _words(text, shapes.skip_max + 1)
    skip = rule.skip or shapes.skip
    skipped = 0
    while (skipped < len(head_words) - 1 and skipped < shapes.skip_max
           and skip and skip.fullmatch(head_words[skipped])):
        skipped += 1
    if not head_words or (rule.needs_skip and skipped == 0):
        return False
    head = head_words[skipped]
    return bool(rule.head.fullmatch(head)) and not (rule.exclude and rule.exclude.fullmatch(head))


def _words(text: str, count: int) -> list[str]:
    """The first ``count`` words, normalized (case, apostrophes, Arabic marks)."""
    words: list[str] = []
    for found in _WORD.finditer(normalize(text[:120])):
        word = found.group(0)
        elided = _ELIDED.match(word)
        if elided:
            words.append(elided.group(1))
            word = word[elided.end():]
        words.append(word)
        if len(words) >= count:
            break
    return words[:count]


def _known_after_prefixes(
    text: str, part: str, words: Lexicon, shapes: _Shapes, rule: _PartShape | None
) -> bool:
    """Unspaced scripts: a known opener (or opening construction) once up to four
    leading modifiers are removed ("在这方面表示震惊", "再次表示深信", "在不开创先例的情况下，
    破例核准"), or as the verb after a leading prepositional phrase ("向各行政首长重申")."""
    rest = text.lstrip()
    if _known_after_frame(rest, part, words, shapes, rule):
        return True
    for _ in range(_MAX_PREFIXES):
        found = shapes.prefixes.match(rest) if shapes.prefixes else None
        if found is None or found.end() >= len(rest):
            return False
        rest = rest[found.end():]
        if _known_at(rest, part, words, shapes, rule) or _known_after_frame(rest, part, words, shapes, rule):
            return True
    return False


def _known_at(text: str, part: str, words: Lexicon, shapes: _Shapes, rule: _PartShape | None) -> bool:
    parts = ("preamble", "operative") if shapes.shared_parts else (part,)
    if any(words.match(text, each) is not None for each in parts):
        return True
    return rule is not None and rule.starts is not None and rule.starts.match(text) is not None


def _known_after_frame(
    text: str, part: str, words: Lexicon, shapes: _Shapes, rule: _PartShape | None
) -> bool:
    """A phrase opened by a preposition before the verb (Chinese puts 向/就/为 … 而 before
    it): a known opener of two characters or more within the same clause."""
    frame = shapes.frames.match(text) if shapes.frames else None
    if frame is None:
        return False
    depth = 0
    for index in range(frame.end(), min(len(text), frame.end() + _FRAME_REACH)):
        char = text[index]
        depth += (char in _OPEN) - (char in _CLOSE)
        if depth <= 0 and char in _CLAUSE_END:
            return False
        if depth > 0:
            continue
        rest = text[index:]
        parts = ("preamble", "operative") if shapes.shared_parts else (part,)
        if any((m := words.match(rest, each)) is not None and m.end >= _MIN_VERB for each in parts):
            return True
        if rule is not None and rule.starts is not None and rule.starts.match(rest):
            return True
    return False
