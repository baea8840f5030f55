"""From an engine's findings to Drafter diagnostics, with resolution-style filtering.

Engines (LanguageTool, Hunspell) report :class:`Finding` objects with offsets already
in Python characters of the paragraph text. Findings are cached as they came from the
engine; the filters that depend on the user (word lists, ignored rules) and on the
paragraph (footnote marks, rules off for resolution style) run after the cache, so
"Add to dictionary" and "Ignore rule" never need a new request.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from drafter.core.diagnostics import Diagnostic, Fix, Severity
from drafter.core.fix_labels import fill_fix_label
from drafter.grammar.data import accepted_variants, disabled_rules, message
from drafter.grammar.wordlist import WordList

SPELLING_RULE = "spelling"  # rule id of the offline Hunspell check
_SPELLING_CATEGORIES = {"TYPOS"}
_SPELLING_ISSUES = {"misspelling"}
_WARNING_ISSUES = {"misspelling", "grammar", "inconsistency", "duplication", "uncategorized"}


@dataclass(frozen=True)
class Finding:
    """One problem an engine found in one paragraph text (offsets in Python characters)."""

    rule: str  # "lt:<LanguageTool id>" or "spelling"
    start: int
    end: int
    message: str
    replacements: tuple[str, ...] = ()
    category: str = ""
    issue_type: str = ""

    @property
    def is_spelling(self) -> bool:
        return (
            self.rule == SPELLING_RULE
            or self.category in _SPELLING_CATEGORIES
            or self.issue_type in _SPELLING_ISSUES
        )


@dataclass(frozen=True)
class CheckItem:
    """One text to check: a paragraph (or footnote) with its address and footnote marks."""

    address: str
    text: str
    footnote_offsets: tuple[int, ...] = ()


def utf16_to_index(text: str, position: int) -> int:
    """Python index of a UTF-16 code-unit position (LanguageTool counts like Java)."""
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def index_to_utf16(text: str, index: int) -> int:
    return sum(2 if ord(c) > 0xFFFF else 1 for c in text[:index])


def _touches_footnote_mark(finding: Finding, offsets: Iterable[int]) -> bool:
    """A mark inside the flagged words means the engine saw text the reader glued together."""
    return any(finding.start < offset < finding.end for offset in offsets)


def keep(
    finding: Finding,
    item: CheckItem,
    language: str,
    words: WordList,
    ignored_rules: set[str],
) -> bool:
    """Whether a finding survives the resolution-style and user filters."""
    if finding.rule in ignored_rules:
        return False
    if finding.rule.startswith("lt:") and finding.rule[3:] in disabled_rules(language):
        return False
    if _touches_footnote_mark(finding, item.footnote_offsets):
        return False
    flagged = item.text[finding.start : finding.end].strip()
    if flagged and words.accepts(flagged) and (finding.is_spelling or " " in flagged):
        return False
    suggestion = finding.replacements[0] if finding.replacements else ""
    return not (finding.is_spelling and suggestion and _only_variant(flagged, suggestion, language))


def _only_variant(flagged: str, suggestion: str, language: str) -> bool:
    """True when the suggestion only trades the UN ending for another ("organize" -> "organise")."""
    return any(
        flagged.endswith(un_form) and flagged[: -len(un_form)] + other == suggestion
        for un_form, other in accepted_variants(language)
    )


def to_diagnostic(finding: Finding, item: CheckItem, ui_language: str) -> Diagnostic:
    flagged = item.text[finding.start : finding.end]
    fix = None
    if finding.replacements:
        replacement = finding.replacements[0]
        fix = Fix(
            description=fill_fix_label(message("fix_replace", ui_language, replacement="{replacement}"),
                                       replacement),
            start=finding.start,
            end=finding.end,
            replacement=replacement,
        )
    severity = (
        Severity.WARNING
        if finding.is_spelling or finding.issue_type in _WARNING_ISSUES
        else Severity.INFO
    )
    return Diagnostic(
        rule=finding.rule,
        severity=severity,
        paragraph=item.address,
        start=finding.start,
        end=finding.end,
        message=finding.message,
        fix=fix,
        source="grammar",
        data={
            "word": flagged,
            "spelling": finding.is_spelling,
            "replacements": list(finding.replacements[:5]),
            "category": finding.category,
        },
    )


def diagnostics_for(
    findings: Iterable[Finding],
    item: CheckItem,
    language: str,
    words: WordList,
    ignored_rules: set[str],
    ui_language: str,
) -> list[Diagnostic]:
    return [
        to_diagnostic(f, item, ui_language)
        for f in findings
        if keep(f, item, language, words, ignored_rules)
    ]
