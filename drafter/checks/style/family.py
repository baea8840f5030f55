"""Check family 'style': the UN editorial rules (English, French, Spanish).

The rules are the catalogue ``resources/rules/style.json`` (see
:mod:`drafter.checks.style.catalogue`); this module runs them over the words the
drafter wrote — paragraph texts and the title — and turns hits into diagnostics.
Footnote texts are references (symbols, Official Records, Treaty Series) and annexes
are quoted instruments: annexes are never checked, footnotes only by the rules
marked ``"footnotes": true`` (document symbols, dates); inside a paragraph, quoted and
italic titles and web addresses are skipped (:mod:`drafter.checks.style.spans`).

Speed: the check runs on every pause in typing, so it must stay small next to the
structural checks. The texts are joined into one string and its vocabulary (the set
of distinct words) is built once. A rule whose trigger words are not in the
vocabulary costs a few set lookups; a rule whose triggers occur only a few times
scans only the paragraphs holding them; otherwise its pattern scans the joined
text once — patterns are written to start on a literal so that the scan skips
ahead in C. ``check(..., exhaustive=True)`` ignores all of this, for the tests.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from drafter.checks.style.catalogue import StyleRule, Vocabulary, fix_label, render, rules_for
from drafter.checks.style.code_rules import CODE_RULES, Hit, StyleContext
from drafter.checks.style.spans import Protected, protected_ranges
from drafter.core.diagnostics import Diagnostic, Fix
from drafter.core.model import Span

if TYPE_CHECKING:
    from drafter.checks import CheckOptions
    from drafter.core.model import Resolution

SOURCE = "style"
FOOTNOTE = "FN"  # address prefix of footnote texts: "FN2"
_Payload = TypeVar("_Payload")
_JOIN = "\n\n"
# Code rules that read the paragraph's address or need the paragraphs one by one.
_PER_PARAGRAPH: set[str] = set()  # none since the reference rules moved to the citations family
# Up to this many trigger occurrences, only the paragraphs holding them are scanned.
_FEW = 40
_FEW_TRIGGERS = 6
_RARE = "\u00a0"  # a character needles hold that is rare in texts


@dataclass
class _Unit:
    """One checked text (a paragraph or the title) and where it sits in the joined text."""

    address: str
    text: str
    italics: list[Span] | None
    base: int
    _protected: Protected | None = None

    @property
    def protected(self) -> Protected:
        if self._protected is None:
            self._protected = protected_ranges(self.text, self.italics)
        return self._protected



def check(resolution: Resolution, options: CheckOptions, exhaustive: bool = False) -> list[Diagnostic]:
    language = (resolution.meta.language or "en").lower()
    off = set(options.disabled_rules) | set(resolution.meta.disabled_rules)
    active = [rule for rule in rules_for(language) if rule.id not in off]
    if not active:
        return []
    context = StyleContext(language=language, resolution=resolution)
    return check_units(_units(resolution), active, context, options.ui_language, exhaustive)


def check_units(
    units: Sequence[_Unit],
    active: Sequence[StyleRule],
    context: StyleContext,
    ui_language: str = "en",
    exhaustive: bool = False,
) -> list[Diagnostic]:
    """Diagnostics of the ``active`` rules over ``units``, in rule order.

    ``exhaustive`` runs every rule over every paragraph, ignoring triggers: the
    tests use it to prove the triggers never hide a finding.
    """
    scope = _Scope(units)
    found: list[Diagnostic] = []
    for rule in active:
        selected = None if exhaustive else scope.select(rule)
        if selected is not None and not selected:
            continue
        for unit, hit in _hits(rule, scope, selected, context):
            if unit.address.startswith(FOOTNOTE) and not rule.in_footnotes:
                continue  # footnote texts cite titles and references as their authors wrote them
            if not rule.in_quotes and unit.protected.overlaps(hit.start, hit.end):
                continue
            found.append(_diagnostic(rule, hit, unit, ui_language))
    return found


class _Scope:
    """The joined text of all units, its vocabulary, and which units hold a trigger."""

    def __init__(self, units: Sequence[_Unit]) -> None:
        self.units = units
        self.text = _JOIN.join(unit.text for unit in units)
        self.starts = [unit.base for unit in units]
        self.vocabulary = Vocabulary(self.text)
        self._lowered: str | None = None
        self._held: dict[tuple[frozenset[str], bool], list[int]] = {}
        self._rare: dict[bool, list[int]] = {}  # where the text has a no-break space

    @property
    def lowered(self) -> str:
        if self._lowered is None:
            self._lowered = self.text.lower()
        return self._lowered

    def select(self, rule: StyleRule) -> list[int] | None:
        """Indexes of the units that may match, [] for none, None for "scan everything".

        Triggers absent from the vocabulary rule the rule out; when the ones present
        occur only a few times, only the paragraphs holding them are scanned.
        """
        if not rule.triggers:
            return None
        present = rule.present_triggers(self.vocabulary)
        if not present:
            return []
        if rule.needles:
            # A needle whose words are not all in the vocabulary cannot be in the text.
            tokens = self.vocabulary.tokens_lowered if rule.ignore_case else self.vocabulary.tokens
            needles: set[str] = {n for n in rule.needles if _possible(n, tokens)}
            if not needles:
                return []
        elif any(trigger.startswith("re:") for trigger in present):
            return None
        else:
            if len(present) > _FEW_TRIGGERS and rule.code not in _PER_PARAGRAPH:
                return None
            needles = {needle for trigger in present for needle in _needles(trigger)}
        if rule.code in _PER_PARAGRAPH:
            return self._holding(frozenset(needles), rule.ignore_case)
        # Find the paragraphs holding a needle; past _FEW occurrences a single scan of
        # the whole text is cheaper.
        chosen: set[int] = set()
        seen = 0
        for needle in needles:
            for position in self._occurrences(needle, rule.ignore_case):
                seen += 1
                if seen > _FEW:
                    return None
                chosen.add(bisect_right(self.starts, position) - 1)
        return sorted(chosen)

    def _occurrences(self, needle: str, lowered: bool) -> Iterator[int]:
        """Start of every occurrence of ``needle``, in order (overlapping ones too).

        A needle holding a no-break space ("Secretary\u00a0General", a third of
        them) is tried only where the text has one — a few hundred places at most —
        instead of searched through the whole text, which is most of its cost.
        """
        haystack = self.lowered if lowered else self.text
        rare = needle.find(_RARE)
        if rare == -1:
            position = haystack.find(needle)
            while position != -1:
                yield position
                position = haystack.find(needle, position + 1)
            return
        for place in self._rare_places(lowered):
            start = place - rare
            if start >= 0 and haystack.startswith(needle, start):
                yield start

    def _rare_places(self, lowered: bool) -> list[int]:
        if lowered not in self._rare:
            haystack = self.lowered if lowered else self.text
            places = []
            position = haystack.find(_RARE)
            while position != -1:
                places.append(position)
                position = haystack.find(_RARE, position + 1)
            self._rare[lowered] = places
        return self._rare[lowered]

    def _holding(self, needles: frozenset[str], lowered: bool) -> list[int]:
        """Units containing one of ``needles``, tested unit by unit (shared between rules)."""
        key = (needles, lowered)
        if key not in self._held:
            texts = [u.text.lower() if lowered else u.text for u in self.units]
            # A needle holding another ("resolutions", "resolution") adds nothing.
            kept = [n for n in needles if not any(o != n and o in n for o in needles)]
            held = []
            for index, text in enumerate(texts):
                for needle in kept:
                    if needle in text:
                        held.append(index)
                        break
            self._held[key] = held
        return self._held[key]

def _possible(needle: str, tokens: str) -> bool:
    """Whether the vocabulary holds the needle's words in the order a text would need.

    The first word ends a token, the last starts one, any middle word is a token.
    """
    parts = needle.split()
    if len(parts) == 1:
        return parts[0] in tokens
    inner = all(f" {part} " in tokens for part in parts[1:-1])
    return inner and f"{parts[0]} " in tokens and f" {parts[-1]}" in tokens


def _needles(trigger: str) -> tuple[str, ...]:
    """What to look for in the text itself to find the paragraphs holding ``trigger``."""
    if trigger.startswith("=="):
        token = trigger[2:]
        return (token + " ", token + "\u00a0", token + "\n") if token[-1:].isalnum() else (token,)
    return (trigger.lstrip("=").strip() or trigger,)


def _hits(
    rule: StyleRule, scope: _Scope, selected: list[int] | None, context: StyleContext
) -> Iterator[tuple[_Unit, Hit]]:
    units = scope.units
    if rule.code:
        function = CODE_RULES[rule.code]
        if selected is None and rule.code not in _PER_PARAGRAPH:
            located = ((hit.start, hit.end, hit) for hit in function(context, scope.text, ""))
            for unit, start, end, hit in _locate(located, units, scope.starts):
                yield unit, Hit(start, end, hit.replacement, hit.values)
            return
        for index in range(len(units)) if selected is None else selected:
            unit = units[index]
            if unit.address.startswith(FOOTNOTE) and not rule.in_footnotes:
                continue
            for hit in function(context, unit.text, unit.address):
                yield unit, hit
        return
    pattern = rule.patterns.get(context.language)
    if pattern is None:
        return
    spans = [(0, len(scope.text))] if selected is None else [
        (units[i].base, units[i].base + len(units[i].text)) for i in selected
    ]
    for start, end in spans:
        found = (
            (match.start(), match.end(), match) for match in pattern.finditer(scope.text, start, end)
            if not (rule.boundary_first and _inside_word(scope.text, match.start()))
        )
        for unit, local_start, local_end, match in _locate(found, units, scope.starts):
            yield unit, Hit(local_start, local_end, rule.expand(match, context.language))


def _locate(
    found: Iterable[tuple[int, int, _Payload]], units: Sequence[_Unit], starts: list[int]
) -> Iterator[tuple[_Unit, int, int, _Payload]]:
    """Map (start, end, payload) in the joined text to (unit, start, end in the unit, payload)."""
    for start, end, payload in found:
        unit = units[bisect_right(starts, start) - 1]
        local_start, local_end = start - unit.base, end - unit.base
        if local_end > len(unit.text):
            continue  # runs over a paragraph boundary: not one paragraph's words
        yield unit, local_start, local_end, payload


def _inside_word(text: str, start: int) -> bool:
    """The \\b a fast pattern left out: a match may not start in the middle of a word."""
    if start == 0:
        return False
    before, first = text[start - 1], text[start]
    return (before.isalnum() or before == "_") and (first.isalnum() or first == "_")


def _diagnostic(rule: StyleRule, hit: Hit, unit: _Unit, ui_language: str) -> Diagnostic:
    found = unit.text[hit.start : hit.end]
    suggestion = hit.replacement if hit.replacement is not None else ""
    message = render(rule, ui_language, found=found, suggestion=suggestion, **hit.values)
    fix = None
    if hit.replacement is not None and hit.replacement != found:
        fix = Fix(fix_label(ui_language, hit.replacement), hit.start, hit.end, hit.replacement)
    return Diagnostic(
        rule.id, rule.severity, unit.address, hit.start, hit.end, message, fix=fix,
        source=SOURCE, data={"category": rule.category},
    )


def _units(resolution: Resolution) -> list[_Unit]:
    """The title, every body paragraph, then the footnote texts (for the few rules that apply)."""
    pieces: list[tuple[str, str, list[Span] | None]] = []
    if resolution.meta.title:
        pieces.append(("META:title", resolution.meta.title, None))
    pieces.extend((p.address, p.text, p.italic_spans) for p in resolution.paragraphs)
    pieces.extend((f"{FOOTNOTE}{note.number}", note.text, None) for note in resolution.footnotes)
    units, base = [], 0
    for address, text, italics in pieces:
        units.append(_Unit(address, text, italics, base))
        base += len(text) + len(_JOIN)
    return units
