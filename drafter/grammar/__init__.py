"""Grammar and spelling for resolutions: LanguageTool when the user allows it, Hunspell offline.

Nothing leaves the computer unless the user chose a LanguageTool source (see
:mod:`drafter.grammar.config`). The same checker serves ``drafter check --grammar``
(which waits) and the editor (which gets results later through
``drafter.gui.grammar_bridge``). No Qt here.

Typical use::

    from drafter.grammar import GrammarConfig, check_resolution_grammar
    report = check_resolution_grammar(resolution, url="http://lt.office.example:8081")
    for notice in report.notices:
        print(notice)
    diagnostics = report.diagnostics
"""

from __future__ import annotations

import threading
from dataclasses import replace

from drafter.core.diagnostics import Diagnostic
from drafter.core.model import Resolution
from drafter.core.suppression import drop_suppressed
from drafter.grammar.checker import (
    FindingCache,
    GrammarChecker,
    GrammarReport,
    item_from_paragraph,
    items_from_resolution,
)
from drafter.grammar.config import GrammarConfig, user_words_file
from drafter.grammar.matches import CheckItem
from drafter.grammar.wordlist import WordList, append_user_word, word_list_for

_default_checker: GrammarChecker | None = None
_default_lock = threading.Lock()


def default_checker() -> GrammarChecker:
    """The process-wide checker used by the CLI and scripts (its cache spans calls)."""
    global _default_checker
    with _default_lock:
        if _default_checker is None:
            _default_checker = GrammarChecker()
        return _default_checker


def check_resolution_grammar(
    resolution: Resolution,
    *,
    url: str | None = None,
    ui_language: str = "en",
    config: GrammarConfig | None = None,
) -> GrammarReport:
    """Grammar (LanguageTool) or offline spelling diagnostics for a whole resolution.

    ``url`` is a LanguageTool server the user named (``--languagetool-url``); it
    overrides the configured source. With neither, only offline spelling runs.
    Never raises for a server problem: the report's single notice says what happened.
    """
    config = config or GrammarConfig()
    if url:
        config = replace(config, source="server", url=url)
    report = default_checker().check(
        items_from_resolution(resolution), resolution.meta.language, config, ui_language=ui_language
    )
    report.diagnostics = suppress_for_document(resolution, report.diagnostics)
    return report


def suppress_for_document(resolution: Resolution, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Honour the document's own switches, as the check pipeline does for the other families:
    rules turned off for this document and single occurrences the user ignored."""
    return drop_suppressed(diagnostics, resolution)


def add_to_dictionary(
    word: str, diagnostics: list[Diagnostic], *, config: GrammarConfig | None = None,
) -> list[Diagnostic]:
    """Append ``word`` to the user's word list and drop the spelling diagnostics it answers."""
    word = word.strip()
    append_user_word(user_words_file(config), word)
    accepted = WordList([word])

    def answered(d: Diagnostic) -> bool:
        return d.source == "grammar" and bool(d.data.get("spelling")) and accepted.accepts(
            str(d.data.get("word", ""))
        )

    return [d for d in diagnostics if not answered(d)]


def ignore_rule(
    rule: str, diagnostics: list[Diagnostic], *, config: GrammarConfig | None = None,
) -> list[Diagnostic]:
    """Stop reporting ``rule`` ("lt:ID" or "spelling"); the caller persists it in its settings."""
    if config is not None:
        config.ignored_rules.add(rule)
    return [d for d in diagnostics if d.rule != rule]


__all__ = [
    "CheckItem", "FindingCache", "GrammarChecker", "GrammarConfig", "GrammarReport", "WordList",
    "add_to_dictionary", "check_resolution_grammar", "default_checker", "ignore_rule",
    "item_from_paragraph", "items_from_resolution", "suppress_for_document", "word_list_for",
]
