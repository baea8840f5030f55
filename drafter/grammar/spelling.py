"""Offline spelling with Hunspell dictionaries through pyenchant (no network, no Java).

Used when no LanguageTool source is set, or when the one set fails. It checks words
only, never grammar, and says so. Tokens that are not words of running text are
skipped: acronyms in capitals (the UN list covers the common ones), tokens glued to
digits ("1er", "A/RES/70/1"), single letters, and web or e-mail addresses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from drafter.grammar.data import message, spelling_dictionaries
from drafter.grammar.matches import SPELLING_RULE, Finding
from drafter.grammar.wordlist import WordList

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-\u2011][^\W\d_]+)*")
_ADDRESS_CHUNK = re.compile(r"\S*(?:://|www\.|@|\.org|\.pdf|\.htm)\S*", re.IGNORECASE)
_MAX_SUGGESTIONS = 3


@dataclass(frozen=True)
class SpellingChoice:
    """The dictionary used for a language, and the one wanted when it is a fallback."""

    tag: str
    wanted: str  # == tag when the first choice is installed


def _enchant() -> Any | None:
    try:
        import enchant
    except (ImportError, OSError):  # pyenchant or the enchant C library missing
        return None
    return enchant


def choose_dictionary(language: str) -> SpellingChoice | None:
    """The first installed Hunspell dictionary for a document language, or None."""
    enchant = _enchant()
    candidates = spelling_dictionaries(language)
    if enchant is None or not candidates:
        return None
    for tag in candidates:
        try:
            if enchant.dict_exists(tag):
                return SpellingChoice(tag=tag, wanted=candidates[0])
        except Exception:  # a broken enchant provider must not stop the other checks
            continue
    return None


def fallback_note(choice: SpellingChoice, ui_language: str) -> str:
    return "" if choice.tag == choice.wanted else message("fallback_note", ui_language, wanted=choice.wanted)


class HunspellEngine:
    """Spelling findings for one dictionary; used from one worker thread at a time."""

    def __init__(self, choice: SpellingChoice) -> None:
        enchant = _enchant()
        if enchant is None:
            raise RuntimeError("pyenchant is not available")
        self.choice = choice
        self.key = f"hunspell:{choice.tag}"
        self._dictionary = enchant.Dict(choice.tag)

    def _correct(self, word: str, words: WordList) -> bool:
        plain = word.replace("’", "'").replace("\u2011", "-")
        if words.accepts(plain) or self._dictionary.check(plain) or self._dictionary.check(word):
            return True
        if "-" in plain:  # "non-refoulement", "e-deleGATE": each part known on its own
            return all(words.accepts(p) or self._dictionary.check(p) for p in plain.split("-") if p)
        return False

    @cache  # noqa: B019 (one engine per dictionary lives as long as the process)
    def suggestions(self, word: str) -> tuple[str, ...]:
        return tuple(self._dictionary.suggest(word)[:_MAX_SUGGESTIONS])

    def check_text(self, text: str, words: WordList, ui_language: str) -> list[Finding]:
        skipped = [m.span() for m in _ADDRESS_CHUNK.finditer(text)]
        findings = []
        for match in _TOKEN.finditer(text):
            word, start, end = match.group(), match.start(), match.end()
            if len(word) < 2 or word.isupper() or any(a <= start < b for a, b in skipped):
                continue
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            if before.isdigit() or after.isdigit() or before == "/" or after == "/":
                continue
            if words.accepts(word) or self._correct(word, words):
                continue
            findings.append(Finding(
                rule=SPELLING_RULE,
                start=start,
                end=end,
                message=message("spelling", ui_language, word=word),
                replacements=self.suggestions(word),
                category="TYPOS",
                issue_type="misspelling",
            ))
        return findings
