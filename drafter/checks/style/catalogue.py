"""The style rule catalogue (``resources/rules/style.json``) loaded and compiled once.

Every style rule, data or code, is described in the one catalogue so that the
command ``drafter rules``, the reference page ``docs/rules.md`` and the messages
all come from the same place. A *data* rule carries a regular expression per
language (``pattern``) and, when the fix is mechanical, a ``replacement``
template; a *code* rule names the function that finds it (``code``) because a
pattern alone cannot express it (counting first mentions, pairing quotes …).

Replacement templates are plain text with fields: ``{0}`` the whole match,
``{N}`` group N, ``{N|lower}``, ``{N|upper}``, ``{N|title}`` and ``{N|map}``
(look the group up in the rule's ``map``, keeping the initial capital),
``{N|nodots}`` and ``{N|plural}`` ("s" when the group matched). Data
rules whose pattern ignores case keep an initial capital in their replacement
("Organisation" at the start of a sentence becomes "Organization").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from drafter.core.diagnostics import Severity
from drafter.core.fix_labels import fill_fix_label
from drafter.resources import load_json

CATALOGUE = "style"
STYLE_LANGUAGES = ("en", "fr", "es")
_FIELD = re.compile(r"\{(\d+)(?:\|(\w+))?\}")


@dataclass(frozen=True)
class StyleRule:
    """One catalogue entry, with its patterns compiled for the languages it covers."""

    id: str
    severity: Severity
    category: str
    languages: tuple[str, ...]
    title: dict[str, str]
    message: dict[str, str]
    explanation: str
    source: str
    wrong: tuple[str, ...]
    right: tuple[str, ...]
    patterns: dict[str, re.Pattern[str]] = field(default_factory=dict)
    replacement: dict[str, str] = field(default_factory=dict)
    mapping: dict[str, str] = field(default_factory=dict)
    code: str | None = None
    in_quotes: bool = False  # also applies inside quoted titles (typography of the quotes)
    in_footnotes: bool = False  # also applies to footnote texts (symbols, dates)
    keep_case: bool = False
    has_fix: bool = False  # a mechanical fix is offered (data replacement or code rule that makes one)
    # Words the rule cannot match without (lower case when the rule ignores case):
    # a document, or a paragraph, containing none of them is not scanned at all.
    triggers: tuple[str, ...] = ()
    ignore_case: bool = False
    triggers_in_text: bool = False  # spacing rules: look in the text itself, not the vocabulary
    # Exact strings any match contains (across words, unlike triggers): only the
    # paragraphs holding one are scanned.
    needles: tuple[str, ...] = ()
    # Patterns that began with \b are compiled without it (a scan that starts on a
    # literal is many times faster); the boundary is then checked on each match.
    boundary_first: bool = False

    def present_triggers(self, vocabulary: Vocabulary) -> list[str]:
        """The rule's triggers found in the document (cheap: set lookups and substring search).

        "=word" asks for that exact word (punctuation stripped, hyphenated words also
        split), "==token" for that exact token as written, "re:…" a pattern matching within
        one token (space-separated list); a single punctuation mark is looked for in
        the text; anything else is a substring of one of the document's tokens.
        """
        found = []
        for trigger in self.triggers:
            if trigger.startswith("re:"):
                hit = _trigger_pattern(trigger[3:]).search(vocabulary.tokens) is not None
            elif trigger.startswith("=="):
                hit = trigger[2:] in vocabulary.raw
            elif trigger.startswith("="):
                word = trigger[1:]
                words = vocabulary.words
                hit = word in words or (
                    self.ignore_case and (word.capitalize() in words or word.upper() in words)
                )
            elif self.triggers_in_text or (len(trigger) == 1 and not trigger.isalnum()):
                hit = trigger in vocabulary.text
            else:
                hit = trigger in vocabulary.tokens
            if hit:
                found.append(trigger)
        return found

    def applies_to(self, language: str) -> bool:
        return language in self.languages

    def expand(self, match: re.Match[str], language: str) -> str | None:
        """The mechanical fix for ``match``, or None when the rule has none."""
        template = self.replacement.get(language)
        if template is None:
            return None
        result = _FIELD.sub(lambda f: self._field(match, f), template)
        found = match.group(0)
        if self.keep_case and found[:1].isupper() and result[:1].islower():
            result = result[:1].upper() + result[1:]
        return result

    def _field(self, match: re.Match[str], field_match: re.Match[str]) -> str:
        value = match.group(int(field_match.group(1))) or ""
        operation = field_match.group(2)
        if operation == "lower":
            return value.lower()
        if operation == "upper":
            return value.upper()
        if operation == "title":
            return value[:1].upper() + value[1:].lower()
        if operation == "nodots":
            return value.replace(".", "")
        if operation == "plural":
            return "s" if value else ""
        if operation == "map":
            mapped = self.mapping.get(value.lower(), value)
            if value[:1].isupper():
                mapped = mapped[:1].upper() + mapped[1:]
            return mapped
        return value


@cache
def _trigger_pattern(text: str) -> re.Pattern[str]:
    return re.compile(text)


_PUNCTUATION = "\"'()[]{}.,;:!?«»“”‘’…–—*"
_PARTS = re.compile(r"[-\u2010\u2011/]")


class Vocabulary:
    """Every distinct token of a text, for the triggers that decide which rules run.

    ``tokens`` is the whitespace-separated tokens as written, space-joined and
    space-padded (so " Agenda " is the token itself); ``words`` the same tokens
    without surrounding punctuation, hyphenated and slashed ones also split. Rules
    that ignore case look words up as written, capitalized and in capitals.
    """

    def __init__(self, text: str) -> None:
        raw = set(text.split())
        self.raw = raw
        self.text = text
        self.tokens = " " + " ".join(raw) + " "
        self._tokens_lowered: str | None = None
        words = {token.strip(_PUNCTUATION) for token in raw}
        for word in [w for w in words if "-" in w or "/" in w or "\u2011" in w or "\u2010" in w]:
            words.update(part.strip(_PUNCTUATION) for part in _PARTS.split(word))
        self.words = words

    @property
    def tokens_lowered(self) -> str:
        if self._tokens_lowered is None:
            self._tokens_lowered = self.tokens.lower()
        return self._tokens_lowered


def _per_language(value: Any, languages: tuple[str, ...]) -> dict[str, str]:
    if value is None:
        return {}
    if isinstance(value, str):
        return {language: value for language in languages}
    return {language: value[language] for language in languages if language in value}


def _compile(entry: dict[str, Any], language: str, text: str) -> re.Pattern[str]:
    flags = re.IGNORECASE if entry.get("ignore_case") else 0
    return re.compile(_without_leading_boundary(text), flags)


def _without_leading_boundary(text: str) -> str:
    return text[2:] if text.startswith("\\b") and "|" not in _top_level(text) else text


def _top_level(text: str) -> str:
    """The pattern with bracketed parts removed: a top-level | makes \\b apply to one branch only."""
    depth, out, escaped = 0, [], False
    for char in text:
        if escaped:
            escaped = False
            continue
        if char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif depth == 0:
            out.append(char)
    return "".join(out)


@cache
def raw_catalogue() -> dict[str, Any]:
    return load_json(f"rules/{CATALOGUE}.json")


@cache
def terms() -> dict[str, Any]:
    """Word lists the code rules need (count nouns, country names …), kept as data."""
    return load_json("rules/style_terms.json")


@cache
def rules() -> tuple[StyleRule, ...]:
    """All style rules, compiled, in catalogue order."""
    out = []
    for rule_id, entry in raw_catalogue()["rules"].items():
        languages = tuple(entry["languages"])
        patterns = {
            language: _compile(entry, language, text)
            for language, text in _per_language(entry.get("pattern"), languages).items()
        }
        out.append(
            StyleRule(
                id=rule_id,
                severity=Severity(entry["severity"]),
                category=entry["category"],
                languages=languages,
                title=entry["title"],
                message=entry["message"],
                explanation=entry["explanation"],
                source=entry["source"],
                wrong=tuple(entry["wrong"]),
                right=tuple(entry["right"]),
                patterns=patterns,
                replacement=_per_language(entry.get("replacement"), languages),
                mapping={k.lower(): v for k, v in entry.get("map", {}).items()},
                code=entry.get("code"),
                in_quotes=bool(entry.get("in_quotes", False)),
                in_footnotes=bool(entry.get("footnotes", False)),
                keep_case=bool(entry.get("keep_case", entry.get("ignore_case", False))),
                has_fix=bool(entry.get("replacement") is not None or entry.get("fix", False)),
                triggers=tuple(entry.get("triggers", ())),
                ignore_case=bool(entry.get("ignore_case", False)),
                triggers_in_text=bool(entry.get("triggers_in_text", False)),
                needles=tuple(entry.get("needles", ())),
                boundary_first=any(
                    _without_leading_boundary(text) != text
                    for text in _per_language(entry.get("pattern"), languages).values()
                ),
            )
        )
    return tuple(out)


@cache
def rules_by_id() -> dict[str, StyleRule]:
    return {rule.id: rule for rule in rules()}


@cache
def rules_for(language: str) -> tuple[StyleRule, ...]:
    return tuple(rule for rule in rules() if rule.applies_to(language))


def render(rule: StyleRule, ui_language: str, **values: Any) -> str:
    """The rule's message in the interface language (English when missing)."""
    template = rule.message.get(ui_language) or rule.message["en"]
    return template.format_map(_Blank(values))


def fix_label(ui_language: str, replacement: str) -> str:
    """"Replace with “…”", or "Delete" / "Use a no-break space" when the text says nothing."""
    catalogue = raw_catalogue()
    if not replacement:
        kind = "fix_label_delete"
    elif not replacement.strip(" \u00a0\u202f") and replacement != " ":
        kind = "fix_label_no_break_space"
    else:
        kind = "fix_label"
    labels = catalogue[kind]
    template = labels.get(ui_language) or labels["en"]
    return fill_fix_label(template, replacement)


def example_language(example: str, rule: StyleRule) -> tuple[str, str]:
    """Split an example into (language, text): "fr: …" names its language, else the rule's first."""
    head, sep, rest = example.partition(": ")
    if sep and head in STYLE_LANGUAGES:
        return head, rest
    return rule.languages[0], example


class _Blank(dict):  # type: ignore[type-arg]
    """Format values where a missing field renders as an empty string, never a KeyError."""

    def __missing__(self, key: str) -> str:
        return ""
