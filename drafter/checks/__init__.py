"""Run every check family over a resolution and merge their diagnostics.

Each family is a module exposing ``check(resolution, options) -> list[Diagnostic]``:
structure (issue 2), Word formatting (issue 3, only for Word sources), style
(issue 5) and grammar (issue 9, opt-in, needs a LanguageTool source). Suppression
(rules off everywhere, off for this document, single occurrences ignored) is applied
here once, for all families.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from importlib import import_module

from drafter.core.diagnostics import Diagnostic
from drafter.core.model import Resolution

FAMILY_MODULES = {
    "structure": "drafter.checks.structure.family",
    "formatting": "drafter.checks.formatting",
    "style": "drafter.checks.style.family",
    "placeholders": "drafter.checks.placeholders",
}
FAMILIES = tuple(FAMILY_MODULES)


@dataclass
class CheckOptions:
    ui_language: str = "en"  # language of the messages
    disabled_rules: set[str] = field(default_factory=set)  # user settings: off everywhere
    families: tuple[str, ...] = FAMILIES


def occurrence_key(diagnostic: Diagnostic, resolution: Resolution) -> str:
    """Fingerprint of one occurrence: rule, the paragraph's text and where the flagged
    words sit in it, and the words.

    It names no address, so an ignored occurrence stays ignored when its paragraph
    moves or is renumbered; any edit of the paragraph's text makes it a new occurrence
    (the drafter looks again). Diagnostics about lines that are not paragraphs (the
    formula, heading lines) keep their fixed address.
    """
    paragraph = resolution.find(diagnostic.paragraph)
    if paragraph is None:
        return f"{diagnostic.rule}|{diagnostic.paragraph}|"
    words = paragraph.text[diagnostic.start : diagnostic.end]
    digest = hashlib.sha1(paragraph.text.encode("utf-8")).hexdigest()[:12]
    return f"{diagnostic.rule}|#{digest}:{diagnostic.start}|{words}"


def is_ignored(diagnostic: Diagnostic, resolution: Resolution, ignored: set[str]) -> bool:
    """Whether the drafter chose "Ignore once" for this occurrence.

    Keys saved before occurrence keys became address-free ("rule|OP1|words") still
    match where they were written, so documents saved earlier keep their choices.
    """
    if not ignored:
        return False
    if occurrence_key(diagnostic, resolution) in ignored:
        return True
    paragraph = resolution.find(diagnostic.paragraph)
    words = paragraph.text[diagnostic.start : diagnostic.end] if paragraph else ""
    return f"{diagnostic.rule}|{diagnostic.paragraph}|{words}" in ignored


def check(resolution: Resolution, options: CheckOptions | None = None) -> list[Diagnostic]:
    options = options or CheckOptions()
    found: list[Diagnostic] = []
    for family in options.families:
        module = import_module(FAMILY_MODULES.get(family, f"drafter.checks.{family}"))
        found.extend(module.check(resolution, options))
    off = options.disabled_rules | set(resolution.meta.disabled_rules)
    ignored = set(resolution.ignored)
    kept = [
        d for d in found
        if d.rule not in off and not is_ignored(d, resolution, ignored)
    ]
    return sorted(kept, key=_order_key(resolution))


def _order_key(resolution: Resolution):
    position = {p.address: i for i, p in enumerate(resolution.paragraphs)}

    def key(d: Diagnostic) -> tuple[int, int, int]:
        return (position.get(d.paragraph, -1), d.start, d.severity.rank)

    return key
