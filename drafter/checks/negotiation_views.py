"""Checking a negotiation draft: every family runs on each alternative, markup resolved.

Brackets and attributions are not errors of drafting, and a checker that sees
"[Urges][Encourages] States" finds an unknown opener and an unfilled placeholder. So in
a negotiation draft the families (all but the negotiation family itself) check views of
the text: view k takes option k of every group of alternatives (its last option when it
has fewer), drops the brackets and the attributions. Findings are mapped back to the
marked text and reported once, at the paragraph's own address ("OP5 bis", "OP2 alt").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from drafter.core.diagnostics import Diagnostic, Fix
from drafter.core.model import Paragraph, ParagraphKind, Resolution
from drafter.core.negotiation import View, analyse, resolve
from drafter.core.negotiation_state import (
    alternative_number,
    is_negotiation_draft,
    is_new_paragraph,
    resolved_paragraph,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from drafter.checks import CheckOptions

# Families that read the markup itself rather than the text it stands for.
MARKUP_FAMILIES = frozenset({"negotiation"})
_ITEM_KINDS = (ParagraphKind.SUBPARAGRAPH, ParagraphKind.PREAMBULAR_ITEM)


class NegotiationViews:
    """The resolved versions of one negotiation draft, built once per check run.

    View k takes option k of every group of alternatives and, where a paragraph has
    alternative paragraphs ("OP3 alt", "OP3 alt 2"), its k-th alternative in its place
    (the paragraph itself in view 0), so each version reads as one text: the last
    paragraph and its alternative are each the last paragraph of their version.

    New paragraphs (bis, ter …) are proposals: what they change around them is not an
    error of the paragraphs already there ("5." keeps its full stop when "5 bis." is
    proposed after it). So a finding of view 0 in an existing paragraph counts only when
    the text without the new paragraphs has it too.
    """

    def __init__(self, resolution: Resolution) -> None:
        self.resolution = resolution
        paragraphs = resolution.paragraphs
        markups = [analyse(p.text) for p in paragraphs]
        self.options = [max((len(g.options) for g in m.groups), default=1) for m in markups]
        self.unit_alt, base = _alternative_units(paragraphs)
        alternatives: dict[int, set[int]] = {}
        for index, alt in enumerate(self.unit_alt):
            if alt:
                alternatives.setdefault(base[index], set()).add(alt)
        count = max(max(self.options, default=1), 1 + max(self.unit_alt, default=0))
        self.views: list[tuple[Resolution, dict[int, View]]] = []
        for choice in range(count):
            texts: dict[int, View] = {}
            kept = []
            for index, (paragraph, markup) in enumerate(zip(paragraphs, markups, strict=True)):
                alt = self.unit_alt[index]
                replaced = choice and choice in alternatives.get(base[index], set())
                if (alt and alt != choice) or (not alt and replaced):
                    continue
                texts[index] = resolve(paragraph.text, choice, markup)
                kept.append(resolved_paragraph(paragraph, texts[index]))
            self.views.append((replace(resolution, paragraphs=kept), texts))
        self.new = [is_new_paragraph(paragraphs[b]) for b in _unit_tops(paragraphs)]
        self.without_new: Resolution | None = None
        if any(self.new):
            view, texts = self.views[0]
            kept = [q for i, q in zip(sorted(texts), view.paragraphs, strict=True) if not self.new[i]]
            self.without_new = replace(view, paragraphs=kept)

    def run(self, runner: Callable[[Resolution, CheckOptions], list[Diagnostic]], options: CheckOptions
            ) -> list[Diagnostic]:
        found: dict[tuple, Diagnostic] = {}
        addresses = {p.address: i for i, p in enumerate(self.resolution.paragraphs)}
        existing = None
        if self.without_new is not None:
            existing = {_key(d) for d in runner(self.without_new, options)}
        for choice, (view, texts) in enumerate(self.views):
            for diagnostic in runner(view, options):
                index = addresses.get(diagnostic.paragraph)
                if index is None or index not in texts:
                    if choice == 0:
                        found.setdefault(_key(diagnostic), diagnostic)
                    continue
                if choice and self.options[index] <= choice and self.unit_alt[index] != choice:
                    continue  # the same text as view 0 in this paragraph
                caused = existing is not None and _key(diagnostic) not in existing
                if choice == 0 and caused and not self.new[index]:
                    continue  # caused by a proposed new paragraph, not by this one
                mapped = _mapped(diagnostic, texts[index], len(self.resolution.paragraphs[index].text))
                found.setdefault(_key(mapped), mapped)
        return list(found.values())


def _unit_tops(paragraphs: list[Paragraph]) -> list[int]:
    """Per paragraph, the index of the paragraph its unit starts with (itself, or the parent
    of a sub-paragraph or item)."""
    tops: list[int] = []
    for index, paragraph in enumerate(paragraphs):
        tops.append(tops[-1] if paragraph.kind in _ITEM_KINDS and tops else index)
    return tops


def _alternative_units(paragraphs: list[Paragraph]) -> tuple[list[int], list[int]]:
    """Per paragraph: the alternative number of its unit (0, 1 for "alt", 2 for "alt 2";
    sub-paragraphs go with their parent) and the index of the paragraph it is an
    alternative to (itself for an ordinary one)."""
    alts: list[int] = []
    bases: list[int] = []
    current_alt, current_base = 0, 0
    last_top: dict[ParagraphKind, int] = {}
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind not in _ITEM_KINDS:
            current_alt = alternative_number(paragraph.negotiation_label)
            current_base = last_top.get(paragraph.kind, index) if current_alt else index
            if not current_alt:
                last_top[paragraph.kind] = index
        alts.append(current_alt)
        bases.append(current_base)
    return alts, bases


def negotiation_views(resolution: Resolution) -> NegotiationViews | None:
    """The views to check, or None when the text is not a negotiation draft."""
    return NegotiationViews(resolution) if is_negotiation_draft(resolution) else None


def _key(diagnostic: Diagnostic) -> tuple:
    return (diagnostic.rule, diagnostic.paragraph, diagnostic.start, diagnostic.end, diagnostic.message)


def _source_range(view: View, start: int, end: int, length: int) -> tuple[int, int, bool]:
    """(start, end, contiguous) in the marked text for [start, end) of the view."""
    source_start = view.to_source(start, length)
    if end <= start:
        return source_start, source_start, True
    source_end = view.to_source(end - 1, length) + 1
    return source_start, source_end, source_end - source_start == end - start


def _mapped(diagnostic: Diagnostic, view: View, length: int) -> Diagnostic:
    start, end, _ = _source_range(view, diagnostic.start, diagnostic.end, length)
    fix = diagnostic.fix
    if fix is not None:
        fix_start, fix_end, contiguous = _source_range(view, fix.start, fix.end, length)
        # A fix across removed markup would rewrite the markup: leave it to the drafter.
        fix = Fix(fix.description, fix_start, fix_end, fix.replacement) if contiguous else None
    return replace(diagnostic, start=start, end=end, fix=fix)
