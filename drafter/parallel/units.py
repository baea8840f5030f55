"""One paragraph of one language version, with what the alignment compares.

A unit carries the paragraph's language-independent facts (dates, symbols, figures,
footnote marks, length), its opener's meaning in English (the lexicons name each opener's
English phrase) and sequencing stage, and its marks (brackets, quotes, final punctuation,
Latin-script tokens, cognate stems). All are read once per paragraph, so that the alignment,
which compares each paragraph with dozens of others, only compares.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property

from drafter.checks.structure.sequencing import sequencing_stage
from drafter.core.lexicon import language_settings, lexicon
from drafter.core.model import Paragraph, Resolution
from drafter.parallel.facts import Facts, facts_of
from drafter.parallel.marks import Marks, marks_of


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

    @cached_property
    def marks(self) -> Marks:
        """Read only when the content alignment runs: versions of the same structure never need them."""
        return marks_of(self.paragraph.text)


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
