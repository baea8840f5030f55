"""The grammar checker's data files (``resources/grammar/``) and its user-facing texts.

Why a module of its own: the rules that misfire on resolution style, the UN word
list, the dictionaries to try and every notice are data with sources, so that a
translator or a terminologist changes them without touching code.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from drafter.resources import load_json


def message(key: str, ui_language: str = "en", **values: Any) -> str:
    """A text from ``messages.json`` in the interface language (English when missing)."""
    texts = load_json("grammar/messages.json")["messages"][key]
    template = texts.get(ui_language) or texts["en"]
    return template.format(**values)


@cache
def disabled_rules(language: str) -> frozenset[str]:
    """LanguageTool rule ids switched off for a document language ("en", "fr" …)."""
    entries = load_json("grammar/disabled_rules.json")["rules"]
    return frozenset(
        e["rule"] for e in entries if "*" in e["languages"] or language in e["languages"]
    )


def spelling_dictionaries(language: str) -> list[str]:
    """Hunspell dictionary tags to try, best first, for a document language."""
    return list(load_json("grammar/spelling.json")["dictionaries"].get(language, []))


def un_word_entries(language: str) -> list[str]:
    """The built-in UN word list for a language: common entries plus the language's own."""
    data = load_json("grammar/un_words.json")
    return list(data["common"]) + list(data["languages"].get(language, []))


def languagetool_code(language: str) -> str:
    """LanguageTool's code for a document language ("en" -> "en-GB"), from languages/*.json."""
    try:
        return str(load_json(f"languages/{language}.json").get("languagetool") or language)
    except FileNotFoundError:
        return language


@cache
def accepted_variants(language: str) -> tuple[tuple[str, str], ...]:
    """(UN ending, other ending) pairs: a suggestion that only swaps them is no mistake."""
    pairs = load_json("grammar/un_words.json").get("accepted_variants", {}).get(language, [])
    return tuple((str(a), str(b)) for a, b in pairs)
