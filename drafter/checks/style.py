"""Check family 'style': the UN editorial rules (English, French, Spanish).

The rules are the catalogue ``resources/rules/style.json`` (see
:mod:`drafter.checks.style_catalogue`); this module runs them over the words the
drafter wrote — paragraph texts and the title — and turns hits into diagnostics.
Footnote texts are references (symbols, Official Records, Treaty Series) and annexes
are quoted instruments, so neither is checked; inside a paragraph, quoted and
italic titles and web addresses are skipped (:mod:`drafter.checks.style_spans`).

Each paragraph is scanned once per rule with precompiled patterns; rules whose
cheap trigger (a word the pattern cannot match without) is absent are skipped,
which keeps the family's cost small next to the structural checks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from drafter.checks.style_catalogue import StyleRule, fix_label, render, rules_for
from drafter.checks.style_code import CODE_RULES, Hit, StyleContext
from drafter.checks.style_spans import protected_ranges
from drafter.core.diagnostics import Diagnostic, Fix
from drafter.core.model import Span

if TYPE_CHECKING:
    from drafter.checks import CheckOptions
    from drafter.core.model import Resolution

SOURCE = "style"


def check(resolution: Resolution, options: CheckOptions) -> list[Diagnostic]:
    language = (resolution.meta.language or "en").lower()
    off = set(options.disabled_rules) | set(resolution.meta.disabled_rules)
    active = [rule for rule in rules_for(language) if rule.id not in off]
    if not active:
        return []
    context = StyleContext(language=language, resolution=resolution)
    found: list[Diagnostic] = []
    for address, text, italics in _units(resolution):
        found.extend(check_text(text, address, active, context, options.ui_language, italics))
    return found


def check_text(
    text: str,
    address: str,
    active: Iterable[StyleRule],
    context: StyleContext,
    ui_language: str = "en",
    italic_spans: list[Span] | None = None,
) -> list[Diagnostic]:
    """Diagnostics of the ``active`` rules in one unit of text (a paragraph or the title)."""
    if not text.strip():
        return []
    protected = protected_ranges(text, italic_spans)
    found = []
    for rule in active:
        for hit in _hits(rule, text, address, context):
            if not rule.in_quotes and protected.overlaps(hit.start, hit.end):
                continue
            found.append(_diagnostic(rule, hit, text, address, ui_language))
    return found


def _hits(rule: StyleRule, text: str, address: str, context: StyleContext) -> Iterator[Hit]:
    if rule.code:
        yield from CODE_RULES[rule.code](context, text, address)
        return
    pattern = rule.patterns.get(context.language)
    if pattern is None:
        return
    for match in pattern.finditer(text):
        yield Hit(match.start(), match.end(), rule.expand(match, context.language))


def _diagnostic(rule: StyleRule, hit: Hit, text: str, address: str, ui_language: str) -> Diagnostic:
    found = text[hit.start : hit.end]
    suggestion = hit.replacement if hit.replacement is not None else ""
    message = render(rule, ui_language, found=found, suggestion=suggestion, **hit.values)
    fix = None
    if hit.replacement is not None and hit.replacement != found:
        fix = Fix(fix_label(ui_language, hit.replacement), hit.start, hit.end, hit.replacement)
    return Diagnostic(
        rule.id, rule.severity, address, hit.start, hit.end, message, fix=fix,
        source=SOURCE, data={"category": rule.category},
    )


def _units(resolution: Resolution) -> Iterator[tuple[str, str, list[Span] | None]]:
    """The drafter's own words, in document order: the title, then every body paragraph."""
    if resolution.meta.title:
        yield "META:title", resolution.meta.title, None
    for paragraph in resolution.paragraphs:
        yield paragraph.address, paragraph.text, paragraph.italic_spans
