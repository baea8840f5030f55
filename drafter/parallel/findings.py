"""Consistency checks between two aligned language versions (rules ``parallel-*``).

Each finding names the addresses in both versions. Severity follows certainty: a missing
paragraph, a different symbol, date or footnote count is an error (no language writes
those differently); a different figure, footnote position, paragraph role or sequencing
adverb is a warning (a language may spell a small number in words, or place a mark in
the next sentence).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from drafter.core.diagnostics import Severity, rule_message, rule_severity
from drafter.core.lexicon import language_settings
from drafter.parallel.align import Unit
from drafter.parallel.facts import organ_keys
from drafter.parallel.figures import date_rule, numbers_differ
from drafter.parallel.symbols import symbols_apart
from drafter.resources import load_json


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    a: str | None  # the address in the first version, or None
    b: str | None
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "severity": self.severity.value, "a": self.a, "b": self.b,
                "message": self.message}


class FindingWriter:
    """Renders findings in the interface language, naming the two versions by language."""

    def __init__(self, language_a: str, language_b: str, ui_language: str = "en",
                 own_organ: str = "") -> None:
        data = load_json("rules/parallel.json")["data"]
        names = data["language_names"].get(ui_language, data["language_names"]["en"])
        self.ui_language = ui_language if ui_language in data["language_names"] else "en"
        self.kind_names = data["kind_names"][self.ui_language]
        self.organ_names = language_settings(self.ui_language).get("organ_names", {})
        self.own_organ = own_organ  # its own name may be a pronoun in another language ("qu'elle a")
        self.side_a, self.side_b = names.get(language_a, language_a), names.get(language_b, language_b)
        if self.side_a == self.side_b:  # two versions in one language: say which file
            self.side_a, self.side_b = f"{self.side_a} (1)", f"{self.side_b} (2)"
        self.found: list[Finding] = []

    def add(self, rule: str, a: str | None, b: str | None, **values: Any) -> None:
        values.setdefault("side_a", self.side_a)
        values.setdefault("side_b", self.side_b)
        message = rule_message("parallel", rule, self.ui_language, **values)
        self.found.append(Finding(rule, rule_severity("parallel", rule), a, b, message))


def _listing(counter: Counter[str]) -> str:
    return ", ".join(sorted(counter.elements())) or "—"


def compare_pair(writer: FindingWriter, a: Unit, b: Unit, language_a: str, language_b: str,
                 notes: tuple[set[str], set[str]] = (set(), set())) -> None:
    """Findings for one pair of aligned paragraphs (``notes``: each version's footnote numbers)."""
    only_a, only_b = symbols_apart(a.facts.symbols, b.facts.symbols, notes,
                                   (a.facts.numbers, b.facts.numbers))
    if only_a or only_b:
        writer.add("parallel-symbol", a.address, b.address, a_only=_listing(only_a), b_only=_listing(only_b))
    rule = date_rule(a.facts, b.facts)
    if rule is not None:
        writer.add(rule, a.address, b.address, a_only=_listing(a.facts.dates - b.facts.dates),
                   b_only=_listing(b.facts.dates - a.facts.dates))
    if numbers_differ(a.facts, b.facts):
        writer.add("parallel-number", a.address, b.address,
                   a_only=_listing(a.facts.numbers - b.facts.numbers),
                   b_only=_listing(b.facts.numbers - a.facts.numbers))
    _organs(writer, a, b, language_a, language_b)
    if a.facts.footnotes != b.facts.footnotes:
        writer.add("parallel-footnote-position", a.address, b.address,
                   count_a=a.facts.footnotes, count_b=b.facts.footnotes)
    kind_a, kind_b = a.paragraph.kind, b.paragraph.kind
    if kind_a.value in ("preambular", "operative") and kind_b.value in ("preambular", "operative") \
            and kind_a is not kind_b:
        writer.add("parallel-kind", a.address, b.address, kind_a=writer.kind_names[kind_a.value],
                   kind_b=writer.kind_names[kind_b.value])
        return
    _sequencing(writer, a, b, language_a, language_b)


def _organs(writer: FindingWriter, a: Unit, b: Unit, language_a: str, language_b: str) -> None:
    """"its resolution" against "resolution … of the Security Council": another organ named in
    full in one version only (among the organs both languages' data can find). The text's own
    organ is left out: "endorsed by the General Assembly" is "qu'elle a fait sien" in French."""
    comparable = (organ_keys(language_a) & organ_keys(language_b)) - {writer.own_organ}
    for organ in sorted((a.facts.organs ^ b.facts.organs) & comparable):
        side = writer.side_a if organ in a.facts.organs else writer.side_b
        name = writer.organ_names.get(organ, organ)
        writer.add("parallel-organ", a.address, b.address, organ=name, side=side)


def _sequencing(writer: FindingWriter, a: Unit, b: Unit, language_a: str, language_b: str) -> None:
    """'Recalling also' against 'Rappelant': the adverb is in one version only."""
    if not (a.meaning and b.meaning and a.meaning & b.meaning):
        return  # only where both openers are known to be the same phrase
    stage_a, adverb_a, stage_b, adverb_b = a.stage, a.adverb, b.stage, b.adverb
    if stage_a and stage_b and stage_a != stage_b:
        with_adverb, side = (adverb_a, writer.side_a) if stage_a > stage_b else (adverb_b, writer.side_b)
        writer.add("parallel-sequencing", a.address, b.address, adverb=with_adverb or "", side_with=side)
