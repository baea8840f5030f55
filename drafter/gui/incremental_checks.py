"""The editor's check runner: family by family, with per-paragraph caching of style rules.

Two things the batch runner (``drafter.checks.check``) does not need but an editor
does:

- **resilience**: each family runs on its own, so one that fails (a bug, a missing
  catalogue) costs only its own diagnostics, and the window says which one failed;
- **incremental work**: the style family's pattern rules look at one paragraph at
  a time, so their findings are cached by paragraph text and only paragraphs whose
  text changed are scanned again. Its code rules (first mentions, quote pairing…)
  carry memory from paragraph to paragraph, and the structure, formatting and
  placeholder families look across paragraphs, so those are re-run on the whole
  resolution every time.

Suppression (disabled rules, ignored occurrences) and ordering are applied once at
the end, as the batch runner does.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from drafter.checks import CheckOptions, occurrence_key
from drafter.checks import check as run_checks
from drafter.core.diagnostics import Diagnostic
from drafter.core.model import Resolution, Span

CACHE_LIMIT = 20000


def _units(resolution: Resolution) -> Iterator[tuple[str, str, list[Span] | None]]:
    """What the style family checks: the title, then every body paragraph (its own order)."""
    if resolution.meta.title:
        yield "META:title", resolution.meta.title, None
    for paragraph in resolution.paragraphs:
        yield paragraph.address, paragraph.text, paragraph.italic_spans


class IncrementalChecker:
    """Callable like ``drafter.check``; keeps its caches between calls."""

    def __init__(self) -> None:
        self._style_cache: dict[tuple, list[Diagnostic]] = {}
        self.failures: dict[str, str] = {}
        self.scanned = 0  # paragraphs scanned by the cached rules in the last run (for tests/bench)

    def __call__(self, resolution: Resolution, options: CheckOptions) -> list[Diagnostic]:
        found: list[Diagnostic] = []
        self.failures = {}
        for family in options.families:
            try:
                if family == "style":
                    found.extend(self._style(resolution, options))
                else:
                    single = dataclasses.replace(options, families=(family,))
                    found.extend(run_checks(resolution, single))
            except Exception as error:  # one broken family must not hide the others
                self.failures[family] = f"{type(error).__name__}: {error}"
        off = options.disabled_rules | set(resolution.meta.disabled_rules)
        ignored = set(resolution.ignored)
        kept = [d for d in found if d.rule not in off and occurrence_key(d, resolution) not in ignored]
        position = {p.address: i for i, p in enumerate(resolution.paragraphs)}
        return sorted(kept, key=lambda d: (position.get(d.paragraph, -1), d.start, d.severity.rank))

    def _style(self, resolution: Resolution, options: CheckOptions) -> list[Diagnostic]:
        from drafter.checks import style
        from drafter.checks.style_catalogue import rules_for
        from drafter.checks.style_code import StyleContext

        language = (resolution.meta.language or "en").lower()
        off = frozenset(options.disabled_rules | set(resolution.meta.disabled_rules))
        active = [rule for rule in rules_for(language) if rule.id not in off]
        pattern_rules = [rule for rule in active if not rule.code]
        code_rules = [rule for rule in active if rule.code]
        context = StyleContext(language=language, resolution=resolution)
        if len(self._style_cache) > CACHE_LIMIT:
            self._style_cache.clear()
        self.scanned = 0
        found: list[Diagnostic] = []
        for address, text, italics in _units(resolution):
            spans = tuple((s.start, s.end) for s in italics) if italics is not None else None
            key = (language, options.ui_language, off, text, spans)
            cached = self._style_cache.get(key)
            if cached is None:
                cached = style.check_text(text, address, pattern_rules, context, options.ui_language, italics)
                self._style_cache[key] = cached
                self.scanned += 1
            found.extend(d if d.paragraph == address else dataclasses.replace(d, paragraph=address)
                         for d in cached)
            if code_rules:
                found.extend(style.check_text(text, address, code_rules, context, options.ui_language,
                                              italics))
        return found
